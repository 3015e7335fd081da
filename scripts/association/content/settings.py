"""Site-wide settings the content layer needs, passed in rather than read from MkDocs."""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

DEFAULT_COLUMN_CATEGORIES = ("Column", "Nieuws", "Artikel")
DEFAULT_EVENT_CATEGORIES = ("Bijeenkomst", "Workshop", "Webinar", "Lezing", "Werkbezoek")
"""Neutral defaults; a site names its own in mkdocs.yml (``event_categories``)."""


@dataclass(frozen=True)
class ContentSettings:
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Amsterdam"))
    column_categories: tuple[str, ...] = DEFAULT_COLUMN_CATEGORIES
    words_per_minute: int = 200
    event_categories: tuple[str, ...] = DEFAULT_EVENT_CATEGORIES
    organizer: str = ""
    """Default organiser of events (the plugin passes the site name)."""
    uid_domain: str = "example.org"
    """The domain in a suggested ``uid:`` (the plugin passes ``uid_domain``)."""

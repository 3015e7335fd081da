"""Site-wide settings the content layer needs, passed in rather than read from MkDocs."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from .errors import ContentError

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


_EXAMPLE_TLDS = ("example", "test", "invalid", "localhost")
"""Top-level names reserved for examples and tests (RFC 2606, RFC 6761)."""


def example_site_url_warning(site_url: str, config_file: str = "mkdocs.yml") -> ContentError | None:
    """A warning while ``site_url`` is an example's address (example.org, www.example.nl,
    localhost, a reserved top-level name): canonical links, feeds, calendars and the
    sitemap are all made from it, so it must be the owner's real domain before the site
    goes live. ``association check`` reports it in CI only (``--format github`` or
    ``gitlab``): on an editor's machine the demo and a site being set up rightly use one."""
    host = (urlsplit(site_url).hostname or "").rstrip(".").lower()
    labels = host.split(".") if host else []
    if labels and "example" not in labels and labels[-1] not in _EXAMPLE_TLDS and host != "127.0.0.1":
        return None
    return ContentError(
        config_file,
        None,
        "site_url",
        f"verwacht het adres waarop de site live staat, gevonden '{site_url}', het adres van een voorbeeld; "
        "zet in mkdocs.yml het echte domein van de vereniging voor de eerste publicatie (README, Going live)",
        warning=True,
    )

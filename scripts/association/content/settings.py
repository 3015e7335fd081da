"""Site-wide settings the content layer needs, passed in rather than read from MkDocs."""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

DEFAULT_COLUMN_CATEGORIES = ("Column", "Nieuws", "Artikel")
DEFAULT_EVENT_CATEGORIES = (
    "Verdiwel College", "Najaarsworkshop", "Voorjaarsworkshop", "Webinar", "Werkbezoek",
    "Verdiwel Lezing", "Verdiwel Lab", "Verdiepingsbijeenkomst",
)


@dataclass(frozen=True)
class ContentSettings:
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Amsterdam"))
    column_categories: tuple[str, ...] = DEFAULT_COLUMN_CATEGORIES
    words_per_minute: int = 200
    event_categories: tuple[str, ...] = DEFAULT_EVENT_CATEGORIES
    organizer: str = "Verdiwel"
    """Default organiser of events."""

"""Site-wide settings the content layer needs, passed in rather than read from MkDocs."""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

DEFAULT_COLUMN_CATEGORIES = ("Column", "Nieuws", "Artikel")


@dataclass(frozen=True)
class ContentSettings:
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Amsterdam"))
    column_categories: tuple[str, ...] = DEFAULT_COLUMN_CATEGORIES
    words_per_minute: int = 200

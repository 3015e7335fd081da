"""The fixed addresses of the generated sections, defined once: the page plan uses them,
and templates get them as ``association_urls`` instead of writing a URL themselves."""

from __future__ import annotations

from dataclasses import dataclass

from . import agenda as _agenda
from . import feeds as _feeds
from . import listings as _listings

KOERS = "koers/"
"""The index of the koers documents."""


@dataclass(frozen=True)
class SiteUrls:
    columns: str = _listings.INDEX
    column_archive: str = _listings.ARCHIVE
    agenda: str = _agenda.AGENDA
    agenda_archive: str = _agenda.ARCHIVE
    follow: str = _feeds.FOLLOW_URL
    koers: str = KOERS


URLS = SiteUrls()

"""The fixed addresses of the generated sections, defined once: the planners use them, and
templates get them as ``association_urls`` instead of writing a URL themselves. Imports
nothing of ours, so that every module may import it."""

from __future__ import annotations

from dataclasses import dataclass

COLUMNS = "columns/"
COLUMN_ARCHIVE = "columns/archief/"
AGENDA = "agenda/"
AGENDA_ARCHIVE = "agenda/archief/"
FOLLOW = "volgen/"
"""The page that explains RSS and lists every feed."""
KOERS = "koers/"
"""The index of the koers documents."""


@dataclass(frozen=True)
class SiteUrls:
    columns: str = COLUMNS
    column_archive: str = COLUMN_ARCHIVE
    agenda: str = AGENDA
    agenda_archive: str = AGENDA_ARCHIVE
    follow: str = FOLLOW
    koers: str = KOERS


URLS = SiteUrls()

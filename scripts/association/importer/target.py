"""Where an import writes and what it may choose from: the site's folders and lists."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from zoneinfo import ZoneInfo

from ..content.loader import Paths
from ..content.old_queries import FILE


@dataclass(frozen=True)
class ImportTarget:
    """The site being written into (from its mkdocs.yml, made by the command)."""

    paths: Paths
    """The site's folders, as the build reads them."""
    timezone: ZoneInfo
    column_categories: tuple[str, ...]
    event_categories: tuple[str, ...]
    uid_domain: str
    site_url: str
    """Absolute, ending in /."""
    config_file: Path | None = None
    """The site's mkdocs.yml, whose menu (``nav:``) gets the imported pages (``menu.py``)."""

    @property
    def register(self) -> Path:
        """``gepubliceerd.yml``, which the import adds the new addresses to."""
        return self.paths.register or self.paths.root / "gepubliceerd.yml"

    @property
    def old_queries(self) -> Path:
        """``oude-adressen.yml`` (the site's ``old_addresses_file``): old ``/?p=123``
        addresses and their new pages."""
        return self.paths.old_queries or self.paths.root / FILE

    def rel(self, path: Path) -> str:
        return self.paths.rel(path)


@dataclass(frozen=True)
class ImportOptions:
    now: datetime
    """Decides which links lead to a page that is published (a draft's is not)."""
    uploads: Path | None = None
    """A copy of the old site's ``wp-content/uploads`` folder."""
    categories: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Old category (name or slug, any case) -> one of ours; ``*`` for every other one."""
    dry_run: bool = False
    category_base: str = "category"
    """The first part of the old site's category archives (``/category/nieuwtjes/``);
    WordPress lets a site change it (Dutch sites often have ``categorie``)."""
    tag_base: str = "tag"
    """The same for the tag archives (``/tag/ledenavond/``)."""


class CategoryError(Exception):
    """Old categories that map onto none of the site's; nothing was written."""

    def __init__(self, unmapped: Mapping[str, tuple[str, ...]], columns: tuple[str, ...], events: tuple[str, ...]):
        self.unmapped = dict(unmapped)
        lines = [
            "Deze WordPress-categorieën passen bij geen categorie van de site; er is niets geschreven.",
            f"Categorieën voor columns: {', '.join(columns) or '(geen)'}; "
            f"voor activiteiten: {', '.join(events) or '(geen)'}.",
        ]
        for name, titles in sorted(self.unmapped.items()):
            example = titles[0] if titles else ""
            lines.append(f"  - {name!r} ({len(titles)} bericht(en), bijvoorbeeld {example!r})")
        lines.append(
            "Geef per categorie aan waar ze heen moet, bijvoorbeeld --map-category 'Nieuwtjes=Nieuws', "
            "of voor alle overige: --map-category '*=Column'."
        )
        super().__init__("\n".join(lines))

"""A page the build makes: its URL, its typed view (which names the template) and where it
sits in the site. The planners (``column_plan.py``, ``event_plan.py``, ``site_plan.py``)
make them; the adapter turns each into a MkDocs ``File`` and hands its view to the template.
Keeping the plan here means the page structure is testable without MkDocs and a move to
another engine rewrites only the adapter.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..content.columns import Column, Source
from ..content.events import Event
from .listings import Listing, ListingKind
from .views import ColumnView, EventView, ListingView, View


@dataclass(frozen=True)
class Asset:
    url: str
    abs_path: str


@dataclass(frozen=True)
class PlannedPage:
    url: str
    title: str
    view: View
    """What the template is given (``views.py``); the view names the template."""
    description: str = ""
    source: Source | None = None
    """The real Markdown source, or None for a page generated from data alone."""
    assets: tuple[Asset, ...] = ()
    preview_only: bool = False
    """Drafts and scheduled columns: built by ``mkdocs serve``, never by ``mkdocs build``."""
    in_nav: bool = False
    section: str | None = None
    """URL of the navigation page this page belongs under (the column index, the agenda):
    its tab and menu entry are shown as the current one, as for any page in that section."""

    @property
    def template(self) -> str:
        return self.view.template

    @property
    def column(self) -> Column | None:
        """The column this page shows, if it is a column's page."""
        return self.view.column if isinstance(self.view, ColumnView) else None

    @property
    def event(self) -> Event | None:
        return self.view.event if isinstance(self.view, EventView) else None

    @property
    def subject(self) -> Column | Event | None:
        """The column or event this page shows, if any."""
        return self.column or self.event

    @property
    def listing(self) -> Listing | None:
        return self.view.listing if isinstance(self.view, ListingView) else None

    @property
    def feed_category(self) -> str | None:
        """The category whose feeds this page announces beside the site's: a column's own,
        or the one its category listing is for."""
        if self.column is not None:
            return self.column.category
        listing = self.listing
        if listing is not None and listing.kind is ListingKind.CATEGORY and listing.columns:
            return listing.columns[0].category
        return None


def bundle_assets(source: Source, page_url: str) -> tuple[Asset, ...]:
    """The files beside a bundle's index.md, published under the page's URL."""
    folder = source.abs_path.rsplit("/", 1)[0]
    return tuple(Asset(page_url + name, f"{folder}/{name}") for name in sorted(source.bundle or {}))

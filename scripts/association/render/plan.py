"""The plan of generated pages: which URL, which template, which data.

The adapter turns each ``PlannedPage`` into a MkDocs ``File`` and hands its ``view`` to the
template. Keeping the plan here means the page structure is testable without MkDocs and a
move to another engine rewrites only the adapter.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..content.columns import Column, Source
from ..content.events import Event
from ..content.koers import Koers
from ..content.publishing import State
from . import dutch, listings
from .listings import Listing, ListingKind
from .views import ArchiveView, ColumnView, EventView, KoersListView, ListingView, View

COLUMN_TEMPLATE = "association/column.html"
LISTING_TEMPLATE = "association/column-list.html"
ARCHIVE_TEMPLATE = "association/column-archive.html"


@dataclass(frozen=True)
class Asset:
    url: str
    abs_path: str


@dataclass(frozen=True)
class PlannedPage:
    url: str
    template: str
    title: str
    description: str = ""
    view: View | None = None
    """What the template is given (``views.py``); None for a page that needs nothing more."""
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
    def column(self) -> Column | None:
        """The column this page shows, if it is a column's page."""
        return self.view.column if isinstance(self.view, ColumnView) else None

    @property
    def event(self) -> Event | None:
        return self.view.event if isinstance(self.view, EventView) else None

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


def plan_columns(columns: Sequence[Column], states: Mapping[str, State], per_page: int) -> list[PlannedPage]:
    """Pages for ``columns`` (newest first, already filtered to what may be shown)."""
    pages: list[PlannedPage] = []
    for index, column in enumerate(columns):
        # Newest first: the older neighbour comes after, the newer one before.
        older = columns[index + 1] if index + 1 < len(columns) else None
        newer = columns[index - 1] if index > 0 else None
        state = states[column.url]
        pages.append(
            PlannedPage(
                url=column.url,
                template=COLUMN_TEMPLATE,
                title=column.title,
                description=column.summary,
                view=ColumnView(column, state, older, newer),
                source=column.source,
                assets=bundle_assets(column.source, column.url),
                preview_only=state is not State.PUBLISHED,
                section=listings.INDEX,
            )
        )
    for listing in listings.column_listings(columns, per_page):
        pages.append(
            PlannedPage(
                url=listing.url,
                template=LISTING_TEMPLATE,
                title=listing.title,
                description=listing.description,
                view=ListingView(listing, states),
                in_nav=listing.url == listings.INDEX,
                section=listings.INDEX,
            )
        )
    pages.append(
        PlannedPage(
            url=listings.ARCHIVE,
            template=ARCHIVE_TEMPLATE,
            title="Archief",
            description="Alle columns per jaar, categorie, auteur en trefwoord.",
            view=ArchiveView(listings.archive(columns)),
            section=listings.INDEX,
        )
    )
    return pages


KOERS_LIST_TEMPLATE = "association/koers-list.html"


def koers_index(documents: Sequence[Koers], site_name: str) -> PlannedPage:
    """The index of the koers documents (adopted first: ``koers.ordered``), in the menu."""
    from .site_urls import KOERS  # site_urls imports feeds, which imports this module

    return PlannedPage(
        url=KOERS,
        template=KOERS_LIST_TEMPLATE,
        title="Koers",
        description=f"De koers van {site_name}: waar de vereniging de komende jaren voor staat.",
        view=KoersListView(tuple(documents), dutch.koers_lead(documents, site_name)),
        in_nav=True,
    )

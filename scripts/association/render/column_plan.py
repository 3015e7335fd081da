"""The columns' pages: each column, the listings (all, per year, category, author and tag)
and the archive."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..content.columns import Column
from ..content.publishing import State
from . import listings
from .planned import PlannedPage, bundle_assets
from .views import ArchiveView, ColumnView, ListingView


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
            title="Archief",
            description="Alle columns per jaar, categorie, auteur en trefwoord.",
            view=ArchiveView(listings.archive(columns)),
            section=listings.INDEX,
        )
    )
    return pages

"""The columns' pages: one per column with its neighbours and state, the listings and the archive."""

from __future__ import annotations

from datetime import date

from association.content.authors import Author
from association.content.columns import Column, Source
from association.content.publishing import State
from association.render.column_plan import plan_columns
from association.render.listings import ListingKind
from association.render.planned import Asset
from association.render.views import ArchiveView, ColumnView, ListingView

SOFIE = Author("sofie", "Sofie de Vries")


def column(n: int, *, bundle: dict[str, int] | None = None) -> Column:
    stem = f"2026-01-0{n}-stuk-{n}"
    folder = f"/site/columns/{stem}"
    return Column(
        source=Source(
            f"columns/{stem}/index.md" if bundle is not None else f"columns/{stem}.md",
            f"{folder}/index.md" if bundle is not None else f"{folder}.md",
            stem,
            bundle=bundle,
        ),
        slug=f"stuk-{n}",
        title=f"Stuk {n}",
        date=date(2026, 1, n),
        author=SOFIE,
        category="Column",
        tags=("Netwerken",),
        summary=f"Samenvatting van stuk {n}.",
        reading_minutes=3,
    )


def newest_first(count: int) -> list[Column]:
    return [column(n) for n in range(count, 0, -1)]


def published(columns: list[Column]) -> dict[str, State]:
    return {c.url: State.PUBLISHED for c in columns}


def test_plan_columns_gives_each_column_a_page_and_the_listings_and_marks_what_is_preview_only():
    columns = newest_first(5)
    states = published(columns) | {columns[0].url: State.SCHEDULED}
    pages = {p.url: p for p in plan_columns(columns, states, per_page=2)}
    assert {"columns/", "columns/pagina/2/", "columns/pagina/3/", "columns/2026/", "columns/archief/"} <= set(pages)
    assert pages[columns[0].url].preview_only and not pages[columns[1].url].preview_only
    view = pages[columns[1].url].view
    assert isinstance(view, ColumnView) and view.column_newer is columns[0]
    assert pages["columns/"].in_nav and not pages["columns/2026/"].in_nav
    assert all(p.section == "columns/" for p in pages.values())


def test_each_column_page_links_its_older_and_newer_neighbour_and_the_ends_link_only_inwards():
    columns = newest_first(3)
    views = [p.view for p in plan_columns(columns, published(columns), 10) if isinstance(p.view, ColumnView)]
    assert [v.column for v in views] == columns
    assert [(v.column_newer, v.column_older) for v in views] == [
        (None, columns[1]),
        (columns[0], columns[2]),
        (columns[1], None),
    ]


def test_a_column_page_carries_its_title_summary_source_and_state():
    (only,) = newest_first(1)
    page = plan_columns([only], {only.url: State.DRAFT}, 10)[0]
    assert (page.url, page.title, page.description, page.source) == (
        "columns/2026/stuk-1/",
        "Stuk 1",
        "Samenvatting van stuk 1.",
        only.source,
    )
    assert isinstance(page.view, ColumnView) and page.view.column_state is State.DRAFT
    assert page.template == "association/column.html" and page.preview_only and not page.in_nav


def test_drafts_and_scheduled_columns_are_preview_only_and_published_ones_are_not():
    columns = newest_first(3)
    states = {columns[0].url: State.DRAFT, columns[1].url: State.SCHEDULED, columns[2].url: State.PUBLISHED}
    by_url = {p.url: p.preview_only for p in plan_columns(columns, states, 10)}
    assert [by_url[c.url] for c in columns] == [True, True, False]
    assert not any(preview for url, preview in by_url.items() if url not in states)  # listings, archive


def test_a_bundle_publishes_its_files_under_the_columns_url():
    bundled = column(4, bundle={"foto.jpg": 100})
    (page,) = [p for p in plan_columns([bundled], published([bundled]), 10) if p.column is bundled]
    assert page.assets == (Asset("columns/2026/stuk-4/foto.jpg", "/site/columns/2026-01-04-stuk-4/foto.jpg"),)


def test_the_listing_pages_get_every_columns_state_for_the_preview_badges():
    columns = newest_first(2)
    states = published(columns) | {columns[0].url: State.DRAFT}
    listing_views = [p.view for p in plan_columns(columns, states, 10) if isinstance(p.view, ListingView)]
    assert {v.listing.kind for v in listing_views} == set(ListingKind)
    assert all(v.column_states == states for v in listing_views)


def test_only_the_first_index_page_is_in_the_menu():
    columns = newest_first(5)
    pages = plan_columns(columns, published(columns), 2)
    assert [p.url for p in pages if p.in_nav] == ["columns/"]
    index = next(p for p in pages if p.url == "columns/")
    assert (index.title, index.template) == ("Columns", "association/column-list.html")


def test_the_archive_comes_last_and_counts_every_column():
    columns = newest_first(3)
    archive = plan_columns(columns, published(columns), 10)[-1]
    assert (archive.url, archive.title) == ("columns/archief/", "Archief")
    assert archive.description == "Alle columns per jaar, categorie, auteur en trefwoord."
    assert isinstance(archive.view, ArchiveView)
    assert [(f.label, f.count) for f in archive.view.archive.years] == [("2026", 3)]
    assert [(f.label, f.count) for f in archive.view.archive.tags] == [("Netwerken", 3)]


def test_no_columns_still_plans_the_empty_index_and_the_archive():
    pages = plan_columns([], {}, 10)
    assert [p.url for p in pages] == ["columns/", "columns/archief/"]
    assert pages[0].listing is not None and pages[0].listing.columns == ()

"""The column listings: which columns on which page under which URL, the pagination and the archive."""

from __future__ import annotations

import itertools
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from association.content.authors import Author
from association.content.columns import UNKNOWN_DATE, Column, Precision, Source
from association.render import listings
from association.render.listings import ListingKind, page_window

SOFIE = Author("sofie", "Sofie de Vries", role="Voorzitter")
BRAM = Author("bram", "Bram Akkerman", role="Secretaris")


def column(
    slug: str,
    day: date,
    *,
    author: Author = SOFIE,
    category: str = "Column",
    tags: tuple[str, ...] = (),
    precision: Precision = Precision.DAY,
) -> Column:
    return Column(
        source=Source(f"columns/{slug}.md", f"/site/columns/{slug}.md", slug),
        slug=slug,
        title=slug.replace("-", " ").capitalize(),
        date=day,
        author=author,
        category=category,
        tags=tags,
        summary="",
        reading_minutes=2,
        precision=precision,
    )


# --- URLs


def test_listing_urls_are_dutch_and_made_from_slugs():
    assert listings.INDEX == "columns/" and listings.ARCHIVE == "columns/archief/"
    assert listings.year_url(2019) == "columns/2019/"
    assert listings.category_url("Nieuws & Activiteiten") == "columns/categorie/nieuws-activiteiten/"
    assert listings.author_url("sofie") == "columns/auteur/sofie/"
    assert listings.tag_url("Één Café") == "columns/trefwoord/een-cafe/"


def test_the_first_page_is_the_base_and_later_pages_sit_under_pagina():
    assert listings.page_url("columns/", 1) == "columns/"
    assert listings.page_url("columns/", 2) == "columns/pagina/2/"
    assert listings.page_url("columns/categorie/nieuws/", 12) == "columns/categorie/nieuws/pagina/12/"


# --- the pagination bar


def test_the_pagination_window_shows_the_ends_two_pages_either_side_and_gaps_between():
    assert page_window(1, 1) == (1,)
    assert page_window(1, 3) == (1, 2, 3)
    assert page_window(6, 99) == (1, None, 4, 5, 6, 7, 8, None, 99)
    assert page_window(1, 99) == (1, 2, 3, None, 99)
    assert page_window(99, 99) == (1, None, 97, 98, 99)


def test_a_gap_of_a_single_page_shows_that_page_instead_of_an_ellipsis():
    assert page_window(5, 10) == (1, 2, 3, 4, 5, 6, 7, None, 10)  # 2 is shown, not "…"
    assert page_window(4, 7) == (1, 2, 3, 4, 5, 6, 7)


@given(st.integers(1, 500).flatmap(lambda pages: st.tuples(st.integers(1, pages), st.just(pages))))
def test_pagination_window_shows_first_last_and_current_and_marks_every_gap(case):
    page, pages = case
    window = page_window(page, pages)
    numbers = [n for n in window if n is not None]
    assert numbers == sorted(set(numbers)) and {1, page, pages} <= set(numbers)
    assert set(range(max(1, page - 2), min(pages, page + 2) + 1)) <= set(numbers)
    for before, item, after in zip(window, window[1:], window[2:], strict=False):
        if item is None:  # a gap stands for at least two missing pages
            assert before is not None and after is not None and after - before > 2
    for a, b in itertools.pairwise(window):
        if a is not None and b is not None:
            assert b == a + 1
    assert len(window) <= 9


def test_a_listings_page_links_are_numbered_urls_of_its_own_series_with_none_for_a_gap():
    pages = listings.paginate(
        ListingKind.CATEGORY,
        "Nieuws",
        "columns/categorie/nieuws/",
        [column(f"n-{i}", date(2026, 1, 1)) for i in range(10)],
        1,
    )
    assert pages[0].page_links == (
        (1, "columns/categorie/nieuws/"),
        (2, "columns/categorie/nieuws/pagina/2/"),
        (3, "columns/categorie/nieuws/pagina/3/"),
        None,
        (10, "columns/categorie/nieuws/pagina/10/"),
    )


# --- paginate


def test_paginate_splits_in_order_and_links_each_page_to_its_neighbours():
    columns = [column(f"stuk-{i}", date(2026, 1, 10 - i)) for i in range(5)]
    pages = listings.paginate(ListingKind.INDEX, "Columns", "columns/", columns, 2, "Alles.")
    assert [[c.slug for c in p.columns] for p in pages] == [["stuk-0", "stuk-1"], ["stuk-2", "stuk-3"], ["stuk-4"]]
    assert [p.url for p in pages] == ["columns/", "columns/pagina/2/", "columns/pagina/3/"]
    assert [p.title for p in pages] == ["Columns", "Columns (pagina 2)", "Columns (pagina 3)"]
    assert [(p.prev_url, p.next_url) for p in pages] == [
        (None, "columns/pagina/2/"),
        ("columns/", "columns/pagina/3/"),
        ("columns/pagina/2/", None),
    ]
    assert {(p.page, p.pages, p.first_url, p.description, p.kind) for p in pages} == {
        (1, 3, "columns/", "Alles.", ListingKind.INDEX),
        (2, 3, "columns/", "Alles.", ListingKind.INDEX),
        (3, 3, "columns/", "Alles.", ListingKind.INDEX),
    }


def test_an_empty_list_still_gets_one_empty_page():
    (only,) = listings.paginate(ListingKind.INDEX, "Columns", "columns/", [], 10)
    assert only.columns == () and only.url == "columns/" and (only.page, only.pages) == (1, 1)
    assert only.prev_url is None and only.next_url is None


def test_a_list_that_fills_its_pages_exactly_gets_no_empty_last_page():
    pages = listings.paginate(ListingKind.INDEX, "Columns", "columns/", [column("a", date(2026, 1, 2))] * 4, 2)
    assert len(pages) == 2 and pages[-1].next_url is None


# --- every listing


def test_column_listings_make_the_index_and_one_whole_page_per_year_category_author_and_tag():
    columns = [  # newest first, as the loader sorts them
        column("winter", date(2026, 1, 5), category="Nieuws", tags=("Netwerken",)),
        column("herfst", date(2025, 10, 1), author=BRAM, tags=("netwerken", "Subsidie")),
        column("zomer", date(2025, 7, 1), category="Nieuws"),
    ]
    pages = listings.column_listings(columns, per_page=2)
    by_url = {p.url: p for p in pages}
    assert list(by_url) == [
        "columns/",
        "columns/pagina/2/",
        "columns/2026/",
        "columns/2025/",
        "columns/categorie/nieuws/",
        "columns/categorie/column/",
        "columns/auteur/sofie/",
        "columns/auteur/bram/",
        "columns/trefwoord/netwerken/",
        "columns/trefwoord/subsidie/",
    ]
    assert by_url["columns/"].description == "Alle columns, nieuwsberichten en artikelen, de nieuwste eerst."
    year = by_url["columns/2025/"]
    assert (year.kind, year.title, year.description) == (
        ListingKind.YEAR,
        "Archief 2025",
        "Alles wat in 2025 verscheen.",
    )
    assert [c.slug for c in year.columns] == ["herfst", "zomer"] and year.pages == 1  # whole, not paginated
    news = by_url["columns/categorie/nieuws/"]
    assert (news.kind, news.title, [c.slug for c in news.columns]) == (
        ListingKind.CATEGORY,
        "Nieuws",
        ["winter", "zomer"],
    )
    author = by_url["columns/auteur/bram/"]
    assert (author.kind, author.title, author.description) == (ListingKind.AUTHOR, "Bram Akkerman", "Secretaris")
    tag = by_url["columns/trefwoord/netwerken/"]
    assert tag.kind is ListingKind.TAG and [c.slug for c in tag.columns] == ["winter", "herfst"]


def test_tags_that_differ_only_in_case_are_one_tag_spelled_as_the_newest_column_spells_it():
    columns = [  # newest first, as the loader sorts them
        column("nieuw", date(2026, 2, 1), tags=("Netwerken",)),
        column("oud", date(2025, 2, 1), tags=("netwerken",)),
    ]
    assert listings.tag_labels(columns) == {"netwerken": "Netwerken"}
    (tag,) = [p for p in listings.column_listings(columns, 10) if p.kind is ListingKind.TAG]
    assert tag.title == "Trefwoord: Netwerken" and len(tag.columns) == 2


def test_a_column_without_a_known_date_is_in_every_listing_but_no_years():
    columns = [  # newest first, as the loader sorts them
        column("bekend", date(2026, 2, 1)),
        column("onbekend", UNKNOWN_DATE, precision=Precision.UNKNOWN),
    ]
    pages = listings.column_listings(columns, 10)
    assert [p.url for p in pages if p.kind is ListingKind.YEAR] == ["columns/2026/"]
    assert "columns/1900/" not in {p.url for p in pages}
    index = next(p for p in pages if p.kind is ListingKind.INDEX)
    assert [c.slug for c in index.columns] == ["bekend", "onbekend"]
    category = next(p for p in pages if p.kind is ListingKind.CATEGORY)
    assert [c.slug for c in category.columns] == ["bekend", "onbekend"]


def test_whole_is_one_unpaginated_page_whose_first_url_is_its_own():
    page = listings.whole(ListingKind.YEAR, "Archief 2026", "columns/2026/", [column("a", date(2026, 1, 1))])
    assert (page.url, page.first_url, page.page, page.pages, page.prev_url, page.next_url) == (
        "columns/2026/",
        "columns/2026/",
        1,
        1,
        None,
        None,
    )
    assert page.page_links == ((1, "columns/2026/"),)


# --- the archive


def test_the_archive_counts_every_year_category_author_and_tag_in_a_readers_order():
    columns = [  # newest first, as the loader sorts them
        column("a", date(2026, 3, 1), category="Nieuws", tags=("Subsidie", "Netwerken")),
        column("b", date(2026, 1, 1), author=BRAM, tags=("netwerken",)),
        column("c", date(2024, 5, 1), author=BRAM, category="Column"),
        column("d", UNKNOWN_DATE, category="Artikel", precision=Precision.UNKNOWN),
    ]
    archive = listings.archive(columns)
    assert archive.url == "columns/archief/"
    assert [(f.label, f.url, f.count) for f in archive.years] == [
        ("2026", "columns/2026/", 2),
        ("2024", "columns/2024/", 1),
    ]  # newest year first; the unknown date in none
    assert [(f.label, f.count) for f in archive.categories] == [("Artikel", 1), ("Column", 2), ("Nieuws", 1)]
    assert archive.categories[2].url == "columns/categorie/nieuws/"
    assert [(f.label, f.url, f.count) for f in archive.authors] == [
        ("Bram Akkerman", "columns/auteur/bram/", 2),
        ("Sofie de Vries", "columns/auteur/sofie/", 2),
    ]
    assert [(f.label, f.url, f.count) for f in archive.tags] == [
        ("Netwerken", "columns/trefwoord/netwerken/", 2),
        ("Subsidie", "columns/trefwoord/subsidie/", 1),
    ]


def test_archive_authors_are_sorted_by_their_shown_name_not_their_id():
    zara = Author("aaa-zara", "Zara Zijlstra")
    anna = Author("zzz-anna", "Anna Alberts")
    archive = listings.archive([column("a", date(2026, 1, 1), author=zara), column("b", date(2025, 1, 1), author=anna)])
    assert [f.label for f in archive.authors] == ["Anna Alberts", "Zara Zijlstra"]

"""importer/categories.py: an old category lands on one of the site's by ``--map-category``,
by the same name or by ``*``; every one that lands nowhere is listed before anything is
written; the other categories of a post stay as its tags."""

from __future__ import annotations

import pytest

from association.importer.categories import NONE, assign, domain, extra_tags, pick
from association.importer.select import Chosen
from association.importer.target import CategoryError
from support.imports import category, item

COLUMNS = ("Column", "Nieuws")
EVENTS = ("Werkbezoek", "Webinar")


def column(id: int, *names: str, title: str = "") -> Chosen:
    return Chosen(item(id, title=title or f"Bericht {id}", terms=tuple(category(n) for n in names)), "column", False)


def event(id: int, *names: str) -> Chosen:
    terms = tuple(category(n, "tribe_events_cat") for n in names)
    return Chosen(item(id, type="tribe_events", title=f"Activiteit {id}", terms=terms), "event", False)


def test_a_category_lands_by_mapping_by_name_or_by_the_wildcard():
    allowed = ["Column", "Nieuws"]
    assert pick([("Nieuwtjes", "nieuwtjes")], {"nieuwtjes": "Nieuws"}, allowed) == "Nieuws"
    assert pick([("column", "column")], {}, allowed) == "Column"
    assert pick([("Overig", "overig")], {"*": "Column"}, allowed) == "Column"
    assert pick([("Overig", "overig")], {}, allowed) is None
    assert pick([], {}, ["Webinar"]) == "Webinar"


def test_a_mapping_is_found_by_name_or_slug_in_any_case_and_with_spaces_around_it():
    assert pick([("Nieuwtjes", "nieuws-oud")], {" NIEUWTJES ": "Nieuws"}, COLUMNS) == "Nieuws"
    assert pick([("Oud nieuws", "nieuws-oud")], {"Nieuws-Oud": "Nieuws"}, COLUMNS) == "Nieuws"


def test_the_first_category_that_lands_wins_and_the_wildcard_only_takes_the_rest():
    names = [("Overig", "overig"), ("Nieuws", "nieuws"), ("Column", "column")]
    assert pick(names, {"*": "Column"}, COLUMNS) == "Nieuws"


def test_a_mapping_onto_a_category_of_the_other_kind_places_nothing():
    assert pick([("Nieuwtjes", "nieuwtjes")], {"Nieuwtjes": "Werkbezoek"}, COLUMNS) is None


def test_columns_read_category_and_events_read_the_events_calendar_s_categories():
    assert (domain("column"), domain("event")) == ("category", "tribe_events_cat")
    both = Chosen(
        item(1, terms=(category("Nieuws"), category("Webinar", "tribe_events_cat"))),
        "event",
        False,
    )
    assert assign([both], {}, COLUMNS, EVENTS) == {1: "Webinar"}


def test_every_column_and_event_gets_a_category_and_pages_need_none():
    page = Chosen(item(9, type="page"), "page", False)
    chosen = [column(1, "Nieuwtjes"), column(2, "Column"), event(3, "Werkbezoeken"), page]
    assert assign(chosen, {"Nieuwtjes": "Nieuws", "werkbezoeken": "Werkbezoek"}, COLUMNS, EVENTS) == {
        1: "Nieuws",
        2: "Column",
        3: "Werkbezoek",
    }


def test_every_category_that_lands_nowhere_is_listed_with_the_titles_that_carry_it():
    chosen = [
        column(1, "Overig", "Nog iets", title="Eerste"),
        column(2, title="Tweede"),
        column(3, "Overig"),
        event(4, "Lezingen"),
    ]
    with pytest.raises(CategoryError) as error:
        assign(chosen, {}, COLUMNS, EVENTS)
    assert error.value.unmapped == {
        "Overig": ("Eerste", "Bericht 3"),
        "Nog iets": ("Eerste",),
        NONE: ("Tweede",),
        "Lezingen": ("Activiteit 4",),
    }


def test_the_error_for_unmapped_categories_says_in_dutch_what_to_do():
    with pytest.raises(CategoryError) as error:
        assign([column(1, "Overig", title="Eerste"), column(2, title="Tweede")], {}, COLUMNS, EVENTS)
    text = str(error.value)
    assert text.splitlines() == [
        "Deze WordPress-categorieën passen bij geen categorie van de site; er is niets geschreven.",
        "Categorieën voor columns: Column, Nieuws; voor activiteiten: Werkbezoek, Webinar.",
        "  - '(geen categorie)' (1 bericht(en), bijvoorbeeld 'Tweede')",
        "  - 'Overig' (1 bericht(en), bijvoorbeeld 'Eerste')",
        "Geef per categorie aan waar ze heen moet, bijvoorbeeld --map-category 'Nieuwtjes=Nieuws', "
        "of voor alle overige: --map-category '*=Column'.",
    ]


def test_a_posts_other_categories_stay_as_tags_but_not_uncategorized_its_own_or_a_mapped_one():
    entry = column(1, "Nieuws", "Uncategorized", "Wijk", "Nieuwtjes", "Oud")
    assert extra_tags(entry, "Nieuws", {"nieuwtjes": "Nieuws", "oud": "Column"}) == ("Wijk",)
    assert extra_tags(column(2, "nieuws", "Wijk"), "Nieuws", {}) == ("Wijk",)  # its own in any case

"""adapter/filters.py: the templates' Jinja filters (Dutch dates in the site's zone, URLs from
the plan's own functions), their tests for states and kinds, and the globals every page gets."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from jinja2 import Environment

from association.adapter.filters import column_time, template_filters, template_globals, template_tests
from association.content.eventfields import Status
from association.content.koers import KoersStatus
from association.content.publishing import State
from association.render.listings import ListingKind
from association.render.registration import RegistrationState
from association.render.site_plan import SitePlan
from association.render.site_urls import URLS
from association.render.views import AgendaKind
from support.handmade import Site, docs_file, files_of

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
EVERY_STATE = [
    member for kind in (Status, KoersStatus, State, ListingKind, RegistrationState, AgendaKind) for member in kind
]


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Site, SitePlan]:
    site = Site(tmp_path_factory.mktemp("filters"))
    site.column("2026-01-10-ledenavond")
    site.column("2017-02-najaar", title="Najaar", date="2017-02")
    site.column("oud-stuk", title="Oud stuk", date="onbekend")
    site.event("2026-12-10-webinar", title="Webinar over netwerken")
    site.koers()
    _, _, _, plan = site.plan()
    return site, plan


def columns(plan: SitePlan) -> dict[str, object]:
    return {p.column.title: p.column for p in plan.pages if p.column is not None}


def test_a_columns_date_is_a_time_element_as_precise_as_the_source(planned):
    _, plan = planned
    by_title = columns(plan)
    assert column_time(by_title["Ledenavond"]) == '<time datetime="2026-01-10">10 januari 2026</time>'
    assert column_time(by_title["Najaar"]) == '<time datetime="2017-02">februari 2017</time>'
    assert column_time(by_title["Oud stuk"]) == '<span class="av-date">datum onbekend</span>'


def test_the_time_element_is_markup_that_jinja_does_not_escape_again(planned):
    _, plan = planned
    env = Environment(autoescape=True)
    env.filters.update(template_filters(AMSTERDAM, files_of()))
    html = env.from_string("{{ column | column_time }}").render(column=columns(plan)["Ledenavond"])
    assert html == '<time datetime="2026-01-10">10 januari 2026</time>'


@pytest.mark.parametrize(
    ("test", "accepted"),
    [
        ("open", [RegistrationState.OPEN]),
        ("full", [RegistrationState.FULL]),
        ("closed", [RegistrationState.CLOSED]),
        ("upcoming", [AgendaKind.UPCOMING]),
        ("past", [AgendaKind.PAST]),
        ("category", [AgendaKind.CATEGORY]),
        ("index", [ListingKind.INDEX]),
        ("author", [ListingKind.AUTHOR]),
        ("cancelled", [Status.CANCELLED]),
        ("postponed", [Status.POSTPONED]),
        ("adopted", [KoersStatus.ADOPTED]),
        ("superseded", [KoersStatus.SUPERSEDED]),
        ("draft", [State.DRAFT, KoersStatus.DRAFT]),
        ("scheduled", [State.SCHEDULED]),
    ],
)
def test_each_jinja_test_is_true_for_its_own_state_only(test: str, accepted: list):
    """A registration's 'cancelled' or a listing's 'category' is not the event's or the
    agenda's, though their strings are the same (and so compare equal: hence lists, not sets)."""
    check = template_tests()[test]
    assert sorted((type(m).__name__, m.name) for m in EVERY_STATE if check(m)) == sorted(
        (type(m).__name__, m.name) for m in accepted
    )


def test_there_is_a_test_for_every_state_a_template_asks_about():
    assert set(template_tests()) == {
        "open",
        "full",
        "closed",
        "upcoming",
        "past",
        "category",
        "index",
        "author",
        "cancelled",
        "postponed",
        "adopted",
        "superseded",
        "draft",
        "scheduled",
    }


def test_times_are_shown_in_the_sites_zone(planned):
    _, plan = planned
    (webinar,) = plan.home_upcoming
    in_amsterdam = template_filters(AMSTERDAM, files_of())
    in_utc = template_filters(ZoneInfo("UTC"), files_of())
    assert in_amsterdam["nl_when"](webinar) == "donderdag 10 december 2026, 14:00–17:00"
    assert in_utc["nl_when"](webinar) == "donderdag 10 december 2026, 13:00–16:00"
    assert in_amsterdam["nl_short_when"](webinar) == "14:00–17:00"


def test_the_day_of_a_moment_is_its_day_in_the_sites_zone():
    filters = template_filters(AMSTERDAM, files_of())
    new_year = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)  # already 1 January in Amsterdam
    assert filters["nl_day_month"](new_year) == ("1", "jan")
    assert filters["nl_day_month"](date(2026, 12, 31)) == ("31", "dec")


def test_urls_come_from_the_plans_own_functions(planned):
    _, plan = planned
    filters = template_filters(AMSTERDAM, files_of())
    urls = {p.url for p in plan.pages}
    assert filters["month_url"](date(2026, 12, 1)) == "agenda/2026/12/" in urls
    assert filters["agenda_category_url"]("Webinar") == "agenda/categorie/webinar/" in urls
    assert filters["category_url"]("Column") == "columns/categorie/column/" in urls
    assert filters["author_url"]("anna-voorbeeld") == "columns/auteur/anna-voorbeeld/" in urls
    assert filters["tag_url"]("Wijk") == "columns/trefwoord/wijk/"


def test_a_page_of_docs_is_found_by_its_path(planned):
    site, _ = planned
    config = site.config()
    filters = template_filters(AMSTERDAM, files_of(docs_file(config, "koers/koers-2016-2020.md")))
    assert filters["docs_url"]("koers/koers-2016-2020.md") == "koers/koers-2016-2020/"


def test_every_page_gets_the_home_blocks_the_feeds_and_the_section_addresses(planned):
    _, plan = planned
    names = template_globals(plan)
    assert [c.title for c in names["columns_home"]] == ["Ledenavond", "Najaar", "Oud stuk"]  # the newest three
    assert [o.event.title for o in names["agenda_home"]] == ["Webinar over netwerken"]
    assert names["association_feeds"] == plan.feeds and names["association_feeds"]
    assert names["association_has_agenda"] is True and names["association_urls"] is URLS

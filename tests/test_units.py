"""Unit tests of the planners, the loader and the content settings, with no site build:
what the adapter gets from content/ and render/, checked where it is decided."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from association.content.errors import ContentErrors
from association.content.loader import Paths, load
from association.content.publishing import State
from association.content.settings import ContentSettings, example_site_url_warning
from association.render import feeds, ical
from association.render.column_plan import plan_columns
from association.render.event_plan import AgendaSettings, plan_events
from association.render.site_plan import plan_site
from association.render.views import ColumnView

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
SETTINGS = ContentSettings(organizer="Testvereniging", uid_domain="example.nl")


def site(tmp_path: Path, columns: dict[str, dict], events: dict[str, dict] | None = None) -> Paths:
    (tmp_path / "docs").mkdir()
    (tmp_path / "columns").mkdir()
    (tmp_path / "columns/authors.yml").write_text("anna:\n  name: Anna\n")
    for name, front in columns.items():
        data = {"author": "anna", "category": "Column", **front}
        (tmp_path / f"columns/{name}.md").write_text("---\n" + yaml.safe_dump(data) + "---\n\nTekst.\n")
    (tmp_path / "events").mkdir()
    for name, front in (events or {}).items():
        data = {"category": "Webinar", "uid": f"{name}@example.nl", **front}
        (tmp_path / f"events/{name}.md").write_text("---\n" + yaml.safe_dump(data) + "---\n\nTekst.\n")
    return Paths(
        tmp_path, tmp_path / "docs", tmp_path / "columns", tmp_path / "columns/authors.yml", tmp_path / "events"
    )


def test_load_sorts_columns_newest_first_and_events_by_start(tmp_path: Path):
    paths = site(
        tmp_path,
        {
            "2019-01-01-oud": {"title": "Oud", "date": "2019-01-01"},
            "2026-01-01-nieuw": {"title": "Nieuw", "date": "2026-01-01"},
            "onbekend": {"title": "Zonder datum", "date": "onbekend"},
        },
        {
            "2027-01-01-b": {"title": "B", "start": "2027-01-01 10:00"},
            "2026-12-01-a": {"title": "A", "start": "2026-12-01 10:00"},
        },
    )
    content = load(paths, SETTINGS)
    assert [c.title for c in content.columns] == ["Nieuw", "Oud", "Zonder datum"]
    assert [e.title for e in content.events] == ["A", "B"]


def test_load_raises_every_problem_at_once_or_keeps_going_for_the_preview(tmp_path: Path):
    paths = site(
        tmp_path,
        {
            "2026-01-01-a": {"title": "A", "date": "01-01-2026"},
            "2026-01-02-b": {"title": "B", "date": "2026-01-02", "category": "Blog"},
            "2026-01-03-c": {"title": "C", "date": "2026-01-03"},
        },
    )
    with pytest.raises(ContentErrors) as failed:
        load(paths, SETTINGS)
    assert [e.field for e in failed.value.errors] == ["date", "category"]
    kept = load(paths, SETTINGS, keep_going=True)
    assert [c.title for c in kept.columns] == ["C"] and len(kept.errors) == 2


def test_plan_columns_gives_each_column_a_page_and_the_listings_and_marks_what_is_preview_only(tmp_path: Path):
    paths = site(
        tmp_path, {f"2026-01-0{n}-stuk-{n}": {"title": f"Stuk {n}", "date": f"2026-01-0{n}"} for n in range(1, 6)}
    )
    columns = load(paths, SETTINGS).columns
    states = {c.url: State.PUBLISHED for c in columns} | {columns[0].url: State.SCHEDULED}
    pages = {p.url: p for p in plan_columns(columns, states, per_page=2)}
    assert {"columns/", "columns/pagina/2/", "columns/pagina/3/", "columns/2026/", "columns/archief/"} <= set(pages)
    assert pages[columns[0].url].preview_only and not pages[columns[1].url].preview_only
    view = pages[columns[1].url].view
    assert isinstance(view, ColumnView) and view.column_newer is columns[0]
    assert pages["columns/"].in_nav and not pages["columns/2026/"].in_nav
    assert all(p.section == "columns/" for p in pages.values())


def _agenda_settings() -> AgendaSettings:
    info = ical.CalendarInfo("Agenda", "Activiteiten", "https://www.example.nl/", "example.nl", AMS)
    return AgendaSettings(site_url="https://www.example.nl/", calendar=info, timezone=AMS, past_days=180)


def test_plan_events_makes_pages_month_grids_and_calendars_with_the_subscription_window(tmp_path: Path):
    paths = site(
        tmp_path,
        {},
        {
            "2026-12-10-komend": {"title": "Komend", "start": "2026-12-10 14:00"},
            "2026-02-01-oud": {"title": "Oud", "start": "2026-02-01 14:00"},
            "2026-10-01-recent": {"title": "Recent", "start": "2026-10-01 14:00"},
        },
    )
    events = load(paths, SETTINGS).events
    plan = plan_events(events, NOW, _agenda_settings(), preview_only=set())
    urls = {p.url for p in plan.pages}
    assert {"agenda/", "agenda/archief/", "agenda/2026/komend/", "agenda/2026/02/", "agenda/2026/12/"} <= urls
    calendars = {c.url: [e.title for e in c.events] for c in plan.calendars}
    assert calendars["agenda.ics"] == ["Recent", "Komend"]  # Oud ended more than 180 days ago
    assert calendars["agenda/categorie/webinar.ics"] == ["Recent", "Komend"]
    assert [o.event.title for o in plan.home_upcoming] == ["Komend"]
    assert NOW - timedelta(days=180) > datetime(2026, 2, 1, tzinfo=AMS)


def test_plan_site_publishes_what_is_due_and_the_preview_adds_drafts_and_later_columns(tmp_path: Path):
    paths = site(
        tmp_path,
        {
            "2026-11-01-een": {"title": "Een", "date": "2026-11-01"},
            "2026-11-02-twee": {"title": "Twee", "date": "2026-11-02", "draft": True},
            "2026-12-24-later": {"title": "Later", "date": "2026-12-24"},
        },
        {"2026-12-10-webinar": {"title": "Webinar", "start": "2026-12-10 14:00"}},
    )
    content = load(paths, SETTINGS)
    feed = feeds.FeedInfo("Testvereniging", "", "https://www.example.nl/", "feed.xml", "atom.xml", "example.nl", "T")
    build, preview = (plan_site(content, NOW, SETTINGS, _agenda_settings(), feed, 10, preview=p) for p in (False, True))
    assert [c.title for c in build.home_columns] == ["Een"] and list(build.feed_columns) == ["columns/2026/een/"]
    urls = {p.url for p in build.pages}
    assert {"columns/2026/een/", "volgen/", "agenda/", "agenda/2026/webinar/"} <= urls
    assert "columns/2026/twee/" not in urls and "columns/2026/later/" not in urls
    extra = {p.url for p in preview.pages} - urls
    assert extra == {"columns/2026/twee/", "columns/2026/later/"}
    assert all(p.preview_only for p in preview.pages if p.url in extra)
    assert build.has_agenda and [c.url for c in build.calendars][-1].endswith(".ics")


@pytest.mark.parametrize(
    ("site_url", "warns"),
    [
        ("https://www.example.org/", True),
        ("https://www.example.nl/", True),
        ("https://example.com", True),
        ("https://vereniging.test/", True),
        ("http://localhost:8000/", True),
        ("http://127.0.0.1:8000/", True),
        ("", True),
        ("https://www.verdiwel.nl/", False),
        ("https://vereniging.nl/site/", False),
        ("https://www.examples.nl/", False),
    ],
)
def test_an_examples_site_url_is_a_warning_that_names_the_setting_and_the_fix(site_url: str, warns: bool):
    warning = example_site_url_warning(site_url, "mkdocs.yml")
    assert (warning is not None) is warns
    if warning is not None:
        assert warning.warning and (warning.path, warning.field) == ("mkdocs.yml", "site_url")
        assert f"gevonden '{site_url}'" in warning.message and "echte domein" in warning.message

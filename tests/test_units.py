"""Unit tests of the planners and the plugin's options, with no site build: what the adapter
gets from content/ and render/, checked where it is decided (the loader's own tests are in
tests/content/test_loader.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from association.content.loader import Paths, load
from association.content.publishing import State
from association.content.settings import ContentSettings
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


def test_the_options_become_settings_once_and_a_wrong_time_zone_is_a_dutch_error(tmp_path: Path):
    from mkdocs.config import load_config
    from mkdocs.exceptions import PluginError

    from association.adapter.options import content_settings

    (tmp_path / "docs").mkdir()
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(
        "site_name: T\nsite_url: https://www.example.nl/\ntheme: {name: material}\n"
        "plugins: [{association: {timezone: Europe/Amsterdam, uid_domain: example.nl, "
        "event_categories: [Lezing]}}]\n"
    )
    config = load_config(str(config_file))
    settings = content_settings(config.plugins["association"].config, config)
    assert (
        settings.event_categories == ("Lezing",) and settings.organizer == "T" and settings.uid_domain == "example.nl"
    )
    config_file.write_text(config_file.read_text().replace("Europe/Amsterdam", "Europa/Amsterdam"))
    config = load_config(str(config_file))
    with pytest.raises(PluginError, match=r"plugins\.association\.timezone: verwacht een bestaande tijdzone"):
        content_settings(config.plugins["association"].config, config)


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

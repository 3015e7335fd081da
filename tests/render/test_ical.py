"""Every .ics a build writes is read alike by ical.js and by icalendar + zoneinfo.

A calendar's bytes are rendered when MkDocs writes the file list (adapter/speed/calendar_file.py):
the tests of a site of their own plan it (``Project.plan``) and write its calendars out
themselves, the bytes a build would write; the real and the demo site are read as built."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import icalendar

from support import calendars
from support.sites import Project

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def _events_over_several_years(project: Project) -> None:
    """Winter and summer, several years apart, a series across DST changes, an all-day event."""
    project.event("2026-12-10-winter", title="Winter", start="2026-12-10 14:00", end="2026-12-10 17:00")
    project.event("2027-06-17-zomer", title="Zomer", start="2027-06-17 16:00", end="2027-06-17 18:00")
    project.event("2028-07-06-later", title="Later", start="2028-07-06 09:30", end="2028-07-06 12:00")
    project.event("2029-03-22-voorjaar", title="Voorjaar", start="2029-03-22 19:00", end="2029-03-22 21:00")
    project.event(
        "2027-01-14-reeks",
        title="Reeks",
        start="2027-01-14 16:00",
        end="2027-01-14 17:30",
        recurrence="FREQ=MONTHLY;BYDAY=2TH;COUNT=12",
    )
    project.event("2027-09-02-dag", title="Dag", start="2027-09-02", end="2027-09-03")
    project.event(
        "2017-02-15-oud", title="Oud", category="Werkbezoek", start="2017-02-15 14:00", end="2017-02-15 17:00"
    )


def planned_site(project: Project) -> Path:
    """The calendars of ``project``'s plan, written where a build would write them."""
    project.plan(now=NOW)
    site = project.root / "site"
    for file in project.last_files:
        if file.dest_uri.endswith(".ics"):
            (site / file.dest_uri).parent.mkdir(parents=True, exist_ok=True)
            (site / file.dest_uri).write_bytes(file.content_bytes)
    return site


def assert_both_parsers_agree(site: Path) -> int:
    files = sorted(site.rglob("*.ics"))
    assert files, "no calendar files"
    by_js = calendars.icaljs(files)
    for path in files:
        assert by_js[path] == calendars.python(path), path.relative_to(site).as_posix()
    return len(files)


def test_ical_js_puts_summer_events_of_later_years_at_the_same_instant_as_zoneinfo(project: Project):
    _events_over_several_years(project)
    site = planned_site(project)
    read = calendars.icaljs([site / "agenda.ics"])[site / "agenda.ics"]
    assert read["2028-07-06-later@example.nl"] == [("2028-07-06T07:30:00Z", "CONFIRMED")]
    assert read["2027-06-17-zomer@example.nl"] == [("2027-06-17T14:00:00Z", "CONFIRMED")]
    series = [start for start, _ in read["2027-01-14-reeks@example.nl"]]
    assert (
        series[0] == "2027-01-14T15:00:00Z"
        and series[5] == "2027-06-10T14:00:00Z"
        and series[11] == "2027-12-09T15:00:00Z"
    )
    assert assert_both_parsers_agree(site) >= 9


def test_each_vtimezone_line_carries_one_transition(project: Project):
    _events_over_several_years(project)
    text = (planned_site(project) / "agenda.ics").read_text()
    rdates = [line for line in text.splitlines() if line.startswith("RDATE")]
    assert rdates and all("," not in line for line in rdates)


def test_a_calendar_with_no_event_in_its_window_is_still_valid_for_both_parsers(project: Project):
    _events_over_several_years(project)
    path = planned_site(project) / "agenda/categorie/werkbezoek.ics"
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert calendar.walk("VEVENT") == [] and [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")] == [
        "Europe/Amsterdam"
    ]
    assert calendars.icaljs([path])[path] == {}


def test_the_real_and_the_demo_sites_calendars_read_alike_in_both_parsers(real_site: Path, demo_site: Path):
    assert_both_parsers_agree(real_site)
    assert assert_both_parsers_agree(demo_site) >= 15

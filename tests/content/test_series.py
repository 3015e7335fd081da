"""A series with one cancelled, one moved and one changed date, and an extra date: the page,
the agenda, the month grid, the .ics (two parsers) and JSON-LD agree on every date and state."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest

from support import calendars
from support.sites import BuildFailed, Project, shared_project

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
SERIES = "agenda/2027/reeks/index.html"


def _series(project: Project) -> None:
    project.event(
        "2027-01-14-reeks",
        title="Reeks",
        start="2027-01-14 16:00",
        end="2027-01-14 17:00",
        recurrence="FREQ=MONTHLY;BYDAY=2TH;COUNT=6",
        online="https://example.org/live",
        updated="2026-11-20 10:00",
        exceptions=[
            {"date": "2027-02-11", "status": "cancelled", "status_reason": "De spreker is ziek."},
            {"date": "2027-04-08", "start": "2027-04-15 16:00"},
            {
                "date": "2027-05-13",
                "location": {"venue": "Zaal 2", "city": "Utrecht"},
                "speakers": [{"name": "Anna Jansen", "role": "onderzoeker"}],
            },
        ],
        extra_dates=["2027-07-08 16:00"],
    )


@pytest.fixture(scope="module")
def series(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The series above, built once for the tests that read its outputs."""
    return shared_project(tmp_path_factory, "series", _series, now=NOW)


def test_the_series_page_lists_every_date_with_its_own_state_and_anchor(series: Project):
    html = series.read(SERIES)
    dates = re.findall(r'<li id="(reeks-[\d-]+)" class="av-dates__date av-dates__date--(\w+)"', html)
    assert dates == [
        ("reeks-2027-01-14", "scheduled"),
        ("reeks-2027-02-11", "cancelled"),
        ("reeks-2027-03-11", "scheduled"),
        ("reeks-2027-04-08", "scheduled"),
        ("reeks-2027-05-13", "scheduled"),
        ("reeks-2027-06-10", "scheduled"),
        ("reeks-2027-07-08", "scheduled"),
    ]
    cancelled = html.split('id="reeks-2027-02-11"')[1].split("</li>")[0]
    assert "<del><time" in cancelled and "De spreker is ziek." in cancelled and "Gaat niet door" in cancelled
    moved = html.split('id="reeks-2027-04-08"')[1].split("</li>")[0]
    assert "donderdag 15 april 2027, 16:00–17:00" in moved and "verplaatst van donderdag 8 april 2027" in moved
    changed = html.split('id="reeks-2027-05-13"')[1].split("</li>")[0]
    assert "Waar: Zaal 2, Utrecht" in changed and "Anna Jansen (onderzoeker)" in changed


def test_the_agenda_and_month_grids_treat_each_date_on_its_own(series: Project):
    agenda = series.read("agenda/index.html")
    february = agenda.split('href="2027/reeks/#reeks-2027-02-11"')[1].split("</li>")[0]
    assert "Gaat niet door" in february
    moved = agenda.split('href="2027/reeks/#reeks-2027-04-08"')[1].split("</li>")[0]
    assert "donderdag 15 april 2027" in moved and "verplaatst van 8 april 2027" in moved
    assert "Utrecht" in agenda.split('href="2027/reeks/#reeks-2027-05-13"')[1].split("</li>")[0]
    april = series.read("agenda/2027/04/index.html")
    cell = april.split(">donderdag </span>15</span>")[1].split("</td>")[0]
    assert "#reeks-2027-04-08" in cell and ", verplaatst" in cell
    assert "#reeks" not in april.split(">donderdag </span>8</span>")[1].split("</td>")[0]
    assert "#reeks-2027-07-08" in series.read("agenda/2027/07/index.html")


def test_the_ics_has_overrides_that_two_parsers_expand_to_the_same_instants(series: Project):
    path = series.root / "site/agenda/2027/reeks/reeks.ics"
    text = path.read_text()
    assert text.count("BEGIN:VEVENT") == 4 and "RDATE;TZID=Europe/Amsterdam:20270708T160000" in text
    assert "RECURRENCE-ID;TZID=Europe/Amsterdam:20270211T160000" in text
    expected = [
        ("2027-01-14T15:00:00Z", "CONFIRMED"),
        ("2027-02-11T15:00:00Z", "CANCELLED"),
        ("2027-03-11T15:00:00Z", "CONFIRMED"),
        ("2027-04-15T14:00:00Z", "CONFIRMED"),
        ("2027-05-13T14:00:00Z", "CONFIRMED"),
        ("2027-06-10T14:00:00Z", "CONFIRMED"),
        ("2027-07-08T14:00:00Z", "CONFIRMED"),
    ]
    assert calendars.python(path) == {"2027-01-14-reeks@example.nl": expected}
    assert calendars.icaljs([path])[path] == {"2027-01-14-reeks@example.nl": expected}


def test_json_ld_is_an_event_series_whose_dates_carry_their_own_state(series: Project):
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', series.read(SERIES), re.S).group(1)
    )
    assert data["@type"] == "EventSeries" and len(data["subEvent"]) == 7
    by_url = {e["url"].rsplit("#", 1)[1]: e for e in data["subEvent"]}
    assert by_url["reeks-2027-02-11"]["eventStatus"] == "https://schema.org/EventCancelled"
    moved = by_url["reeks-2027-04-08"]
    assert (
        moved["eventStatus"] == "https://schema.org/EventRescheduled"
        and moved["previousStartDate"] == "2027-04-08T16:00:00+02:00"
    )
    assert moved["startDate"] == "2027-04-15T16:00:00+02:00"
    assert by_url["reeks-2027-05-13"]["location"][0]["name"] == "Zaal 2"  # and the online link beside it
    assert by_url["reeks-2027-01-14"]["eventStatus"] == "https://schema.org/EventScheduled"


def test_a_change_on_a_date_the_rule_does_not_give_names_the_nearest_dates(project: Project):
    project.event(
        "2027-01-14-reeks",
        title="Reeks",
        start="2027-01-14 16:00",
        recurrence="FREQ=MONTHLY;BYDAY=2TH;COUNT=6",
        exceptions=[{"date": "2027-02-10", "status": "cancelled"}],
        updated="2026-11-20 10:00",
    )
    with pytest.raises(BuildFailed) as failed:
        project.plan(now=NOW)
    assert (
        "exceptions: verwacht een datum die de herhaling oplevert, gevonden '2027-02-10'. De dichtstbijzijnde datums "
        "van de herhaling zijn 14 januari 2027 en 11 februari 2027"
    ) in failed.value.messages


def test_cancelling_one_date_needs_updated(project: Project):
    project.event(
        "2027-01-14-reeks",
        title="Reeks",
        start="2027-01-14 16:00",
        recurrence="FREQ=MONTHLY;BYDAY=2TH;COUNT=6",
        exceptions=[{"date": "2027-02-11", "status": "cancelled"}],
    )
    with pytest.raises(BuildFailed, match="verwacht bij een geannuleerde of verplaatste datum ook updated"):
        project.plan(now=NOW)


def test_the_scaffold_of_a_series_shows_how_to_change_one_date_and_passes_check(project: Project, capsys, monkeypatch):
    from association.commands import main

    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(NOW.timestamp())))
    project.write("mkdocs.yml", project.config_text("site"))
    code = main(
        [
            "-f",
            str(project.root / "mkdocs.yml"),
            "new",
            "event",
            "Reeks",
            "--start",
            "2027-01-14 16:00",
            "--category",
            "Webinar",
            "--recurrence",
            "FREQ=MONTHLY;BYDAY=2TH;COUNT=6",
        ]
    )
    path = capsys.readouterr().out.strip()
    text = project.read_source(path)
    assert code == 0 and "recurrence: FREQ=MONTHLY;BYDAY=2TH;COUNT=6" in text
    assert "#   exceptions:\n#     - date: 2027-01-14" in text and "#   extra_dates: [...]" in text
    assert main(["-f", str(project.root / "mkdocs.yml"), "check"]) == 0

"""Real builds of the agenda: pages, month grids, .ics and JSON-LD read back by real parsers."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from support.sites import BuildFailed, Project

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def ics(project: Project, path: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical((project.root / "site" / path).read_bytes())


def vevents(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def jsonld(html: str):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_event_page_shows_dutch_date_place_map_registration_and_calendar_links(project: Project):
    project.event(
        "2026-12-10-najaarsworkshop",
        title="Najaarsworkshop",
        category="Workshop",
        location={"venue": "Kwadraad", "address": "Stationsplein 1", "postcode": "1234 AB", "city": "Utrecht"},
        registration={"url": "https://example.org/aanmelden", "deadline": "2026-12-01"},
        cost=75,
        speakers=[{"name": "Jack de Vries", "role": "spindoctor"}],
    )
    project.build(now=NOW)
    html = project.read("agenda/2026/najaarsworkshop/index.html")
    assert "Donderdag 10 december 2026, 14:00–17:00" in html
    assert "https://www.openstreetmap.org/search?query=Kwadraad%2C+Stationsplein+1%2C+1234+AB+Utrecht" in html
    assert '<a class="md-button md-button--primary" href="https://example.org/aanmelden">Aanmelden</a>' in html
    assert "Aanmelden kan tot en met 1 december 2026." in html
    assert "€\xa075" in html and "Jack de Vries" in html
    assert 'href="najaarsworkshop.ics" download' in html
    assert (
        "https://calendar.google.com/calendar/render?action=TEMPLATE" in html
        and "dates=20261210T130000Z%2F20261210T160000Z" in html
    )
    assert "https://outlook.live.com/calendar/0/deeplink/compose?" in html
    assert "<iframe" not in html


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"registration": {"url": "https://example.org/a", "full": True}}, "Vol: aanmelden is niet meer mogelijk."),
        (
            {"registration": {"url": "https://example.org/a", "deadline": "2026-11-20"}},
            "De aanmeldtermijn is verlopen.",
        ),
    ],
)
def test_registration_closes_when_full_or_after_the_deadline(project: Project, fields, expected):
    project.event("2026-12-10-x", **fields)
    project.build(now=NOW)
    html = project.read("agenda/2026/x/index.html")
    assert expected in html and "md-button--primary" not in html


def test_cancelled_event_has_a_banner_and_no_registration_button(project: Project):
    project.event(
        "2026-12-10-x",
        status="cancelled",
        status_reason="Te weinig aanmeldingen.",
        registration="https://example.org/a",
        updated="2026-11-20 10:00",
    )
    project.build(now=NOW)
    html = project.read("agenda/2026/x/index.html")
    assert "<strong>Gaat niet door.</strong> Te weinig aanmeldingen." in html and "md-button--primary" not in html
    assert "Gaat niet door</strong>" in project.read("agenda/index.html")


def test_agenda_lists_upcoming_by_month_and_the_archive_the_past_newest_first(project: Project):
    project.event("2026-01-10-oud", title="Oud", start="2026-01-10")
    project.event("2026-11-01-recent", title="Recent", start="2026-11-01")
    project.event("2026-12-10-komt", title="Komt", start="2026-12-10")
    project.event("2027-02-01-later", title="Later", start="2027-02-01")
    project.build(now=NOW)
    upcoming = project.read("agenda/index.html")
    assert "Komt" in upcoming and "Later" in upcoming and "Recent" not in upcoming
    assert (
        upcoming.index("December 2026")
        < upcoming.index("Komt")
        < upcoming.index("Februari 2027")
        < upcoming.index("Later")
    )
    archive = project.read("agenda/archief/index.html")
    assert archive.index("Recent") < archive.index("Oud") and "Komt" not in archive
    assert 'data-av-ends="2026-12-11T00:00:00+01:00"' in upcoming


def test_a_month_grid_exists_for_every_month_from_first_to_last_with_real_table_markup(project: Project):
    project.event("2026-10-25-nacht", title="Nacht", start="2026-10-25 00:30", end="2026-10-25 02:00")
    project.event("2027-01-02-nieuwjaar", title="Nieuwjaar", start="2026-12-31", end="2027-01-02")
    project.build(now=NOW)
    for month in ("2026/10", "2026/11", "2026/12", "2027/01"):
        assert project.exists(f"agenda/{month}/index.html"), month
    assert not project.exists("agenda/2026/09/index.html") and not project.exists("agenda/2027/02/index.html")
    october = project.read("agenda/2026/10/index.html")
    assert "<table" in october and "<caption>" in october and '<th scope="col" abbr="maandag">ma</th>' in october
    day25 = october.split(">zondag </span>25</span>")[1].split("</td>")[0]
    assert "Nacht" in day25 and "00:30–02:00" in day25
    december = project.read("agenda/2026/12/index.html")
    assert 'href="../../2027/01/" rel="next">januari 2027 →' in december
    assert 'href="../11/" rel="prev">← november 2026' in december


def test_every_occurrence_of_a_recurring_event_is_in_the_agenda_and_the_month_grids(project: Project):
    project.event(
        "2027-01-14-reeks",
        title="Reeks",
        start="2027-01-14 16:00",
        end="2027-01-14 17:00",
        recurrence="FREQ=MONTHLY;BYDAY=2TH;COUNT=3",
    )
    project.build(now=NOW)
    upcoming = project.read("agenda/index.html")
    for day in ("2027-01-14", "2027-02-11", "2027-03-11"):  # each date links to its own place on the series page
        assert f'href="2027/reeks/#reeks-{day}">Reeks</a>' in upcoming
    for month, day in (("01", "14"), ("02", "11"), ("03", "11")):
        assert f">donderdag </span>{int(day)}</span>" in project.read(f"agenda/2027/{month}/index.html")
    page = project.read("agenda/2027/reeks/index.html")
    assert "donderdag 11 maart 2027, 16:00–17:00" in page


def test_ics_times_in_winter_and_summer_are_local_with_tzid_and_a_vtimezone(project: Project):
    project.event("2026-12-10-winter", title="Winter", start="2026-12-10 14:00", end="2026-12-10 17:00")
    project.event("2027-06-17-zomer", title="Zomer", start="2027-06-17 16:00", end="2027-06-17 18:30")
    project.build(now=NOW)
    raw = (project.root / "site" / "agenda.ics").read_bytes()
    assert b"DTSTART;TZID=Europe/Amsterdam:20261210T140000\r\n" in raw
    assert b"\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n" in raw
    events = vevents(icalendar.Calendar.from_ical(raw))
    winter, summer = events["Winter"]["DTSTART"].dt, events["Zomer"]["DTSTART"].dt
    assert (winter.hour, winter.utcoffset()) == (14, timedelta(hours=1))
    assert (summer.hour, summer.utcoffset()) == (16, timedelta(hours=2))
    assert events["Zomer"]["DTEND"].dt.astimezone(UTC) == datetime(2027, 6, 17, 16, 30, tzinfo=UTC)


def test_ics_all_day_is_value_date_with_exclusive_end_and_cancelled_has_status(project: Project):
    project.event("2026-12-03-twee-dagen", title="Twee dagen", start="2026-12-03", end="2026-12-04")
    project.event("2026-12-10-afgelast", title="Afgelast", status="cancelled", updated="2026-11-20 10:00")
    project.build(now=NOW)
    raw = (project.root / "site" / "agenda.ics").read_bytes()
    assert b"DTSTART;VALUE=DATE:20261203\r\nDTEND;VALUE=DATE:20261205\r\n" in raw
    events = vevents(icalendar.Calendar.from_ical(raw))
    assert events["Geannuleerd: Afgelast"]["STATUS"] == "CANCELLED"
    assert events["Twee dagen"]["STATUS"] == "CONFIRMED"


def test_ics_has_name_refresh_url_location_plain_description_and_categories(project: Project):
    project.event(
        "2026-12-10-x",
        title="X",
        category="Webinar",
        location={"venue": "Zaal", "city": "Utrecht"},
        summary="Korte uitleg; met, tekens.",
        registration="https://example.org/a",
    )
    project.build(now=NOW)
    calendar = ics(project, "agenda.ics")
    assert calendar["X-WR-CALNAME"] == "Testvereniging agenda" and calendar["NAME"] == "Testvereniging agenda"
    assert calendar["REFRESH-INTERVAL"].dt == timedelta(hours=12)
    event = vevents(calendar)["X"]
    assert event["URL"] == "https://www.example.nl/agenda/2026/x/"
    assert event["LOCATION"] == "Zaal, Utrecht"
    assert event["CATEGORIES"].cats == ["Webinar"]
    assert "Korte uitleg; met, tekens." in event["DESCRIPTION"] and "<" not in event["DESCRIPTION"]
    assert "Aanmelden: https://example.org/a" in event["DESCRIPTION"]


def test_uid_is_stable_across_build_and_serve_and_comes_from_uid_or_the_file(project: Project):
    project.event("2026-12-10-bron", title="Bron")
    project.event("2026-12-11-eigen", title="Eigen", uid="najaarsworkshop-2026@verdiwel.nl")
    project.build(now=NOW)
    built = {str(e["SUMMARY"]): str(e["UID"]) for e in ics(project, "agenda.ics").walk("VEVENT")}
    project.build(now=NOW, serve=True)
    served = {str(e["SUMMARY"]): str(e["UID"]) for e in ics(project, "agenda.ics").walk("VEVENT")}
    assert built == served == {"Bron": "2026-12-10-bron@example.nl", "Eigen": "najaarsworkshop-2026@verdiwel.nl"}


def test_dtstamp_and_sequence_come_from_content_and_sequence_rises_with_updated(project: Project):
    project.event("2026-12-10-x", title="X")
    project.build(now=NOW)
    first = vevents(ics(project, "agenda.ics"))["X"]
    assert first["SEQUENCE"] == 0
    assert first["DTSTAMP"].dt == datetime(2026, 12, 9, 23, 0, tzinfo=UTC)
    project.build(now=NOW + timedelta(days=3))
    assert vevents(ics(project, "agenda.ics"))["X"]["DTSTAMP"].dt == first["DTSTAMP"].dt
    project.event("2026-12-10-x", title="X", updated="2026-11-20 10:00")
    project.build(now=NOW)
    second = vevents(ics(project, "agenda.ics"))["X"]
    project.event("2026-12-10-x", title="X", updated="2026-11-22 10:00")
    project.build(now=NOW)
    third = vevents(ics(project, "agenda.ics"))["X"]
    assert 0 < second["SEQUENCE"] < third["SEQUENCE"]
    assert third["LAST-MODIFIED"].dt == datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def test_subscription_keeps_past_events_within_the_window_and_per_event_ics_always_exists(project: Project):
    project.event("2026-07-01-binnen", title="Binnen", start="2026-07-01")
    project.event("2026-03-01-buiten", title="Buiten", start="2026-03-01")
    project.build(now=NOW)
    titles = set(vevents(ics(project, "agenda.ics")))
    assert "Binnen" in titles and "Buiten" not in titles
    assert set(vevents(ics(project, "agenda/2026/buiten/buiten.ics"))) == {"Buiten"}


def test_a_markdown_link_to_a_calendar_file_resolves_like_any_other_file(project: Project):
    project.write(
        "docs/over.md", "# Over\n\n[Abonneer](agenda.ics) of [alleen dit webinar](agenda/2026/webinar/webinar.ics).\n"
    )
    project.event("2026-12-10-webinar", title="Webinar")
    project.build()
    html = project.read("over/index.html")
    assert 'href="../agenda.ics"' in html and 'href="../agenda/2026/webinar/webinar.ics"' in html
    for path in ("agenda.ics", "agenda/2026/webinar/webinar.ics"):
        assert icalendar.Calendar.from_ical(project.read(path)).walk("VEVENT")[0]["SUMMARY"] == "Webinar"


def test_another_plugin_reads_a_calendars_real_bytes_before_and_after_it_is_written(project: Project):
    """A calendar file renders its bytes when MkDocs writes it and answers from disk after
    that (its renderer is let go): a plugin sees the same calendar either way."""
    project.event("2026-12-10-webinar", title="Webinar")
    project.write(
        "hooks.py",
        """
        import os
        seen = {}
        def on_files(files, config, **kwargs):
            seen["file"] = files.get_file_from_path("agenda.ics")
            seen["before"] = seen["file"].content_bytes
        def on_post_build(config, **kwargs):
            with open(os.path.join(config.site_dir, "gelezen.ics"), "wb") as out:
                out.write(seen["before"] if seen["before"] == seen["file"].content_bytes else b"verschillend")
    """,
    )
    project.extra_config["hooks"] = ["hooks.py"]
    project.build()
    written = (project.root / "site" / "agenda.ics").read_bytes()
    assert (project.root / "site" / "gelezen.ics").read_bytes() == written
    assert icalendar.Calendar.from_ical(written).walk("VEVENT")[0]["SUMMARY"] == "Webinar"


def test_recurring_event_keeps_its_rrule_in_the_ics(project: Project):
    project.event(
        "2027-01-14-reeks",
        title="Reeks",
        start="2027-01-14 16:00",
        end="2027-01-14 17:00",
        recurrence="FREQ=MONTHLY;BYDAY=2TH;COUNT=6",
    )
    project.build(now=NOW)
    event = vevents(ics(project, "agenda.ics"))["Reeks"]
    assert event["RRULE"]["FREQ"] == ["MONTHLY"] and event["RRULE"]["COUNT"] == [6]


def test_category_pages_and_feeds_hold_only_their_category(project: Project):
    project.event("2026-12-10-a", title="Een webinar", category="Webinar")
    project.event("2026-12-11-b", title="Een college", category="Bijeenkomst")
    project.build(now=NOW)
    page = project.read("agenda/categorie/webinar/index.html")
    assert "Een webinar" in page and "Een college" not in page
    assert set(vevents(ics(project, "agenda/categorie/webinar.ics"))) == {"Een webinar"}
    assert "webcal://www.example.nl/agenda/categorie/webinar.ics" in page


def test_json_ld_matches_the_ics_times_and_describes_place_status_and_offer(project: Project):
    project.event(
        "2027-06-17-lezing",
        title="Lezing",
        start="2027-06-17 16:00",
        end="2027-06-17 18:30",
        category="Lezing",
        location={"venue": "Zaal", "address": "Straat 1", "postcode": "1234 AB", "city": "Utrecht"},
        online="https://example.org/live",
        cost=10,
        registration="https://example.org/a",
    )
    project.event(
        "2026-12-03-twee",
        title="Twee",
        start="2026-12-03",
        end="2026-12-04",
        status="postponed",
        updated="2026-11-20 10:00",
    )
    project.build(now=NOW)
    data = jsonld(project.read("agenda/2027/lezing/index.html"))
    event = vevents(ics(project, "agenda.ics"))["Lezing"]
    assert datetime.fromisoformat(data["startDate"]) == event["DTSTART"].dt
    assert datetime.fromisoformat(data["endDate"]) == event["DTEND"].dt
    assert data["startDate"] == "2027-06-17T16:00:00+02:00"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert (
        data["location"][0]["address"]["postalCode"] == "1234 AB" and data["location"][1]["@type"] == "VirtualLocation"
    )
    assert data["offers"]["price"] == "10.00" and data["offers"]["priceCurrency"] == "EUR"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    two = jsonld(project.read("agenda/2026/twee/index.html"))
    assert (two["startDate"], two["endDate"]) == ("2026-12-03", "2026-12-04")
    assert two["eventStatus"] == "https://schema.org/EventPostponed"


def test_home_page_template_shows_the_next_activities(project: Project):
    project.write("docs/index.md", "---\ntemplate: home.html\n---\n# Home\n")
    project.write(
        "overrides/home.html",
        '{% extends "main.html" %}{% block content %}{{ super() }}{% include "partials/association/agenda-home.html" %}{% endblock %}',
    )
    project.extra_config = {"theme": {"name": "material", "language": "nl", "font": False, "custom_dir": "overrides"}}
    for n in range(1, 5):
        project.event(f"2026-12-1{n}-e{n}", title=f"Activiteit {n}", start=f"2026-12-1{n}")
    project.build(now=NOW)
    home = project.read("index.html")
    assert "Komende activiteiten" in home
    assert "Activiteit 1" in home and "Activiteit 3" in home and "Activiteit 4" not in home


def test_draft_event_is_nowhere_in_the_built_site(project: Project):
    project.event("2026-12-10-geheim", title="Geheime bijeenkomst", draft=True, body="Markeerwoord plofkikker.")
    project.event("2026-12-11-open", title="Open")
    site = project.build(now=NOW)
    hits = [
        p
        for p in site.rglob("*")
        if p.is_file()
        and p.suffix in {".html", ".ics", ".json", ".xml"}
        and ("Geheime" in p.read_text("utf-8", "ignore") or "plofkikker" in p.read_text("utf-8", "ignore"))
    ]
    assert hits == []


def test_event_errors_fail_the_build_with_file_line_and_field(project: Project):
    project.event("2026-12-10-x", end="2026-12-10 13:00", online="www.example.org")
    with pytest.raises(BuildFailed) as info:
        project.plan(now=NOW)
    assert "events/2026-12-10-x.md:5: end: verwacht een einde op of na het begin" in info.value.messages
    assert "online: verwacht een webadres dat begint met https://" in info.value.messages


def test_events_without_a_uid_domain_are_an_error(project: Project):
    project.plugin_options.pop("uid_domain")
    project.event("2026-12-10-x")
    with pytest.raises(BuildFailed) as info:
        project.plan(now=NOW)
    assert "uid_domain" in info.value.messages


def test_agenda_builds_are_byte_identical(project: Project):
    project.event("2026-12-10-x", title="X", location="Utrecht")
    project.event(
        "2027-01-14-reeks",
        title="Reeks",
        start="2027-01-14 16:00",
        end="2027-01-14 17:00",
        recurrence="FREQ=MONTHLY;COUNT=3",
    )
    a = project.build(now=NOW, site_dir="a")
    b = project.build(now=NOW, site_dir="b")
    for path in ("agenda.ics", "agenda/2026/x/x.ics", "agenda/index.html", "agenda/2027/reeks/index.html"):
        assert (a / path).read_bytes() == (b / path).read_bytes(), path


def test_a_build_serialises_each_event_once_for_all_the_calendars_it_is_in(
    project: Project, monkeypatch: pytest.MonkeyPatch
):
    """An event is in its own .ics, its category's and the subscription: one VEVENT for all three."""
    from association.render import ical

    made: list[str] = []
    original = ical.vevent
    monkeypatch.setattr(ical, "vevent", lambda event, info: made.append(event.url) or original(event, info))
    project.event("2026-12-10-een")
    project.event("2026-12-11-twee", start="2026-12-11 14:00", end="2026-12-11 15:00")
    site = project.build()
    assert (site / "agenda.ics").exists() and (site / "agenda/categorie/webinar.ics").exists()
    assert sorted(made) == ["agenda/2026/een/", "agenda/2026/twee/"]

"""The agenda as MkDocs writes it: pages, month grids, .ics and JSON-LD read back by real
parsers, from the sample site (``support/sample.py``, built once per run) but for what
needs a build of its own."""

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


def upcoming_titles(html: str) -> list[str]:
    return re.findall(r'class="av-occ__title"><a href="[^"]*">([^<]+)</a>', html)


def ics(project: Project, path: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical((project.root / "site" / path).read_bytes())


def vevents(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def jsonld(html: str):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_event_page_shows_dutch_date_place_map_registration_and_calendar_links(sample: Project):
    html = sample.read("agenda/2026/najaarsworkshop/index.html")
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
    "page, expected",
    [("vol", "Vol: aanmelden is niet meer mogelijk."), ("verlopen", "De aanmeldtermijn is verlopen.")],
)
def test_registration_closes_when_full_or_after_the_deadline(sample: Project, page: str, expected: str):
    html = sample.read(f"agenda/2026/{page}/index.html")
    assert expected in html and "md-button--primary" not in html


def test_cancelled_event_has_a_banner_and_no_registration_button(sample: Project):
    html = sample.read("agenda/2026/afgelast/index.html")
    assert "<strong>Gaat niet door.</strong> Te weinig aanmeldingen." in html and "md-button--primary" not in html
    assert "Gaat niet door</strong>" in sample.read("agenda/index.html")


def test_agenda_lists_upcoming_by_month_and_the_archive_the_past_newest_first(sample: Project):
    upcoming = sample.read("agenda/index.html")
    assert "Komende bijeenkomst" in upcoming and "Februaribijeenkomst" in upcoming
    assert "Recente bijeenkomst" not in upcoming
    assert (
        upcoming.index("December 2026")
        < upcoming.index("Komende bijeenkomst")
        < upcoming.index("Februari 2027")
        < upcoming.index("Februaribijeenkomst")
    )
    archive = sample.read("agenda/archief/index.html")
    assert archive.index("Recente bijeenkomst") < archive.index("Januaribijeenkomst")
    assert "Komende bijeenkomst" not in archive
    assert 'data-av-ends="2026-12-10T00:00:00+01:00"' in upcoming  # the all-day event of 9 December


def test_a_month_grid_exists_for_every_month_from_first_to_last_with_real_table_markup(sample: Project):
    """From the sample's first event (January 2026) to its last (June 2027)."""
    months = [f"2026/{m:02d}" for m in range(1, 13)] + [f"2027/{m:02d}" for m in range(1, 7)]
    for month in months:
        assert sample.exists(f"agenda/{month}/index.html"), month
    assert not sample.exists("agenda/2025/12/index.html") and not sample.exists("agenda/2027/07/index.html")
    october = sample.read("agenda/2026/10/index.html")
    assert "<table" in october and "<caption>" in october and '<th scope="col" abbr="maandag">ma</th>' in october
    day25 = october.split(">zondag </span>25</span>")[1].split("</td>")[0]
    assert "Nacht" in day25 and "00:30–02:00" in day25
    december = sample.read("agenda/2026/12/index.html")
    assert 'href="../../2027/01/" rel="next">januari 2027 →' in december
    assert 'href="../11/" rel="prev">← november 2026' in december


def test_every_occurrence_of_a_recurring_event_is_in_the_agenda_and_the_month_grids(sample: Project):
    upcoming = sample.read("agenda/index.html")
    for day in ("2027-01-14", "2027-02-11", "2027-03-11"):  # each date links to its own place on the series page
        assert f'href="2027/reeks/#reeks-{day}">Reeks</a>' in upcoming
    for month, day in (("01", "14"), ("02", "11"), ("03", "11")):
        assert f">donderdag </span>{int(day)}</span>" in sample.read(f"agenda/2027/{month}/index.html")
    page = sample.read("agenda/2027/reeks/index.html")
    assert "donderdag 11 maart 2027, 16:00–17:00" in page


def test_ics_times_in_winter_and_summer_are_local_with_tzid_and_a_vtimezone(sample: Project):
    raw = (sample.root / "site" / "agenda.ics").read_bytes()
    assert b"DTSTART;TZID=Europe/Amsterdam:20261210T140000\r\n" in raw
    assert b"\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n" in raw
    events = vevents(icalendar.Calendar.from_ical(raw))
    winter, summer = events["Winter"]["DTSTART"].dt, events["Zomer"]["DTSTART"].dt
    assert (winter.hour, winter.utcoffset()) == (14, timedelta(hours=1))
    assert (summer.hour, summer.utcoffset()) == (16, timedelta(hours=2))
    assert events["Zomer"]["DTEND"].dt.astimezone(UTC) == datetime(2027, 6, 17, 16, 30, tzinfo=UTC)


def test_ics_all_day_is_value_date_with_exclusive_end_and_cancelled_has_status(sample: Project):
    raw = (sample.root / "site" / "agenda.ics").read_bytes()
    assert b"DTSTART;VALUE=DATE:20261203\r\nDTEND;VALUE=DATE:20261205\r\n" in raw
    events = vevents(icalendar.Calendar.from_ical(raw))
    assert events["Geannuleerd: Afgelast"]["STATUS"] == "CANCELLED"
    assert events["Twee dagen"]["STATUS"] == "CONFIRMED"


def test_ics_has_name_refresh_url_location_plain_description_and_categories(sample: Project):
    calendar = ics(sample, "agenda.ics")
    assert calendar["X-WR-CALNAME"] == "Testvereniging agenda" and calendar["NAME"] == "Testvereniging agenda"
    assert calendar["REFRESH-INTERVAL"].dt == timedelta(hours=12)
    event = vevents(calendar)["X"]
    assert event["URL"] == "https://www.example.nl/agenda/2026/x/"
    assert event["LOCATION"] == "Zaal, Utrecht"
    assert event["CATEGORIES"].cats == ["Webinar"]
    assert "Korte uitleg; met, tekens." in event["DESCRIPTION"] and "<" not in event["DESCRIPTION"]
    assert "Aanmelden: https://example.org/a" in event["DESCRIPTION"]


def test_uid_is_stable_across_build_and_serve_and_comes_from_uid_or_the_file(sample: Project, sample_preview: Project):
    built = {str(e["SUMMARY"]): str(e["UID"]) for e in ics(sample, "agenda.ics").walk("VEVENT")}
    served = {str(e["SUMMARY"]): str(e["UID"]) for e in ics(sample_preview, "agenda.ics").walk("VEVENT")}
    assert built == served
    assert (built["Bron"], built["Eigen"]) == ("2026-12-10-bron@example.nl", "najaarsworkshop-2026@verdiwel.nl")


def test_dtstamp_and_sequence_come_from_content_and_sequence_rises_with_updated(sample: Project, project: Project):
    built = vevents(ics(sample, "agenda.ics"))
    first = built["X"]
    assert first["SEQUENCE"] == 0
    assert first["DTSTAMP"].dt == datetime(2026, 12, 9, 23, 0, tzinfo=UTC)
    # Three days later the same event gets the same stamp: the calendar as planned then.
    from association.render import ical

    project.event("2026-12-10-x", title="X")
    later = project.plan(now=NOW + timedelta(days=3)).plan
    subscription = next(c for c in later.calendars if c.url == "agenda.ics")
    again = vevents(icalendar.Calendar.from_ical(ical.calendar(subscription.events, subscription.info)))["X"]
    assert again["DTSTAMP"].dt == first["DTSTAMP"].dt
    second, third = built["Bijgewerkt"], built["Weer bijgewerkt"]  # updated 20 and 22 November
    assert 0 < second["SEQUENCE"] < third["SEQUENCE"]
    assert third["LAST-MODIFIED"].dt == datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def test_subscription_keeps_past_events_within_the_window_and_per_event_ics_always_exists(sample: Project):
    titles = set(vevents(ics(sample, "agenda.ics")))
    assert "Binnen" in titles and "Buiten" not in titles
    assert set(vevents(ics(sample, "agenda/2026/buiten/buiten.ics"))) == {"Buiten"}


def test_a_markdown_link_to_a_calendar_file_resolves_like_any_other_file(sample: Project):
    html = sample.read("over/index.html")
    assert 'href="../agenda.ics"' in html and 'href="../agenda/2026/webinar/webinar.ics"' in html
    assert "Webinar" in {str(e["SUMMARY"]) for e in ics(sample, "agenda.ics").walk("VEVENT")}
    assert [str(e["SUMMARY"]) for e in ics(sample, "agenda/2026/webinar/webinar.ics").walk("VEVENT")] == ["Webinar"]


def test_another_plugin_reads_a_calendars_real_bytes_before_and_after_it_is_written(sample: Project):
    """A calendar file renders its bytes when MkDocs writes it and answers from disk after
    that (its renderer is let go): a plugin (the sample's hooks.py) sees the same calendar
    either way."""
    written = (sample.root / "site" / "agenda.ics").read_bytes()
    assert (sample.root / "site" / "gelezen.ics").read_bytes() == written
    assert "Webinar" in {str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(written).walk("VEVENT")}


def test_recurring_event_keeps_its_rrule_in_the_ics(sample: Project):
    event = vevents(ics(sample, "agenda.ics"))["Reeks"]
    assert event["RRULE"]["FREQ"] == ["MONTHLY"] and event["RRULE"]["COUNT"] == [3]


def test_category_pages_and_feeds_hold_only_their_category(sample: Project):
    page = sample.read("agenda/categorie/bijeenkomst/index.html")
    assert "Een college" in page
    assert "2026/najaarsworkshop/" not in page and "2026/webinar/" not in page  # other categories' events
    assert set(vevents(ics(sample, "agenda/categorie/bijeenkomst.ics"))) == {"Een college"}
    assert "webcal://www.example.nl/agenda/categorie/bijeenkomst.ics" in page


def test_json_ld_matches_the_ics_times_and_describes_place_status_and_offer(sample: Project):
    data = jsonld(sample.read("agenda/2027/lezing/index.html"))
    event = vevents(ics(sample, "agenda.ics"))["Lezing"]
    assert datetime.fromisoformat(data["startDate"]) == event["DTSTART"].dt
    assert datetime.fromisoformat(data["endDate"]) == event["DTEND"].dt
    assert data["startDate"] == "2027-06-17T16:00:00+02:00"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert (
        data["location"][0]["address"]["postalCode"] == "1234 AB" and data["location"][1]["@type"] == "VirtualLocation"
    )
    assert data["offers"]["price"] == "10.00" and data["offers"]["priceCurrency"] == "EUR"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    two = jsonld(sample.read("agenda/2026/verplaatst/index.html"))
    assert (two["startDate"], two["endDate"]) == ("2026-12-02", "2026-12-04")
    assert two["eventStatus"] == "https://schema.org/EventPostponed"


def test_home_page_template_shows_the_next_activities(sample: Project):
    """The sample's home page uses a template of its own (overrides/home.html) with the
    agenda's block: the next three activities of the agenda, not the fourth."""
    home = sample.read("index.html")
    assert "Komende activiteiten" in home
    soonest = list(dict.fromkeys(upcoming_titles(sample.read("agenda/index.html"))))[:4]
    assert all(title in home for title in soonest[:3]) and soonest[3] not in home


def test_draft_event_is_nowhere_in_the_built_site(sample: Project):
    site = sample.root / "site"
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
    project.plan()  # every calendar of the file list rendered, as MkDocs writes them
    written = {f.dest_uri: f.content_bytes for f in project.last_files if f.dest_uri.endswith(".ics")}
    assert {"agenda.ics", "agenda/categorie/webinar.ics", "agenda/2026/een/een.ics"} <= written.keys()
    assert sorted(made) == ["agenda/2026/een/", "agenda/2026/twee/"]

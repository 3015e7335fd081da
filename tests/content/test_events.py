"""Event validation: one test per rule."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import yaml

from association.content.columns import Source
from association.content.events import Attendance, Event, Status, parse_event
from association.content.frontmatter import parse
from association.content.settings import ContentSettings
from association.render import dutch
from support.sites import changed

AMS = ZoneInfo("Europe/Amsterdam")
SETTINGS = ContentSettings(organizer="Testvereniging")
VALID = {
    "title": "Najaarsworkshop",
    "start": "2026-12-10 14:00",
    "end": "2026-12-10 17:00",
    "category": "Workshop",
    "uid": "najaarsworkshop-2026@example.org",
}


def parse_fields(fields: dict, *, stem: str = "2026-12-10-najaarsworkshop", bundle=None):
    text = "---\n" + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False) + "---\nTekst.\n"
    path = f"events/{stem}.md"
    result, problems = parse_event(
        parse(path, text), Source(path, "/abs/" + path, stem, bundle), SETTINGS, lambda p: False
    )
    return result, [p for p in problems if not p.warning]  # the file-name warning has its own test


def with_(**changes):
    return changed(VALID, **changes)


def only_error(fields: dict):
    event, errors = parse_fields(fields)
    assert event is None and len(errors) == 1, errors
    return errors[0]


def test_valid_event_is_timed_and_aware_in_amsterdam():
    event, errors = parse_fields(with_(location={"venue": "Kwadraad", "city": "Utrecht"}))
    assert errors == []
    assert isinstance(event, Event)
    assert event.start == datetime(2026, 12, 10, 14, 0, tzinfo=AMS)
    assert not event.all_day and event.url == "agenda/2026/najaarsworkshop/"
    assert event.attendance is Attendance.OFFLINE and event.organizer == "Testvereniging"


def test_dates_only_make_an_all_day_event_and_may_span_days():
    event, _ = parse_fields(with_(start="2026-12-03", end="2026-12-04"))
    assert event.all_day and (event.start, event.end) == (date(2026, 12, 3), date(2026, 12, 4))


def test_a_day_without_clock_times_says_when_in_words_and_lists_show_no_invented_times():
    event, errors = parse_fields(with_(start="2017-02-15", end=None, time_note="'s middags"))
    assert errors == [] and event.all_day and event.time_note == "'s middags"
    assert dutch.when(event.start, event.end, AMS, event.time_note) == "woensdag 15 februari 2017, 's middags"
    assert dutch.short_when(event.start, event.end, AMS, event.time_note) == "'s middags"
    assert dutch.short_when(event.start, event.end, AMS) == "hele dag"


def test_a_time_in_words_beside_a_clock_time_is_an_error():
    error = only_error(with_(time_note="'s middags"))
    assert error.field == "time_note" and error.line == 7  # where yaml.safe_dump put it
    assert "alleen bij een activiteit met alleen een datum (start: 2026-12-10)" in error.message
    assert "gevonden start met een tijd (10 december 2026 14:00)" in error.message


def test_online_and_location_make_a_mixed_event():
    event, _ = parse_fields(with_(location="Utrecht", online="https://example.org/live"))
    assert event.attendance is Attendance.MIXED


@pytest.mark.parametrize("field", ["title", "start", "category"])
def test_required_field_missing(field):
    assert only_error(with_(**{field: None})).field == field


def test_end_before_start_is_an_error():
    error = only_error(with_(end="2026-12-10 13:00"))
    assert error.field == "end" and "op of na het begin" in error.message


def test_date_start_with_timed_end_is_an_error():
    assert only_error(with_(start="2026-12-10")).field == "end"


def test_unknown_time_zone_is_an_error():
    assert only_error(with_(timezone="Europe/Amsterdan")).field == "timezone"


def test_event_time_zone_overrides_the_site_zone():
    event, _ = parse_fields(with_(timezone="Europe/London"))
    assert event.start.utcoffset().total_seconds() == 0 and event.timezone.key == "Europe/London"


def test_url_without_scheme_is_an_error_with_a_hint():
    error = only_error(with_(online="www.verdiwel.nl/webinar"))
    assert error.field == "online" and "https://www.verdiwel.nl/webinar" in error.message


def test_registration_deadline_after_start_is_an_error():
    error = only_error(with_(registration={"url": "https://x.nl/a", "deadline": "2026-12-11"}))
    assert error.field == "registration" and "deadline" in error.message


def test_registration_may_be_an_email_address():
    event, _ = parse_fields(with_(registration="secretariaat@verdiwel.nl"))
    assert event.registration.href == "mailto:secretariaat@verdiwel.nl"


def test_bad_email_is_an_error():
    assert only_error(with_(registration={"email": "secretariaat-at-example"})).field == "registration"


def test_unknown_category_lists_the_configured_ones():
    error = only_error(with_(category="Borrel"))
    assert "Bijeenkomst" in error.message and "Werkbezoek" in error.message


def test_bad_rrule_is_an_error():
    error = only_error(with_(recurrence="FREQ=SOMETIMES"))
    assert error.field == "recurrence" and "FREQ=MONTHLY;BYDAY=2TH;COUNT=6" in error.message


def test_rrule_until_as_a_date_is_accepted_for_a_timed_event():
    event, errors = parse_fields(with_(recurrence="FREQ=WEEKLY;UNTIL=20270131"))
    assert errors == [] and "UNTIL=20270131T225959Z" in event.recurrence


def test_unknown_status_is_an_error():
    assert only_error(with_(status="afgelast")).field == "status"


def test_status_reason_needs_a_cancelled_or_postponed_status():
    assert only_error(with_(status_reason="Te weinig aanmeldingen")).field == "status_reason"


def test_cancelled_event_keeps_its_reason():
    event, _ = parse_fields(
        with_(status="cancelled", status_reason="Ziekte van de spreker.", updated="2026-11-20 10:00")
    )
    assert event.status is Status.CANCELLED and event.status_reason == "Ziekte van de spreker."


def test_unknown_location_field_is_an_error():
    assert only_error(with_(location={"plaats": "Utrecht"})).field == "location"


def test_cost_as_number_keeps_the_price():
    event, _ = parse_fields(with_(cost=75))
    assert (event.cost, str(event.price)) == ("", "75")


@pytest.mark.parametrize(("written", "price"), [("75", "75"), ("12,50", "12.50"), ("12.5", "12.5")])
def test_cost_written_as_text_of_digits_is_a_price(written, price):
    """What the browser editor's text field writes for a number."""
    event, _ = parse_fields(with_(cost=written))
    assert (event.cost, str(event.price)) == ("", price)


def test_free_text_cost_starting_with_gratis_has_price_zero():
    event, _ = parse_fields(with_(cost="Gratis voor leden"))
    assert event.price == 0


def test_negative_cost_is_an_error():
    assert only_error(with_(cost=-5)).field == "cost"


def test_speakers_with_roles():
    event, _ = parse_fields(with_(speakers=["Jack de Vries", {"name": "Marius Buiting", "role": "directeur NVTZ"}]))
    assert [(s.name, s.role) for s in event.speakers] == [("Jack de Vries", ""), ("Marius Buiting", "directeur NVTZ")]


def test_uid_with_spaces_is_an_error():
    assert only_error(with_(uid="mijn event")).field == "uid"


def test_image_without_alt_is_an_error():
    _event, errors = parse_fields(with_(image="foto.jpg"), bundle={"foto.jpg": 1})
    assert [e.field for e in errors] == ["image_alt"]


def test_cancelling_or_postponing_without_updated_is_an_error_that_says_why():
    for status in ("cancelled", "postponed"):
        error = only_error(with_(status=status))
        assert error.field == "updated" and "agenda-apps van abonnees" in error.message


def test_an_event_without_a_uid_is_an_error_that_gives_the_line_to_add():
    error = only_error({k: v for k, v in VALID.items() if k != "uid"})
    assert error.field == "uid" and "uid: 2026-12-10-najaarsworkshop@example.org" in error.message


def test_an_all_day_events_time_in_words_reaches_the_calendar_description():
    from association.render import ical

    event, errors = parse_fields(with_(start="2017-02-15", end=None, time_note="'s middags"))
    assert errors == [] and event is not None
    info = ical.CalendarInfo(
        name="Agenda", description="", site_url="https://www.example.org/", uid_domain="example.org", timezone=AMS
    )
    assert ical.description(event, info).startswith("Wanneer: 's middags\n\n")


def test_an_all_day_events_time_in_words_reaches_its_social_card():
    from association.render import social_card

    event, errors = parse_fields(with_(start="2017-02-15", end=None, time_note="'s middags"))
    assert errors == [] and event is not None
    style = social_card.CardStyle(site_name="Test", color="#1f4e79")
    assert social_card.for_subject(event, style).date == "woensdag 15 februari 2017, 's middags"

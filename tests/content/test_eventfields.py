"""The event-only value parsers: web and e-mail addresses, places, registration, speakers,
costs and RRULEs, each with what it accepts and what it says when it refuses."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from association.content import eventfields
from association.content.errors import FieldError
from association.content.eventfields import Location, Registration, Speaker

AMS = ZoneInfo("Europe/Amsterdam")


def refusal(parse, *args) -> FieldError:
    with pytest.raises(FieldError) as refused:
        parse(*args)
    return refused.value


@pytest.mark.parametrize("value", ["https://www.example.org/aanmelden", "http://example.org"])
def test_an_absolute_http_or_https_address_is_a_url(value):
    assert eventfields.url(value) == value


def test_an_address_without_https_gets_the_hint_to_write_it():
    error = refusal(eventfields.url, "www.example.org/aanmelden")
    assert error.hint == "Schrijf https://www.example.org/aanmelden"
    assert error.expected == "een webadres dat begint met https://"


@pytest.mark.parametrize("value", ["ftp://example.org/x", "javascript:alert(1)", "https://", "https://example.org/a b"])
def test_other_schemes_an_address_without_host_and_one_with_spaces_are_refused_without_hint(value):
    assert refusal(eventfields.url, value).hint == ""


@pytest.mark.parametrize("value", ["secretaris@example.org", "a.b+agenda@vereniging.example.org"])
def test_an_email_address_is_taken_as_written(value):
    assert eventfields.email(value) == value


@pytest.mark.parametrize("value", ["secretaris", "secretaris@example", "a@@example.org", "<a@example.org>"])
def test_something_that_is_not_an_email_address_is_refused_with_an_example(value):
    assert refusal(eventfields.email, value).expected == "een e-mailadres zoals naam@example.org"


def test_a_place_given_as_text_is_the_venue():
    assert eventfields.location("  Kwadraad ") == Location(venue="Kwadraad")


def test_a_place_given_as_fields_reads_as_one_line_for_calendars_and_maps():
    place = eventfields.location(
        {"venue": "Kwadraad", "address": "Stationsweg 1", "postcode": "1234 AB", "city": "Utrecht"}
    )
    assert place == Location("Kwadraad", "Stationsweg 1", "1234 AB", "Utrecht")
    assert place.one_line == "Kwadraad, Stationsweg 1, 1234 AB Utrecht"


def test_one_line_leaves_out_what_is_not_given():
    assert Location(city="Utrecht").one_line == "Utrecht"
    assert Location(venue="Kwadraad", postcode="1234 AB").one_line == "Kwadraad, 1234 AB"


def test_a_place_block_left_empty_by_a_scaffold_is_no_place():
    assert eventfields.location({"venue": None, "city": None}) is None


def test_a_place_needs_a_venue_or_a_city():
    assert refusal(eventfields.location, {"address": "Stationsweg 1"}).expected == "ten minste venue of city"


def test_a_place_with_an_unknown_field_names_it():
    error = refusal(eventfields.location, {"venue": "Kwadraad", "zaal": "2"})
    assert (error.expected, error.found) == ("alleen venue, address, postcode en city", "zaal")


def test_a_place_of_another_kind_is_refused():
    assert refusal(eventfields.location, ["Kwadraad"]).expected == "een plaats: venue, address, postcode en city"


def test_registration_as_text_is_an_email_address_or_a_web_address():
    assert eventfields.registration("secretaris@example.org", AMS) == Registration(email="secretaris@example.org")
    assert eventfields.registration("https://example.org/aanmelden", AMS) == Registration(
        url="https://example.org/aanmelden"
    )
    # An @ inside a web address does not make it an e-mail address.
    assert eventfields.registration("https://example.org/@leden", AMS).url == "https://example.org/@leden"


def test_registration_fields_are_parsed_with_the_deadline_in_the_sites_zone():
    result = eventfields.registration({"email": "secretaris@example.org", "deadline": "2026-12-01 12:00"}, AMS)
    assert result == Registration(email="secretaris@example.org", deadline=datetime(2026, 12, 1, 12, 0, tzinfo=AMS))
    assert eventfields.registration({"url": "https://example.org/a", "deadline": "2026-12-01"}, AMS).deadline == (
        date(2026, 12, 1)
    )


def test_the_link_to_register_is_the_web_address_else_a_mailto():
    assert Registration(url="https://example.org/a", email="s@example.org").href == "https://example.org/a"
    assert Registration(email="s@example.org").href == "mailto:s@example.org"
    assert Registration(full=True).href is None


def test_a_full_event_needs_no_address_to_register():
    assert eventfields.registration({"full": True}, AMS) == Registration(full=True)


def test_a_registration_block_left_empty_by_a_scaffold_is_no_registration():
    assert eventfields.registration({"url": None, "email": None, "full": False}, AMS) is None


def test_a_registration_with_only_a_deadline_asks_for_a_url_or_email():
    error = refusal(eventfields.registration, {"deadline": "2026-12-01"}, AMS)
    assert error.expected == "een url of email om je aan te melden"


def test_a_registration_with_an_unknown_field_names_it():
    error = refusal(eventfields.registration, {"url": "https://example.org/a", "telefoon": "0"}, AMS)
    assert (error.expected, error.found) == ("alleen url, email, deadline en full", "telefoon")


def test_a_registration_checks_each_of_its_fields():
    assert refusal(eventfields.registration, {"email": "geen-adres"}, AMS).expected.startswith("een e-mailadres")
    assert refusal(eventfields.registration, {"url": "https://example.org/a", "full": "ja"}, AMS).expected == (
        "true of false"
    )
    assert refusal(eventfields.registration, 42, AMS).expected.startswith("een webadres, een e-mailadres")


def test_speakers_are_a_name_a_list_of_names_or_names_with_roles():
    assert eventfields.speakers("Anna Voorbeeld") == (Speaker("Anna Voorbeeld"),)
    assert eventfields.speakers(["Anna Voorbeeld", {"name": "Bert Proef", "role": "penningmeester"}]) == (
        Speaker("Anna Voorbeeld"),
        Speaker("Bert Proef", "penningmeester"),
    )


def test_a_speaker_without_a_name_is_refused():
    assert refusal(eventfields.speakers, [{"role": "voorzitter"}]).expected == "per spreker een naam"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (75, ("", Decimal(75))),
        (12.5, ("", Decimal("12.5"))),
        (0, ("", Decimal(0))),
        ("75", ("", Decimal(75))),
        ("12,50", ("", Decimal("12.50"))),
        ("Gratis voor leden", ("Gratis voor leden", Decimal(0))),
        ("gratis", ("gratis", Decimal(0))),
        ("€ 10 voor niet-leden", ("€ 10 voor niet-leden", None)),
    ],
)
def test_a_cost_is_a_number_when_it_is_one_and_free_text_is_kept(value, expected):
    assert eventfields.cost(value) == expected


@pytest.mark.parametrize("value", [True, -5, None, ["75"]])
def test_a_negative_amount_a_boolean_and_other_kinds_are_no_cost(value):
    with pytest.raises(FieldError):
        eventfields.cost(value)


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_a_cost_that_is_no_finite_number_is_refused(value):
    with pytest.raises(FieldError):
        eventfields.cost(value)


def test_a_rule_is_normalised_to_upper_case_without_its_prefix():
    start = datetime(2027, 1, 14, 16, 0, tzinfo=AMS)
    assert eventfields.recurrence("RRULE:freq=monthly;byday=2th;count=6", start) == "FREQ=MONTHLY;BYDAY=2TH;COUNT=6"


def test_an_until_date_becomes_utc_end_of_day_for_a_timed_series_as_rfc_5545_wants():
    start = datetime(2027, 1, 14, 16, 0, tzinfo=AMS)
    assert eventfields.recurrence("FREQ=WEEKLY;UNTIL=20271231", start) == "FREQ=WEEKLY;UNTIL=20271231T225959Z"
    assert eventfields.recurrence("FREQ=WEEKLY;UNTIL=20271231;BYDAY=TH", start) == (
        "FREQ=WEEKLY;UNTIL=20271231T225959Z;BYDAY=TH"
    )


def test_an_until_date_stays_a_date_for_a_series_of_whole_days():
    assert eventfields.recurrence("FREQ=WEEKLY;UNTIL=20271231", date(2027, 1, 14)) == "FREQ=WEEKLY;UNTIL=20271231"


def test_a_rule_with_its_own_start_is_refused_because_start_already_says_it():
    error = refusal(eventfields.recurrence, "DTSTART:20270114\nRRULE:FREQ=WEEKLY", date(2027, 1, 14))
    assert error.expected == "alleen de RRULE; de eerste datum staat al in 'start'"


@pytest.mark.parametrize("rule", ["elke maand", "FREQ=SOMETIMES", "FREQ=WEEKLY;COUNT=vier"])
def test_a_rule_dateutil_cannot_read_is_refused_with_how_to_write_one(rule):
    error = refusal(eventfields.recurrence, rule, date(2027, 1, 14))
    assert error.found == rule and error.hint.startswith("Begin met FREQ=")

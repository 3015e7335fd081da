"""importer/events_calendar.py: The Events Calendar's post meta as our event fields: start and
end in the event's own zone (or from UTC for an offset zone), all-day dates, the venue and
organiser from their own posts, cost, website, online address and status."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from association.importer import events_calendar, wxr
from association.importer.events_calendar import Place
from support.imports import AMSTERDAM, OWN, item


def fields(posts: dict[int, wxr.Item] | None = None, **meta: str) -> events_calendar.EventFields:
    return events_calendar.fields(item(type="tribe_events", meta=meta), posts or {}, AMSTERDAM)


def test_an_event_in_its_own_zone_keeps_it():
    f = fields(
        _EventStartDate="2026-12-03 10:00:00", _EventEndDate="2026-12-03 11:00:00", _EventTimezone="America/New_York"
    )
    assert f.start == datetime(2026, 12, 3, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    assert f.timezone == "America/New_York"


def test_an_event_in_the_sites_own_zone_names_no_zone():
    f = fields(_EventStartDate="2026-09-24 14:00:00", _EventTimezone="Europe/Amsterdam")
    assert f.start == datetime(2026, 9, 24, 14, 0, tzinfo=AMSTERDAM) and f.timezone is None


def test_an_offset_zone_uses_the_utc_time_in_the_sites_zone():
    f = fields(_EventStartDate="2026-07-01 16:00:00", _EventStartDateUTC="2026-07-01 15:00:00", _EventTimezone="UTC+1")
    assert f.start == datetime(2026, 7, 1, 17, 0, tzinfo=AMSTERDAM) and f.timezone is None


@pytest.mark.parametrize("zone", ["Mars/Olympus", "../../etc/passwd", ""])
def test_a_zone_that_is_none_we_know_falls_back_to_the_utc_time_else_the_local_time_in_the_sites_zone(zone: str):
    with_utc = fields(
        _EventStartDate="2026-07-01 16:00:00", _EventStartDateUTC="2026-07-01 10:00:00", _EventTimezone=zone
    )
    assert with_utc.start == datetime(2026, 7, 1, 12, 0, tzinfo=AMSTERDAM) and with_utc.timezone is None
    local = fields(_EventStartDate="2026-07-01 16:00:00", _EventTimezone=zone)
    assert local.start == datetime(2026, 7, 1, 16, 0, tzinfo=AMSTERDAM)


def test_an_all_day_event_ends_on_its_last_day_and_one_day_has_no_end():
    one = fields(_EventAllDay="yes", _EventStartDate="2026-10-08 00:00:00", _EventEndDate="2026-10-08 23:59:59")
    assert (one.start, one.end) == (date(2026, 10, 8), None)
    two = fields(_EventAllDay="1", _EventStartDate="2026-10-08 00:00:00", _EventEndDate="2026-10-09 23:59:59")
    assert (two.start, two.end) == (date(2026, 10, 8), date(2026, 10, 9))


def test_an_all_day_event_in_another_zone_names_no_zone():
    f = fields(_EventAllDay="true", _EventStartDate="2026-07-01 00:00:00", _EventTimezone="America/New_York")
    assert f.start == date(2026, 7, 1) and f.timezone is None


def test_an_end_before_or_at_the_start_is_no_end():
    assert fields(_EventStartDate="2026-07-01 10:00:00", _EventEndDate="2026-06-01 10:00:00").end is None
    assert fields(_EventStartDate="2026-07-01 10:00:00", _EventEndDate="2026-07-01 10:00:00").end is None


def test_an_event_without_a_start_is_an_error_for_the_report():
    with pytest.raises(events_calendar.EventDataError, match="_EventStartDate"):
        events_calendar.fields(item(meta={"_EventStartDate": "nooit"}), {}, AMSTERDAM)


def test_the_venue_and_organiser_come_from_their_own_posts_in_our_export():
    export = wxr.read(OWN)
    posts = export.by_id()
    f = events_calendar.fields(posts[30], posts, AMSTERDAM)
    assert f.place == Place("Buurthuis De Kring", "Voorbeeldstraat 1", "1234 AB", "Voorbeeldstad")
    assert (f.organizer, f.cost, f.website) == ("Werkgroep Scholing", "15", "https://www.example.org/werkbezoek")
    assert f.end == datetime(2026, 9, 24, 17, 0, tzinfo=AMSTERDAM)


def test_a_venue_or_organiser_that_is_not_in_the_export_or_has_no_title_is_left_out():
    posts = {40: item(40, type="tribe_venue", title="  ")}
    f = fields(posts, _EventStartDate="2026-07-01 10:00:00", _EventVenueID="40", _EventOrganizerID="41")
    assert (f.place, f.organizer) == (None, "")
    assert fields(posts, _EventStartDate="2026-07-01 10:00:00", _EventVenueID="x").place is None


@pytest.mark.parametrize(
    ("cost", "symbol", "expected"),
    [
        ("15", "€", "15"),
        ("12,50", "EUR", "12,50"),
        ("15", "$", "$ 15"),
        ("$ 15", "$", "$ 15"),
        ("Gratis", "", "Gratis"),
    ],
)
def test_a_cost_in_euros_stays_a_number_and_another_currency_keeps_its_symbol(cost: str, symbol: str, expected: str):
    f = fields(_EventStartDate="2026-07-01 10:00:00", _EventCost=cost, _EventCurrencySymbol=symbol)
    assert f.cost == expected


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("canceled", "cancelled"),
        ("Cancelled", "cancelled"),
        (" postponed ", "postponed"),
        ("", "scheduled"),
        ("x", "scheduled"),
    ],
)
def test_the_plugins_status_becomes_ours(status: str, expected: str):
    assert fields(_EventStartDate="2026-07-01 10:00:00", _tribe_events_status=status).status == expected


def test_the_online_address_is_the_virtual_events_url():
    f = fields(_EventStartDate="2026-07-01 10:00:00", _tribe_events_virtual_url=" https://meet.example.org/x ")
    assert f.online == "https://meet.example.org/x"

"""One date model: bare dates stay dates, times are aware in Europe/Amsterdam."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from association.content.dates import parse_moment, parse_timezone, start_of
from association.content.errors import FieldError

AMS = ZoneInfo("Europe/Amsterdam")


def test_bare_date_stays_a_date_not_utc_midnight():
    assert parse_moment("2019-02-20", AMS) == date(2019, 2, 20)


def test_date_and_time_is_aware_in_the_configured_zone():
    moment = parse_moment("2026-12-10 14:00", AMS)
    assert moment == datetime(2026, 12, 10, 14, 0, tzinfo=AMS)
    assert moment.utcoffset() == timedelta(hours=1)


def test_summer_time_gets_the_summer_offset():
    assert parse_moment("2026-07-01T09:30", AMS).utcoffset() == timedelta(hours=2)


def test_explicit_offset_is_converted_into_the_zone():
    moment = parse_moment("2026-07-01T07:30:00Z", AMS)
    assert (moment.hour, moment.tzinfo) == (9, AMS)


def test_dutch_order_gets_the_iso_form_as_hint():
    with pytest.raises(FieldError) as info:
        parse_moment("22-11-2026", AMS)
    assert "2026-11-22" in info.value.text()


def test_dutch_order_with_time_keeps_the_time_in_the_hint():
    with pytest.raises(FieldError) as info:
        parse_moment("5-3-2027 9.30", AMS)
    assert "2027-03-05 09:30" in info.value.text()


def test_impossible_date_is_an_error():
    with pytest.raises(FieldError) as info:
        parse_moment("2026-02-30", AMS)
    assert "geen dag 30" in info.value.text()


def test_impossible_time_is_an_error():
    with pytest.raises(FieldError):
        parse_moment("2026-02-03 25:00", AMS)


@pytest.mark.parametrize("value", ["morgen", 2026, ["2026-01-01"], ""])
def test_anything_else_is_an_error(value):
    with pytest.raises(FieldError):
        parse_moment(value, AMS)


def test_unknown_time_zone_is_an_error():
    with pytest.raises(FieldError):
        parse_timezone("Europe/Amsterdan")


def test_a_day_starts_at_local_midnight():
    assert start_of(date(2026, 7, 1), AMS) == datetime(2026, 7, 1, 0, 0, tzinfo=AMS)

"""Occurrences: the dates of a plain event or a series, how far a rule is expanded, what a
changed, moved or extra date carries, and when each one is over and which days it covers."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from association.content.columns import Source
from association.content.eventfields import Location, Registration, Speaker, Status
from association.content.events import Event
from association.content.occurrences import HORIZON, MAX_OCCURRENCES, expand
from association.content.series import SeriesChange

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=AMS)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=AMS)


def event(slug: str = "ledenavond", **fields) -> Event:
    """An event as the parser makes it (its rule already normalised), made by hand."""
    values = {
        "source": Source(f"events/{slug}.md", f"/abs/events/{slug}.md", slug),
        "slug": slug,
        "title": "Ledenavond",
        "start": at(date(2026, 12, 10), 14),
        "end": None,
        "timezone": AMS,
        "category": "Bijeenkomst",
        "summary": "",
        "organizer": "Voorbeeldvereniging",
        **fields,
    }
    return Event(**values)


def test_a_plain_event_has_one_occurrence_with_its_own_dates_keyed_by_its_slug():
    plain = event(start=at(date(2026, 12, 10), 14), end=at(date(2026, 12, 10), 17))
    (only,) = expand(plain, NOW)
    assert (only.start, only.end, only.index, only.original, only.change) == (plain.start, plain.end, 0, None, None)
    assert only.key == "ledenavond" and only.moved_from is None


def test_a_monthly_rule_keeps_the_local_time_across_the_dst_change():
    series = expand(
        event(
            start=at(date(2027, 1, 14), 16), end=at(date(2027, 1, 14), 17), recurrence="FREQ=MONTHLY;BYDAY=2TH;COUNT=6"
        ),
        NOW,
    )
    assert [o.start.date() for o in series] == [
        date(2027, 1, 14),
        date(2027, 2, 11),
        date(2027, 3, 11),
        date(2027, 4, 8),
        date(2027, 5, 13),
        date(2027, 6, 10),
    ]
    assert {(o.start.hour, o.end.hour) for o in series} == {(16, 17)}
    assert series[0].start.utcoffset() == timedelta(hours=1) and series[3].start.utcoffset() == timedelta(hours=2)
    assert [o.index for o in series] == list(range(6))


def test_each_date_of_a_series_has_a_key_of_its_own_from_the_date_the_rule_gives():
    series = expand(event(start=date(2027, 1, 14), recurrence="FREQ=WEEKLY;COUNT=2"), NOW)
    assert [o.key for o in series] == ["ledenavond-2027-01-14", "ledenavond-2027-01-21"]
    assert [o.original for o in series] == [date(2027, 1, 14), date(2027, 1, 21)]


def test_an_open_ended_rule_stops_two_years_after_the_build():
    series = expand(event(recurrence="FREQ=WEEKLY"), NOW)
    assert series[-1].start <= NOW + HORIZON < series[-1].start + timedelta(days=7)


def test_an_open_ended_daily_rule_stops_at_the_most_dates_allowed():
    series = expand(event(recurrence="FREQ=DAILY"), NOW)
    assert len(series) == MAX_OCCURRENCES < HORIZON.days


def test_an_all_day_series_is_cut_at_the_horizon_too():
    series = expand(event(start=date(2026, 12, 1), recurrence="FREQ=MONTHLY"), NOW)
    assert series[-1].start == date(2028, 11, 1) and all(isinstance(o.start, date) for o in series)


def test_a_series_starting_beyond_the_horizon_still_has_its_first_date():
    far = expand(event(start=at(date(2030, 1, 10), 10), recurrence="FREQ=WEEKLY"), NOW)
    assert [o.start.date() for o in far] == [date(2030, 1, 10)]


def test_a_cancelled_date_carries_its_status_and_reason_and_the_others_the_series_status():
    change = SeriesChange(
        original=at(date(2027, 1, 21), 16), status=Status.CANCELLED, status_reason="De spreker is ziek."
    )
    series = expand(event(start=at(date(2027, 1, 14), 16), recurrence="FREQ=WEEKLY;COUNT=3", exceptions=(change,)), NOW)
    assert [o.status for o in series] == [Status.SCHEDULED, Status.CANCELLED, Status.SCHEDULED]
    assert [o.status_reason for o in series] == ["", "De spreker is ziek.", ""]
    assert series[1].change is change and series[0].change is None


def test_a_change_without_a_status_keeps_the_series_status_and_reason():
    change = SeriesChange(original=date(2027, 1, 21), location=Location(venue="Zaal 2"))
    series = expand(
        event(
            start=date(2027, 1, 14),
            recurrence="FREQ=WEEKLY;COUNT=2",
            status=Status.POSTPONED,
            status_reason="Nieuwe datum volgt.",
            exceptions=(change,),
        ),
        NOW,
    )
    assert [(o.status, o.status_reason) for o in series] == [(Status.POSTPONED, "Nieuwe datum volgt.")] * 2


def test_a_changed_date_has_its_own_place_link_speakers_and_registration_the_others_the_series_ones():
    own = Registration(email="secretaris@example.org")
    change = SeriesChange(
        original=date(2027, 1, 21),
        location=Location(venue="Zaal 2", city="Utrecht"),
        online="https://example.org/live",
        speakers=(Speaker("Bert Proef"),),
        registration=own,
    )
    base = event(
        start=date(2027, 1, 14),
        recurrence="FREQ=WEEKLY;COUNT=2",
        location=Location(venue="Kwadraad"),
        speakers=(Speaker("Anna Voorbeeld"),),
        registration=Registration(url="https://example.org/aanmelden"),
        exceptions=(change,),
    )
    first, second = expand(base, NOW)
    assert (first.location, first.online, first.speakers, first.registration) == (
        base.location,
        None,
        base.speakers,
        base.registration,
    )
    assert (second.location, second.online, second.speakers, second.registration) == (
        change.location,
        "https://example.org/live",
        change.speakers,
        own,
    )


def test_a_moved_date_takes_its_new_start_and_place_in_time_and_keeps_its_key():
    change = SeriesChange(
        original=at(date(2027, 1, 14), 16), start=at(date(2027, 1, 30), 16), end=at(date(2027, 1, 30), 18)
    )
    series = expand(
        event(
            start=at(date(2027, 1, 14), 16),
            end=at(date(2027, 1, 14), 17),
            recurrence="FREQ=WEEKLY;COUNT=3",
            exceptions=(change,),
        ),
        NOW,
    )
    assert [o.start.date() for o in series] == [date(2027, 1, 21), date(2027, 1, 28), date(2027, 1, 30)]
    moved = series[-1]
    assert moved.end == at(date(2027, 1, 30), 18) and moved.index == 0
    assert moved.moved_from == at(date(2027, 1, 14), 16) and series[0].moved_from is None
    assert moved.key == "ledenavond-2027-01-14"


def test_extra_dates_join_the_series_in_time_order_with_the_series_duration():
    series = expand(
        event(
            start=at(date(2027, 1, 14), 16),
            end=at(date(2027, 1, 14), 17, 30),
            recurrence="FREQ=WEEKLY;COUNT=2",
            extra_dates=(at(date(2027, 1, 16), 10),),
        ),
        NOW,
    )
    assert [o.start.date() for o in series] == [date(2027, 1, 14), date(2027, 1, 16), date(2027, 1, 21)]
    extra = series[1]
    assert extra.end == at(date(2027, 1, 16), 11, 30) and extra.index == 2 and extra.original is None
    assert extra.key == "ledenavond-2027-01-16"


def test_a_timed_occurrence_is_over_at_its_end_or_else_at_the_end_of_its_day():
    with_end = expand(event(start=at(date(2026, 12, 10), 14), end=at(date(2026, 12, 10), 17)), NOW)[0]
    assert with_end.ends_at() == at(date(2026, 12, 10), 17)
    # 23:30 UTC is already the next day in Amsterdam: the day is the local one.
    late = expand(event(start=datetime(2026, 12, 10, 23, 30, tzinfo=UTC)), NOW)[0]
    assert late.ends_at() == at(date(2026, 12, 12), 0)
    assert with_end.starts_at() == at(date(2026, 12, 10), 14) and not with_end.all_day


def test_an_all_day_occurrence_is_over_at_the_midnight_after_its_last_day():
    days = expand(event(start=date(2026, 12, 3), end=date(2026, 12, 4)), NOW)[0]
    assert days.ends_at() == at(date(2026, 12, 5), 0) and days.all_day
    assert days.starts_at() == at(date(2026, 12, 3), 0)
    one = expand(event(start=date(2026, 12, 3)), NOW)[0]
    assert one.ends_at() == at(date(2026, 12, 4), 0)


def test_the_days_covered_are_every_day_of_an_all_day_span():
    span = expand(event(start=date(2026, 12, 31), end=date(2027, 1, 2)), NOW)[0]
    assert span.days(AMS) == [date(2026, 12, 31), date(2027, 1, 1), date(2027, 1, 2)]


def test_ending_at_midnight_does_not_touch_the_next_day_but_ending_after_it_does():
    to_midnight = expand(event(start=at(date(2026, 12, 10), 20), end=at(date(2026, 12, 11), 0)), NOW)[0]
    assert to_midnight.days(AMS) == [date(2026, 12, 10)]
    past_midnight = expand(event(start=at(date(2026, 12, 10), 20), end=at(date(2026, 12, 11), 1)), NOW)[0]
    assert past_midnight.days(AMS) == [date(2026, 12, 10), date(2026, 12, 11)]


def test_the_days_of_a_timed_occurrence_are_counted_in_the_zone_asked_for():
    night = expand(event(start=at(date(2026, 12, 11), 0, 30)), NOW)[0]
    assert night.days(AMS) == [date(2026, 12, 11)]
    assert night.days(ZoneInfo("UTC")) == [date(2026, 12, 10)]

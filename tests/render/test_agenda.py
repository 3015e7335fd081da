"""Upcoming/past and month grids of occurrences: pure, with DST and year boundaries (the
occurrences themselves: tests/content/test_occurrences.py)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import yaml

from association.content.columns import Source
from association.content.events import parse_event
from association.content.frontmatter import parse
from association.content.occurrences import expand
from association.content.settings import ContentSettings
from association.render import agenda, dutch

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=AMS)


def event(stem="2026-12-10-x", **fields):
    data = {"title": "X", "start": "2026-12-10 14:00", "category": "Webinar", "uid": f"{stem}@example.org", **fields}
    text = "---\n" + yaml.safe_dump(data, sort_keys=False) + "---\n"
    result, problems = parse_event(
        parse(f"events/{stem}.md", text),
        Source(f"events/{stem}.md", f"/e/{stem}.md", stem),
        ContentSettings(),
        lambda p: False,
    )
    assert [p for p in problems if not p.warning] == []
    return result


def test_an_event_is_upcoming_until_its_end_then_past():
    occurrence = expand(event(start="2026-12-10 14:00", end="2026-12-10 17:00"), NOW)[0]
    during = datetime(2026, 12, 10, 16, 59, tzinfo=AMS)
    after = datetime(2026, 12, 10, 17, 0, tzinfo=AMS)
    assert agenda.upcoming([occurrence], during) == [occurrence] and agenda.past([occurrence], during) == []
    assert agenda.upcoming([occurrence], after) == [] and agenda.past([occurrence], after) == [occurrence]


def test_month_grid_starts_on_monday_and_places_events_on_their_local_day_across_dst():
    # 25 October 2026: clocks go back. 00:30 local is still 24 October in UTC.
    night = expand(event("2026-10-25-nacht", title="Nacht", start="2026-10-25 00:30", end="2026-10-25 02:30"), NOW)
    grid = agenda.month_grids(night, AMS)[0]
    assert grid.first == date(2026, 10, 1)
    assert grid.weeks[0][0].date == date(2026, 9, 28)  # a Monday
    busy = [d.date for week in grid.weeks for d in week if d.occurrences]
    assert busy == [date(2026, 10, 25)]
    assert dutch.short_when(night[0].start, night[0].end, AMS) == "00:30–02:30"


def test_multi_day_event_across_the_new_year_appears_in_both_months_with_links_between_them():
    span = expand(event("2026-12-31-oud-nieuw", start="2026-12-31", end="2027-01-02"), NOW)
    december, january = agenda.month_grids(span, AMS)
    assert (december.first, january.first) == (date(2026, 12, 1), date(2027, 1, 1))
    assert december.next_url == "agenda/2027/01/" and january.prev_url == "agenda/2026/12/"
    assert december.prev_url is None and january.next_url is None

    def busy(grid):
        return [d.date for week in grid.weeks for d in week if d.in_month and d.occurrences]

    assert busy(december) == [date(2026, 12, 31)]
    assert busy(january) == [date(2027, 1, 1), date(2027, 1, 2)]
    assert len(december.occurrences) == len(january.occurrences) == 1


def test_a_month_without_events_between_two_busy_months_still_gets_a_grid():
    items = expand(event("2026-10-01-a", start="2026-10-01"), NOW) + expand(
        event("2026-12-01-b", start="2026-12-01"), NOW
    )
    assert [g.first.month for g in agenda.month_grids(items, AMS)] == [10, 11, 12]


def test_upcoming_grouped_by_month_in_order():
    items = [
        o
        for e in (
            event("2026-12-10-a", start="2026-12-10"),
            event("2027-01-05-b", start="2027-01-05"),
            event("2026-12-01-c", start="2026-12-01"),
        )
        for o in expand(e, NOW)
    ]
    groups = agenda.by_month(agenda.upcoming(items, NOW), AMS)
    assert [(g.first, [o.event.slug for o in g.occurrences]) for g in groups] == [
        (date(2026, 12, 1), ["c", "a"]),
        (date(2027, 1, 1), ["b"]),
    ]

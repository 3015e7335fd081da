"""The agenda as data: upcoming and past occurrences, month groups and month grids.

Decided from ``now`` (the build's time); the page script only moves items whose end time
has passed since the build. Days are calendar days in the site's zone, so an event at
00:30 on the night of a DST change lands on the right day.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from ..content.occurrences import Occurrence
from ..content.slugs import slugify
from . import site_urls

AGENDA = site_urls.AGENDA
ARCHIVE = site_urls.AGENDA_ARCHIVE
SUBSCRIPTION = "agenda.ics"


def month_url(year: int, month: int) -> str:
    return f"agenda/{year}/{month:02d}/"


def category_url(category: str) -> str:
    return f"agenda/categorie/{slugify(category)}/"


def category_ics(category: str) -> str:
    return f"agenda/categorie/{slugify(category)}.ics"


def event_ics(url: str, slug: str) -> str:
    return f"{url}{slug}.ics"


def upcoming(occurrences: Iterable[Occurrence], now: datetime) -> list[Occurrence]:
    """Not yet ended, soonest first."""
    return sorted((o for o in occurrences if o.ends_at() > now), key=_chronological)


def past(occurrences: Iterable[Occurrence], now: datetime) -> list[Occurrence]:
    """Ended, most recent first."""
    return sorted((o for o in occurrences if o.ends_at() <= now), key=_chronological, reverse=True)


def _chronological(occurrence: Occurrence) -> tuple[datetime, str, int]:
    return (occurrence.starts_at(), occurrence.event.slug, occurrence.index)


@dataclass(frozen=True)
class MonthGroup:
    first: date
    """The first day of the month."""
    occurrences: tuple[Occurrence, ...]

    @property
    def url(self) -> str:
        return month_url(self.first.year, self.first.month)


def by_month(occurrences: Sequence[Occurrence], tz: ZoneInfo) -> list[MonthGroup]:
    """Groups in the order of ``occurrences``, by the month in which each starts."""
    groups: dict[date, list[Occurrence]] = {}
    for occurrence in occurrences:
        start = occurrence.start.astimezone(tz).date() if isinstance(occurrence.start, datetime) else occurrence.start
        groups.setdefault(start.replace(day=1), []).append(occurrence)
    return [MonthGroup(first, tuple(items)) for first, items in groups.items()]


@dataclass(frozen=True)
class Day:
    date: date
    in_month: bool
    occurrences: tuple[Occurrence, ...]


@dataclass(frozen=True)
class MonthGrid:
    first: date
    weeks: tuple[tuple[Day, ...], ...]
    occurrences: tuple[Occurrence, ...]
    """Every occurrence touching this month, chronological: the list under the grid."""
    prev_first: date | None
    next_first: date | None

    @property
    def url(self) -> str:
        return month_url(self.first.year, self.first.month)

    @property
    def prev_url(self) -> str | None:
        return month_url(self.prev_first.year, self.prev_first.month) if self.prev_first else None

    @property
    def next_url(self) -> str | None:
        return month_url(self.next_first.year, self.next_first.month) if self.next_first else None


def month_grids(occurrences: Sequence[Occurrence], tz: ZoneInfo) -> list[MonthGrid]:
    """A grid for every month from the first to the last day any occurrence covers."""
    per_day: dict[date, list[Occurrence]] = defaultdict(list)
    for occurrence in sorted(occurrences, key=_chronological):
        for day in occurrence.days(tz):
            per_day[day].append(occurrence)
    if not per_day:
        return []
    months = _months(min(per_day), max(per_day))
    grids = []
    for index, first in enumerate(months):
        weeks = tuple(
            tuple(Day(day, day.month == first.month, tuple(per_day.get(day, ()))) for day in week)
            for week in calendar.Calendar(firstweekday=calendar.MONDAY).monthdatescalendar(first.year, first.month)
        )
        in_month: dict[tuple[str, int], Occurrence] = {}
        for week in weeks:
            for cell in week:
                if cell.in_month:
                    for o in cell.occurrences:
                        in_month.setdefault((o.event.slug, o.index), o)
        grids.append(
            MonthGrid(
                first=first,
                weeks=weeks,
                occurrences=tuple(in_month.values()),
                prev_first=months[index - 1] if index > 0 else None,
                next_first=months[index + 1] if index + 1 < len(months) else None,
            )
        )
    return grids


def _months(first: date, last: date) -> list[date]:
    months = []
    current = first.replace(day=1)
    while current <= last:
        months.append(current)
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months

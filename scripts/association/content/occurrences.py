"""Occurrences: the concrete dates of an event, one for a plain event, many for an RRULE.

The agenda, the month grids and the "past or upcoming" decision all work on occurrences;
the event page and the .ics keep the series as one event with its rule, as calendar apps
expect.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from .dates import Moment, start_of
from .events import Event

MAX_OCCURRENCES = 500
"""An open-ended rule (no COUNT or UNTIL) is expanded this far at most, and..."""
HORIZON = timedelta(days=730)
"""...no further than two years after the build."""


@dataclass(frozen=True)
class Occurrence:
    event: Event
    start: Moment
    end: Moment | None
    index: int

    @property
    def all_day(self) -> bool:
        return self.event.all_day

    def starts_at(self) -> datetime:
        return start_of(self.start, self.event.timezone)

    def ends_at(self) -> datetime:
        """The instant it is over: the end time; for a day (or days), the next midnight;
        for a timed event without end, the end of its day."""
        if isinstance(self.end, datetime):
            return self.end
        if isinstance(self.start, datetime):
            local = self.start.astimezone(self.event.timezone)
            return datetime.combine(local.date() + timedelta(days=1), time(0, 0), tzinfo=self.event.timezone)
        last = self.end or self.start
        return datetime.combine(last + timedelta(days=1), time(0, 0), tzinfo=self.event.timezone)

    def days(self, tz: ZoneInfo) -> list[date]:
        """The calendar days (in ``tz``) this occurrence covers, for the month grid."""
        if not isinstance(self.start, datetime):
            last = self.end or self.start
            return [self.start + timedelta(days=n) for n in range((last - self.start).days + 1)]
        start = self.start.astimezone(tz)
        end = self.end.astimezone(tz) if isinstance(self.end, datetime) else None
        if end is None or end <= start:
            last = start.date()
        else:
            last = (end - timedelta(microseconds=1)).date()  # ending at midnight does not touch the next day
        return [start.date() + timedelta(days=n) for n in range((last - start.date()).days + 1)]

    @property
    def key(self) -> str:
        """Stable id of this occurrence within the site (for HTML ids)."""
        return f"{self.event.slug}-{self.index + 1}" if self.event.recurrence else self.event.slug


def expand(event: Event, now: datetime) -> tuple[Occurrence, ...]:
    """All occurrences of ``event``; a rule is cut at 500 dates or two years after ``now``,
    but never before its first date."""
    if not event.recurrence:
        return (Occurrence(event, event.start, event.end, 0),)
    timed = isinstance(event.start, datetime)
    dtstart = event.start if timed else datetime.combine(event.start, time(0, 0))
    rule = event.recurrence  # already normalised by eventfields.recurrence
    duration = (event.end - event.start) if event.end is not None else None  # type: ignore[operator]
    horizon = now + HORIZON
    result = []
    for index, start in enumerate(rrulestr(rule, dtstart=dtstart)):
        if index >= MAX_OCCURRENCES:
            break
        moment: Moment = start if timed else start.date()
        if index > 0 and (start if timed else start.replace(tzinfo=event.timezone)) > horizon:
            break  # the first date always counts, however far ahead: the event exists
        end = moment + duration if duration is not None else None  # type: ignore[operator]
        result.append(Occurrence(event, moment, end, index))
    return tuple(result)

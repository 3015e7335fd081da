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

from .dates import Moment, day_of, start_of
from .eventfields import Location, Registration, Speaker, Status
from .events import Event
from .series import SeriesChange

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
    change: SeriesChange | None = None
    """What is different on this date of a series (cancelled, moved, another place...)."""
    original: Moment | None = None
    """For a date of a series: the start the rule gives (its RECURRENCE-ID); None for an
    extra date and for a single event."""

    @property
    def status(self) -> Status:
        if self.change is not None and self.change.status is not None:
            return self.change.status
        return self.event.status

    @property
    def status_reason(self) -> str:
        if self.change is not None and self.change.status is not None:
            return self.change.status_reason
        return self.event.status_reason

    @property
    def moved_from(self) -> Moment | None:
        """The rule's start for a date that was moved, else None."""
        return self.original if self.change is not None and self.change.moved else None

    @property
    def location(self) -> Location | None:
        return (
            self.change.location
            if self.change is not None and self.change.location is not None
            else self.event.location
        )

    @property
    def online(self) -> str | None:
        return self.change.online if self.change is not None and self.change.online is not None else self.event.online

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        return (
            self.change.speakers
            if self.change is not None and self.change.speakers is not None
            else self.event.speakers
        )

    @property
    def registration(self) -> Registration | None:
        if self.change is not None and self.change.registration is not None:
            return self.change.registration
        return self.event.registration

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
        # Ending at midnight does not touch the next day.
        last = start.date() if end is None or end <= start else (end - timedelta(microseconds=1)).date()
        return [start.date() + timedelta(days=n) for n in range((last - start.date()).days + 1)]

    @property
    def key(self) -> str:
        """Stable id of this occurrence within the site (for HTML ids and anchors): the date
        the rule gives (or the extra date), so that moving another date changes nothing."""
        if not self.event.recurrence:
            return self.event.slug
        return f"{self.event.slug}-{day_of(self.original if self.original is not None else self.start).isoformat()}"


def expand(event: Event, now: datetime) -> tuple[Occurrence, ...]:
    """All occurrences of ``event``, in time order; a rule is cut at 500 dates or two years
    after ``now``, but never before its first date. A changed date carries its change; a
    moved one its new start; extra dates join in."""
    if not event.recurrence:
        return (Occurrence(event, event.start, event.end, 0),)
    timed = isinstance(event.start, datetime)
    dtstart = event.start if timed else datetime.combine(event.start, time(0, 0))
    rule = event.recurrence  # already normalised by eventfields.recurrence
    duration = (event.end - event.start) if event.end is not None else None
    horizon = now + HORIZON
    changes = {day_of(c.original): c for c in event.exceptions}
    result = []
    for index, start in enumerate(rrulestr(rule, dtstart=dtstart)):
        if index >= MAX_OCCURRENCES:
            break
        moment: Moment = start if timed else start.date()
        if index > 0 and (start if timed else start.replace(tzinfo=event.timezone)) > horizon:
            break  # the first date always counts, however far ahead: the event exists
        end = moment + duration if duration is not None else None
        change = changes.get(day_of(moment))
        if change is not None and change.start is not None:
            result.append(Occurrence(event, change.start, change.end, index, change, moment))
        else:
            result.append(Occurrence(event, moment, end, index, change, moment))
    for number, extra in enumerate(event.extra_dates, start=len(result)):
        end = extra + duration if duration is not None else None
        result.append(Occurrence(event, extra, end, number))
    result.sort(key=lambda o: o.starts_at())
    return tuple(result)

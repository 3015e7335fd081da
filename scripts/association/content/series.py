"""Changes to single dates of a recurring event: cancel one, move one, change its place,
link, speakers or registration; and extra dates beside the rule (RDATE).

In the event's kop:

    recurrence: FREQ=MONTHLY;BYDAY=2TH;COUNT=6
    exceptions:
      - date: 2027-04-08              # a date the rule gives
        status: cancelled
        status_reason: De spreker is ziek.
      - date: 2027-05-13
        start: 2027-05-20 16:00       # moved
        end: 2027-05-20 17:00
      - date: 2027-03-11
        location: {venue: Zaal 2, city: Utrecht}
    extra_dates: [2027-07-08 16:00]

Each change must name a date the rule produces; otherwise the error names the nearest
dates it does produce. Calendar apps get them as overrides with RECURRENCE-ID (render/ical).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from . import eventfields, fields
from .dates import Moment, day_of, parse_moment, shown
from .errors import FieldError
from .eventfields import Location, Registration, Speaker, Status

CHANGE_FIELDS = ("date", "status", "status_reason", "start", "end", "location", "online", "speakers", "registration")
SEARCHED = 1000
"""How many dates of the rule a change may be looked up in (a rule may be open-ended)."""


@dataclass(frozen=True)
class SeriesChange:
    """What differs on one date of a series. None: as the series itself."""

    original: Moment
    """The start the rule gives for this date (the RECURRENCE-ID)."""
    status: Status | None = None
    status_reason: str = ""
    start: Moment | None = None
    """The new start of a moved date."""
    end: Moment | None = None
    location: Location | None = None
    online: str | None = None
    speakers: tuple[Speaker, ...] | None = None
    registration: Registration | None = None

    @property
    def moved(self) -> bool:
        return self.start is not None and self.start != self.original


def rule_dates(rule: str, start: Moment, limit: int = SEARCHED) -> list[Moment]:
    """The starts the rule gives, as ``start`` is written (date, or aware datetime)."""
    timed = isinstance(start, datetime)
    dtstart = start if timed else datetime.combine(start, time(0, 0))
    result: list[Moment] = []
    for index, moment in enumerate(rrulestr(rule, dtstart=dtstart)):
        if index >= limit:
            break
        result.append(moment if timed else moment.date())
    return result


def parse_changes(
    value: object, rule: str | None, start: Moment, end: Moment | None, tz: ZoneInfo
) -> tuple[SeriesChange, ...]:
    """The ``exceptions:`` list; every ``date`` must be one the rule produces."""
    if rule is None:
        raise FieldError("uitzonderingen alleen bij een herhaling (recurrence)", value)
    if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
        raise FieldError("een lijst van datums met wat er die dag anders is, zoals - date: 2027-04-08", value)
    dates = rule_dates(rule, start)
    by_day = {day_of(d): d for d in dates}
    changes: list[SeriesChange] = []
    for item in value:
        unknown = [k for k in item if k not in CHANGE_FIELDS]
        if unknown:
            raise FieldError(f"per datum alleen {', '.join(CHANGE_FIELDS)}", unknown[0])
        if item.get("date") is None:
            raise FieldError("bij elke uitzondering de datum die de herhaling geeft (date:)", dict(item))
        day = day_of(parse_moment(item["date"], tz))
        if day not in by_day:
            raise FieldError("een datum die de herhaling oplevert", str(item["date"]), hint=_nearest(day, dates))
        if any(day_of(c.original) == day for c in changes):
            raise FieldError("elke datum één keer onder exceptions", str(item["date"]))
        changes.append(_change(item, by_day[day], start, end, tz))
    return tuple(changes)


def _change(
    item: Mapping[str, object], original: Moment, start: Moment, end: Moment | None, tz: ZoneInfo
) -> SeriesChange:
    new_start = parse_moment(item["start"], tz) if item.get("start") is not None else None
    new_end = parse_moment(item["end"], tz) if item.get("end") is not None else None
    if new_start is not None and isinstance(new_start, datetime) != isinstance(start, datetime):
        raise FieldError(
            "voor start bij een uitzondering hetzelfde soort waarde als de reeks (een datum, of een datum met tijd)",
            item["start"],
        )
    if new_start is not None and new_end is None and end is not None:
        new_end = new_start + (end - start)
    if new_start is not None and new_end is not None and new_end < new_start:
        raise FieldError(f"een einde op of na het nieuwe begin ({shown(new_start)})", shown(new_end))
    status = None
    if item.get("status") is not None:
        status = Status(fields.choice(item["status"], [s.value for s in Status], what="een status"))
    reason = fields.text(item["status_reason"]) if item.get("status_reason") is not None else ""
    if reason and status in (None, Status.SCHEDULED):
        raise FieldError("een reden (status_reason) alleen bij status: cancelled of postponed", reason)
    return SeriesChange(
        original=original,
        status=status,
        status_reason=reason,
        start=new_start,
        end=new_end,
        location=eventfields.location(item["location"]) if item.get("location") is not None else None,
        online=eventfields.url(item["online"]) if item.get("online") is not None else None,
        speakers=eventfields.speakers(item["speakers"]) if item.get("speakers") is not None else None,
        registration=eventfields.registration(item["registration"], tz)
        if item.get("registration") is not None
        else None,
    )


def _nearest(day: date, dates: Sequence[Moment]) -> str:
    if not dates:
        return "De herhaling levert geen enkele datum op"
    ordered = sorted(dates, key=lambda d: abs((day_of(d) - day).days))
    closest = sorted(ordered[:2], key=day_of)
    return "De dichtstbijzijnde datums van de herhaling zijn " + " en ".join(shown(day_of(d)) for d in closest)


def parse_extra_dates(value: object, rule: str | None, start: Moment, tz: ZoneInfo) -> tuple[Moment, ...]:
    """``extra_dates:``: single dates beside the rule, written like ``start``."""
    if rule is None:
        raise FieldError(
            "extra datums alleen bij een herhaling (recurrence); zonder herhaling is het een eigen activiteit", value
        )
    items = value if isinstance(value, list) else [value]
    result = []
    rule_days = {day_of(d) for d in rule_dates(rule, start)}
    for item in items:
        moment = parse_moment(item, tz)
        if isinstance(moment, datetime) != isinstance(start, datetime):
            raise FieldError("een extra datum zoals start: een datum, of een datum met tijd", item)
        if day_of(moment) in rule_days:
            raise FieldError("een extra datum die de herhaling nog niet oplevert", str(item))
        result.append(moment)
    return tuple(sorted(result, key=day_of))

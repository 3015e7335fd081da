"""iCalendar output with the icalendar library: the subscription, per category, per event.

Everything that calendar apps use to tell "changed" from "unchanged" is derived from the
content, never from the clock or the serve URL: UID from ``uid`` or the source file name
and a configured domain, DTSTAMP and LAST-MODIFIED from ``updated`` (else the date in the
file name), SEQUENCE rising with ``updated``. So a rebuild that changes nothing changes no
byte, and an edited event is seen as an update, not a new event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from ..content.dates import Moment, date_in_name, day_of, start_of
from ..content.events import Event, Status, registration_deadline
from . import dutch

PRODID = "-//association site engine//NL"
_SEQUENCE_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class CalendarInfo:
    name: str
    description: str
    site_url: str
    """Absolute base URL of the site, ending in /; only used for URL properties."""
    uid_domain: str
    timezone: ZoneInfo
    refresh: timedelta = timedelta(hours=12)


class Text(icalendar.vText):
    """TEXT escaped as RFC 5545 (3.3.11) says, backslash first. icalendar's own escaping
    reads a literal ``\\N`` in the text as an escaped line break, so a title with a
    backslash and an N in it would come out with a line break in calendar apps."""

    def to_ical(self) -> bytes:
        text = str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
        return text.encode("utf-8")


def uid(event: Event, domain: str) -> str:
    return event.uid or f"{event.source.stem}@{domain}"


def stamp(event: Event) -> datetime:
    """When the event last changed, in UTC: ``updated``, else the date in the file name."""
    moment: Moment = event.updated or date_in_name(event.source.stem) or day_of(event.start)
    return start_of(moment, event.timezone).astimezone(UTC)


def sequence(event: Event) -> int:
    """0 until the event is updated; then minutes since 2000, so every later ``updated`` is higher."""
    if event.updated is None:
        return 0
    return max(0, int((stamp(event) - _SEQUENCE_EPOCH).total_seconds() // 60))


class Calendars:
    """The .ics files of one build, serialising each VEVENT and VTIMEZONE only once.

    An event sits in three calendars (its own, its category's, the subscription), and every
    calendar needs the same few VTIMEZONEs. Building and folding those with icalendar is
    most of the cost of the calendars, so the bytes are kept and spliced: iCalendar is a
    line format, and a VCALENDAR is its properties, then its components, then END.

    ``mkdocs serve`` keeps one for the whole session: an event's bytes are reused as long
    as the event is equal to the one they were made from (the parse cache hands back the
    very same object for an unchanged file, so that check is mostly ``is``).
    """

    def __init__(self) -> None:
        self._events: dict[tuple[str, str, str], tuple[Event, bytes]] = {}
        self._zones: dict[tuple[str, int, int], bytes] = {}
        self._heads: dict[CalendarInfo, bytes] = {}

    def calendar(self, events: Sequence[Event], info: CalendarInfo) -> bytes:
        """A VCALENDAR with one VEVENT per event (a series keeps its RRULE) and its VTIMEZONEs."""
        end = b"END:VCALENDAR\r\n"
        if info not in self._heads:
            head = to_ical(_head(info))
            assert head.endswith(end)
            self._heads[info] = head[: -len(end)]
        parts = [self._heads[info]]
        # RFC 5545 wants at least one component: a calendar with no event in its window
        # still declares the site's zone, so every client reads it as a valid, empty one.
        keys = _zone_keys(events) or [(info.timezone.key, _EMPTY_YEAR, _EMPTY_YEAR)]
        parts.extend(self._zone(key) for key in keys)
        parts.extend(self._event(event, info) for event in events)
        parts.append(end)
        return b"".join(parts)

    def _event(self, event: Event, info: CalendarInfo) -> bytes:
        key = (event.url, info.site_url, info.uid_domain)
        known = self._events.get(key)
        if known is None or not (known[0] is event or known[0] == event):
            parts = [vevent(event, info), *overrides(event, info)]
            known = self._events[key] = (event, b"".join(to_ical(part) for part in parts))
        return known[1]

    def _zone(self, key: tuple[str, int, int]) -> bytes:
        if key not in self._zones:
            tzid, first, last = key
            zone = icalendar.Timezone.from_tzid(tzid, first_date=date(first, 1, 1), last_date=date(last, 12, 31))
            self._zones[key] = to_ical(one_rdate_per_line(zone))
        return self._zones[key]


_EMPTY_YEAR = 2000
"""The year of the VTIMEZONE in a calendar without events: fixed, so that an empty calendar
does not change with the clock."""


def one_rdate_per_line(zone: icalendar.Timezone) -> icalendar.Timezone:
    """``zone`` with every transition on its own RDATE line.

    icalendar lists a sub-component's later transitions as several dates on one RDATE
    line, which RFC 5545 allows, but ical.js (Thunderbird, many web calendars) reads only
    the first date of such a line: an event in the summer of a later year then comes out
    an hour off. One date per line is read alike by every parser.
    """
    for sub in zone.subcomponents:
        rdates = sub.pop("RDATE", None)
        if rdates is None:
            continue
        for prop in rdates if isinstance(rdates, list) else [rdates]:
            for moment in prop.dts:
                sub.add("rdate", moment.dt)
    return zone


FOLD_AT = 75
"""Octets from which icalendar folds a content line (RFC 5545: lines SHOULD NOT be longer
than 75 octets)."""

_FOLD_SEP = b"\r\n "
_ESCAPES = b"\\^"
"""Octets that begin an escape (TEXT's backslash, RFC 6868's caret): icalendar never ends a
piece of a folded line with one, for clients that would not join the escape again."""


def to_ical(component: icalendar.Component) -> bytes:
    """``component.to_ical()``, with the fold done on octets instead of per character.

    icalendar folds every content line by walking it one character at a time in Python
    (``_foldline``): a third of the cost of serialising an event, though most lines (UID,
    DTSTART, STATUS, ...) are well short of a fold and the others need one or two cuts.
    :func:`fold` makes the same cuts. The joining is ``Contentlines.to_ical``'s. Property
    tests pin that the bytes equal ``component.to_ical()``, and that :func:`fold` equals
    ``Contentline.to_ical`` for any text.
    """
    return b"\r\n".join(fold(line.encode("utf-8")) for line in component.content_lines() if line) + b"\r\n"


def fold(line: bytes) -> bytes:
    """A UTF-8 content line folded as icalendar folds it.

    Pieces of at most ``FOLD_AT - 1`` octets (the space that starts a continuation is not
    counted), cut only between characters, and never right after the octet that begins an
    escape: that octet moves to the next piece."""
    limit = FOLD_AT - 1
    if len(line) <= limit:
        return line
    pieces = []
    start = 0
    while len(line) - start > limit:
        end = start + limit
        while line[end] & 0xC0 == 0x80:  # a UTF-8 continuation octet: back to its character's start
            end -= 1
        if line[end - 1] in _ESCAPES:  # the piece keeps 70+ octets, so never becomes empty
            end -= 1
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return _FOLD_SEP.join(pieces)


def calendar(events: Sequence[Event], info: CalendarInfo) -> bytes:
    """One calendar on its own (see :class:`Calendars` for many in one build)."""
    return Calendars().calendar(events, info)


def _head(info: CalendarInfo) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("name", info.name)
    cal.add("x-wr-calname", info.name)
    cal.add("description", info.description)
    cal.add("x-wr-caldesc", info.description)
    cal.add("x-wr-timezone", info.timezone.key)
    cal.add("refresh-interval", info.refresh, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", icalendar.vDuration(info.refresh))
    return cal


def _zone_keys(events: Sequence[Event]) -> list[tuple[str, int, int]]:
    """One VTIMEZONE per zone used, with transitions only around the events (whole years,
    so calendars over the same years share one), not from 1970 to 2038."""
    years: dict[str, tuple[int, int]] = {}
    for event in events:
        if event.all_day:
            continue
        first = event.start.year - 1
        last = (event.end or event.start).year + (4 if event.recurrence else 1)
        moved = [c.start for c in event.exceptions if c.start is not None]
        if event.extra_dates or moved:
            last = max(last, *(day_of(m).year + 1 for m in (*event.extra_dates, *moved)))
        for moment in (event.start, event.end):
            key = getattr(getattr(moment, "tzinfo", None), "key", None)
            if key is None:
                continue
            known = years.get(key)
            years[key] = (min(first, known[0]), max(last, known[1])) if known else (first, last)
    return [(key, first, last) for key, (first, last) in sorted(years.items())]


def vevent(event: Event, info: CalendarInfo) -> icalendar.Event:
    ev = icalendar.Event()
    ev.add("uid", uid(event, info.uid_domain))
    ev.add("dtstamp", stamp(event))
    ev.add("last-modified", stamp(event))
    ev.add("sequence", sequence(event))
    ev.add("summary", Text(_summary(event)))
    ev.add("dtstart", event.start)
    if event.all_day:
        last = event.end or event.start
        ev.add("dtend", last + timedelta(days=1))  # DTEND of a day is exclusive
    elif event.end is not None:
        ev.add("dtend", event.end)
    if event.recurrence:
        ev.add("rrule", icalendar.vRecur.from_ical(event.recurrence))
        for extra in event.extra_dates:
            ev.add("rdate", extra)  # one date a line: every parser reads it (see one_rdate_per_line)
    ev.add("status", _STATUS.get(event.status, "CONFIRMED"))
    ev.add("url", info.site_url + event.url)
    place = event.location.one_line if event.location else event.online
    if place:
        ev.add("location", Text(place))
    ev.add("description", Text(description(event, info)))
    ev.add("categories", [event.category])
    ev.add("class", "PUBLIC")
    ev.add("transp", "OPAQUE")
    return ev


_STATUS = {Status.CANCELLED: "CANCELLED", Status.POSTPONED: "TENTATIVE"}


def overrides(event: Event, info: CalendarInfo) -> list[icalendar.Event]:
    """One VEVENT per changed date of a series, with the RECURRENCE-ID of the date the rule
    gives: a cancelled date as STATUS:CANCELLED (calendar apps show it struck through rather
    than silently gone), a moved one with its new DTSTART, another place or link as such."""
    result = []
    duration = (event.end - event.start) if event.end is not None else None
    for change in event.exceptions:
        status = change.status or event.status
        start = change.start if change.start is not None else change.original
        end = change.end if change.start is not None else (change.original + duration if duration is not None else None)
        ev = icalendar.Event()
        ev.add("uid", uid(event, info.uid_domain))
        ev.add("recurrence-id", change.original)
        ev.add("dtstamp", stamp(event))
        ev.add("last-modified", stamp(event))
        ev.add("sequence", sequence(event))
        ev.add("summary", Text(_summary(event, status)))
        ev.add("dtstart", start)
        if event.all_day:
            ev.add("dtend", (end or start) + timedelta(days=1))
        elif end is not None:
            ev.add("dtend", end)
        ev.add("status", _STATUS.get(status, "CONFIRMED"))
        ev.add("url", f"{info.site_url}{event.url}#{event.slug}-{day_of(change.original).isoformat()}")
        location = change.location or event.location
        online = change.online or event.online
        place = location.one_line if location else online
        if place:
            ev.add("location", Text(place))
        lines = []
        if status is Status.CANCELLED:
            lines.append("Deze datum gaat niet door." + (f" {change.status_reason}" if change.status_reason else ""))
        elif change.moved:
            was = change.original
            lines.append(
                f"Verplaatst van {dutch.long_date_time(was) if isinstance(was, datetime) else dutch.long_date(was)}."
            )
        lines.append(description(event, info))
        ev.add("description", Text("\n\n".join(lines)))
        ev.add("categories", [event.category])
        ev.add("class", "PUBLIC")
        ev.add("transp", "OPAQUE")
        result.append(ev)
    return result


def _summary(event: Event, status: Status | None = None) -> str:
    prefix = {Status.CANCELLED: "Geannuleerd: ", Status.POSTPONED: "Uitgesteld: "}.get(status or event.status, "")
    return prefix + event.title


def description(event: Event, info: CalendarInfo) -> str:
    """Plain text for DESCRIPTION: what, where, how to join and register, and the page."""
    lines = []
    if event.status is Status.CANCELLED:
        lines.append("Deze activiteit gaat niet door." + (f" {event.status_reason}" if event.status_reason else ""))
    elif event.status is Status.POSTPONED:
        lines.append("Deze activiteit is uitgesteld." + (f" {event.status_reason}" if event.status_reason else ""))
    if event.time_note:  # an all-day event said in words: calendar apps show only the day
        lines.append(f"Wanneer: {event.time_note}")
    if event.summary:
        lines.append(event.summary)
    if event.online:
        lines.append(f"Online: {event.online}")
    if event.location and event.online:
        lines.append(f"Locatie: {event.location.one_line}")
    registration = event.registration
    if registration is not None and registration.href and event.status is Status.SCHEDULED:
        deadline = registration_deadline(event)
        line = f"Aanmelden: {registration.url or registration.email}"
        if deadline is not None:
            line += f" (uiterlijk {dutch.long_date(deadline)})"
        lines.append(line)
    lines.append(f"Meer informatie: {info.site_url}{event.url}")
    return "\n\n".join(lines)

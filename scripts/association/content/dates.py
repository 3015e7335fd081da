"""One date model for every content type.

A bare date (``2019-02-20``) stays a ``date``: it is a day, not UTC midnight. A date with a
time is a timezone-aware ``datetime`` in the configured zone (Europe/Amsterdam by default).
Pages, feeds, JSON-LD and iCalendar all read these same values.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import FieldError

Moment = date | datetime
"""A day (``date``) or an aware point in time (``datetime``)."""

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_DATETIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})?$")
_DUTCH_ORDER = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:\s+(\d{1,2}[:.]\d{2}))?$")

EXPECTED = "een datum als 2026-11-22 of een datum en tijd als 2026-11-22 14:30"


def parse_moment(value: object, tz: ZoneInfo) -> Moment:
    """Parse a front-matter value into a ``date`` or an aware ``datetime`` in ``tz``.

    Accepts ``YYYY-MM-DD``, ``YYYY-MM-DD HH:MM[:SS]`` (also with ``T``) and an explicit UTC
    offset, which is converted into ``tz``. Dutch order (``22-11-2026``) gets the ISO form
    as a hint, because it is the mistake editors make most.
    """
    if isinstance(value, datetime):
        return value.astimezone(tz) if value.tzinfo else value.replace(tzinfo=tz)
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise FieldError(EXPECTED, value)
    text = value.strip()
    if match := _ISO_DATE.match(text):
        return _make_date(text, *map(int, match.groups()))
    if match := _ISO_DATETIME.match(text):
        year, month, day, hour, minute, second, offset = match.groups()
        day_value = _make_date(text, int(year), int(month), int(day))
        if int(hour) > 23 or int(minute) > 59 or int(second or 0) > 59:
            raise FieldError("een tijd tussen 00:00 en 23:59", text)
        clock = time(int(hour), int(minute), int(second or 0))
        if offset:
            parsed = datetime.fromisoformat(f"{day_value.isoformat()}T{clock.isoformat()}{_offset(offset)}")
            return parsed.astimezone(tz)
        return datetime.combine(day_value, clock, tzinfo=tz)
    if match := _DUTCH_ORDER.match(text):
        day, month, year, written_time = match.groups()
        try:
            date(int(year), int(month), int(day))
        except ValueError:
            why = _why_impossible(int(year), int(month), int(day))
            hint = f"Schrijf eerst het jaar, dan de maand en de dag; en kijk de datum na: {why}"
            raise FieldError(EXPECTED, text, hint=hint) from None
        iso = f"{year}-{int(month):02d}-{int(day):02d}"
        if written_time:
            iso += " " + written_time.replace(".", ":").zfill(5)
        raise FieldError(EXPECTED, text, hint=f"Schrijf eerst het jaar: {iso}")
    if _TIME_ONLY.match(text):
        raise FieldError(
            EXPECTED,
            text,
            hint="Alleen een tijd is niet genoeg: schrijf de datum ervoor, bijvoorbeeld 2026-11-22 "
            f"{text.replace('.', ':').zfill(5)}",
        )
    raise FieldError(EXPECTED, text)


_TIME_ONLY = re.compile(r"^\d{1,2}[:.]\d{2}$")
_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def shown(moment: Moment) -> str:
    """A moment as an editor reads it in a message: ``18 februari 2027`` or
    ``18 februari 2027 19:30`` (in the moment's own zone), never ``2027-02-18 19:30:00+01:00``."""
    day = day_of(moment)
    text = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{text} {moment:%H:%M}" if isinstance(moment, datetime) else text


def _make_date(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        why = _why_impossible(year, month, day)
        raise FieldError("een datum die bestaat", text, hint=why[:1].upper() + why[1:]) from None


def _why_impossible(year: int, month: int, day: int) -> str:
    if not 1 <= month <= 12:
        return f"een jaar heeft 12 maanden, geen {month}"
    return f"{_MONTHS[month - 1]} {year} heeft geen dag {day}"


def _offset(offset: str) -> str:
    if offset == "Z":
        return "+00:00"
    return offset if ":" in offset else f"{offset[:3]}:{offset[3:]}"


def parse_timezone(value: object) -> ZoneInfo:
    """An IANA zone name such as ``Europe/Amsterdam``."""
    if not isinstance(value, str) or not value.strip():
        raise FieldError("een tijdzone als Europe/Amsterdam", value)
    try:
        return ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise FieldError("een bestaande tijdzone als Europe/Amsterdam", value) from None


def start_of(moment: Moment, tz: ZoneInfo) -> datetime:
    """The aware instant at which ``moment`` begins: midnight in ``tz`` for a bare date."""
    if isinstance(moment, datetime):
        return moment
    return datetime.combine(moment, time(0, 0), tzinfo=tz)


def end_of(moment: Moment, tz: ZoneInfo) -> datetime:
    """The last instant of ``moment``: for a bare date (a deadline), the end of that day in ``tz``."""
    if isinstance(moment, datetime):
        return moment
    return datetime.combine(moment, time.max, tzinfo=tz)


def day_of(moment: Moment) -> date:
    """The calendar day of ``moment`` (in its own zone)."""
    return moment.date() if isinstance(moment, datetime) else moment


NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-(.+)$")
"""Source names: ``2026-11-22-slug`` (file stem or bundle folder)."""


def date_in_name(stem: str) -> date | None:
    """The date a source's name starts with, if it starts with a real date."""
    match = NAME.match(stem)
    if not match:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None

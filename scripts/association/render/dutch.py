"""Dutch presentation of dates, sizes and durations, through Babel's CLDR data.

Babel (already installed with mkdocs-material) knows Dutch month and weekday names and
number formatting, so nothing here is a hand-kept table of month names.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from ..content.columns import Column, Precision
from ..content.koers import Koers, KoersStatus

LOCALE = "nl_NL"


@lru_cache(maxsize=16384)
def _date(day: date, pattern: str) -> str:
    """Babel's format_date, remembered: a build formats the same few thousand days over and
    over (month grids, lists, event pages), and each Babel call parses the pattern anew."""
    return format_date(day, pattern, locale=LOCALE)


def long_date(moment: date | datetime) -> str:
    """``20 februari 2019``."""
    day = moment.date() if isinstance(moment, datetime) else moment
    return _date(day, "d MMMM y")


def weekday_date(moment: date | datetime) -> str:
    """``donderdag 10 december 2026``."""
    day = moment.date() if isinstance(moment, datetime) else moment
    return _date(day, "EEEE d MMMM y")


def clock(moment: datetime) -> str:
    """``14:00`` in the moment's own zone (CLDR's Dutch ``HH:mm``: no locale data involved)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def long_date_time(moment: date | datetime) -> str:
    """``20 februari 2019, 14:30``; a bare date stays a date."""
    if isinstance(moment, datetime):
        return f"{long_date(moment)}, {clock(moment)}"
    return long_date(moment)


def month_year(moment: date | datetime) -> str:
    """``februari 2019``."""
    day = moment.date() if isinstance(moment, datetime) else moment
    return _date(day, "MMMM y")


def iso(moment: date | datetime) -> str:
    """For ``<time datetime>``: ``2019-02-20`` or ``2019-02-20T14:30:00+01:00``."""
    return moment.isoformat()


def file_size(size: int) -> str:
    """``840 kB``, ``1,2 MB``: decimal units, as file managers show them."""
    if size < 1000:
        return f"{size} bytes"
    for unit, factor in (("kB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        value = size / factor
        if round(value) < 1000 or unit == "GB":  # 999 999 bytes is "1 MB", not "1.000 kB"
            return f"{format_decimal(value, format='#,##0' if value >= 10 else '#,##0.#', locale=LOCALE)} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover


def reading_time(minutes: int) -> str:
    return "1 minuut leestijd" if minutes == 1 else f"{minutes} minuten leestijd"


def file_type(media_type: str, filename: str) -> str:
    """A label a reader recognises: ``PDF`` rather than ``application/pdf``."""
    if media_type == "application/pdf":
        return "PDF"
    return filename.rsplit(".", 1)[-1].upper() if "." in filename else media_type


def money(amount: Decimal) -> str:
    """``€ 75`` or ``€ 12,50``: whole euros without cents, as price lists in Dutch do."""
    text = format_currency(amount, "EUR", locale=LOCALE)
    return text.replace(",00", "") if amount == amount.to_integral_value() else text


def when(start: date | datetime, end: date | datetime | None, tz: ZoneInfo, note: str = "") -> str:
    """The date line of an event, times shown in ``tz``; ``note`` is an all-day event's time
    in words (``time_note``), after the days.

    ``donderdag 10 december 2026, 14:00–17:00``; ``maandag 5 – dinsdag 6 oktober 2026``;
    ``donderdag 31 december 2026 – zaterdag 2 januari 2027``; ``donderdag 10 december 2026, 14:00``;
    ``woensdag 15 februari 2017, 's middags``.
    """
    if not isinstance(start, datetime):
        last = end if isinstance(end, date) and not isinstance(end, datetime) else start
        return f"{_day_range(start, last)}, {note}" if note else _day_range(start, last)
    local_start = start.astimezone(tz)
    if not isinstance(end, datetime):
        return f"{weekday_date(local_start)}, {clock(local_start)}"
    local_end = end.astimezone(tz)
    if local_end.date() == local_start.date():
        return f"{weekday_date(local_start)}, {clock(local_start)}–{clock(local_end)}"
    return f"{weekday_date(local_start)}, {clock(local_start)} – {weekday_date(local_end)}, {clock(local_end)}"


def _day_range(first: date, last: date) -> str:
    if first == last:
        return weekday_date(first)
    if first.year != last.year:
        return f"{weekday_date(first)} – {weekday_date(last)}"
    if first.month != last.month:
        return f"{_date(first, 'EEEE d MMMM')} – {weekday_date(last)}"
    return f"{_date(first, 'EEEE d')} – {weekday_date(last)}"


def short_when(start: date | datetime, end: date | datetime | None, tz: ZoneInfo, note: str = "") -> str:
    """For lists: ``14:00–17:00``, ``hele dag``, ``'s middags`` (an all-day event's ``note``)
    or ``t/m 2 januari``."""
    if not isinstance(start, datetime):
        if isinstance(end, date) and not isinstance(end, datetime) and end != start:
            return f"t/m {_date(end, 'EEEE d MMMM')}" + (f", {note}" if note else "")
        return note or "hele dag"
    local_start = start.astimezone(tz)
    if isinstance(end, datetime) and end.astimezone(tz).date() == local_start.date():
        return f"{clock(local_start)}–{clock(end.astimezone(tz))}"
    return clock(local_start)


def day_month(day: date) -> tuple[str, str]:
    """(``10``, ``dec``) for a date badge."""
    return str(day.day), _date(day, "MMM").rstrip(".")


def weekday_short(day: date) -> str:
    """``ma``, ``di``, ...: for month grid headers."""
    return _date(_same_weekday(day), "EEEEEE")


def weekday_name(day: date) -> str:
    return _date(_same_weekday(day), "EEEE")


_A_MONDAY = date(2024, 1, 1)


def _same_weekday(day: date) -> date:
    """A day in one fixed week with the weekday of ``day``: seven cache entries, not one per day."""
    return _A_MONDAY + timedelta(days=day.weekday())


KOERS_LABELS = {"draft": "Concept", "adopted": "Vastgesteld", "superseded": "Vervangen"}
"""The badge of a koers document, by its status' value."""


def koers_label(status: object) -> str:
    return KOERS_LABELS[str(getattr(status, "value", status))]


_KOERS_KINDS = {
    KoersStatus.ADOPTED: ("de vastgestelde koers", "de vastgestelde koersen"),
    KoersStatus.DRAFT: ("een concept voor een nieuwe koers", "concepten voor een nieuwe koers"),
    KoersStatus.SUPERSEDED: ("een eerdere koers die is vervangen", "eerdere koersen die zijn vervangen"),
}


def koers_lead(documents: Sequence[Koers], site_name: str) -> str:
    """The koers index's opening line, naming only the kinds of document there are (by the
    status each editor set): an index must not promise drafts or earlier koersen it lacks."""
    kinds = []
    for status, (one, many) in _KOERS_KINDS.items():
        count = sum(1 for k in documents if k.status is status)
        if count:
            kinds.append(one if count == 1 else many)
    noun = "Het koersdocument" if len(documents) == 1 else "De koersdocumenten"
    listed = kinds[0] if len(kinds) == 1 else ", ".join(kinds[:-1]) + " en " + kinds[-1]
    return f"{noun} van {site_name}: {listed}."


def column_date(column: Column) -> str:
    """A column's date as far as it is known: ``27 februari 2017``, ``februari 2017`` or
    ``datum onbekend``."""
    if column.precision is Precision.UNKNOWN:
        return "datum onbekend"
    if column.precision is Precision.MONTH:
        return month_year(column.date)
    return long_date(column.date)


def column_iso(column: Column) -> str:
    """For ``<time datetime>``: ``2017-02-27``, ``2017-02`` (a valid month string) or ``""``."""
    if column.precision is Precision.UNKNOWN:
        return ""
    if column.precision is Precision.MONTH:
        return column.date.strftime("%Y-%m")
    return iso(column.date)

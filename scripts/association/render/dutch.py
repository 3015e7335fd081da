"""Dutch presentation of dates, sizes and durations, through Babel's CLDR data.

Babel (already installed with mkdocs-material) knows Dutch month and weekday names and
number formatting, so nothing here is a hand-kept table of month names.
"""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_time
from babel.numbers import format_decimal

LOCALE = "nl_NL"


def long_date(moment: date | datetime) -> str:
    """``20 februari 2019``."""
    day = moment.date() if isinstance(moment, datetime) else moment
    return format_date(day, "d MMMM y", locale=LOCALE)


def weekday_date(moment: date | datetime) -> str:
    """``donderdag 10 december 2026``."""
    day = moment.date() if isinstance(moment, datetime) else moment
    return format_date(day, "EEEE d MMMM y", locale=LOCALE)


def clock(moment: datetime) -> str:
    """``14:00`` in the moment's own zone."""
    return format_time(moment, "HH:mm", locale=LOCALE)


def long_date_time(moment: date | datetime) -> str:
    """``20 februari 2019, 14:30``; a bare date stays a date."""
    if isinstance(moment, datetime):
        return f"{long_date(moment)}, {clock(moment)}"
    return long_date(moment)


def month_year(moment: date | datetime) -> str:
    """``februari 2019``."""
    day = moment.date() if isinstance(moment, datetime) else moment
    return format_date(day, "MMMM y", locale=LOCALE)


def iso(moment: date | datetime) -> str:
    """For ``<time datetime>``: ``2019-02-20`` or ``2019-02-20T14:30:00+01:00``."""
    return moment.isoformat()


def file_size(size: int) -> str:
    """``840 kB``, ``1,2 MB``: decimal units, as file managers show them."""
    if size < 1000:
        return f"{size} bytes"
    for unit, factor in (("kB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        value = size / factor
        if value < 1000 or unit == "GB":
            return f"{format_decimal(value, format='#,##0' if value >= 10 else '#,##0.#', locale=LOCALE)} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover


def reading_time(minutes: int) -> str:
    return "1 minuut leestijd" if minutes == 1 else f"{minutes} minuten leestijd"


def file_type(media_type: str, filename: str) -> str:
    """A label a reader recognises: ``PDF`` rather than ``application/pdf``."""
    if media_type == "application/pdf":
        return "PDF"
    return filename.rsplit(".", 1)[-1].upper() if "." in filename else media_type

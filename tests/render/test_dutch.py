"""Dutch dates, times, sizes, prices and labels: the words a reader sees, as CLDR (Babel's nl) writes them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date
from babel.numbers import format_currency

from association.content.authors import Author
from association.content.columns import Column, Precision, Source
from association.content.koers import Koers, KoersStatus
from association.render import dutch

AMS = ZoneInfo("Europe/Amsterdam")
NBSP = "\xa0"


def column(moment: date, precision: Precision = Precision.DAY) -> Column:
    return Column(
        source=Source("columns/x.md", "/site/columns/x.md", "x"),
        slug="x",
        title="Een column",
        date=moment,
        author=Author("sofie", "Sofie de Vries"),
        category="Column",
        tags=(),
        summary="",
        reading_minutes=1,
        precision=precision,
    )


@pytest.mark.parametrize(
    "day", [date(2019, 2, 20), date(2026, 1, 1), date(2026, 3, 9), date(2026, 12, 31), date(2024, 2, 29)]
)
def test_long_and_weekday_dates_are_cldrs_dutch_long_and_full_formats(day: date):
    assert dutch.long_date(day) == format_date(day, "long", locale="nl")
    assert dutch.weekday_date(day) == format_date(day, "full", locale="nl")


def test_dates_are_written_out_in_dutch_words():
    assert dutch.long_date(date(2019, 2, 20)) == "20 februari 2019"
    assert dutch.weekday_date(date(2026, 12, 10)) == "donderdag 10 december 2026"
    assert dutch.month_year(date(2017, 3, 27)) == "maart 2017"


def test_a_moment_is_shown_on_its_own_day_in_its_own_zone():
    late = datetime(2026, 12, 10, 23, 30, tzinfo=AMS)  # already 11 December nowhere in this zone
    assert dutch.long_date(late) == "10 december 2026"
    assert dutch.weekday_date(late) == "donderdag 10 december 2026"
    assert dutch.month_year(datetime(2026, 1, 31, 23, 0, tzinfo=AMS)) == "januari 2026"


def test_the_clock_is_two_digit_hours_and_minutes_of_the_moments_own_zone():
    assert dutch.clock(datetime(2026, 12, 10, 9, 5, tzinfo=AMS)) == "09:05"
    assert dutch.clock(datetime(2026, 12, 10, 13, 0, tzinfo=UTC)) == "13:00"  # no conversion here


def test_a_date_with_time_gets_its_clock_after_a_comma_and_a_bare_date_stays_a_date():
    assert dutch.long_date_time(datetime(2019, 2, 20, 14, 30, tzinfo=AMS)) == "20 februari 2019, 14:30"
    assert dutch.long_date_time(date(2019, 2, 20)) == "20 februari 2019"


def test_iso_is_what_an_html_time_element_takes():
    assert dutch.iso(date(2019, 2, 20)) == "2019-02-20"
    assert dutch.iso(datetime(2019, 2, 20, 14, 30, tzinfo=AMS)) == "2019-02-20T14:30:00+01:00"


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (0, "0 bytes"),
        (999, "999 bytes"),
        (1000, "1 kB"),
        (1_500, "1,5 kB"),
        (840_000, "840 kB"),
        (1_234_567, "1,2 MB"),
        (12_345_678, "12 MB"),
        (3_000_000_000, "3 GB"),
        (5_000_000_000_000, "5.000 GB"),
    ],
)
def test_file_sizes_use_decimal_units_and_a_dutch_decimal_comma(size: int, shown: str):
    assert dutch.file_size(size) == shown


def test_a_size_that_rounds_up_to_a_thousand_moves_to_the_next_unit():
    assert dutch.file_size(999_999) == "1 MB"
    assert dutch.file_size(999_499) == "999 kB"
    assert dutch.file_size(999_999_999) == "1 GB"


def test_reading_time_has_a_singular_for_one_minute():
    assert dutch.reading_time(1) == "1 minuut leestijd"
    assert dutch.reading_time(2) == "2 minuten leestijd"
    assert dutch.reading_time(12) == "12 minuten leestijd"


def test_a_file_type_is_a_label_a_reader_knows():
    assert dutch.file_type("application/pdf", "jaarverslag") == "PDF"
    assert dutch.file_type("application/vnd.ms-excel", "begroting-2026.xlsx") == "XLSX"
    assert dutch.file_type("application/octet-stream", "zonder-extensie") == "application/octet-stream"


def test_whole_euros_drop_their_cents_and_other_amounts_keep_two():
    assert dutch.money(Decimal("75")) == f"€{NBSP}75"
    assert dutch.money(Decimal("75.00")) == f"€{NBSP}75"
    assert dutch.money(Decimal("1250")) == f"€{NBSP}1.250"
    assert dutch.money(Decimal("12.5")) == format_currency(Decimal("12.5"), "EUR", locale="nl_NL") == f"€{NBSP}12,50"
    assert dutch.money(Decimal("0.05")) == f"€{NBSP}0,05"


def test_dutch_date_lines():
    assert (
        dutch.when(datetime(2026, 12, 10, 14, tzinfo=AMS), datetime(2026, 12, 10, 17, tzinfo=AMS), AMS)
        == "donderdag 10 december 2026, 14:00–17:00"
    )
    assert dutch.when(date(2026, 10, 5), date(2026, 10, 6), AMS) == "maandag 5 – dinsdag 6 oktober 2026"
    assert (
        dutch.when(date(2026, 12, 31), date(2027, 1, 2), AMS) == "donderdag 31 december 2026 – zaterdag 2 januari 2027"
    )


def test_days_in_different_months_of_one_year_name_both_months_and_the_year_once():
    assert dutch.when(date(2026, 9, 30), date(2026, 10, 2), AMS) == "woensdag 30 september – vrijdag 2 oktober 2026"


def test_a_single_all_day_date_is_its_weekday_date_with_the_time_in_words_after_it():
    assert dutch.when(date(2017, 2, 15), None, AMS) == "woensdag 15 februari 2017"
    assert dutch.when(date(2017, 2, 15), date(2017, 2, 15), AMS) == "woensdag 15 februari 2017"
    assert dutch.when(date(2017, 2, 15), None, AMS, "'s middags") == "woensdag 15 februari 2017, 's middags"
    assert (
        dutch.when(date(2026, 10, 5), date(2026, 10, 6), AMS, "'s avonds")
        == "maandag 5 – dinsdag 6 oktober 2026, 's avonds"
    )


def test_times_are_shown_in_the_zone_asked_for_not_the_zone_they_were_given_in():
    start = datetime(2026, 12, 10, 13, 0, tzinfo=UTC)
    assert dutch.when(start, start + timedelta(hours=2), AMS) == "donderdag 10 december 2026, 14:00–16:00"
    assert dutch.short_when(start, None, AMS) == "14:00"


def test_an_event_without_an_end_shows_its_start_only():
    assert dutch.when(datetime(2026, 12, 10, 14, tzinfo=AMS), None, AMS) == "donderdag 10 december 2026, 14:00"


def test_an_event_past_midnight_names_both_days_with_their_times():
    start, end = datetime(2026, 12, 31, 21, tzinfo=AMS), datetime(2027, 1, 1, 1, tzinfo=AMS)
    assert dutch.when(start, end, AMS) == "donderdag 31 december 2026, 21:00 – vrijdag 1 januari 2027, 01:00"
    assert dutch.short_when(start, end, AMS) == "21:00"


def test_in_lists_an_all_day_event_is_a_whole_day_its_note_or_runs_through_its_last_day():
    assert dutch.short_when(date(2026, 12, 10), None, AMS) == "hele dag"
    assert dutch.short_when(date(2026, 12, 10), date(2026, 12, 10), AMS) == "hele dag"
    assert dutch.short_when(date(2026, 12, 10), None, AMS, "'s middags") == "'s middags"
    assert dutch.short_when(date(2026, 12, 31), date(2027, 1, 2), AMS) == "t/m zaterdag 2 januari"
    assert (
        dutch.short_when(date(2026, 12, 31), date(2027, 1, 2), AMS, "'s avonds") == "t/m zaterdag 2 januari, 's avonds"
    )


def test_a_date_badge_is_the_day_and_cldrs_short_month_without_its_dot():
    assert dutch.day_month(date(2026, 12, 10)) == ("10", "dec")
    assert dutch.day_month(date(2026, 3, 1)) == ("1", "mrt")
    for month in range(1, 13):
        _day, short = dutch.day_month(date(2026, month, 1))
        assert short == format_date(date(2026, month, 1), "MMM", locale="nl").rstrip(".")


def test_weekday_names_for_grid_headers_follow_the_day_given():
    monday = date(2026, 12, 7)
    week = [monday + timedelta(days=n) for n in range(7)]
    assert [dutch.weekday_short(d) for d in week] == ["ma", "di", "wo", "do", "vr", "za", "zo"]
    assert [dutch.weekday_name(d) for d in week] == [format_date(d, "EEEE", locale="nl") for d in week]
    assert dutch.weekday_name(date(1999, 1, 3)) == "zondag"  # any year, not only the cached week


def test_a_koers_badge_is_its_status_in_dutch_from_the_enum_or_its_value():
    assert dutch.koers_label(KoersStatus.DRAFT) == "Concept"
    assert dutch.koers_label(KoersStatus.ADOPTED) == "Vastgesteld"
    assert dutch.koers_label("superseded") == "Vervangen"


@pytest.mark.parametrize(
    ("statuses", "lead"),
    [
        (["adopted"], "Het koersdocument van Vereniging: de vastgestelde koers."),
        (["draft"], "Het koersdocument van Vereniging: een concept voor een nieuwe koers."),
        (
            ["superseded", "adopted"],
            "De koersdocumenten van Vereniging: de vastgestelde koers en een eerdere koers die is vervangen.",
        ),
        (
            ["adopted", "draft", "superseded", "superseded"],
            "De koersdocumenten van Vereniging: de vastgestelde koers, een concept voor een nieuwe koers en "
            "eerdere koersen die zijn vervangen.",
        ),
    ],
)
def test_the_koers_index_names_only_the_kinds_of_document_it_has(statuses, lead):
    documents = [Koers(f"koers/{n}.md", f"Koers {n}", 2000 + n, None, KoersStatus(s)) for n, s in enumerate(statuses)]
    assert dutch.koers_lead(documents, "Vereniging") == lead


def test_a_columns_date_shows_only_what_is_known_of_it():
    assert dutch.column_date(column(date(2017, 2, 27))) == "27 februari 2017"
    assert dutch.column_date(column(date(2017, 2, 28), Precision.MONTH)) == "februari 2017"
    assert dutch.column_date(column(date(1900, 1, 1), Precision.UNKNOWN)) == "datum onbekend"


def test_a_columns_machine_date_is_a_day_a_valid_month_string_or_nothing():
    assert dutch.column_iso(column(date(2017, 2, 27))) == "2017-02-27"
    assert dutch.column_iso(column(date(2017, 2, 28), Precision.MONTH)) == "2017-02"
    assert dutch.column_iso(column(date(1900, 1, 1), Precision.UNKNOWN)) == ""
    timed = column(datetime(2017, 2, 27, 10, 0, tzinfo=AMS))
    assert dutch.column_iso(timed) == "2017-02-27T10:00:00+01:00"
    assert dutch.column_date(timed) == "27 februari 2017"

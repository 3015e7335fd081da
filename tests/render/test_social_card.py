"""The Open Graph card of a column or an event (render/social_card.py): what it says, its
alt text, and a file name that changes with everything drawn on it."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from association.content.authors import Author
from association.content.columns import Column, Precision, Source
from association.content.events import Event
from association.render import social_card
from support.pictures import STYLE

AMS = ZoneInfo("Europe/Amsterdam")


def _column(precision: Precision = Precision.DAY, moment: date | datetime = date(2026, 11, 12)) -> Column:
    stem = "2026-11-12-de-kring"
    return Column(
        Source(f"columns/{stem}.md", f"/abs/columns/{stem}.md", stem),
        "de-kring",
        "De kring van stoelen",
        moment,
        Author("redactie", "Redactie"),
        "Column",
        (),
        "Over de kring.",
        2,
        precision=precision,
    )


def _event(start: date | datetime, end: date | datetime | None = None, time_note: str = "") -> Event:
    stem = "2026-12-10-ledenavond"
    return Event(
        Source(f"events/{stem}.md", f"/abs/events/{stem}.md", stem),
        "ledenavond",
        "Ledenavond",
        start,
        end,
        AMS,
        "Bijeenkomst",
        "Een avond voor de leden.",
        "Voorbeeldvereniging",
        time_note=time_note,
    )


def test_the_card_lies_beside_its_page_named_by_its_hash():
    card = social_card.card("De kring van stoelen", "12 november 2026", "columns/2026/kring/", STYLE)
    assert len(card.key) == 64 and set(card.key) <= set("0123456789abcdef")
    assert card.path == f"columns/2026/kring/social-{card.key[:10]}.png"


def test_the_same_card_gets_the_same_name_on_every_build():
    first = social_card.card("De kring van stoelen", "12 november 2026", "columns/2026/kring/", STYLE)
    again = social_card.card("De kring van stoelen", "12 november 2026", "columns/2026/kring/", STYLE)
    assert first == again


@pytest.mark.parametrize(
    "change",
    [
        {"title": "Een andere titel"},
        {"date": "13 november 2026"},
        {"site_name": "Andere vereniging"},
        {"color": "#1f4e79"},
        {"logo_digest": "a" * 64},
        {"font_digest": "b" * 64},
        {"library": "Pillow 99"},
    ],
)
def test_a_change_to_anything_drawn_gives_a_new_name(change: dict[str, str]):
    title, day = change.get("title", "De kring van stoelen"), change.get("date", "12 november 2026")
    style = dataclasses.replace(STYLE, **{k: v for k, v in change.items() if k not in ("title", "date")})
    before = social_card.card("De kring van stoelen", "12 november 2026", "columns/2026/kring/", STYLE)
    after = social_card.card(title, day, "columns/2026/kring/", style)
    assert after.key != before.key and after.path != before.path


def test_a_new_layout_draws_every_card_anew(monkeypatch: pytest.MonkeyPatch):
    before = social_card.card("De kring van stoelen", "", "columns/2026/kring/", STYLE)
    monkeypatch.setattr(social_card, "LAYOUT", social_card.LAYOUT + 1)
    assert social_card.card("De kring van stoelen", "", "columns/2026/kring/", STYLE).path != before.path


def test_the_page_path_is_no_part_of_the_key_only_of_the_path():
    here = social_card.card("Titel", "", "columns/2026/a/", STYLE)
    there = social_card.card("Titel", "", "columns/2026/b/", STYLE)
    assert here.key == there.key and here.path != there.path


def test_the_alt_text_names_title_date_and_site_or_title_and_site_without_a_date():
    assert (
        social_card.card("Ledenavond", "12 november 2026", "x/", STYLE).alt
        == "Ledenavond (12 november 2026), Voorbeeldvereniging"
    )
    assert social_card.card("Ledenavond", "", "x/", STYLE).alt == "Ledenavond, Voorbeeldvereniging"


@pytest.mark.parametrize(
    ("text", "rgb"),
    [("#0f5257", (15, 82, 87)), ("#FFF", (255, 255, 255)), (" 1f4e79 ", (31, 78, 121)), ("#aBc", (170, 187, 204))],
)
def test_a_colour_is_read_as_six_or_three_hex_digits(text: str, rgb: tuple[int, int, int]):
    assert social_card.parse_color(text) == rgb


@pytest.mark.parametrize("text", ["", "#", "rood", "#12345", "#1234567", "#ggg", "rgb(1,2,3)"])
def test_anything_else_is_no_colour(text: str):
    assert social_card.parse_color(text) is None


def test_a_columns_card_shows_its_title_its_date_in_dutch_and_lies_beside_it():
    card = social_card.for_subject(_column(), STYLE)
    assert (card.title, card.date) == ("De kring van stoelen", "12 november 2026")
    assert card.path.startswith("columns/2026/de-kring/social-")


def test_a_column_of_a_month_shows_the_month_and_one_without_a_date_shows_none():
    assert social_card.for_subject(_column(Precision.MONTH, date(2017, 2, 1)), STYLE).date == "februari 2017"
    undated = social_card.for_subject(_column(Precision.UNKNOWN), STYLE)
    assert undated.date == "" and undated.alt == "De kring van stoelen, Voorbeeldvereniging"
    assert undated.path.startswith("columns/zonder-datum/de-kring/social-")


def test_an_events_card_shows_its_day_and_times_in_its_own_timezone():
    start = datetime(2026, 12, 10, 14, 0, tzinfo=AMS)
    card = social_card.for_subject(_event(start, datetime(2026, 12, 10, 17, 0, tzinfo=AMS)), STYLE)
    assert card.title == "Ledenavond" and card.date == "donderdag 10 december 2026, 14:00–17:00"
    assert card.path.startswith(_event(start).url + "social-")


def test_an_all_day_events_card_shows_its_days_and_time_in_words():
    card = social_card.for_subject(_event(date(2026, 10, 5), date(2026, 10, 6), "'s avonds"), STYLE)
    assert card.date == "maandag 5 – dinsdag 6 oktober 2026, 's avonds"

"""importer/sources.py: each new source's kop (front matter) in our fields, every string
double-quoted so that YAML reads back the same text, empty fields left out, then the body."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from association.content.frontmatter import parse
from association.importer.sources import ColumnFields, EventSource, column, event, kop, page, quoted

COLUMN = ColumnFields(
    title="Terugblik op de ledenavond",
    date=datetime(2026, 5, 12, 10, 30),
    author="redactie",
    category="Nieuws",
    tags=("ledenavond", "netwerk"),
    summary="Een avond over samenwerken.",
    image="",
    image_alt="Leden in gesprek",
    draft=False,
    aliases=("2026/05/12/terugblik-op-de-ledenavond/",),
)
EVENT = EventSource(
    title="Najaarsdagen 2026",
    start=date(2026, 10, 8),
    end=date(2026, 10, 9),
    timezone=None,
    category="Werkbezoek",
    location={"venue": "Buurthuis De Kring", "city": ""},
    online="",
    cost="12.50",
    organizer="Werkgroep Scholing",
    status="scheduled",
    updated=None,
    summary="",
    image="kring.png",
    image_alt="Een kring van stoelen",
    uid="2026-10-08-najaarsdagen-2026@example.org",
    draft=False,
)


def data(text: str) -> dict:
    return parse("x.md", text).data


def test_any_title_survives_the_kop_as_the_same_text():
    title = 'yes: "no" # \\ \u2028 \x85 \x7f \ufeff --- {a} [b]'
    front = parse("x.md", kop([("title", title), ("tags", ["1:2", "- x", "null"])]) + "\nTekst.\n")
    assert front.data["title"] == title and front.data["tags"] == ["1:2", "- x", "null"]


def test_a_character_yaml_refuses_or_reads_as_a_line_end_is_written_as_an_escape():
    assert quoted('a\u2028b\x85c"') == '"a\\u2028b\\u0085c\\""'


def test_empty_fields_are_left_out_and_each_kind_of_value_is_written_as_yaml_reads_it():
    text = kop(
        [
            ("leeg", None),
            ("ook_leeg", ""),
            ("geen_lijst", []),
            ("ja", True),
            ("nee", False),
            ("aantal", 3),
            ("prijs", Decimal("12.50")),
            ("dag", date(2026, 1, 2)),
            ("moment", datetime(2026, 1, 2, 10, 30)),
            ("plaats", {"venue": "Zaal", "city": ""}),
            ("niets", {"city": ""}),
            ("lijst", ["a", "b"]),
        ]
    )
    assert text == (
        "---\nja: true\nnee: false\naantal: 3\nprijs: 12.50\ndag: 2026-01-02\nmoment: 2026-01-02 10:30\n"
        'plaats:\n  venue: "Zaal"\nlijst: ["a", "b"]\n---\n'
    )
    assert data(text + "\n")["plaats"] == {"venue": "Zaal"}


def test_a_column_has_its_fields_in_order_its_aliases_from_the_root_and_its_body():
    text = column(COLUMN, "Tekst.\n")
    assert text == (
        "---\n"
        'title: "Terugblik op de ledenavond"\n'
        "date: 2026-05-12 10:30\n"
        'author: "redactie"\n'
        'category: "Nieuws"\n'
        'tags: ["ledenavond", "netwerk"]\n'
        'summary: "Een avond over samenwerken."\n'
        'aliases: ["/2026/05/12/terugblik-op-de-ledenavond/"]\n'
        "---\n\nTekst.\n"
    )


def test_a_column_gets_an_image_text_only_with_its_image_and_draft_only_when_it_is_one():
    text = column(replace(COLUMN, image="zaal.png", draft=True, tags=(), aliases=()), "")
    fields = data(text)
    assert (fields["image"], fields["image_alt"], fields["draft"]) == ("zaal.png", "Leden in gesprek", True)
    assert "tags" not in fields and "aliases" not in fields
    assert "image_alt" not in data(column(COLUMN, ""))


def test_an_event_writes_a_cost_in_euros_as_a_number_and_leaves_out_a_scheduled_status():
    fields = data(event(EVENT, "Twee dagen.\n"))
    assert fields["cost"] == 12.5 and "status" not in fields
    assert (fields["start"], fields["end"]) == ("2026-10-08", "2026-10-09")
    assert fields["location"] == {"venue": "Buurthuis De Kring"}
    assert fields["uid"] == "2026-10-08-najaarsdagen-2026@example.org" and "draft" not in fields


def test_a_changed_event_in_another_zone_says_its_status_zone_and_moment_of_change():
    changed = replace(
        EVENT,
        timezone="America/New_York",
        status="cancelled",
        updated=datetime(2026, 11, 2, 9, 15),
        cost="1.2.3",
        draft=True,
    )
    text = event(changed, "")
    assert 'timezone: "America/New_York"\n' in text and 'status: "cancelled"\n' in text
    assert "updated: 2026-11-02 09:15\n" in text and "draft: true\n" in text
    assert 'cost: "1.2.3"\n' in text  # no number: kept as text


def test_a_page_has_its_title_in_the_kop_and_as_its_heading():
    assert (
        page("Over & zo", "Over &amp; zo", "Tekst.\n") == '---\ntitle: "Over & zo"\n---\n\n# Over &amp; zo\n\nTekst.\n'
    )

"""The Collector: one error per field with the key's line, warnings apart from errors, unknown
fields named with a suggestion, the file-name date compared with the date field."""

from __future__ import annotations

from datetime import date

from association.content import fields
from association.content.collect import Collector
from association.content.errors import ContentError, FieldError
from association.content.frontmatter import parse

PATH = "columns/2026-11-22-warme-coalities.md"


def collector(header: str, body: str = "Tekst.\n") -> Collector:
    """A Collector on a file whose kop is ``header`` (its first key on line 2)."""
    return Collector(parse(PATH, f"---\n{header}---\n{body}"), PATH)


def test_a_present_field_is_parsed_into_values_without_errors():
    c = collector("title: '  Warme   coalities '\n")
    c.field("title", fields.text, required="een titel")
    assert c.values == {"title": "Warme coalities"} and c.errors == [] and not c.failed


def test_a_missing_required_field_is_an_error_at_the_top_of_the_kop_saying_it_is_missing():
    c = collector("date: 2026-11-22\n")
    c.field("title", fields.text, required="een titel, bijvoorbeeld title: Warme coalities")
    assert c.errors == [
        ContentError(
            PATH, 1, "title", "verwacht een titel, bijvoorbeeld title: Warme coalities, maar het veld ontbreekt"
        )
    ]
    assert "title" not in c.values and c.failed


def test_a_required_field_left_empty_is_reported_as_empty_not_as_missing():
    c = collector("date: 2026-11-22\ntitle: ''\n")
    c.field("title", fields.text, required="een titel")
    assert [e.message for e in c.errors] == ["verwacht een titel, maar het veld is leeg"]


def test_a_missing_optional_field_is_no_error_and_no_value():
    c = collector("title: A\n")
    c.field("summary", fields.text)
    assert c.values == {} and c.errors == []


def test_a_value_the_parser_refuses_is_an_error_on_the_line_of_its_key_with_the_parsers_text():
    c = collector("title: A\nsummary: B\ndraft: ja\n")
    c.field("draft", fields.boolean)
    assert c.errors == [ContentError(PATH, 4, "draft", "verwacht true of false, gevonden 'ja'")]


def test_every_field_gets_its_own_error_in_one_round():
    c = collector("title: [een, lijst]\ndraft: ja\n")
    c.field("title", fields.text)
    c.field("draft", fields.boolean)
    assert [(e.field, e.line) for e in c.errors] == [("title", 2), ("draft", 3)]


def test_an_error_may_point_at_the_line_of_another_field():
    c = collector("status: adopted\nperiod: 2021-2025\n")
    c.error("adopted", "verwacht de datum van vaststelling", at="status")
    assert (c.errors[0].field, c.errors[0].line) == ("adopted", 2)


def test_a_warning_is_recorded_but_does_not_make_the_file_fail():
    c = collector("title: A\nsummary: B\n")
    c.warn("summary", "let op")
    assert c.errors == [ContentError(PATH, 3, "summary", "let op", warning=True)] and not c.failed
    c.error("title", "fout")
    assert c.failed


def test_a_parser_raising_field_error_with_a_hint_keeps_the_hint():
    def refuse(value):
        raise FieldError("een webadres", value, hint="Schrijf https://www.example.org")

    c = collector("online: www.example.org\n")
    c.field("online", refuse)
    assert c.errors[0].message == "verwacht een webadres, gevonden 'www.example.org'. Schrijf https://www.example.org"


def test_the_body_is_checked_for_images_without_alt_text_at_their_line_in_the_file():
    c = collector("title: A\n", body="\nEerste alinea.\n\n![](foto.jpg)\n")
    c.check_body()
    (warning,) = c.errors
    # kop on lines 1-3, body from line 4: the image is on line 7.
    assert warning.warning and (warning.line, warning.field) == (7, None)
    assert "foto.jpg" in warning.message and "alt-tekst" in warning.message
    assert not c.failed


def test_a_date_field_that_differs_from_the_file_names_date_asks_whether_the_name_is_still_right():
    c = collector("date: 2026-11-23\n")
    c.check_name_date("2026-11-22-warme-coalities", "date", date(2026, 11, 23))
    (warning,) = c.errors
    assert warning.warning and (warning.field, warning.line) == ("date", 2)
    assert warning.message == (
        "de datum in de bestandsnaam (22 november 2026) verschilt van date (23 november 2026); "
        "klopt de bestandsnaam nog?"
    )


def test_for_an_event_the_advice_is_to_keep_the_name_because_it_makes_the_address():
    c = collector("start: 2026-12-11\n")
    c.check_name_date("2026-12-10-najaarsworkshop", "start", date(2026, 12, 11), rename=False)
    assert c.errors[0].message.endswith(
        "dat mag zo blijven: hernoem het bestand niet, want de naam bepaalt het webadres van de activiteit"
    )


def test_no_name_date_warning_when_the_dates_agree_or_the_name_has_none_or_there_is_no_date():
    c = collector("date: 2026-11-22\n")
    c.check_name_date("2026-11-22-warme-coalities", "date", date(2026, 11, 22))
    c.check_name_date("warme-coalities", "date", date(2026, 11, 22))
    c.check_name_date("2026-11-22-warme-coalities", "date", None)
    assert c.errors == []


def test_an_unknown_field_is_an_error_on_its_line_listing_the_known_ones_and_the_likely_one():
    c = collector("title: A\ntitel: B\n")
    c.reject_unknown(("title", "date"))
    assert c.errors == [
        ContentError(PATH, 3, "titel", "onbekend veld; verwacht een van title, date. Bedoelde je 'title'?")
    ]


def test_an_unknown_field_without_a_near_name_gets_no_suggestion_and_passthrough_fields_are_allowed():
    c = collector("title: A\nhide: [toc]\nkleur: rood\n")
    c.reject_unknown(("title", "date"), passthrough=("hide",))
    assert [(e.field, e.message) for e in c.errors] == [("kleur", "onbekend veld; verwacht een van title, date")]

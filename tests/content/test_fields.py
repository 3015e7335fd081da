"""The small front-matter value parsers: what each accepts, how it folds it, and what it says when it refuses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from association.content import fields
from association.content.errors import FieldError
from association.content.fields import CONTROL, may_hold_control


def refusal(parse, *args, **kwargs) -> FieldError:
    with pytest.raises(FieldError) as refused:
        parse(*args, **kwargs)
    return refused.value


def test_text_folds_every_run_of_whitespace_newlines_too_to_one_space():
    assert fields.text("  Warme \n\n coalities\tin  de regio ") == "Warme coalities in de regio"


def test_a_number_is_accepted_as_text_but_a_boolean_is_not():
    assert fields.text(2026) == "2026" and fields.text(1.5) == "1.5"
    assert refusal(fields.text, True).text() == "verwacht tekst, gevonden true"


@pytest.mark.parametrize("value", [None, "", "   \n ", ["een", "lijst"], {"a": 1}])
def test_empty_or_non_text_values_are_refused_with_what_was_expected(value):
    error = refusal(fields.text, value, what="een titel")
    assert error.expected == "een titel" and error.found == value


@pytest.mark.parametrize(
    "character",
    ["\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x80", "\x85", "\x9f", "\ufeff", "\ufffe", "\uffff"],
)
def test_a_control_character_in_text_is_refused_and_named_by_its_code_point(character):
    error = refusal(fields.text, f"Lezing{character}avond", what="een titel")
    assert error.expected == "een titel zonder onzichtbare stuurtekens"
    assert error.found == f"teken U+{ord(character):04X}"


def test_a_byte_order_mark_inside_text_is_refused_like_the_other_invisible_marks():
    # icalendar drops U+FEFF: a place of only that mark would reach calendars as nothing.
    assert refusal(fields.text, "\ufeff").found == "teken U+FEFF"
    assert refusal(fields.text, "Zaal\ufeff 2").found == "teken U+FEFF"
    assert CONTROL.search("Zaal\ufeff 2") is not None


@pytest.mark.parametrize("text", ["tab\tkolom", "twee\nregels", "zacht\u00adafbreekstreepje", "é € 😀", "\u200b"])
def test_tab_newline_and_ordinary_unicode_are_not_control_characters(text):
    assert CONTROL.search(text) is None
    assert fields.text(text)


def test_optional_text_is_empty_for_a_missing_value_and_checked_otherwise():
    assert fields.optional_text(None) == ""
    assert fields.optional_text(" Utrecht ") == "Utrecht"
    with pytest.raises(FieldError):
        fields.optional_text("Zaal\x002")


@pytest.mark.parametrize("value", [True, False])
def test_boolean_takes_a_yaml_boolean(value):
    assert fields.boolean(value) is value


@pytest.mark.parametrize("value", ["ja", "true", 1, 0, None])
def test_boolean_refuses_anything_that_merely_looks_like_one(value):
    assert refusal(fields.boolean, value).expected == "true of false"


def test_choice_returns_the_option_itself_with_surrounding_spaces_ignored():
    assert fields.choice(" Webinar ", ("Lezing", "Webinar"), what="een categorie") == "Webinar"


def test_choice_suggests_the_option_a_case_slip_meant_and_lists_all_options():
    error = refusal(fields.choice, "webinar", ("Lezing", "Webinar"), what="een categorie")
    assert error.text() == "verwacht een categorie: een van Lezing, Webinar, gevonden 'webinar'. Bedoelde je 'Webinar'?"


def test_choice_suggests_the_nearest_option_for_a_typo():
    assert refusal(fields.choice, "Workshp", ("Lezing", "Workshop"), what="een categorie").hint == (
        "Bedoelde je 'Workshop'?"
    )


def test_choice_gives_no_hint_when_nothing_is_close_or_the_value_is_no_text():
    assert refusal(fields.choice, "Borrel", ("Lezing", "Workshop"), what="een categorie").hint == ""
    error = refusal(fields.choice, 3, ("Lezing", "Workshop"), what="een categorie")
    assert error.hint == "" and error.found == 3


def test_text_list_reads_a_yaml_list_or_a_comma_separated_line_and_drops_repeats():
    assert fields.text_list(["netwerken", " bestuur ", "netwerken"]) == ("netwerken", "bestuur")
    assert fields.text_list("netwerken, bestuur,  regio  noord") == ("netwerken", "bestuur", "regio noord")
    assert fields.text_list([2026, "leden"]) == ("2026", "leden")


def test_a_missing_list_is_empty():
    assert fields.text_list(None) == ()


@pytest.mark.parametrize("value", [["netwerken", ""], "netwerken,,bestuur", [True], [["genest"]]])
def test_a_list_with_a_blank_or_non_word_item_is_refused_as_a_whole(value):
    error = refusal(fields.text_list, value)
    assert error.expected == "een lijst van woorden zoals [netwerken, bestuur]" and error.found == value


def test_a_list_item_without_letters_or_digits_is_refused_by_itself():
    error = refusal(fields.text_list, ["netwerken", "!!!"])
    assert (error.expected, error.found) == ("woorden met letters of cijfers", "!!!")


def test_a_mapping_is_not_a_list():
    assert refusal(fields.text_list, {"a": 1}).expected == "een lijst zoals [netwerken, bestuur]"


def test_unknown_field_hint_names_the_closest_known_field_or_nothing():
    assert fields.unknown_field_hint("titel", ("title", "date")) == "Bedoelde je 'title'?"
    assert fields.unknown_field_hint("kleur", ("title", "date")) == ""


@pytest.mark.parametrize("text", ["", "Gewone tekst", "Café € 12,50 – “goed” 😀", "£ ¥ © ®", "tab\ten\nregel\r\n"])
def test_the_control_prefilter_says_no_for_text_without_control_characters(text):
    assert not may_hold_control(text.encode("utf-8"))


@pytest.mark.parametrize("character", ["\x00", "\x1f", "\x7f", "\x80", "\x85", "\x9f", "\ufeff", "\ufffe", "\uffff"])
def test_the_control_prefilter_says_yes_for_every_kind_of_control_character(character):
    assert may_hold_control(f"Lezing{character}avond".encode())


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=50))
def test_the_control_prefilter_never_misses_a_character_the_check_refuses(text):
    if CONTROL.search(text):
        assert may_hold_control(text.encode("utf-8"))
    else:
        assert not may_hold_control(text.encode("utf-8"))

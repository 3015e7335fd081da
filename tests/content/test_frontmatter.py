"""Our front-matter reader: fails loudly with the file's line, accepts what editors' tools write."""

import pytest

from association.content.frontmatter import FrontMatterError, decode, parse


def error_of(text: str):
    with pytest.raises(FrontMatterError) as info:
        parse("columns/x.md", text)
    return info.value.error


def test_reads_fields_with_their_line_and_the_body():
    front = parse("columns/x.md", "---\ntitle: Hallo\ndate: 2026-01-02\n---\n\nTekst.\n")
    assert front.data == {"title": "Hallo", "date": "2026-01-02"}
    assert front.lines == {"title": 2, "date": 3}
    assert front.body.strip() == "Tekst."


def test_dates_stay_text_so_one_parser_handles_them():
    assert parse("x.md", "---\ndate: 2026-02-30\n---\n").data["date"] == "2026-02-30"


def test_empty_file_is_an_error():
    assert "leeg bestand" in error_of("  \n").message


def test_missing_opening_delimiter_is_an_error_on_line_1():
    error = error_of("title: Hallo\n---\n")
    assert error.line == 1 and "'---' op de eerste regel" in error.message


def test_missing_closing_delimiter_is_an_error():
    assert "afsluit" in error_of("---\ntitle: Hallo\n\nTekst zonder einde\n").message


def test_yaml_syntax_error_names_the_line_in_the_file():
    error = error_of("---\ntitle: Hallo\nsummary: [niet dicht\nauthor: x\n---\n")
    assert error.line in (3, 4, 5)
    assert "een lijst tussen [ en ] die niet goed wordt afgesloten" in error.message


def test_colon_in_value_gets_a_hint_to_quote_it():
    error = error_of("---\ntitle: Besturen: hoe dan\n---\n")
    assert error.line == 2 and "aanhalingstekens" in error.message


def test_tab_indentation_is_an_error_with_the_line():
    error = error_of("---\ntags:\n\t- netwerken\n---\n")
    assert error.line == 3 and "tab" in error.message


def test_duplicate_key_is_an_error_naming_both_lines():
    error = error_of("---\ntitle: A\ndate: 2026-01-01\ntitle: B\n---\n")
    assert error.line == 4 and "regel 2" in error.message


def test_front_matter_must_be_fields():
    assert "naam: waarde" in error_of("---\n- een\n- lijst\n---\n").message


def test_bytes_that_are_not_utf8_are_an_error_with_their_line():
    with pytest.raises(FrontMatterError) as info:
        decode("columns/x.md", b"---\ntitle: caf\xe9\n---\n")
    assert info.value.error.line == 2 and "UTF-8" in info.value.error.message


def test_bom_at_the_start_and_windows_line_endings_are_accepted():
    text = decode("x.md", "\ufeff---\r\ntitle: Hallo\r\n---\r\nTekst\r\n".encode())
    front = parse("x.md", text)
    assert front.data["title"] == "Hallo" and front.body == "Tekst\n"


def test_body_starts_after_the_closing_line_with_its_line_number():
    front = parse("x.md", "---\ntitle: Hallo\n\n---  \nEerste regel\n---\nGeen front matter meer\n")
    assert front.body == "Eerste regel\n---\nGeen front matter meer\n"
    assert front.body_line == 5
    assert parse("x.md", "---\ntitle: Hallo\n---").body == ""


def test_a_control_character_anywhere_is_an_error_with_its_line():
    for character in ("\x00", "\x1b", "\x7f", "\ufeff", "\ufffe", "\uffff"):
        with pytest.raises(FrontMatterError) as info:
            decode("columns/x.md", f"---\ntitle: Hallo\n---\nTekst\nmet{character}teken\n".encode())
        assert info.value.error.line == 5 and f"U+{ord(character):04X}" in info.value.error.message


@pytest.mark.parametrize("character", ["\x00", "\x01", "\x7f"])
def test_a_control_character_yaml_refuses_is_a_dutch_error_with_its_line(character: str):
    with pytest.raises(FrontMatterError) as info:
        parse("columns/x.md", f"---\ntitle: Titel\nsummary: a{character}b\n---\n\nTekst\n")
    assert info.value.error.line == 3
    assert f"onzichtbaar stuurteken (U+{ord(character):04X})" in info.value.error.message

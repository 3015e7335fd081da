"""Content problems: one line each, naming file, line and field; reported together, in order."""

from __future__ import annotations

from association.content.errors import ContentError, ContentErrors, describe


def test_a_problem_reads_file_line_field_and_message_and_a_warning_says_so():
    assert (
        str(ContentError("columns/a.md", 3, "date", "verwacht een datum")) == "columns/a.md:3: date: verwacht een datum"
    )
    assert (
        str(ContentError("columns/a.md", None, None, "let hierop", warning=True)) == "columns/a.md: let op: let hierop"
    )


def test_the_report_counts_sorts_by_file_and_line_and_says_each_problem_once():
    late = ContentError("columns/b.md", 9, "title", "verwacht tekst")
    early = ContentError("columns/b.md", 2, "date", "verwacht een datum")
    other = ContentError("columns/a.md", 5, None, "leeg")
    report = ContentErrors([late, early, other, late]).report()
    assert report.splitlines() == [
        "3 fouten in de inhoud:",
        f"  {other}",
        f"  {early}",
        f"  {late}",
    ]
    assert ContentErrors([other]).report().startswith("1 fout in de inhoud:")


def test_a_found_value_is_shown_as_typed_and_long_ones_shortened():
    assert describe(None) == describe("") == "niets"
    assert describe(True) == "true" and describe(3) == "3" and describe("22-11") == "'22-11'"
    assert describe("x" * 100) == "'" + "x" * 77 + "...'"

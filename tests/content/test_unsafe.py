"""content/unsafe.py: markup in a page's Markdown that would run code in a reader's browser
is found with its line; ordinary HTML and text that only looks like markup pass."""

from __future__ import annotations

import pytest

from association.content import unsafe


def found(markdown: str) -> list[int]:
    return [line for line, _ in unsafe.problems(markdown, first_line=10)]


@pytest.mark.parametrize(
    "target",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:x",
        "java&#115;cript:x",
        " \tjavascript:x",
        "java\nscript:x",
        "data:text/html,x",
        "vbscript:x",
    ],
)
def test_a_link_scheme_that_runs_code_is_refused_however_it_is_written(target: str):
    assert unsafe.refused_scheme(target) in unsafe.REFUSED_SCHEMES


@pytest.mark.parametrize("target", ["https://example.org/", "mailto:a@example.org", "../pagina.md", "#anker"])
def test_ordinary_link_targets_pass(target: str):
    assert unsafe.refused_scheme(target) is None


def test_a_script_element_and_an_event_attribute_are_found_on_their_lines():
    markdown = "Tekst.\n\n<script>alert(1)</script>\n\n<img src=x.png onerror=alert(1)>\n"
    assert found(markdown) == [12, 14]


def test_ordinary_html_and_code_pass():
    assert found("Een <br> en <sup>2</sup>, a < b.\n\n`<script>` in code\n\n```\n<script>\n```\n") == []


def test_an_attribute_list_with_an_event_handler_is_refused():
    assert found('Alinea.\n{: onclick="x" }\n') == [11]


def test_an_escaped_brace_is_text_not_an_attribute_list():
    """The WordPress importer writes a post's literal ``{: onclick=...}`` as ``\\{: ...\\}``,
    which Markdown shows as text; an unescaped one (or one after an escaped backslash) is refused."""
    assert list(unsafe.problems('a \\{: onclick="x"\\} b')) == []
    assert len(list(unsafe.problems('a {: onclick="x"} b'))) == 1
    assert len(list(unsafe.problems('a \\\\{: onclick="x"} b'))) == 1


@pytest.mark.parametrize(
    "markdown",
    [
        "<p title=x' onmouseover=alert(1)//>hoi</p>",
        "<div>\n<img src=x' onerror=alert(1)//>\n</div>",
        '<p title=x" onclick=alert(1)>hoi</p>',
        "<a href=x' onclick=alert(1) title='>b</a> and a 'quote' later",
    ],
)
def test_a_quote_that_is_never_closed_hides_no_attribute_after_it(markdown: str):
    """A browser reads an unclosed quote in an unquoted value as part of the value, and
    the next attribute as an attribute: so does the check (found by the review)."""
    assert [m for _, m in unsafe.problems(markdown) if "attribuut on" in m]


def test_a_quoted_value_may_hold_a_greater_than_sign():
    assert list(unsafe.problems('<p title="a > b">x</p>')) == []

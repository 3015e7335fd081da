"""Golden files: what a page, feed or calendar must be, compared with a readable diff.

An HTML page is normalised before it is compared: only what is ours is kept (the ``<head>``
tags that describe the page, and the page's article inside Material's frame; Material's
navigation, header and scripts are the theme's, and a theme update would otherwise change
every golden file), one element per line, indented, with the attributes sorted and the text
with its whitespace collapsed. So a diff shows what changed for a reader, not where a
template's line breaks moved.
"""

from __future__ import annotations

import difflib
import json
import os
import re
from pathlib import Path

from lxml import html as lxml_html

from .sites import ROOT

GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
"""``make golden``: write the golden files anew (then review their diff before committing)."""

HEAD = (
    "//head/title | //head/meta[@name='description'] | //head/meta[starts-with(@property, 'og:')]"
    " | //head/meta[starts-with(@name, 'twitter:')] | //head/link[@rel='canonical' or @rel='alternate'"
    " or @rel='prev' or @rel='next'] | //head/meta[@http-equiv='refresh'] | //script[@type='application/ld+json']"
)
ARTICLE = "//article[contains(concat(' ', @class, ' '), ' md-content__inner ')]"
HASHED = re.compile(r"\.[0-9a-f]{8,}(?=\.min\.(?:js|css)\b)")
"""Material's fingerprinted asset names: they change with the theme's version."""


def compare(written: bytes | str, golden: Path) -> None:
    """Assert that ``written`` is ``golden``'s text (or write it, under ``make golden``)."""
    text = written if isinstance(written, str) else written.decode("utf-8")
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(text.encode("utf-8"))
    expected = golden.read_bytes().decode("utf-8") if golden.exists() else ""
    if text != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(True), text.splitlines(True), str(golden.relative_to(ROOT)), "built", n=2
            )
        )
        raise AssertionError(f"differs from its golden file (`make golden` writes it anew; review the diff):\n{diff}")


def normalised_page(page: str) -> str:
    """The page's describing head tags and its article, pretty-printed (see the module)."""
    tree = lxml_html.document_fromstring(page)
    lines: list[str] = ["<head>"]
    for element in tree.xpath(HEAD):
        _lines(element, 1, lines)
    lines.append("</head>")
    for article in tree.xpath(ARTICLE):
        _lines(article, 0, lines)
    return "\n".join(lines) + "\n"


def _lines(element: lxml_html.HtmlElement, depth: int, lines: list[str]) -> None:
    indent = "  " * depth
    if not isinstance(element.tag, str):  # a comment or a processing instruction
        return
    attributes = "".join(f' {name}="{_value(value)}"' for name, value in sorted(element.attrib.items()))
    if element.tag == "script" and element.get("type") == "application/ld+json":
        data = json.dumps(json.loads(element.text or "null"), indent=2, ensure_ascii=False, sort_keys=True)
        lines.append(f"{indent}<script{attributes}>")
        lines += [f"{indent}  {line}" for line in data.splitlines()]
        lines.append(f"{indent}</script>")
        return
    lines.append(f"{indent}<{element.tag}{attributes}>")
    _text(element.text, depth + 1, lines)
    for child in element:
        _lines(child, depth + 1, lines)
        _text(child.tail, depth + 1, lines)


def _text(text: str | None, depth: int, lines: list[str]) -> None:
    collapsed = " ".join((text or "").split())
    if collapsed:
        lines.append("  " * depth + collapsed)


def _value(value: str) -> str:
    return HASHED.sub("", " ".join(value.split())).replace('"', "&quot;")

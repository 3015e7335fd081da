"""Plain-text helpers on Markdown: summaries and reading time.

Summaries are plain text because they land in places that are not HTML pages: meta
descriptions, feed summaries, JSON-LD, iCalendar. Rendering them as Markdown in a listing
would also break relative links, which point from the column's own folder.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

MORE = "<!-- more -->"

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_HTML = re.compile(r"<[^>]+>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|`)(?=\S)(.+?)(?<=\S)\1")
_ATTR_LIST = re.compile(r"\{[:#.][^}]*\}")
_SPACE = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"\n\s*\n")


def plain_text(markdown: str) -> str:
    """Markdown to one line of readable text (links keep their text, images drop)."""
    text = _IMAGE.sub("", markdown)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _HTML.sub("", text)
    text = _ATTR_LIST.sub("", text)
    text = re.sub(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+", "", text, flags=re.MULTILINE)
    text = _SPACE.sub(" ", text)  # before emphasis: *nadruk* may span a line break
    for _ in range(2):  # nested emphasis such as ***word***
        text = _EMPHASIS.sub(r"\2", text)
    return text.strip()


def summary_of(body: str) -> str:
    """The text before ``<!-- more -->``, else the first paragraph of prose."""
    if MORE in body:
        return plain_text(body.split(MORE, 1)[0])
    for block in _blocks(body):
        stripped = block.strip()
        if not stripped or stripped.startswith(("#", "!", "<", "|", "```", "~~~", "---", ":::", "[TOC]")):
            continue
        text = plain_text(stripped)
        if text:
            return text
    return ""


def _blocks(body: str) -> Iterator[str]:
    """The blocks between blank lines, one at a time: the summary is usually the first or
    second, and splitting the whole body up front costs a pass over all of it."""
    start = 0
    for blank in _BLANK_LINE.finditer(body):
        yield body[start : blank.start()]
        start = blank.end()
    yield body[start:]


def reading_minutes(body: str, words_per_minute: int) -> int:
    """Whole minutes, at least one: the figure readers expect next to a byline.

    Counts the whitespace-separated words of the source. Markdown's own marks (``##``,
    list dashes, link targets) make that a percent or two more than a careful word count,
    which no reader notices in a reading time, at a fifth of the cost of a regex pass."""
    return max(1, math.ceil(len(body.split()) / words_per_minute))


_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_EMPTY_ALT = re.compile(r"!\[\s*\]\(\s*<?([^)\s>]+)")
_TOP_HEADING = re.compile(r"^ {0,3}#(?!#)\s+(.+?)\s*#*\s*$")


def prose_lines(markdown: str, first_line: int = 1) -> Iterator[tuple[int, str]]:
    """(line number, line) for every line outside a fenced code block (```` ``` ```` or ``~~~``),
    the fences themselves left out: what is in code is an example, not the page's own."""
    fence: str | None = None
    for number, line in enumerate(markdown.split("\n"), start=first_line):
        if fence is None and "`" not in line and "~" not in line:
            yield number, line  # the usual line: neither in nor opening a fence
            continue
        opened = _FENCE.match(line)
        if fence is not None:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
            continue
        if opened:
            fence = opened.group(1)
            continue
        yield number, line


def body_warnings(body: str, first_line: int) -> list[tuple[int, str]]:
    """(line, message) for what the build allows but readers pay for: an image in the text
    without alt text (a screen reader says nothing, or the file name), and a ``#`` heading
    (the title is the page's only first-level heading; the feed's summary would start with
    it). Lines are counted from ``first_line``, the body's first line in the file."""
    found = []
    for number, line in prose_lines(body, first_line):
        if "![" not in line and "#" not in line:
            continue
        for image in _EMPTY_ALT.finditer(line):
            found.append(
                (
                    number,
                    f"de afbeelding {image.group(1)} heeft geen beschrijving (alt-tekst); schrijf tussen de "
                    f"haken wat erop staat: ![Leden in gesprek]({image.group(1)})",
                )
            )
        heading = _TOP_HEADING.match(line)
        if heading:
            found.append(
                (
                    number,
                    f"de kop '# {heading.group(1)}' is een tweede titel: de titel staat al in de kop van het "
                    "bestand. Maak er een tussenkop van met ## ",
                )
            )
    return found

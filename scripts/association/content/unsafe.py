"""Markup in a page's text that would run code in a reader's browser, found with its line.

Markdown lets an editor write HTML, and the browser editor lets more people write: a
pasted ``<script>``, an ``onerror=`` attribute, or a ``javascript:`` link would run in
every visitor's browser, on the association's own domain. Such markup is refused with
the line it is on; ordinary HTML (``<br>``, ``<sup>``, ``<details>``) stays allowed.

The check reads the Markdown source, not the HTML MkDocs makes of it, so that every
problem has a line. It errs on the safe side: the parts it reads (tags, their
attributes, ``{: ...}`` attribute lists, link targets) are found by a scanner that does
not know about HTML comments or indented code, so such markup there is refused too.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterator

from .text import prose_lines

REFUSED_SCHEMES = ("javascript", "vbscript", "data")
"""Link targets that run code (or hide a whole document in the link) instead of pointing somewhere."""

REFUSED_ELEMENTS = frozenset(
    {
        # run code, or load another page or plug-in into this one
        *("script", "iframe", "frame", "frameset", "object", "embed", "applet", "portal"),
        # change where the page's links go, what it loads, or send what a reader types
        *("base", "meta", "link", "form", "input", "button", "textarea", "select", "style"),
        # their text is parsed by other rules than the rest of the page: browsers and
        # sanitisers disagree about where they end, the classic way to smuggle a tag past a check
        *("noscript", "noembed", "noframes", "xmp", "plaintext", "title", "template", "svg", "math"),
    }
)

URL_ATTRIBUTES = frozenset(
    {"href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "data", "background", "cite", "ping"}
)

_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\"[^\"]*\"|'[^']*'|[^>])*)>?")
"""A tag and its attributes; a quote that is never closed is an ordinary character, as it is
to a browser (else the attributes after it would go unread)."""
_ATTRIBUTE_LIST = re.compile(r"(?<!\\)(?:\\\\)*\{:?[ ]*([^}\n]+)\}")
"""``{: ...}``, unless the brace is escaped (``\\{``: text, which Markdown shows as a brace)."""
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
"""A name and its value; an unquoted value runs to the next space, quotes and all (as in HTML)."""
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
_IGNORED_BY_BROWSERS = re.compile(r"[\t\n\r]")
_C0_AND_SPACE = "".join(map(chr, range(0x21)))


def refused_scheme(target: str) -> str | None:
    """The scheme of ``target`` if it is one of ``REFUSED_SCHEMES``, read as a browser
    reads it: entities decoded (``java&#115;cript:``), tabs and line breaks inside
    dropped, leading spaces and control characters ignored, any case."""
    url = _IGNORED_BY_BROWSERS.sub("", html.unescape(target)).lstrip(_C0_AND_SPACE)
    match = _SCHEME.match(url.lower())
    return match.group(1) if match and match.group(1) in REFUSED_SCHEMES else None


def scheme_problem(scheme: str) -> str:
    return (
        "verwacht een webadres (https://...), een e-mailadres (mailto:...) of een pagina van de site, "
        f"gevonden een {scheme}:-adres: zo'n link voert code uit in de browser van de lezer en wordt geweigerd"
    )


def problems(markdown: str, first_line: int = 1) -> Iterator[tuple[int, str]]:
    """(line, Dutch message) for every piece of markup in ``markdown`` (outside fenced
    code and code spans) that could run code; ``first_line`` is the line of its start."""
    if "<" not in markdown and "{" not in markdown:
        return  # most texts: no HTML, no attribute list
    numbers, parts, starts, offset = [], [], [], 0
    for number, line in prose_lines(markdown, first_line):
        if "`" in line:
            line = _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line)
        numbers.append(number)
        starts.append(offset)
        parts.append(line)
        offset += len(line) + 1
    text = "\n".join(parts)

    def line_at(position: int) -> int:
        return numbers[bisect.bisect_right(starts, position) - 1]

    for tag in _TAG.finditer(text):
        if tag.group(1):
            continue  # a closing tag: its opening one is reported
        name = tag.group(2).lower()
        if name in REFUSED_ELEMENTS:
            yield (
                line_at(tag.start()),
                f"verwacht tekst en gewone opmaak, gevonden een <{name}>-element: scripts, ingesloten pagina's, "
                "formulieren en stijlblokken neemt de site niet over uit de tekst. Haal het weg",
            )
        else:
            yield from ((line_at(tag.start()), p) for p in _attribute_problems(tag.group(3)))
    for attributes in _ATTRIBUTE_LIST.finditer(text):
        yield from ((line_at(attributes.start()), p) for p in _attribute_problems(attributes.group(1)))


def _attribute_problems(attributes: str) -> Iterator[str]:
    for attribute in _ATTRIBUTE.finditer(attributes):
        name = attribute.group(1).lower()
        value = (attribute.group(2) or "").strip("\"'")
        if name.startswith("on") and attribute.group(2) is not None:
            yield (
                f"verwacht tekst en gewone opmaak, gevonden het attribuut {name}=: dat voert code uit in de "
                "browser van de lezer en wordt geweigerd. Haal het weg"
            )
        elif name in URL_ATTRIBUTES and (scheme := refused_scheme(value)):
            yield scheme_problem(scheme)

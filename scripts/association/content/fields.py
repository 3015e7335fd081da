"""Small pure parsers, one per kind of front-matter value.

Each takes the raw YAML value and returns a typed value or raises ``FieldError`` with what
was expected; the content parsers attach file, line and field name.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from .errors import FieldError
from .slugs import slugify

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
"""Control characters other than tab and newline: invalid in XML (feeds), never meant in text.
The C1 controls (U+0080 to U+009F) too: feed readers and browsers read them as the
Windows-1252 letters (U+0080 becomes €), so the text would not come back as written. And a
byte order mark inside the text (the loader drops the one a file starts with): icalendar
drops it, so a place of only that mark would reach calendars as nothing."""

_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_OTHER_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_MARKS_UTF8 = (b"\xef\xbb\xbf", b"\xef\xbf\xbe", b"\xef\xbf\xbf")  # U+FEFF, and the noncharacters U+FFFE, U+FFFF
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


def may_hold_control(raw: bytes) -> bool:
    """Whether UTF-8 ``raw`` can hold a character ``CONTROL`` matches; False means it holds none.

    A prefilter for whole source files: deleting every other byte with ``bytes.translate``
    is far cheaper than the regex (BENCHMARKS.md), which runs only when this says yes, to
    find the character and its line."""
    return (
        bool(raw.translate(None, _OTHER_BYTES))
        or any(n in raw for n in _MARKS_UTF8)
        or (b"\xc2" in raw and _C1_UTF8.search(raw) is not None)
    )


def text(value: object, *, what: str = "tekst") -> str:
    """One line of text; whitespace (newlines too) folds to single spaces.

    Control characters are refused: XML (feeds) cannot carry them, and they are never meant.
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise FieldError(what, value)
    if match := CONTROL.search(value):
        raise FieldError(f"{what} zonder onzichtbare stuurtekens", f"teken U+{ord(match.group()):04X}")
    return " ".join(value.split())


def optional_text(value: object) -> str:
    return "" if value is None else text(value)


def boolean(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise FieldError("true of false", value)


def choice(value: object, options: Sequence[str], *, what: str) -> str:
    """One of ``options``; a near miss (case, typo) is suggested, all options are listed."""
    if isinstance(value, str):
        for option in options:
            if option == value.strip():
                return option
    found = value if isinstance(value, str) else None
    hint = ""
    if isinstance(value, str):
        by_case = [o for o in options if o.casefold() == value.strip().casefold()]
        close = by_case or difflib.get_close_matches(value, options, n=1, cutoff=0.6)
        if close:
            hint = f"Bedoelde je '{close[0]}'?"
    raise FieldError(f"{what}: een van {', '.join(options)}", found if found is not None else value, hint=hint)


def text_list(value: object) -> tuple[str, ...]:
    """A YAML list of words; a comma-separated line is accepted too."""
    if value is None:
        return ()
    if isinstance(value, str):
        items: list[object] = [part for part in value.split(",")]
    elif isinstance(value, list):
        items = list(value)
    else:
        raise FieldError("een lijst zoals [netwerken, bestuur]", value)
    result: list[str] = []
    for item in items:
        if isinstance(item, (int, float)) and not isinstance(item, bool):
            item = str(item)
        if not isinstance(item, str) or not item.strip():
            raise FieldError("een lijst van woorden zoals [netwerken, bestuur]", value)
        word = " ".join(item.split())
        if not slugify(word):
            raise FieldError("woorden met letters of cijfers", word)
        if word not in result:
            result.append(word)
    return tuple(result)


def unknown_field_hint(name: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f"Bedoelde je '{close[0]}'?" if close else ""

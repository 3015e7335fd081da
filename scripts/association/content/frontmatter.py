"""Our own front-matter reader.

MkDocs' reader swallows YAML errors and hands back an empty ``meta``; an editor would then
see a page without title instead of an error. This reader fails loudly, with the line in
the file (not in the YAML block), and keeps the line of every key so field errors can point
at it.

Dates are left as text (the YAML timestamp type is switched off): ``2026-02-30`` would
otherwise crash inside PyYAML, and one date parser (``dates.py``) gives every date field
the same rules and the same messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .errors import ContentError, describe
from .fields import CONTROL, may_hold_control

DELIMITER = "---"
MAX_HEADER_CHARS = 64 * 1024
"""A kop is a few dozen short fields; more than 64 kB is a paste gone wrong, or an attack."""
_CLOSING = re.compile(r"^---[^\S\n]*$", re.MULTILINE)
"""The line that ends the front matter: ``---``, trailing whitespace allowed."""


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]  # a base chosen at run time
    """SafeLoader without the implicit timestamp type, and without YAML 1.1's base-60
    numbers: ``end: 21:30`` stays the text "21:30" instead of the number 1290.

    Built on libyaml's CSafeLoader where PyYAML has it: same nodes, marks and errors,
    several times faster on thousands of files (BENCHMARKS.md)."""


# YAML 1.1's int and float patterns (PyYAML's resolver), less their base-60 alternatives.
_INT = re.compile(
    r"""^(?:[-+]?0b[0-1_]+
    |[-+]?0[0-7_]+
    |[-+]?(?:0|[1-9][0-9_]*)
    |[-+]?0x[0-9a-fA-F_]+)$""",
    re.X,
)
_FLOAT = re.compile(
    r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""",
    re.X,
)
_WITHOUT_BASE_60 = {"tag:yaml.org,2002:int": _INT, "tag:yaml.org,2002:float": _FLOAT}


_Loader.yaml_implicit_resolvers = {
    first: [
        (tag, _WITHOUT_BASE_60.get(tag, regexp)) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class FrontMatter:
    """The parsed header of a source file and the Markdown body after it."""

    path: str
    data: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1
    blank: frozenset[str] = frozenset()
    """Keys that were present but empty (``summary: ""``, ``tags: []``): left out of ``data``."""

    def line(self, key: str) -> int | None:
        """The line of ``key`` in the file, or of the header's start when absent."""
        return self.lines.get(key, 1)


class FrontMatterError(Exception):
    def __init__(self, error: ContentError) -> None:
        self.error = error
        super().__init__(str(error))


def decode(path: str, raw: bytes) -> str:
    """Bytes to text: UTF-8 only, a BOM is dropped, Windows line endings are accepted."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FrontMatterError(
            ContentError(
                path,
                line,
                None,
                "verwacht tekst in UTF-8, gevonden een byte die geen UTF-8 is "
                f"(0x{raw[exc.start]:02x}). Sla het bestand op als UTF-8.",
            )
        ) from None
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if may_hold_control(raw) and (match := CONTROL.search(text)):
        line = text.count("\n", 0, match.start()) + 1
        raise FrontMatterError(
            ContentError(
                path,
                line,
                None,
                f"verwacht gewone tekst, gevonden een onzichtbaar stuurteken (U+{ord(match.group()):04X}); "
                "het komt meestal mee bij kopiëren en plakken: typ die regel opnieuw",
            )
        )
    return text


def parse(path: str, text: str) -> FrontMatter:
    """Split ``text`` into front matter and body; raise FrontMatterError on any problem.

    Only the header is cut into lines: the body, most of the file, is sliced off whole."""
    if not text or text.isspace():
        raise _error(path, 1, "verwacht een kop tussen twee regels '---', gevonden een leeg bestand")
    first_end = text.find("\n")
    first = text if first_end < 0 else text[:first_end]
    if first.rstrip() != DELIMITER:
        raise _error(path, 1, f"verwacht '---' op de eerste regel (het begin van de kop), gevonden {describe(first)}")
    closing = _CLOSING.search(text, first_end + 1) if first_end >= 0 else None
    if closing is None:
        raise _error(path, 1, "verwacht een tweede regel '---' die de kop afsluit, maar die ontbreekt")
    header = text[first_end + 1 : closing.start()]  # every line ended by "\n"
    if len(header) > MAX_HEADER_CHARS:
        raise _error(
            path,
            1,
            f"verwacht een kop van hoogstens 64 kB, gevonden {len(header.encode()) // 1024} kB. Zet lange "
            "tekst onder de kop, in de tekst zelf",
        )
    header_lines = header.split("\n")[:-1]
    data, key_lines = load_mapping(path, header[:-1], first_line=2)
    body = text[closing.end() + 1 :]
    kept = {key: pruned for key, value in data.items() if (pruned := without_blanks(value)) is not None}
    blank = frozenset(data) - frozenset(kept)
    return FrontMatter(path, kept, key_lines, body, len(header_lines) + 3, blank)


def without_blanks(value: Any) -> Any:
    """``value`` with empty parts left out, or None when nothing is left: an empty field
    means the same as a missing one. A form (the browser editor) writes ``summary: ""``
    for a field left empty, and ``{url: "", email: ""}`` for an untouched group; an editor
    who empties a field by hand means the same. Items of a list are kept as written (a
    blank item is the parser's to report)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dict):
        kept = {k: pruned for k, v in value.items() if (pruned := without_blanks(v)) is not None}
        return kept or None
    if isinstance(value, list) and not value:
        return None
    return value


def load_mapping(path: str, text: str, *, first_line: int = 1) -> tuple[dict[str, Any], dict[str, int]]:
    """Load a YAML mapping and the line of each top-level key (``first_line`` = line of ``text``'s start).

    Used for front matter and for the authors file, so both report YAML errors and
    duplicate keys the same way.
    """
    for number, row in enumerate(text.split("\n"), start=first_line):
        if "\t" in row[: len(row) - len(row.lstrip())]:
            raise _error(
                path, number, "verwacht spaties voor het inspringen, gevonden een tab. Vervang de tab door spaties"
            )
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return {}, {}
        if not isinstance(node, yaml.MappingNode):
            raise _error(path, first_line, "verwacht velden als 'naam: waarde', gevonden iets anders")
        key_lines: dict[str, int] = {}
        for key_node, _value in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + first_line
            if key in key_lines:
                raise _error(
                    path, line, f"het veld '{key}' staat twee keer in het bestand (ook op regel {key_lines[key]})"
                )
            key_lines[key] = line
        _refuse_aliases(path, node, first_line)
        data = loader.construct_document(node)
    except yaml.reader.ReaderError as exc:  # a character YAML refuses: a control character
        line = text[: exc.position].count("\n") + first_line
        raise _error(
            path,
            line,
            f"verwacht gewone tekst, gevonden een onzichtbaar stuurteken (U+{exc.character:04X}); haal het weg",
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark else first_line
        problem = _in_dutch(exc)
        if exc.context_mark is not None and exc.context_mark.line + first_line != line:
            # e.g. an unclosed [ : the parser fails a line later than the mistake.
            problem += f" (bij wat op regel {exc.context_mark.line + first_line} begon)"
        raise _error(path, line, f"verwacht velden als 'naam: waarde', gevonden {problem}") from None
    finally:
        loader.dispose()
    return {str(k): v for k, v in data.items()}, key_lines


def _refuse_aliases(path: str, root: yaml.Node, first_line: int) -> None:
    """A YAML alias (``*naam``, or ``<<: *naam``) repeats a value marked with ``&naam``.
    Editors never need it, and a few lines of aliases of aliases stand for billions of
    values (the "billion laughs"): whatever walks the data afterwards would never end.
    An alias is the same node met twice on the way down the tree."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, root.start_mark.line)]  # (node, line of its key)
    while stack:
        node, line = stack.pop()
        if id(node) in seen:
            raise _error(
                path,
                line + first_line,
                "verwacht gewone waarden, gevonden een verwijzing (&naam en *naam). Schrijf de waarde "
                "voluit, of zet haar tussen aanhalingstekens als de & of * bij de tekst hoort",
            )
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in reversed(node.value):  # popped in the order of the file
                stack += ((value, key.start_mark.line), (key, key.start_mark.line))
        elif isinstance(node, yaml.SequenceNode):
            stack += ((item, line) for item in reversed(node.value))


_YAML_PROBLEMS = (
    # (what PyYAML says, what an editor reads); the first that matches wins
    (
        "mapping values are not allowed",
        "een dubbele punt midden in een waarde. Zet de waarde tussen "
        'aanhalingstekens, bijvoorbeeld title: "Besturen: hoe dan?"',
    ),
    (
        "could not find expected ':'",
        "een regel zonder dubbele punt achter de veldnaam, of een waarde die over "
        "twee regels doorloopt. Zet een lange waarde tussen aanhalingstekens of begin haar met >-",
    ),
    ("found undefined alias", "een * aan het begin van een waarde. Zet de waarde tussen aanhalingstekens"),
    (
        "found character that cannot start any token",
        "een teken waarmee een waarde niet mag beginnen (zoals @, ` of %). Zet de waarde tussen aanhalingstekens",
    ),
    ("expected <block end>", "een regel die anders is ingesprongen dan de regels erboven"),
    (
        "expected ',' or ']'",
        "een lijst tussen [ en ] die niet goed wordt afgesloten. Zet een komma tussen de onderdelen en sluit af met ]",
    ),
    ("expected ',' or '}'", "een groep tussen { en } die niet goed wordt afgesloten. Sluit af met }"),
    ("found unexpected end of stream", "een aanhalingsteken dat niet wordt gesloten"),
    ("while scanning a quoted scalar", "een aanhalingsteken dat niet wordt gesloten"),
)


def _in_dutch(exc: yaml.MarkedYAMLError) -> str:
    """PyYAML's English problem as an editor's Dutch, never the parser's own words."""
    said = f"{exc.context or ''} {exc.problem or ''}"
    for english, dutch in _YAML_PROBLEMS:
        if english in said:
            return dutch
    return "iets dat geen geldige kop is. Controleer de aanhalingstekens, de dubbele punten en het inspringen"


def _error(path: str, line: int, message: str) -> FrontMatterError:
    return FrontMatterError(ContentError(path, line, None, message))

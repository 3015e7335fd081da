"""Collect field values and errors for one source file.

Columns and events share this so that every content type reports problems the same way:
one error per field, with the key's line, and unknown fields named with a suggestion.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from . import fields
from .dates import Moment, date_in_name, day_of, shown
from .errors import ContentError, FieldError
from .frontmatter import FrontMatter
from .text import body_warnings


class Collector:
    def __init__(self, front: FrontMatter, path: str) -> None:
        self.front = front
        self.path = path
        self.values: dict[str, Any] = {}
        self.errors: list[ContentError] = []

    def field(self, name: str, parse: Callable[[Any], Any], *, required: str = "") -> None:
        """Parse ``name`` if present; ``required`` is the example shown when it is missing."""
        raw = self.front.data.get(name)
        if raw is None:
            if required:
                missing = "is leeg" if name in self.front.blank else "ontbreekt"
                self.error(name, f"verwacht {required}, maar het veld {missing}")
            return
        try:
            self.values[name] = parse(raw)
        except FieldError as exc:
            self.error(name, exc.text())

    def error(self, name: str, message: str, *, at: str | None = None) -> None:
        """Record an error on field ``name``, at the line of ``at`` (default: the field itself)."""
        self.errors.append(ContentError(self.path, self.front.line(at or name), name, message))

    def warn(self, name: str, message: str) -> None:
        self.errors.append(ContentError(self.path, self.front.line(name), name, message, warning=True))

    def check_body(self) -> None:
        """Warnings about the Markdown text itself (see ``text.body_warnings``)."""
        for line, message in body_warnings(self.front.body, self.front.body_line):
            self.errors.append(ContentError(self.path, line, None, message, warning=True))

    @property
    def failed(self) -> bool:
        return any(not e.warning for e in self.errors)

    def check_name_date(self, stem: str, name: str, moment: Moment | None, *, rename: bool = True) -> None:
        """A file named 2026-11-22-... whose date field says otherwise is probably a copy-paste slip.

        ``rename=False`` (events): the name must stay, whatever the date, because the
        name makes the page's address; a moved event keeps its file."""
        in_name = date_in_name(stem)
        if in_name is not None and moment is not None and in_name != day_of(moment):
            advice = (
                "klopt de bestandsnaam nog?"
                if rename
                else "dat mag zo blijven: hernoem het bestand niet, want de naam bepaalt het webadres van de activiteit"
            )
            self.warn(
                name,
                f"de datum in de bestandsnaam ({shown(in_name)}) verschilt van {name} "
                f"({shown(day_of(moment))}); {advice}",
            )

    def reject_unknown(self, known: Sequence[str], passthrough: Sequence[str] = ()) -> None:
        for name in self.front.data:
            if name not in known and name not in passthrough:
                hint = fields.unknown_field_hint(name, known)
                self.error(name, f"onbekend veld; verwacht een van {', '.join(known)}" + (f". {hint}" if hint else ""))

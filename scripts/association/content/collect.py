"""Collect field values and errors for one source file.

Columns and events share this so that every content type reports problems the same way:
one error per field, with the key's line, and unknown fields named with a suggestion.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
import re
from typing import Any

from . import fields
from .errors import ContentError, FieldError
from .frontmatter import FrontMatter


_NAME_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})-")


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
                self.error(name, f"verwacht {required}, maar het veld ontbreekt")
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

    @property
    def failed(self) -> bool:
        return any(not e.warning for e in self.errors)

    def check_name_date(self, stem: str, name: str, moment: object) -> None:
        """A file named 2026-11-22-... whose date field says otherwise is probably a copy-paste slip."""
        match = _NAME_DATE.match(stem)
        day = getattr(moment, "date", lambda: moment)() if moment is not None else None
        if match and day is not None and match.group(1) != day.isoformat():
            self.warn(name, f"de datum in de bestandsnaam ({match.group(1)}) verschilt van {name} ({day.isoformat()}); klopt de bestandsnaam nog?")

    def reject_unknown(self, known: Sequence[str], passthrough: Sequence[str] = ()) -> None:
        for name in self.front.data:
            if name not in known and name not in passthrough:
                hint = fields.unknown_field_hint(name, known)
                self.error(name, f"onbekend veld; verwacht een van {', '.join(known)}" + (f". {hint}" if hint else ""))

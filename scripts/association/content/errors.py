"""Content errors that tell an editor where the problem is and how to fix it.

Every error names the file, the line where known, the field, what was expected and what was
found. Parsers collect errors instead of stopping at the first one, so an editor sees every
problem of a commit in one build.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class ContentError:
    """One problem in one source file."""

    path: str
    line: int | None
    field: str | None
    message: str
    warning: bool = False
    """A warning is reported but does not stop the build."""

    def __str__(self) -> str:
        location = self.path if self.line is None else f"{self.path}:{self.line}"
        field = f" {self.field}:" if self.field else ""
        kind = " let op:" if self.warning else ""
        return f"{location}:{kind}{field} {self.message}"


class FieldError(ValueError):
    """Raised by a single-field parser; the caller adds file and line.

    ``expected`` says what the field should look like and ``found`` what the editor wrote,
    so each field parser stays a small pure function that knows nothing about files.
    """

    def __init__(self, expected: str, found: object = None, *, hint: str = "") -> None:
        self.expected = expected
        self.found = found
        self.hint = hint
        super().__init__(self.text())

    def text(self) -> str:
        text = f"verwacht {self.expected}"
        if self.found is not None:
            text += f", gevonden {describe(self.found)}"
        if self.hint:
            text += f". {self.hint}"
        return text


class ContentErrors(Exception):
    """All problems found in the sources; raised once, after everything was read."""

    def __init__(self, errors: Iterable[ContentError], warnings: Iterable[ContentError] = ()) -> None:
        self.errors = tuple(sorted(set(errors), key=_sort_key))
        self.warnings = tuple(sorted(set(warnings), key=_sort_key))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.errors)
        noun = "fout" if count == 1 else "fouten"
        lines = [f"{count} {noun} in de inhoud:"]
        lines.extend(f"  {error}" for error in self.errors)
        return "\n".join(lines)


def _sort_key(error: ContentError) -> tuple[str, int, str, str]:
    return (error.path, error.line or 0, error.field or "", error.message)


def describe(value: object) -> str:
    """Show a found value the way the editor typed it, shortened if long."""
    if value is None or value == "":
        return "niets"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = value if isinstance(value, str) else repr(value)
    if len(text) > 80:
        text = text[:77] + "..."
    return f"'{text}'" if isinstance(value, str) else text

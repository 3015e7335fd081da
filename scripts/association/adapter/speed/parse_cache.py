"""Parsed sources kept between the rebuilds of one ``mkdocs serve`` session.

``serve`` rebuilds the whole site on every save, and with thousands of columns and events
reading and validating them again is most of what the plugin does in a rebuild
(BENCHMARKS.md, "Preview"). Between two saves nearly every file is unchanged, so its
parse is too, provided *every* input of that parse is unchanged. Those are:

- the file's bytes (a digest: holding every file's text would double the model);
- its ``Source``: path, name and, for a folder, the files beside ``index.md``;
- the settings, the folders and the authors (any change clears the whole cache);
- the answers to "does this file exist in docs/?" that the parse asked (an image that
  was deleted makes the column invalid again): they are asked again and compared.

Nothing here is written to disk or outlives the process, so there is no stale cache
after an upgrade or a checkout: a fresh build always parses everything. A plain
``mkdocs build`` does not use it at all (it would keep the model alive past the point
where the adapter frees it, for nothing).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from ...content.columns import Source
from ...content.errors import ContentError
from ...content.loader import Exists

T = TypeVar("T")


@dataclass(frozen=True)
class _Entry(Generic[T]):
    source: Source
    digest: bytes
    result: T | None
    problems: tuple[ContentError, ...]
    asked: tuple[tuple[str, bool], ...]
    """Every docs/ path the parse looked up, with the answer it got."""


class ParseCache:
    """One rebuild's parses, offered to the next one.

    ``begin`` starts a rebuild: the entries of the previous one become the candidates,
    and only the sources parsed (or reused) in this rebuild are kept for the next, so a
    deleted file leaves the cache with its next rebuild.
    """

    def __init__(self) -> None:
        self._context: object = None
        self._previous: dict[str, _Entry[object]] = {}
        self._current: dict[str, _Entry[object]] = {}
        self.reused = 0
        """Sources reused in the current rebuild (the plugin logs it: `mkdocs serve --verbose`)."""

    def begin(self, context: Sequence[object]) -> None:
        """Start a rebuild. ``context`` is everything every parse depends on besides its
        own file (settings, folders, authors); when it differs, nothing is reused."""
        context = tuple(context)
        self._previous = self._current if context == self._context else {}
        self._current = {}
        self._context = context
        self.reused = 0

    def parse(
        self,
        source: Source,
        raw: bytes,
        exists: Exists,
        parse: Callable[[Exists], tuple[T | None, Sequence[ContentError]]],
    ) -> tuple[T | None, Sequence[ContentError]]:
        """``parse(exists)`` for this source, or its result from the last rebuild when
        the file, its source and every docs/ lookup it made are the same."""
        digest = hashlib.sha256(raw).digest()  # faster than blake2b where the CPU has SHA instructions
        entry = self._previous.get(source.path)
        if (
            entry is not None
            and entry.digest == digest
            and entry.source == source
            and all(exists(path) == found for path, found in entry.asked)
        ):
            self._current[source.path] = entry
            self.reused += 1
            return entry.result, entry.problems  # type: ignore[return-value]  # entries are stored untyped; this one was made by parse_one
        asked: dict[str, bool] = {}

        def recording(path: str) -> bool:
            found = asked[path] = exists(path)
            return found

        result, problems = parse(recording)
        self._current[source.path] = _Entry(source, digest, result, tuple(problems), tuple(asked.items()))
        return result, problems

"""``oude-adressen.yml``: old addresses of the form ``/?p=123`` and the page each now has.

A static host serves ``/?p=123`` as the home page: the query never reaches a redirect page.
So the site keeps these addresses in one file (``association import wordpress`` fills it),
and the home page sends a visitor on (``adapter/old_queries.py``). Read here, checked for
form; that every target is a page of the site is checked once all pages are known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ContentError
from .frontmatter import FrontMatterError, decode, load_mapping

FILE = "oude-adressen.yml"

KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=[A-Za-z0-9_-]+\Z")
"""``p=12``: one name and value of the old query (the importer writes its keys by it too)."""
_TARGET = re.compile(r"/(?:[A-Za-z0-9._~%-]+/)*\Z")


@dataclass(frozen=True)
class OldQuery:
    target: str
    """The page's site path, without its leading slash (``columns/2013/x/``; ``""``: home)."""
    line: int | None
    """Its line in the file, for messages."""


def read(file: Path | None, rel: str) -> tuple[dict[str, OldQuery], list[ContentError]]:
    """The map of ``p=123`` to the page it has now; no file is an empty map."""
    if file is None or not file.is_file():
        return {}, []
    try:
        data, lines = load_mapping(rel, decode(rel, file.read_bytes()))
    except FrontMatterError as exc:
        return {}, [exc.error]
    queries: dict[str, OldQuery] = {}
    problems: list[ContentError] = []
    for key, target in data.items():
        line = lines.get(str(key))
        if not isinstance(key, str) or not KEY.match(key):
            problems.append(
                ContentError(rel, line, None, f"verwacht een oud adres zoals p=123 (wat na /? kwam), gevonden '{key}'")
            )
        elif not isinstance(target, str) or not _TARGET.match(target):
            problems.append(
                ContentError(
                    rel,
                    line,
                    key,
                    f"verwacht het nieuwe adres als pad dat met / begint en eindigt, zoals /over/, gevonden '{target}'",
                )
            )
        else:
            queries[key] = OldQuery(target.removeprefix("/"), line)
    return queries, problems

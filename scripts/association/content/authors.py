"""Authors: who wrote a column, with the name, role, photo and bio shown on the page."""

from __future__ import annotations

from dataclasses import dataclass

from . import schema
from .errors import ContentError, FieldError, describe
from .fields import CONTROL
from .frontmatter import FrontMatterError, load_mapping
from .slugs import is_slug


@dataclass(frozen=True)
class Author:
    id: str
    name: str
    role: str = ""
    photo: str | None = None
    """Path inside docs/ (e.g. ``assets/auteurs/sofie.svg``), checked by the loader."""
    bio: str = ""


_FIELDS = schema.names(schema.AUTHOR)


def parse_authors(path: str, text: str) -> tuple[dict[str, Author], list[ContentError]]:
    """Read the authors file: a mapping from id to ``name``, ``role``, ``photo``, ``bio``."""
    try:
        data, lines = load_mapping(path, text)
    except FrontMatterError as exc:
        return {}, [exc.error]
    errors: list[ContentError] = []
    authors: dict[str, Author] = {}
    for raw_id, entry in data.items():
        author_id = str(raw_id)
        line = lines.get(author_id)
        if not is_slug(author_id):
            errors.append(
                ContentError(
                    path,
                    line,
                    author_id,
                    f"verwacht een id van kleine letters, cijfers en streepjes, gevonden {describe(author_id)}",
                )
            )
            continue
        if not isinstance(entry, dict):
            errors.append(
                ContentError(path, line, author_id, "verwacht de velden name, role, photo en bio onder de id")
            )
            continue
        unknown = sorted(set(map(str, entry)) - set(_FIELDS))
        for key in unknown:
            errors.append(
                ContentError(
                    path,
                    line,
                    f"{author_id}.{key}",
                    f"verwacht een van {', '.join(_FIELDS)}, gevonden een onbekend veld",
                )
            )
        try:
            authors[author_id] = Author(
                id=author_id,
                name=_text(entry.get("name"), required=True),
                role=_text(entry.get("role")),
                photo=_text(entry.get("photo")).lstrip("/") or None,
                bio=_text(entry.get("bio")),
            )
        except FieldError as exc:
            errors.append(ContentError(path, line, f"{author_id}.name", exc.text()))
    return authors, errors


def _text(value: object, *, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise FieldError("tekst", value)
    if match := CONTROL.search(value):  # written as "\0" between double quotes: XML (feeds) cannot carry it
        raise FieldError("tekst zonder onzichtbare stuurtekens", f"teken U+{ord(match.group()):04X}")
    return value.strip()

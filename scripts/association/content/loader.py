"""Read the source folders: the one place in the content layer that touches the disk.

Pelican's rule: read everything, validate everything, then let the writers run once. All
problems across all files are collected and raised together as ``ContentErrors``, so an
editor fixes a commit in one round instead of one build per mistake.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .authors import Author, parse_authors
from .columns import Column, Source, parse_column, sort_key
from .errors import ContentError, ContentErrors
from .frontmatter import FrontMatterError, decode, parse
from .settings import ContentSettings


@dataclass(frozen=True)
class Paths:
    """Where the sources live, all absolute."""

    root: Path
    docs: Path
    columns: Path
    authors_file: Path

    def rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()


@dataclass(frozen=True)
class Content:
    """Everything the site is built from, valid and sorted (newest column first)."""

    columns: tuple[Column, ...] = ()
    authors: dict[str, Author] = field(default_factory=dict)


def load(paths: Paths, settings: ContentSettings) -> Content:
    """Read and validate all content; raise ``ContentErrors`` listing every problem."""
    errors: list[ContentError] = []
    authors = _load_authors(paths, errors)
    columns: list[Column] = []
    for source in _column_sources(paths, errors):
        try:
            front = parse(source.path, decode(source.path, Path(source.abs_path).read_bytes()))
        except FrontMatterError as exc:
            errors.append(exc.error)
            continue
        column, problems = parse_column(front, source, settings, authors, lambda p: _in_docs(paths.docs, p))
        errors.extend(problems)
        if column is not None:
            columns.append(column)
    errors.extend(_duplicate_urls(columns))
    if errors:
        raise ContentErrors(errors)
    columns.sort(key=lambda c: sort_key(c, settings), reverse=True)
    return Content(columns=tuple(columns), authors=authors)


def _load_authors(paths: Paths, errors: list[ContentError]) -> dict[str, Author]:
    rel = paths.rel(paths.authors_file)
    if not paths.authors_file.is_file():
        if any(paths.columns.glob("*")) if paths.columns.is_dir() else False:
            errors.append(ContentError(rel, None, None, "verwacht een auteursbestand (id, name, role, photo, bio), maar het ontbreekt"))
        return {}
    try:
        text = decode(rel, paths.authors_file.read_bytes())
    except FrontMatterError as exc:
        errors.append(exc.error)
        return {}
    authors, problems = parse_authors(rel, text)
    errors.extend(problems)
    for author in authors.values():
        if author.photo and not _in_docs(paths.docs, author.photo):
            errors.append(ContentError(rel, None, f"{author.id}.photo", f"verwacht een bestaand bestand in docs/, gevonden '{author.photo}'"))
    return authors


def _column_sources(paths: Paths, errors: list[ContentError]) -> Iterator[Source]:
    """``columns/<name>.md`` and ``columns/<name>/index.md``; names starting with _ or . are skipped."""
    if not paths.columns.is_dir():
        return
    for entry in sorted(paths.columns.iterdir()):
        if entry.name.startswith((".", "_")) or entry == paths.authors_file:
            continue
        if entry.is_dir():
            index = entry / "index.md"
            if not index.is_file():
                errors.append(ContentError(paths.rel(entry), None, None, "verwacht een bestand index.md in deze map (de tekst van de column), maar het ontbreekt"))
                continue
            bundle = {
                f.relative_to(entry).as_posix(): f.stat().st_size
                for f in sorted(entry.rglob("*"))
                if f.is_file() and f != index and not any(part.startswith(".") for part in f.relative_to(entry).parts)
            }
            yield Source(paths.rel(index), str(index), entry.name, bundle)
        elif entry.suffix == ".md":
            yield Source(paths.rel(entry), str(entry), entry.stem)
        else:
            errors.append(ContentError(paths.rel(entry), None, None, "verwacht een column als .md-bestand of als map met index.md; dit bestand wordt niet gebruikt"))


def _duplicate_urls(columns: list[Column]) -> Iterator[ContentError]:
    """Two sources that would write the same page are an error, never a silent overwrite."""
    seen: dict[str, Column] = {}
    for column in sorted(columns, key=lambda c: c.source.path):
        if column.url in seen:
            other = seen[column.url]
            yield ContentError(column.source.path, None, "slug", f"verwacht een unieke URL, maar /{column.url} is ook de URL van {other.source.path}. Kies een andere slug")
        else:
            seen[column.url] = column


def _in_docs(docs: Path, relative: str) -> bool:
    target = (docs / relative).resolve()
    return target.is_file() and target.is_relative_to(docs.resolve())

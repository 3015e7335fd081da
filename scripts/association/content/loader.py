"""Read the source folders: the one place in the content layer that touches the disk.

Pelican's rule: read everything, validate everything, then let the writers run once. All
problems across all files are collected and raised together as ``ContentErrors``, so an
editor fixes a commit in one round instead of one build per mistake.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Protocol, TypeVar

from .authors import Author, parse_authors
from .columns import Column, Source, parse_column, sort_key
from .dates import start_of
from .errors import ContentError, ContentErrors
from .events import Event, parse_event
from .frontmatter import FrontMatter, FrontMatterError, decode, parse
from .koers import Koers, check_links, ordered, parse_koers
from .limits import MAX_SOURCE_BYTES, OUTSIDE, outside, too_big
from .old_queries import OldQuery
from .old_queries import read as read_old_queries
from .register import Register
from .register import parse as parse_register
from .settings import ContentSettings
from .uniqueness import duplicates

T = TypeVar("T", Column, Event)
R = TypeVar("R")
Exists = Callable[[str], bool]
"""Does this path exist in docs/? (A parse asks it for images and attachments.)"""
ParseOne = Callable[[Source, FrontMatter, Exists], tuple[T | None, list[ContentError]]]
"""Validate one source's front matter into a column or an event, with its problems."""

KOERS_DIR = "koers"
"""Koers documents live in docs/koers/ (their index page is generated)."""


class SourceCache(Protocol):
    """Parses kept between the rebuilds of a preview (``adapter/speed/parse_cache.py``)."""

    def begin(self, context: Sequence[object]) -> None: ...

    def parse(
        self,
        source: Source,
        raw: bytes,
        exists: Exists,
        parse: Callable[[Exists], tuple[R | None, Sequence[ContentError]]],
    ) -> tuple[R | None, Sequence[ContentError]]: ...


@dataclass(frozen=True)
class Paths:
    """Where the sources live, all absolute."""

    root: Path
    docs: Path
    columns: Path
    authors_file: Path
    events: Path
    register: Path | None = None
    """``gepubliceerd.yml``: what the site has published (content/register.py)."""
    old_queries: Path | None = None
    """``oude-adressen.yml``: old ``/?p=123`` addresses (content/old_queries.py)."""

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
    events: tuple[Event, ...] = ()
    """Sorted by start, then slug."""
    koers: tuple[Koers, ...] = ()
    """Current first; see ``koers.ordered``."""
    warnings: tuple[ContentError, ...] = ()
    """Reported, not fatal (e.g. a file name date that differs from the date field)."""
    register: Register = field(default_factory=Register)
    """What the site published before (``gepubliceerd.yml``), empty when there is none."""
    old_queries: Mapping[str, OldQuery] = field(default_factory=dict)
    """``p=123`` -> the page it has now (``oude-adressen.yml``), empty when there is none."""
    errors: tuple[ContentError, ...] = ()
    """Only with ``load(..., keep_going=True)`` (the preview): the problems of the sources
    left out. Otherwise ``load`` raises them."""

    @property
    def items(self) -> tuple[Column | Event, ...]:
        """Every column and event, drafts and later dates included."""
        return (*self.columns, *self.events)


def load(
    paths: Paths, settings: ContentSettings, cache: SourceCache | None = None, *, keep_going: bool = False
) -> Content:
    """Read and validate all content; raise ``ContentErrors`` listing every problem.

    With a ``cache`` (``mkdocs serve``), a column or event whose file and inputs did not
    change since the last rebuild is not parsed again (``adapter/speed/parse_cache.py``). With
    ``keep_going`` (the preview), a source with a problem is left out and the problems come
    back in ``Content.errors``, so the editor sees them in the browser instead of a dead
    server."""
    errors: list[ContentError] = []
    authors, problems = load_authors(paths)
    errors.extend(problems)
    if errors and not authors:
        # The authors file itself is missing or unreadable: every column would fail on its
        # author and bury the cause. Report the file alone, first.
        if keep_going:
            return Content(errors=ContentErrors(errors).errors)
        raise ContentErrors(errors)
    if cache is not None:
        cache.begin((paths, settings, authors))
    docs_exists = lambda p: _in_docs(paths.docs, p)  # noqa: E731

    def column(source: Source, front: FrontMatter, exists: Exists) -> tuple[Column | None, list[ContentError]]:
        return parse_column(front, source, settings, authors, exists)

    def event(source: Source, front: FrontMatter, exists: Exists) -> tuple[Event | None, list[ContentError]]:
        return parse_event(front, source, settings, exists)

    read = partial(_parse_all, paths.root, docs_exists=docs_exists, cache=cache, errors=errors)
    columns = read(_sources(paths, paths.columns, "column", errors), column)
    events = read(_sources(paths, paths.events, "evenement", errors), event)
    koers_documents = _koers(paths, settings, errors)
    published = _load_register(paths, errors)
    queries, problems = read_old_queries(paths.old_queries, paths.rel(paths.old_queries or paths.root))
    errors.extend(problems)
    errors.extend(duplicates(columns, lambda c: c.url, "URL"))
    errors.extend(duplicates(events, lambda e: e.url, "URL"))
    errors.extend(duplicates([e for e in events if e.uid], lambda e: e.uid, "uid"))
    warnings = tuple(sorted({e for e in errors if e.warning}))
    errors = [e for e in errors if not e.warning]
    if errors and not keep_going:
        raise ContentErrors(errors, warnings)
    if errors:  # leave out whatever a duplicate URL or uid would make ambiguous
        clashing = {e.path for e in errors}
        columns = [c for c in columns if c.source.path not in clashing]
        events = [e for e in events if e.source.path not in clashing]
    columns.sort(key=lambda c: sort_key(c, settings), reverse=True)
    events.sort(key=lambda e: (start_of(e.start, e.timezone), e.slug))
    return Content(
        columns=tuple(columns),
        authors=authors,
        events=tuple(events),
        koers=tuple(ordered(koers_documents)),
        register=published,
        old_queries=queries,
        warnings=warnings,
        errors=ContentErrors(errors).errors if errors else (),
    )


def _parse_all(
    paths_root: Path,
    sources: Iterator[Source],
    parse_one: ParseOne[T],
    docs_exists: Exists,
    cache: SourceCache | None,
    errors: list[ContentError],
) -> list[T]:
    """Every source read and parsed (or taken from the cache); its problems go to ``errors``."""
    items: list[T] = []
    for source in sources:
        raw = _read(source, errors, paths_root)
        if raw is None:
            continue
        problems: Sequence[ContentError]
        if cache is None:
            item, problems = _parse_source(source, raw, parse_one, docs_exists)
        else:
            item, problems = cache.parse(source, raw, docs_exists, partial(_parse_source, source, raw, parse_one))
        errors.extend(problems)
        if item is not None:
            items.append(item)
    return items


def _parse_source(
    source: Source,
    raw: bytes,
    parse_one: ParseOne[T],
    exists: Exists,
) -> tuple[T | None, list[ContentError]]:
    try:
        front = parse(source.path, decode(source.path, raw))
    except FrontMatterError as exc:
        return None, [exc.error]
    return parse_one(source, front, exists)


def _read(source: Source, errors: list[ContentError], root: Path) -> bytes | None:
    if os.path.islink(source.abs_path) and outside(root, source.abs_path):
        errors.append(ContentError(source.path, None, None, OUTSIDE))
        return None
    with open(source.abs_path, "rb") as file:  # not pathlib: measurably cheaper for thousands of files
        size = os.fstat(file.fileno()).st_size
        if size > MAX_SOURCE_BYTES:
            errors.append(ContentError(source.path, None, None, too_big(size)))
            return None
        return file.read()


def load_authors(paths: Paths) -> tuple[dict[str, Author], list[ContentError]]:
    """The authors file alone, with its problems (``association new column`` reads no more)."""
    errors: list[ContentError] = []
    return _authors(paths, errors), errors


def _authors(paths: Paths, errors: list[ContentError]) -> dict[str, Author]:
    rel = paths.rel(paths.authors_file)
    if not paths.authors_file.is_file():
        if paths.columns.is_dir() and (any(paths.columns.glob("*.md")) or any(paths.columns.glob("*/index.md"))):
            errors.append(
                ContentError(
                    rel, None, None, "verwacht een auteursbestand (id, name, role, photo, bio), maar het ontbreekt"
                )
            )
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
            errors.append(
                ContentError(
                    rel,
                    None,
                    f"{author.id}.photo",
                    f"verwacht een bestaand bestand in docs/, gevonden '{author.photo}'",
                )
            )
    return authors


def _load_register(paths: Paths, errors: list[ContentError]) -> Register:
    if paths.register is None or not paths.register.is_file():
        return Register()
    rel = paths.rel(paths.register)
    try:
        text = decode(rel, paths.register.read_bytes())
    except FrontMatterError as exc:
        errors.append(exc.error)
        return Register()
    published, problems = parse_register(rel, text)
    errors.extend(problems)
    return published


def _sources(paths: Paths, folder: Path, noun: str, errors: list[ContentError]) -> Iterator[Source]:
    """``<folder>/<name>.md`` and ``<folder>/<name>/index.md``; names starting with _ or . are skipped.

    One ``scandir`` of the folder, sorted by name: it tells files from folders without a
    ``stat`` of each, and an archive is thousands of files (BENCHMARKS.md)."""
    if not folder.is_dir():
        return
    prefix = paths.rel(folder)
    prefix = "" if prefix == "." else prefix + "/"
    authors_file = str(paths.authors_file)
    with os.scandir(folder) as listing:
        entries = sorted(listing, key=lambda entry: entry.name)
    for entry in entries:
        if entry.name.startswith((".", "_")) or entry.path == authors_file:
            continue
        rel = prefix + entry.name
        if entry.is_symlink() and outside(paths.root, entry.path):
            errors.append(ContentError(rel, None, None, OUTSIDE))
            continue
        if entry.is_dir():
            index = Path(entry.path, "index.md")
            if not index.is_file():
                errors.append(
                    ContentError(
                        rel,
                        None,
                        None,
                        f"verwacht een bestand index.md in deze map (de tekst van het {noun}), maar het ontbreekt",
                    )
                )
                continue
            files = [
                f
                for f in sorted(Path(entry.path).rglob("*"))
                if f.is_file()
                and f != index
                and not any(part.startswith(".") for part in f.relative_to(entry.path).parts)
            ]
            escaping = [f for f in files if outside(paths.root, str(f))]
            for f in escaping:
                errors.append(ContentError(paths.rel(f), None, None, OUTSIDE))
            bundle = {f.relative_to(entry.path).as_posix(): f.stat().st_size for f in files if f not in escaping}
            yield Source(rel + "/index.md", str(index), entry.name, bundle)
        elif entry.name.endswith(".md"):
            yield Source(rel, entry.path, entry.name[: -len(".md")])
        else:
            errors.append(
                ContentError(
                    rel,
                    None,
                    None,
                    f"verwacht een {noun} als .md-bestand of als map met index.md; dit bestand wordt niet gebruikt",
                )
            )


def _koers(paths: Paths, settings: ContentSettings, errors: list[ContentError]) -> list[Koers]:
    """The koers documents in docs/koers/ (its index page is generated), links between them checked."""
    documents, sources = [], {}
    for file in sorted((paths.docs / KOERS_DIR).rglob("*.md")):
        if file.name == "index.md":
            continue
        rel, docs_path = paths.rel(file), file.relative_to(paths.docs).as_posix()
        raw = _read(Source(rel, str(file), file.stem), errors, paths.root)
        if raw is None:
            continue
        try:
            front = parse(rel, decode(rel, raw))
        except FrontMatterError as exc:
            errors.append(exc.error)
            continue
        document, problems = parse_koers(front, rel, docs_path, settings)
        errors.extend(problems)
        if document is not None:
            documents.append(document)
            sources[docs_path] = rel
    errors.extend(check_links(documents, sources))
    return documents


def _in_docs(docs: Path, relative: str) -> bool:
    target = (docs / relative).resolve()
    return target.is_file() and target.is_relative_to(docs.resolve())

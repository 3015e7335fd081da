"""Listing pages for columns: the index, year archives, and per category, author and tag.

The structure (which columns on which page, which URL, previous and next) is computed here
as plain data; templates in the theme draw it. URLs are Dutch and stable:

``columns/``, ``columns/pagina/2/``, ``columns/2019/``, ``columns/categorie/nieuws/``,
``columns/auteur/sofie-vriends/``, ``columns/trefwoord/netwerken/``, ``columns/archief/``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from ..content.columns import Column
from ..content.slugs import slugify
from . import site_urls

K = TypeVar("K", bound=Hashable)

INDEX = site_urls.COLUMNS
ARCHIVE = site_urls.COLUMN_ARCHIVE


class ListingKind(StrEnum):
    """What a listing lists; templates ask ``listing.kind is author`` (adapter/filters.py)."""

    INDEX = "index"
    YEAR = "year"
    CATEGORY = "category"
    AUTHOR = "author"
    TAG = "tag"


@dataclass(frozen=True)
class Listing:
    """One page of a list of columns."""

    kind: ListingKind
    title: str
    url: str
    columns: tuple[Column, ...]
    page: int = 1
    pages: int = 1
    first_url: str = ""
    prev_url: str | None = None
    next_url: str | None = None
    description: str = ""

    @property
    def page_links(self) -> tuple[tuple[int, str] | None, ...]:
        """The numbered links of the pagination: ``(number, url)``, ``None`` for a gap (…)."""
        return tuple(
            None if n is None else (n, page_url(self.first_url, n)) for n in page_window(self.page, self.pages)
        )


@dataclass(frozen=True)
class Facet:
    """A link in the archive overview: a year, category, author or tag with its count."""

    label: str
    url: str
    count: int


@dataclass(frozen=True)
class Archive:
    url: str
    years: tuple[Facet, ...]
    categories: tuple[Facet, ...]
    authors: tuple[Facet, ...]
    tags: tuple[Facet, ...]


PAGE_WINDOW = 2
"""Pages shown either side of the current one; the first and the last are always shown."""


def page_window(page: int, pages: int, radius: int = PAGE_WINDOW) -> tuple[int | None, ...]:
    """Page numbers for a pagination bar, ``None`` where a run of pages is left out.

    ``1 … 4 5 6 7 8 … 99`` (as Material's blog plugin and Hugo show it): every page stays two
    clicks away, and each page links to a fixed number of others. Listing all pages from
    every page would make the archive's size grow with the square of its columns.
    A gap of a single page shows that page instead of an ellipsis."""
    shown = sorted({1, pages, *range(max(1, page - radius), min(pages, page + radius) + 1)})
    window: list[int | None] = []
    previous = 0
    for number in shown:
        if number - previous == 2:
            window.append(number - 1)
        elif number - previous > 2:
            window.append(None)
        window.append(number)
        previous = number
    return tuple(window)


def page_url(base: str, number: int) -> str:
    return base if number == 1 else f"{base}pagina/{number}/"


def year_url(year: int) -> str:
    return f"columns/{year}/"


def category_url(category: str) -> str:
    return f"columns/categorie/{slugify(category)}/"


def author_url(author_id: str) -> str:
    return f"columns/auteur/{author_id}/"


def tag_url(tag: str) -> str:
    return f"columns/trefwoord/{slugify(tag)}/"


def paginate(
    kind: ListingKind, title: str, base: str, columns: Sequence[Column], per_page: int, description: str = ""
) -> list[Listing]:
    """Split ``columns`` into pages; an empty list still gets one (empty) page."""
    chunks = [tuple(columns[i : i + per_page]) for i in range(0, len(columns), per_page)] or [()]
    total = len(chunks)
    return [
        Listing(
            kind=kind,
            title=title if number == 1 else f"{title} (pagina {number})",
            url=page_url(base, number),
            columns=chunk,
            page=number,
            pages=total,
            first_url=base,
            prev_url=page_url(base, number - 1) if number > 1 else None,
            next_url=page_url(base, number + 1) if number < total else None,
            description=description,
        )
        for number, chunk in enumerate(chunks, start=1)
    ]


def column_listings(columns: Sequence[Column], per_page: int) -> list[Listing]:
    """Every listing page for ``columns`` (already newest first)."""
    everything = "Alle columns, nieuwsberichten en artikelen, de nieuwste eerst."
    listings = paginate(ListingKind.INDEX, "Columns", INDEX, columns, per_page, everything)
    # Year, category, author and tag pages are one compact list each (title, date), not
    # paginated cards: every column would otherwise cost about six extra rendered pages
    # (BENCHMARKS.md), and a reader scanning an archive wants the whole list anyway.
    for year, items in _group(columns, lambda c: [c.year] if c.year is not None else []).items():
        description = f"Alles wat in {year} verscheen."
        listings.append(whole(ListingKind.YEAR, f"Archief {year}", year_url(year), items, description))
    for category, items in _group(columns, lambda c: [c.category]).items():
        listings.append(whole(ListingKind.CATEGORY, category, category_url(category), items))
    for author_id, items in _group(columns, lambda c: [c.author.id]).items():
        author = items[0].author
        listings.append(whole(ListingKind.AUTHOR, author.name, author_url(author_id), items, author.role))
    labels = tag_labels(columns)
    for tag, items in _group(columns, lambda c: [slugify(t) for t in c.tags]).items():
        listings.append(whole(ListingKind.TAG, f"Trefwoord: {labels[tag]}", tag_url(labels[tag]), items))
    return listings


def whole(kind: ListingKind, title: str, base: str, columns: Sequence[Column], description: str = "") -> Listing:
    """One unpaginated page with every column of a year, category, author or tag."""
    return Listing(kind=kind, title=title, url=base, columns=tuple(columns), first_url=base, description=description)


def tag_labels(columns: Iterable[Column]) -> dict[str, str]:
    """Tag slug -> the spelling first used (newest column), so 'Netwerken' and 'netwerken' are one tag."""
    labels: dict[str, str] = {}
    for column in columns:
        for tag in column.tags:
            labels.setdefault(slugify(tag), tag)
    return labels


def archive(columns: Sequence[Column]) -> Archive:
    """The overview that links every year, category, author and tag with a count."""
    years = Counter(c.year for c in columns if c.year is not None)
    categories = Counter(c.category for c in columns)
    authors = Counter(c.author.id for c in columns)
    names = {c.author.id: c.author.name for c in columns}
    tags = Counter(slugify(t) for c in columns for t in c.tags)
    labels = tag_labels(columns)
    return Archive(
        url=ARCHIVE,
        years=tuple(Facet(str(y), year_url(y), n) for y, n in sorted(years.items(), reverse=True)),
        categories=tuple(Facet(c, category_url(c), n) for c, n in sorted(categories.items())),
        authors=tuple(Facet(names[a], author_url(a), n) for a, n in sorted(authors.items(), key=lambda i: names[i[0]])),
        tags=tuple(Facet(labels[t], tag_url(t), n) for t, n in sorted(tags.items())),
    )


def _group(columns: Iterable[Column], keys: Callable[[Column], Iterable[K]]) -> dict[K, list[Column]]:
    """Columns per key, each group keeping the newest-first order."""
    groups: dict[K, list[Column]] = defaultdict(list)
    for column in columns:
        for key in keys(column):
            groups[key].append(column)
    return dict(groups)

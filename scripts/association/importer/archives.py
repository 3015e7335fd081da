"""The old site's archive addresses keep working: ``/category/nieuwtjes/`` (and a nested
``/category/ouder/kind/``), ``/tag/ledenavond/``, ``/author/redactie/``, ``/2013/`` and
``/2013/01/`` get a redirect page to the listing that now holds those columns.

Other sites and search engines link a WordPress site at these addresses as much as at its
posts. Only an archive with at least one public imported column behind it gets one: the
listing of a draft's category would not exist (a 404), and a draft's tag or author must not
be named before it is published.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..content.slugs import slugify
from ..render.listings import author_url, category_url, tag_url, year_url
from ..render.redirects import page as redirect_page
from . import categories
from .addresses import RESERVED, first_part, old_path, published
from .build import column_tags
from .layout import Layout
from .report import ImportReport
from .select import Chosen
from .target import ImportOptions, ImportTarget
from .writer import Planned
from .wxr import Export, Term

_SEGMENT = re.compile(r"[\w.~-]+")


@dataclass(frozen=True)
class Archive:
    old: str
    """Site path of the old archive (``category/nieuwtjes/``), below the blog's base path."""
    new: str
    """Site path of the listing it leads to (``columns/categorie/nieuws/``)."""
    title: str
    """The listing's title, as the redirect page names it."""
    old_url: str
    """The old archive's address as the old site had it, for the report."""


def base(name: str, option: str) -> str:
    """An archive base as WordPress's permalink settings show it (``categorie``, ``/tag/``):
    one path segment, else a Dutch ``ValueError`` naming the option."""
    segment = name.strip().strip("/")
    if not _SEGMENT.fullmatch(segment) or segment in (".", ".."):
        raise ValueError(
            f"{option} {name!r}: verwacht één deel van een adres zonder / of spaties, bijvoorbeeld {option} categorie"
        )
    return segment


def redirects(
    export: Export, layout: Layout, target: ImportTarget, options: ImportOptions, report: ImportReport
) -> list[Planned]:
    """A redirect page in docs/ for every archive address that keeps working; the ones that
    fall on an address of the site or of an imported item are named in the report."""
    docs = target.rel(target.paths.docs)
    claimed = _claimed(layout)
    planned: list[Planned] = []
    for archive in archives(export, layout, target, options):
        if first_part(archive.old) in RESERVED or archive.old in claimed or _docs_has(target.paths.docs, archive.old):
            report.note(
                archive.title,
                archive.old_url,
                f"archiefadres /{archive.old} valt samen met een adres van de site zelf: geen doorverwijzing",
            )
            continue
        html = redirect_page(target.site_url + archive.new, archive.title)
        planned.append(Planned(f"{docs}/{archive.old}index.html", html, title=archive.title, old_url=archive.old_url))
    report.counts["archives"] += len(planned)
    return planned


def archives(export: Export, layout: Layout, target: ImportTarget, options: ImportOptions) -> list[Archive]:
    """Every old archive address with a public imported column behind it, each once (a
    category's before a tag's, an author's, a year's)."""
    public = [e for e in layout.entries if e.kind == "column" and layout.addresses[e.item.id].shown]
    found: dict[str, Archive] = {}
    for old, new, title in (
        *_categories(public, export, layout, target, options),
        *_tags(public, options),
        *_authors(public, export, layout),
        *_years(public, target),
    ):
        url = f"{export.link}/{old}"
        path = old_path(url, export.link)
        if path is not None and path not in found:
            found[path] = Archive(path, new, title, url)
    return list(found.values())


def _categories(
    public: list[Chosen], export: Export, layout: Layout, target: ImportTarget, options: ImportOptions
) -> Iterator[tuple[str, str, str]]:
    """``category/kind/`` and ``category/ouder/kind/``: to the listing of the category the
    old one was mapped onto; else (a post's second category, kept as a tag) to that tag's."""
    parents = {c.nicename: c.parent for c in export.categories}
    filed: dict[str, list[Chosen]] = {}
    terms: dict[str, Term] = {}
    for entry in public:
        for term in entry.item.terms_in("category"):
            if term.nicename:
                filed.setdefault(term.nicename, []).append(entry)
                terms.setdefault(term.nicename, term)
    for slug, entries in filed.items():
        new, title = _category_listing(terms[slug], entries, layout, target, options)
        for path in dict.fromkeys((slug, _nested(slug, parents))):
            yield f"{options.category_base}/{path}/", new, title


def _category_listing(
    term: Term, entries: list[Chosen], layout: Layout, target: ImportTarget, options: ImportOptions
) -> tuple[str, str]:
    landed = [layout.categories[e.item.id] for e in entries]
    mine = categories.pick([(term.name, term.nicename)], options.categories, target.column_categories)
    if mine in landed:
        return category_url(mine), mine
    label = slugify(term.name or term.nicename)
    for entry in entries:
        for tag in column_tags(entry, layout.categories[entry.item.id], options):
            if slugify(tag) == label:
                return tag_url(tag), f"Trefwoord: {tag}"
    [(category, _)] = Counter(landed).most_common(1)
    return category_url(category), category


def _nested(slug: str, parents: Mapping[str, str]) -> str:
    """``ouder/kind``: the slugs of a category's parents and its own, as WordPress made the
    address (a loop or an absurd depth in the export stops the chain)."""
    chain = [slug]
    while (parent := parents.get(chain[-1], "")) and parent not in chain and len(chain) < 20:
        chain.append(parent)
    return "/".join(reversed(chain))


def _tags(public: list[Chosen], options: ImportOptions) -> Iterator[tuple[str, str, str]]:
    for entry in public:
        for term in entry.item.terms_in("post_tag"):
            if term.name and (slug := term.nicename or slugify(term.name)):
                yield f"{options.tag_base}/{slug}/", tag_url(term.name), f"Trefwoord: {term.name}"


def _authors(public: list[Chosen], export: Export, layout: Layout) -> Iterator[tuple[str, str, str]]:
    """``author/<login>/``; WordPress wrote the login as a slug (its "nicename") there, so
    both forms, when they differ."""
    names = {a.login: a.display_name for a in export.authors}
    for entry in public:
        login, author = entry.item.creator, layout.authors[entry.item.id]
        for slug in dict.fromkeys(s for s in (login, slugify(login)) if s):
            yield f"author/{slug}/", author_url(author), names.get(login) or login or author


def _years(public: list[Chosen], target: ImportTarget) -> Iterator[tuple[str, str, str]]:
    """``2013/`` and ``2013/01/``, from the date the old site showed (its local time), to
    the year listing the column is in now."""
    for entry in public:
        year = published(entry.item, target.timezone).year
        old_year, old_month = entry.item.date[:4], entry.item.date[5:7]
        if not (old_year.isdigit() and old_month.isdigit()):
            continue
        new, title = year_url(year), f"Archief {year}"
        yield f"{old_year}/", new, title
        yield f"{old_year}/{old_month}/", new, title


def _claimed(layout: Layout) -> set[str]:
    """The old and new addresses the imported items answer for themselves."""
    claimed = set(layout.by_path) | {a.url for a in layout.addresses.values()}
    return claimed | {path for paths in layout.aliases.values() for path in paths}


def _docs_has(docs: Path, path: str) -> bool:
    """Whether docs/ already has a page at the site path, or a file where its folder would be."""
    folder = docs / path.rstrip("/")
    return folder.with_name(folder.name + ".md").is_file() or (folder / "index.md").is_file() or folder.is_file()

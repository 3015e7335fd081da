"""Where every item goes: its new source and address, the old addresses it keeps, its
category and author. Decided for all items before any is written, so that links between
them and collisions are known."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from ..content.columns import column_url
from ..content.events import event_url
from ..content.slugs import slugify
from . import categories, select
from .addresses import RESERVED, Address, first_part, old_path, published, slug_of, stem, unique
from .events_calendar import EventDataError, EventFields, fields
from .report import ImportReport
from .select import Chosen
from .target import ImportOptions, ImportTarget
from .wxr import Export, Item


@dataclass(frozen=True)
class Layout:
    entries: tuple[Chosen, ...]
    addresses: Mapping[int, Address]
    by_path: Mapping[str, Address]
    """Every old address (``2013/01/titel/``) of an imported item."""
    by_slug: Mapping[str, Address]
    """Posts and events by their WordPress slug, when it is unique: WordPress finds a post by
    its slug even when a link has an old date in it."""
    aliases: Mapping[int, tuple[str, ...]]
    """Old addresses that get a redirect (not the item's own new address)."""
    folders: frozenset[int]
    categories: Mapping[int, str]
    authors: Mapping[int, str]
    events: Mapping[int, EventFields]


def plan_layout(
    export: Export, target: ImportTarget, options: ImportOptions, report: ImportReport, *, folders: frozenset[int]
) -> Layout:
    entries = list(select.chosen(export, report))
    chosen_categories = categories.assign(
        entries, options.categories, target.column_categories, target.event_categories
    )
    posts = export.by_id()
    event_data: dict[int, EventFields] = {}
    kept: list[Chosen] = []
    for entry in entries:
        if entry.kind == "event":
            try:
                event_data[entry.item.id] = fields(entry.item, posts, target.timezone)
            except EventDataError as exc:
                report.action(entry.item.title, entry.item.link, f"activiteit niet overgenomen: {exc}")
                continue
        kept.append(entry)
    addresses = _addresses(kept, target, options.now, folders, event_data, posts)
    by_path, aliases = _old_addresses(kept, addresses, export, _existing_docs(target), report)
    return Layout(
        entries=tuple(kept),
        addresses=addresses,
        by_path=by_path,
        by_slug=_by_slug(kept, addresses),
        aliases=aliases,
        folders=folders,
        categories=chosen_categories,
        authors={e.item.id: slugify(e.item.creator) or "auteur" for e in kept if e.kind == "column"},
        events=event_data,
    )


def _addresses(
    entries: list[Chosen],
    target: ImportTarget,
    now: datetime,
    folders: frozenset[int],
    event_data: Mapping[int, EventFields],
    posts: Mapping[int, Item],
) -> dict[int, Address]:
    columns, events, docs = (
        target.rel(target.paths.columns),
        target.rel(target.paths.events),
        target.rel(target.paths.docs),
    )
    result: dict[int, Address] = {}
    taken: dict[str, set[str]] = {}
    pages = {e.item.id: e for e in entries if e.kind == "page"}
    parents = {e.item.parent for e in pages.values()}
    for entry in sorted(entries, key=lambda e: e.item.id):
        item = entry.item
        if entry.kind == "column":
            moment = published(item, target.timezone)
            slug = unique(slug_of(item), taken.setdefault(f"c{moment.year}", set()), item.id)
            name = stem(moment.date(), slug)
            source = f"{columns}/{name}/index.md" if item.id in folders else f"{columns}/{name}.md"
            shown = not entry.draft and moment <= now
            result[item.id] = Address("column", source, column_url(moment.year, slug), shown)
        elif entry.kind == "event":
            start = event_data[item.id].start
            year = start.year
            slug = unique(slug_of(item), taken.setdefault(f"e{year}", set()), item.id)
            day = start if not isinstance(start, datetime) else start.date()
            name = stem(day, slug)
            source = f"{events}/{name}/index.md" if item.id in folders else f"{events}/{name}.md"
            result[item.id] = Address("event", source, event_url(year, slug), not entry.draft)
        else:
            path = _page_path(item, posts, pages, taken)
            source = f"{docs}/{path}/index.md" if item.id in parents else f"{docs}/{path}.md"
            result[item.id] = Address("page", source, path + "/", True)
    return result


def _page_path(item: Item, posts: Mapping[int, Item], pages: Mapping[int, Chosen], taken: dict[str, set[str]]) -> str:
    """``over/bestuur``: the slugs of its parents and its own, as WordPress made the address."""
    chain: list[Item] = []
    current: Item | None = item
    while current is not None and len(chain) < 20 and current not in chain:
        chain.append(current)
        current = posts.get(current.parent) if current.parent else None
    parts: list[str] = []
    for depth, page in enumerate(reversed(chain)):
        slug = slug_of(page)
        folder = "/".join(parts)
        if depth == 0 and slug in RESERVED:
            slug = f"{slug}-{page.id}"
        if page.id == item.id:
            slug = unique(slug, taken.setdefault(f"p{folder}", set()), page.id)
        parts.append(slug)
    return "/".join(parts)


def _existing_docs(target: ImportTarget) -> set[str]:
    """Addresses of the pages already in docs/ (``over/``)."""
    found: set[str] = set()
    if not target.paths.docs.is_dir():
        return found
    for file in target.paths.docs.rglob("*.md"):
        relative = file.relative_to(target.paths.docs).as_posix().removesuffix(".md")
        found.add(relative.removesuffix("index").rstrip("/") + "/" if relative != "index" else "")
    return found


def _by_slug(entries: list[Chosen], addresses: Mapping[int, Address]) -> dict[str, Address]:
    seen: dict[str, list[Address]] = {}
    for entry in entries:
        if entry.kind != "page" and entry.item.slug:
            seen.setdefault(entry.item.slug.lower(), []).append(addresses[entry.item.id])
    return {slug: found[0] for slug, found in seen.items() if len(found) == 1}


def _old_addresses(
    kept: list[Chosen], addresses: Mapping[int, Address], export: Export, existing: set[str], report: ImportReport
) -> tuple[dict[str, Address], dict[int, tuple[str, ...]]]:
    """Every old address of an item (its permalink, and its guid when that was one), and
    those that get a redirect: not its own new address, nor one the site itself uses. The
    page WordPress made for each upload leads to the post the upload belongs to."""
    taken = {a.url for a in addresses.values()} | existing
    by_path: dict[str, Address] = {}
    aliases: dict[int, list[str]] = {e.item.id: [] for e in kept}

    def claim(item: Item, path: str, address: Address) -> None:
        if path == address.url:
            return
        if first_part(path) in RESERVED or path in taken:
            report.note(
                item.title,
                item.link,
                f"oud adres /{path} valt samen met een adres van de site zelf: geen doorverwijzing",
                address.source,
            )
            return
        taken.add(path)
        aliases[address_owner[address.source]].append(path)

    address_owner = {addresses[e.item.id].source: e.item.id for e in kept}
    for entry in kept:
        address = addresses[entry.item.id]
        for link in dict.fromkeys((entry.item.link, entry.item.guid)):
            path = old_path(link, export.link)
            if path is not None and path not in by_path:
                by_path[path] = address
                claim(entry.item, path, address)
    unattached = 0
    for upload in export.items:
        if upload.type != "attachment" or (path := old_path(upload.link, export.link)) is None or path in by_path:
            continue
        parent = addresses.get(upload.parent)
        if parent is None or not parent.shown:
            unattached += 1
            continue
        claim(upload, path, parent)
    if unattached:
        report.note(
            f"{unattached} pagina's van losse bestanden",
            export.link,
            "WordPress gaf elk bestand een eigen pagina; die van bestanden zonder (openbaar) bericht "
            "krijgen geen doorverwijzing",
        )
    return by_path, {k: tuple(v) for k, v in aliases.items()}

"""``oude-adressen.yml``: the old addresses of the form ``/?p=123`` with the new address of
their page. A static host cannot redirect a query, so the home page sends a visitor on
(the engine's part); the import adds the addresses of what it brought over, and never
changes an entry that is there: a different one is a conflict for a person.

The file is written here as text: every key and address is checked against the patterns
below first, so nothing in it needs quoting (an address that would is quoted anyway).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import yaml

from ..content.old_queries import KEY
from .layout import Layout
from .report import ImportReport
from .sources import quoted
from .wxr import Export

HEADER = (
    "# Oude adressen in de vorm /?p=123 (van de vorige site), met het nieuwe adres van die pagina.\n"
    "# association import wordpress vult dit bestand aan; de homepagina stuurt bezoekers door.\n"
)
_PLAIN = re.compile(r"/(?:[A-Za-z0-9._~%-]+/)*\Z")
"""A site path YAML reads as itself without quotes."""
_ENTRY_START = re.compile(r"""[A-Za-z_'"]""")
"""An entry of the block mapping (not a flow ``{...}``, nor a line that goes on above)."""


@dataclass(frozen=True)
class OldQuery:
    key: str
    """``p=12`` or ``page_id=3``."""
    target: str
    """``/columns/2013/titel/``: the new page's site path (``/`` is the home page)."""
    title: str = ""
    old_url: str = ""
    source: str = ""
    """The new source, for the report."""


@dataclass(frozen=True)
class Merged:
    text: str | None
    """The file with what it lacked; None when it has everything (or cannot be read)."""
    listed: tuple[str, ...] = ()
    """The keys of this import's addresses that the file has (now) with their new address."""


def is_target(value: object) -> bool:
    """A site path: from ``/`` to ``/``, no host (``//x.org/``), no space, no backslash."""
    return (
        isinstance(value, str)
        and value.startswith("/")
        and value.endswith("/")
        and not value.startswith("//")
        and not any(c.isspace() or c in "\\#?" or ord(c) < 32 for c in value)
    )


def sort_key(key: str) -> tuple[str, int, int | str]:
    """By name, then by value: ``p=9`` before ``p=10``."""
    name, _, value = key.partition("=")
    return (name, 0, int(value)) if value.isdigit() else (name, 1, value)


def wanted(layout: Layout, export: Export) -> tuple[list[OldQuery], list[str]]:
    """The old queries of every imported item whose page is public, by its WordPress id:
    ``p=ID`` (WordPress answers it for any kind) and for a page ``page_id=ID`` too; and
    the query of its guid when that names another id that no item of the export has (it
    was made on an earlier site). Then the keys left out because the page is not public
    (a draft, a later date): an unpublished address must not be in a public file."""
    found: dict[str, OldQuery] = {}
    hidden: list[str] = []
    extra: dict[str, OldQuery | None] = {}
    ids = {item.id for item in export.items}
    for entry in sorted(layout.entries, key=lambda e: e.item.id):
        item, address = entry.item, layout.addresses[entry.item.id]
        keys = [f"p={item.id}"] + ([f"page_id={item.id}"] if entry.kind == "page" else [])
        if not address.shown:
            hidden += keys
            continue
        target = "/" + address.url.strip("/") + "/" if address.url.strip("/") else "/"
        for key in keys:
            found[key] = OldQuery(key, target, item.title, item.link, address.source)
        guid = guid_key(item.guid, export.link)
        if guid is not None and guid not in keys and int(guid.partition("=")[2]) not in ids:
            one = OldQuery(guid, target, item.title, item.link, address.source)
            extra[guid] = one if guid not in extra else None  # two items with one guid: neither
    for key, only in extra.items():
        if only is not None and key not in found:
            found[key] = only
    return sorted(found.values(), key=lambda q: sort_key(q.key)), sorted(hidden, key=sort_key)


def guid_key(guid: str, blog: str) -> str | None:
    """``https://x.org/?p=12`` (or ``?post_type=tribe_events&p=12``, ``?page_id=12``) ->
    ``p=12``, when it is a query on the old site's own home address."""
    parts, home = urlsplit(guid), urlsplit(blog)
    if parts.netloc.lower() != home.netloc.lower() or parts.path.rstrip("/") != home.path.rstrip("/"):
        return None
    query = parse_qs(parts.query)
    for name in ("p", "page_id"):
        values = query.get(name)
        if values and values[0].isdigit():
            return f"{name}={values[0]}"
    return None


def merged(existing: str | None, path: str, queries: Sequence[OldQuery], report: ImportReport) -> Merged:
    """The file with every query it lacks added, its entries in order (a comment above an
    entry moves with it; the comments at the top stay at the top). An entry that is there
    is never changed: one with another address is a conflict for the report."""
    blocks: dict[str, tuple[str, list[str]]] = {}
    header: list[str] = HEADER.splitlines()
    trailing: list[str] = []
    if existing is not None and existing.strip():
        read = _read(existing)
        if isinstance(read, str):
            report.action(
                path,
                "",
                f"{path} is niet te lezen ({read}): niet aangevuld met de oude adressen van deze import; "
                "herstel het bestand en voer de import opnieuw uit",
                path,
            )
            return Merged(None)
        header, blocks, trailing = read
    listed: list[str] = []
    added = False
    for query in queries:
        if query.key in blocks:
            there = blocks[query.key][0]
            if there == query.target:
                listed.append(query.key)
            else:
                report.action(
                    query.title,
                    query.old_url,
                    f"{path} stuurt /?{query.key} al naar {there}, niet naar {query.target}: niet veranderd; "
                    "kies zelf welke klopt",
                    query.source,
                )
            continue
        target = query.target if _PLAIN.match(query.target) else quoted(query.target)
        blocks[query.key] = (query.target, [f"{query.key}: {target}"])
        listed.append(query.key)
        added = True
    if not added:
        return Merged(None, tuple(listed))
    lines = list(header)
    for key in sorted(blocks, key=sort_key):
        lines += blocks[key][1]
    lines += trailing
    text = "\n".join(lines) + "\n"
    if yaml.safe_load(text) != {key: target for key, (target, _) in blocks.items()}:  # never, but never write it
        raise AssertionError(f"{path}: de aangevulde tekst leest niet terug als de adressen")
    return Merged(text, tuple(listed))


def _read(text: str) -> tuple[list[str], dict[str, tuple[str, list[str]]], list[str]] | str:
    """The comments at the top, each entry with its address and its lines (the comments
    above it, then its own), and the lines after the last; or why the file is not one
    entry a line in the file's form."""
    header: list[str] = []
    blocks: dict[str, tuple[str, list[str]]] = {}
    pending: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            (pending if blocks else header).append(line)
            continue
        try:
            entry = yaml.safe_load(line) if _ENTRY_START.match(line) else None
        except yaml.YAMLError:
            entry = None
        if not isinstance(entry, Mapping) or len(entry) != 1:
            return f"regel {number} is geen regel als p=12: /columns/2013/titel/"
        [(key, target)] = entry.items()
        if not isinstance(key, str) or not KEY.match(key):
            return f"regel {number}: {key!r} is geen oud adres als p=12"
        if not is_target(target):
            return f"regel {number}: {target!r} is geen adres van de site (van / tot /, zoals /over/)"
        if key in blocks:
            return f"regel {number}: {key} staat er twee keer in"
        blocks[key] = (target, [*pending, line])
        pending = []
    try:
        whole = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        return f"geen geldige YAML: {exc}"
    if (whole or {}) != {key: target for key, (target, _) in blocks.items()}:
        return "het bestand is meer dan één regel per adres"
    return header, blocks, pending

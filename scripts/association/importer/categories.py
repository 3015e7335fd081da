"""Old categories onto the site's: by ``--map-category``, by the same name, or by ``*``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .select import Chosen
from .target import CategoryError

NONE = "(geen categorie)"


def domain(kind: str) -> str:
    return "tribe_events_cat" if kind == "event" else "category"


def pick(names: Sequence[tuple[str, str]], mapping: Mapping[str, str], allowed: Sequence[str]) -> str | None:
    """The first of an item's ``(name, slug)`` categories that lands on one of ``allowed``."""
    lower = {k.strip().lower(): v for k, v in mapping.items()}
    by_name = {c.lower(): c for c in allowed}
    for name, slug in names:
        for key in (name.lower(), slug.lower()):
            if key in lower and lower[key] in allowed:
                return lower[key]
            if key in by_name:
                return by_name[key]
    if "*" in lower and lower["*"] in allowed:
        return lower["*"]
    if len(allowed) == 1:
        return allowed[0]
    return None


def assign(
    chosen: Sequence[Chosen], mapping: Mapping[str, str], columns: Sequence[str], events: Sequence[str]
) -> dict[int, str]:
    """Item id -> our category, for every column and event; a ``CategoryError`` listing
    every old category that lands nowhere, before anything is written."""
    result: dict[int, str] = {}
    unmapped: dict[str, list[str]] = {}
    for entry in chosen:
        if entry.kind == "page":
            continue
        allowed = events if entry.kind == "event" else columns
        terms = [(t.name, t.nicename) for t in entry.item.terms_in(domain(entry.kind))]
        category = pick(terms, mapping, allowed)
        if category is None:
            for name, _ in terms or [(NONE, "")]:
                unmapped.setdefault(name, []).append(entry.item.title)
            continue
        result[entry.item.id] = category
    if unmapped:
        raise CategoryError({k: tuple(v) for k, v in unmapped.items()}, tuple(columns), tuple(events))
    return result


def extra_tags(entry: Chosen, category: str, mapping: Mapping[str, str]) -> tuple[str, ...]:
    """A post's other categories, kept as tags so that nothing of its filing is lost (not
    WordPress's default "Uncategorized", nor one that was mapped)."""
    mapped = {k.strip().lower() for k in mapping}
    return tuple(
        t.name
        for t in entry.item.terms_in(domain(entry.kind))
        if t.name
        and t.nicename != "uncategorized"
        and t.name.lower() != category.lower()
        and t.name.lower() not in mapped
        and t.nicename.lower() not in mapped
    )

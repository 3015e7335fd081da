"""Which WordPress items become a column, an event or a page, and which are left out (and why)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .report import ImportReport
from .wxr import Export, Item

KINDS = {"post": "column", "tribe_events": "event", "page": "page"}
_QUIET = {
    "attachment": "bijlagen (gekopieerd waar een bericht ze gebruikt)",
    "nav_menu_item": "menu-items (zet het menu in mkdocs.yml onder nav:)",
    "revision": "oude versies",
    "tribe_venue": "plaatsen (staan nu bij hun activiteiten)",
    "tribe_organizer": "organisatoren (staan nu bij hun activiteiten)",
    "custom_css": "technische onderdelen van het thema",
    "customize_changeset": "technische onderdelen van het thema",
    "oembed_cache": "technische onderdelen van het thema",
    "wp_global_styles": "technische onderdelen van het thema",
    "wp_template": "technische onderdelen van het thema",
    "wp_template_part": "technische onderdelen van het thema",
    "wp_navigation": "menu-items (zet het menu in mkdocs.yml onder nav:)",
    "user_request": "technische onderdelen van het thema",
}


@dataclass(frozen=True)
class Chosen:
    item: Item
    kind: str
    draft: bool


def chosen(export: Export, report: ImportReport) -> Iterator[Chosen]:
    """The items to write; every other one is counted in the report, and those a person
    may miss (private, password, another post type) are named."""
    other_types: dict[str, int] = {}
    for item in export.items:
        kind = KINDS.get(item.type)
        if kind is None:
            if item.type in _QUIET:
                report.counts[f"skipped:{_QUIET[item.type]}"] += 1
            else:
                other_types[item.type] = other_types.get(item.type, 0) + 1
            continue
        if item.status in ("trash", "auto-draft", "inherit"):
            report.counts["skipped:prullenbak en automatische concepten"] += 1
            continue
        if item.password:
            report.counts["skipped:beveiligd met een wachtwoord"] += 1
            report.action(
                item.title,
                item.link,
                "beveiligd met een wachtwoord: niet overgenomen, want alles in de map van de site is openbaar. "
                "Mag het openbaar? Zet het dan zelf over",
            )
            continue
        if item.status == "private":
            report.counts["skipped:privé"] += 1
            report.action(
                item.title,
                item.link,
                "privé: niet overgenomen, want alles in de map van de site is openbaar. Mag het openbaar? "
                "Zet het dan zelf over",
            )
            continue
        unfinished = item.status in ("draft", "pending")
        if kind == "page" and (unfinished or item.status == "future"):
            report.counts["skipped:pagina's die nog concept waren"] += 1
            report.note(item.title, item.link, "pagina in concept: niet overgenomen (een pagina kent geen concept)")
            continue
        draft = unfinished or (kind == "event" and item.status == "future")
        if unfinished:
            report.note(item.title, item.link, "was een concept: overgenomen met draft: true")
        elif item.status == "future":
            what = "ingepland: verschijnt vanzelf op de datum" if kind == "column" else "ingepland: als concept"
            report.note(item.title, item.link, what)
        if item.sticky:
            report.note(item.title, item.link, "was vastgezet bovenaan; de site kent dat niet, dus genegeerd")
        yield Chosen(item, kind, draft)
    for post_type, count in sorted(other_types.items()):
        report.counts[f"skipped:soort '{post_type}'"] += count
        report.action(
            f"{count} item(s) van de soort '{post_type}'",
            "",
            "een soort bericht van een plug-in of thema dat de import niet kent: niet overgenomen",
        )

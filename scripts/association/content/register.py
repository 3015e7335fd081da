"""The register of what the site has published (``gepubliceerd.yml``, committed).

Calendar apps know an event by its UID, and visitors, search engines and feed readers know
a page by its address. Both must outlive a renamed file. The register remembers, for every
event that was ever published, its UID and every address it had, and the address of every
column; the build then

- fails when a published UID is gone (changed, or the event deleted instead of cancelled),
- fails when a published column's address is gone and no column claims it in ``aliases:``,
- leaves a redirect at every old address of a renamed event or column.

``association check`` adds what is new; the build only reads. Pure: text in, text out.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

import yaml

from .columns import Column
from .errors import ContentError
from .events import Event
from .frontmatter import FrontMatterError, load_mapping

HEADER = """\
# Wat de site heeft gepubliceerd: het webadres van elke column, en de vaste id (uid) van
# elke activiteit met elk webadres dat ze had. De bouw leest dit om te zorgen dat een
# hernoemd bestand geen nieuwe activiteit in agenda-apps wordt en dat oude adressen naar
# de nieuwe doorsturen. `association check` (make check) vult het aan: niet met de hand
# bewerken, wel meesturen met je wijziging.
"""


@dataclass(frozen=True)
class Register:
    columns: tuple[str, ...] = ()
    """Site paths of published columns (``columns/2017/warme-coalities/``)."""
    events: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """UID -> every site path the event had, oldest first."""
    lines: Mapping[str, int] = field(default_factory=dict)
    """Line of each entry in the file, for messages."""


@dataclass(frozen=True)
class Redirect:
    old: str
    """Site path that no longer has a page (``agenda/2017/oude-naam/``)."""
    new: str


def parse(path: str, text: str) -> tuple[Register, list[ContentError]]:
    try:
        data, _ = load_mapping(path, text)
    except FrontMatterError as exc:
        return Register(), [exc.error]
    lines = _entry_lines(text)
    columns = data.get("columns") or []
    events = data.get("events") or {}
    if not isinstance(columns, list) or not isinstance(events, dict):
        return Register(), [
            ContentError(
                path,
                None,
                None,
                "verwacht 'columns:' met een lijst en 'events:' met uid: [adressen]; "
                "herstel het bestand met association check",
            )
        ]
    return Register(
        columns=tuple(str(c) for c in columns),
        events={
            str(uid): tuple(str(u) for u in (urls if isinstance(urls, list) else [urls]))
            for uid, urls in events.items()
        },
        lines=lines,
    ), []


def _entry_lines(text: str) -> dict[str, int]:
    """The line of each column address (``- columns/...``) and each UID (``  uid:``)."""
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("- ") and not line.startswith(" "):
            lines.setdefault(stripped[2:].strip(), number)
        elif line.startswith("  ") and not stripped.startswith("-") and stripped.endswith(":"):
            lines.setdefault(stripped[:-1], number)
    return lines


def check(
    register: Register, path: str, columns: Sequence[Column], events: Sequence[Event], shown: Collection[str]
) -> tuple[list[ContentError], list[Redirect]]:
    """Problems (a published UID or column address that is gone) and the redirects to make.

    ``columns`` and ``events`` are every source, drafts and later dates included: one taken
    offline with ``draft: true`` still exists. ``shown`` holds the addresses this build
    publishes: a redirect only ever leads to one of them."""
    errors: list[ContentError] = []
    redirects: list[Redirect] = []
    by_uid = {e.uid: e for e in events if e.uid}
    for uid, urls in register.events.items():
        event = by_uid.get(uid)
        if event is None:
            errors.append(
                ContentError(
                    path,
                    register.lines.get(uid),
                    uid,
                    (
                        f"verwacht een activiteit met deze vaste id (ze stond op /{urls[-1]}), maar "
                        "geen activiteit heeft hem nog. "
                        "Is de uid in de kop veranderd? Zet hem terug. Gaat de activiteit niet door? "
                        "Zet dan status: cancelled; "
                        "agenda-apps van abonnees tonen haar dan als geannuleerd. Moet ze echt weg, "
                        "haal dan ook deze regel weg"
                    ),
                )
            )
            continue
        redirects.extend(Redirect(url, event.url) for url in urls if url != event.url and event.url in shown)
    claimed = {alias: c for c in columns for alias in c.aliases}
    current = {c.url for c in columns}
    for url in register.columns:
        if url in current:
            continue
        if url in claimed:
            if claimed[url].url in shown:
                redirects.append(Redirect(url, claimed[url].url))
            continue
        errors.append(
            ContentError(
                path,
                register.lines.get(url),
                None,
                (
                    f"verwacht een column op /{url} (die stond op de site), maar geen column heeft "
                    "dat adres nog. Hernoemd? "
                    f"Zet in de kop van de hernoemde column aliases: [/{url}], dan stuurt de site bezoekers door. "
                    "Moet de column echt weg, haal dan deze regel weg"
                ),
            )
        )
    return errors, redirects


def updated(register: Register, columns: Sequence[Column], events: Sequence[Event]) -> Register:
    """``register`` with every published column and event in it, and every event's current
    address appended (an old one stays, for its redirect)."""
    known_columns = list(register.columns)
    aliases = {a for c in columns for a in c.aliases}
    for column in columns:
        if column.url not in known_columns and column.url not in aliases:
            known_columns.append(column.url)
        # An old address a published column claims (a WordPress permalink) redirects from
        # now on: the register must know it, or the build makes no page there.
        known_columns += [a for a in column.aliases if a not in known_columns]
    known_events = {uid: list(urls) for uid, urls in register.events.items()}
    for event in events:
        if not event.uid:
            continue
        urls = known_events.setdefault(event.uid, [])
        if event.url not in urls:
            urls.append(event.url)
    return Register(columns=tuple(sorted(known_columns)), events={k: tuple(v) for k, v in sorted(known_events.items())})


def dump(register: Register) -> str:
    body = yaml.safe_dump(
        {"columns": list(register.columns), "events": {k: list(v) for k, v in register.events.items()}},
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=200,
    )
    return HEADER + body


def is_complete(register: Register, columns: Sequence[Column], events: Sequence[Event]) -> bool:
    """Whether the register already knows every published column and event address."""
    return dump(updated(register, columns, events)) == dump(register)

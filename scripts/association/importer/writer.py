"""Writing the new sources without ever overwriting: a file that is there and differs is a
conflict for the report; one that is there and equal is left alone (so a second run
changes nothing). The authors file and the register are added to, never rewritten."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..content import register
from ..content.authors import parse_authors
from ..content.limits import outside
from .report import ImportReport
from .sources import quoted

AUTHORS_HEADER = "# Auteurs: id, dan name (zoals boven een column), role, photo en bio.\n"


@dataclass(frozen=True)
class Planned:
    path: str
    """Repository path of the file."""
    text: str | None = None
    copy: Path | None = None
    title: str = ""
    old_url: str = ""
    other_form: str | None = None
    """``columns/x.md`` for ``columns/x/index.md`` and back: both would be the same column."""

    def content(self) -> bytes:
        if self.text is not None:
            return self.text.encode("utf-8")
        assert self.copy is not None
        return self.copy.read_bytes()


def write(planned: Sequence[Planned], root: Path, report: ImportReport, *, dry_run: bool) -> None:
    for item in planned:
        destination = root / item.path
        if _leaves(root, item.path):  # a name from the export is hostile input: "../" never writes outside
            report.action(
                item.title,
                item.old_url,
                f"{item.path} ligt buiten de map van de site: niets geschreven",
                item.path,
            )
            continue
        if item.other_form and (root / item.other_form).exists():
            report.action(
                item.title,
                item.old_url,
                f"{item.other_form} bestaat al (dezelfde tekst in de andere vorm): niets geschreven; "
                "verwijder een van beide",
                item.path,
            )
            continue
        content = item.content()
        if destination.exists():
            if destination.is_file() and destination.read_bytes() == content:
                report.unchanged.append(item.path)
            else:
                report.action(
                    item.title,
                    item.old_url,
                    f"{item.path} bestaat al en is anders: niet overschreven; vergelijk en kies zelf",
                    item.path,
                )
            continue
        report.written.append(item.path)
        if not dry_run:
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(content)


def _leaves(root: Path, path: str) -> bool:
    """Whether ``path`` is absolute, climbs out with ``..``, or goes through a symbolic link
    to somewhere outside ``root``."""
    return Path(path).is_absolute() or ".." in Path(path).parts or outside(root, str(root / path))


def authors_text(existing: str | None, path: str, needed: Mapping[str, str], report: ImportReport) -> str | None:
    """The authors file with every needed ``id -> display name`` appended that it lacks;
    None when nothing is missing."""
    known: set[str] = set()
    if existing is not None:
        authors, _ = parse_authors(path, existing)
        known = set(authors) | _ids(existing)
    missing = {k: v for k, v in needed.items() if k not in known}
    if not missing:
        return None
    report.counts["authors"] += len(missing)
    text = existing if existing is not None else AUTHORS_HEADER
    if text and not text.endswith("\n"):
        text += "\n"
    for author_id, name in sorted(missing.items()):
        text += f"{author_id}:\n  name: {quoted(name)}\n"
    return text


def _ids(text: str) -> set[str]:
    return {line.split(":", 1)[0].strip() for line in text.splitlines() if line and line[0].isalnum() and ":" in line}


def register_text(
    existing: str | None, path: str, columns: Sequence[str], events: Mapping[str, Sequence[str]]
) -> str | None:
    """The register with the new column addresses (and their old ones) and each event's
    uid with its addresses, old ones first; None when it already has them all."""
    current, _ = register.parse(path, existing) if existing is not None else (register.Register(), [])
    known = list(current.columns)
    for url in columns:
        if url not in known:
            known.append(url)
    known_events = {uid: list(urls) for uid, urls in current.events.items()}
    for uid, urls in events.items():
        listed = known_events.setdefault(uid, [])
        for url in urls:
            if url not in listed:
                listed.append(url)
    text = register.dump(
        register.Register(columns=tuple(sorted(known)), events={k: tuple(v) for k, v in sorted(known_events.items())})
    )
    unchanged = existing is not None and text == register.dump(
        register.Register(columns=tuple(sorted(current.columns)), events=dict(sorted(current.events.items())))
    )
    return None if unchanged else text

"""What an import did, and what a person still has to do, in Dutch."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import Enum


class Need(str, Enum):
    """How much a finding asks of a person."""

    ACTION = "action"
    """Something was not converted or not written: someone must look (exit 1)."""
    NOTE = "note"
    """Done on purpose, worth knowing (a sticky post, a draft kept as draft)."""


@dataclass(frozen=True)
class Finding:
    need: Need
    title: str
    """The WordPress item's title (or the file's name)."""
    old_url: str
    what: str
    file: str = ""
    """The file written for the item, when there is one."""


@dataclass
class ImportReport:
    counts: Counter[str] = field(default_factory=Counter)
    """Per kind: ``columns``, ``events``, ``pages``, ``media``, ``authors``, ``archives``
    (old archive addresses that redirect), and ``skipped:<why>``."""
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def action(self, title: str, old_url: str, what: str, file: str = "") -> None:
        self.findings.append(Finding(Need.ACTION, title, old_url, what, file))

    def note(self, title: str, old_url: str, what: str, file: str = "") -> None:
        self.findings.append(Finding(Need.NOTE, title, old_url, what, file))

    @property
    def needs_person(self) -> bool:
        return any(f.need is Need.ACTION for f in self.findings)

    def render(self, *, dry_run: bool = False) -> str:
        lines = ["Import uit WordPress" + (" (proefrun: niets geschreven)" if dry_run else ""), ""]
        kinds = {
            "columns": "columns",
            "events": "activiteiten",
            "pages": "pagina's",
            "media": "bestanden gekopieerd",
            "authors": "nieuwe auteurs",
            "archives": "archiefadressen doorgestuurd",
        }
        for key, label in kinds.items():
            lines.append(f"  {self.counts.get(key, 0):5}  {label}")
        for key in sorted(k for k in self.counts if k.startswith("skipped:")):
            lines.append(f"  {self.counts[key]:5}  niet overgenomen: {key.removeprefix('skipped:')}")
        lines.append(f"  {len(self.written):5}  bestanden geschreven, {len(self.unchanged)} al aanwezig en gelijk")
        actions = [f for f in self.findings if f.need is Need.ACTION]
        notes = [f for f in self.findings if f.need is Need.NOTE]
        if actions:
            lines += ["", f"Moet iemand naar kijken ({len(actions)} punten):"]
            lines += _listed(actions)
        if notes:
            lines += ["", f"Goed om te weten ({len(notes)} punten):"]
            lines += _listed(notes)
        lines.append("")
        if actions:
            lines.append("Los de punten hierboven op, voer daarna make check uit en bekijk de site met make serve.")
        else:
            lines.append("Alles is overgezet. Voer make check uit en bekijk de site met make serve.")
        return "\n".join(lines) + "\n"


def _listed(findings: list[Finding]) -> list[str]:
    """One heading per item (title, old address, new file), then everything about it."""
    grouped: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        grouped.setdefault((f.title, f.old_url), []).append(f)
    lines = []
    for (title, old_url), items in grouped.items():
        file = next((f.file for f in items if f.file), "")
        where = f" -> {file}" if file else ""
        lines.append(f"  - {title or '(zonder titel)'} ({old_url or 'geen oud adres'}){where}")
        lines += [f"      {f.what}" for f in items]
    return lines

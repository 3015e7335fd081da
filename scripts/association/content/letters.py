"""Which newsletter issue came last (``nieuwsbrief.yml``, committed): its number and the day
it was made, so the next issue starts from there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import yaml

HEADER = """\
# De vorige nieuwsbrief: `association nieuwsbrief` (make nieuwsbrief) begint de volgende
# bij deze datum en telt het nummer door. Niet met de hand bewerken; wel meesturen.
"""


@dataclass(frozen=True)
class Sent:
    number: int
    year: int
    date: date


def read(text: str) -> Sent | None:
    data = yaml.safe_load(text) if text.strip() else None
    if not isinstance(data, dict) or not isinstance(data.get("vorige"), dict):
        return None
    last = data["vorige"]
    day = last.get("datum")
    if not isinstance(day, date):
        day = date.fromisoformat(str(day))
    return Sent(int(last["nummer"]), int(last["jaar"]), day)


def next_number(previous: Sent | None, year: int) -> int:
    """Numbered per year: the first issue of a new year is number 1."""
    return previous.number + 1 if previous is not None and previous.year == year else 1


def dump(sent: Sent) -> str:
    return HEADER + yaml.safe_dump(
        {"vorige": {"nummer": sent.number, "jaar": sent.year, "datum": sent.date.isoformat()}}, sort_keys=False
    )

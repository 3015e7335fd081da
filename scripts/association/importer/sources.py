"""The text of each new source: a kop (front matter) in our fields, then the Markdown.

Every string goes out double-quoted (JSON's quoting is valid YAML), so a title like
``yes``, ``1:2`` or ``"; rm`` stays the text it was; lists are JSON arrays.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from ..content.dates import Moment
from ..content.scaffold import moment_text
from ..content.scaffold import quoted as json_quoted

_NOT_PRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def quoted(text: str) -> str:
    """A YAML double-quoted string that YAML's reader accepts whatever is in it: the
    characters it refuses or reads as line ends are written as escapes."""
    return _NOT_PRINTABLE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", json_quoted(text))


Value = str | bool | int | Decimal | date | datetime | Sequence[str] | Mapping[str, str] | None


def kop(fields: Sequence[tuple[str, Value]]) -> str:
    """``---``, one line per field that has a value (a mapping as an indented block), ``---``."""
    lines = ["---"]
    for name, value in fields:
        if value is None or value == "" or (isinstance(value, (list, tuple)) and not value):
            continue
        if isinstance(value, Mapping):
            block = {k: v for k, v in value.items() if v}
            if block:
                lines.append(f"{name}:")
                lines += [f"  {k}: {quoted(v)}" for k, v in block.items()]
            continue
        lines.append(f"{name}: {_scalar(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def _scalar(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, Decimal)):
        return str(value)
    if isinstance(value, (date, datetime)):
        return moment_text(value)
    if isinstance(value, str):
        return quoted(value)
    assert isinstance(value, (list, tuple))
    return "[" + ", ".join(quoted(v) for v in value) + "]"


@dataclass(frozen=True)
class ColumnFields:
    title: str
    date: Moment
    author: str
    category: str
    tags: tuple[str, ...]
    summary: str
    image: str
    image_alt: str
    draft: bool
    aliases: tuple[str, ...]


def column(f: ColumnFields, body: str) -> str:
    return (
        kop(
            [
                ("title", f.title),
                ("date", f.date),
                ("author", f.author),
                ("category", f.category),
                ("tags", list(f.tags)),
                ("summary", f.summary),
                ("image", f.image),
                ("image_alt", f.image_alt if f.image else ""),
                ("draft", True if f.draft else None),
                ("aliases", ["/" + a for a in f.aliases]),
            ]
        )
        + "\n"
        + body
    )


@dataclass(frozen=True)
class EventSource:
    title: str
    start: Moment
    end: Moment | None
    timezone: str | None
    category: str
    location: Mapping[str, str]
    online: str
    cost: str
    organizer: str
    status: str
    updated: Moment | None
    summary: str
    image: str
    image_alt: str
    uid: str
    draft: bool


def event(f: EventSource, body: str) -> str:
    cost: Value = f.cost
    if f.cost.replace(".", "", 1).isdigit():
        cost = Decimal(f.cost)
    return (
        kop(
            [
                ("title", f.title),
                ("start", f.start),
                ("end", f.end),
                ("timezone", f.timezone),
                ("category", f.category),
                ("location", f.location),
                ("online", f.online),
                ("cost", cost),
                ("organizer", f.organizer),
                ("status", f.status if f.status != "scheduled" else None),
                ("updated", f.updated),
                ("summary", f.summary),
                ("image", f.image),
                ("image_alt", f.image_alt if f.image else ""),
                ("uid", f.uid),
                ("draft", True if f.draft else None),
            ]
        )
        + "\n"
        + body
    )


def page(title: str, heading: str, body: str) -> str:
    """A page in docs/: its title, and the title again as the page's heading."""
    return kop([("title", title)]) + f"\n# {heading}\n\n" + body

"""Koers documents: the association's multi-year strategy, with period, status and adoption.

They are ordinary pages in ``docs/koers/``; this module only reads and checks their front
matter so the page can show the period, a status badge, the adoption and, for a superseded
one, a banner pointing at the document that replaced it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from . import fields, schema
from .collect import Collector
from .dates import day_of, parse_moment
from .errors import ContentError, FieldError
from .frontmatter import FrontMatter
from .settings import ContentSettings

KOERS_FIELDS = schema.names(schema.KOERS)
_REQUIRED = schema.required_texts(schema.KOERS)
PASSTHROUGH_FIELDS = ("description", "hide", "search", "template")

_PERIOD = re.compile(r"^(\d{4})\s*(?:[-–]\s*(\d{4})?)?$")


class KoersStatus(str, Enum):
    DRAFT = "draft"
    ADOPTED = "adopted"
    SUPERSEDED = "superseded"


@dataclass(frozen=True)
class Adoption:
    date: date | None
    """None when the association's records give no date: the page then names only who."""
    body: str
    """Who adopted it, e.g. ``algemene ledenvergadering``."""


@dataclass(frozen=True)
class Koers:
    path: str
    """Path inside docs/, e.g. ``koers/koers-2021.md``: MkDocs' src_uri."""
    title: str
    start: int
    end: int | None
    """None: open-ended ("2021 en verder")."""
    status: KoersStatus
    summary: str = ""
    adopted: Adoption | None = None
    superseded_by: str | None = None
    """Path inside docs/ of the document that replaced this one."""

    @property
    def period(self) -> str:
        return f"{self.start}–{self.end}" if self.end else f"vanaf {self.start}"


def _period(value: object) -> tuple[int, int | None]:
    text = str(value).strip() if isinstance(value, (str, int)) else ""
    match = _PERIOD.match(text)
    if not match:
        raise FieldError("een periode zoals 2021-2025, of 2021- voor '2021 en verder'", value)
    start, end = int(match.group(1)), int(match.group(2)) if match.group(2) else None
    if end is not None and end < start:
        raise FieldError("een eindjaar op of na het beginjaar", value)
    return start, end


def _adoption(value: object, settings: ContentSettings) -> Adoption:
    if not isinstance(value, dict) or value.get("body") is None:
        raise FieldError(
            "wie de koers vaststelde en zo mogelijk wanneer, bijvoorbeeld adopted: "
            "{date: 2021-06-24, body: algemene ledenvergadering}",
            value,
        )
    when = day_of(parse_moment(value["date"], settings.timezone)) if value.get("date") is not None else None
    return Adoption(when, fields.text(value.get("body"), what="wie vaststelde (body)"))


def parse_koers(
    front: FrontMatter, path: str, docs_path: str, settings: ContentSettings
) -> tuple[Koers | None, list[ContentError]]:
    """``path`` is for messages (docs/koers/x.md); ``docs_path`` is the path inside docs/."""
    c = Collector(front, path)
    c.reject_unknown(KOERS_FIELDS, PASSTHROUGH_FIELDS)
    c.field("title", fields.text, required=_REQUIRED["title"])
    c.field("period", _period, required=_REQUIRED["period"])
    c.field(
        "status",
        lambda v: KoersStatus(fields.choice(v, [s.value for s in KoersStatus], what="een status")),
        required=_REQUIRED["status"],
    )
    c.field("adopted", lambda v: _adoption(v, settings))
    c.field("superseded_by", lambda v: fields.text(v).lstrip("/"))
    c.field("summary", fields.text)
    status = c.values.get("status")
    if (
        status in (KoersStatus.ADOPTED, KoersStatus.SUPERSEDED)
        and "adopted" not in c.values
        and "adopted" not in front.data
    ):
        c.error(
            "adopted",
            "verwacht bij een vastgestelde koers de datum en wie hem vaststelde (adopted: "
            "{body: ..., date: ...}), maar het veld ontbreekt",
            at="status",
        )
    if status is KoersStatus.SUPERSEDED and "superseded_by" not in c.values and "superseded_by" not in front.data:
        c.error(
            "superseded_by",
            "verwacht bij status superseded het document dat deze koers vervangt, maar het veld ontbreekt",
            at="status",
        )
    if c.errors:
        return None, c.errors
    start, end = c.values["period"]
    return Koers(
        path=docs_path,
        title=c.values["title"],
        start=start,
        end=end,
        status=c.values["status"],
        summary=c.values.get("summary", ""),
        adopted=c.values.get("adopted"),
        superseded_by=c.values.get("superseded_by"),
    ), []


def check_links(documents: Sequence[Koers], path_of: dict[str, str]) -> list[ContentError]:
    """``superseded_by`` must name another koers document."""
    known = {k.path for k in documents}
    errors = []
    for koers in documents:
        if koers.superseded_by and koers.superseded_by not in known:
            errors.append(
                ContentError(
                    path_of[koers.path],
                    None,
                    "superseded_by",
                    f"verwacht een koersdocument in docs/ (een van {', '.join(sorted(known))}), "
                    f"gevonden '{koers.superseded_by}'",
                )
            )
    return errors


def ordered(documents: Sequence[Koers]) -> list[Koers]:
    """Adopted first (newest period first), then drafts, then superseded ones, newest first."""
    rank = {KoersStatus.ADOPTED: 0, KoersStatus.DRAFT: 1, KoersStatus.SUPERSEDED: 2}
    return sorted(documents, key=lambda k: (rank[k.status], -k.start, k.title))

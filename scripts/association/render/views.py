"""Typed view models: what each page template is given, one frozen class per template.

``render/`` builds them (the planners ``column_plan.py``, ``event_plan.py``, ``site_plan.py``); the adapter
hands a view's fields to its template as variables of the same names (``View.context``),
so the names a template may use are exactly the fields below, with their types. States
are enums that templates test with ``is`` (``registration.state is open``: the tests are
in ``adapter/filters.py``); URLs come from ``site_urls`` and the URL filters, never from
literals in a template.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from typing import ClassVar

from ..content.columns import Column
from ..content.events import Event
from ..content.koers import Koers
from ..content.occurrences import Occurrence
from ..content.publishing import State
from .agenda import MonthGrid, MonthGroup
from .calendar_links import SubscribeLinks
from .listings import Archive, Listing
from .registration import Registration


class View:
    """A template's variables, by name; ``template`` is the one template that reads them."""

    template: ClassVar[str]

    def context(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}  # type: ignore[arg-type]  # every View is a dataclass


@dataclass(frozen=True)
class ColumnView(View):
    """A column's own page."""

    template = "association/column.html"

    column: Column
    column_state: State
    column_older: Column | None
    column_newer: Column | None


@dataclass(frozen=True)
class ListingView(View):
    """One page of columns."""

    template = "association/column-list.html"

    listing: Listing
    column_states: Mapping[str, State]
    """Every column's state by URL, for the preview's badges."""


@dataclass(frozen=True)
class ArchiveView(View):
    """Every column by year, category, author and tag."""

    template = "association/column-archive.html"

    archive: Archive


@dataclass(frozen=True)
class EventView(View):
    """An event's own page."""

    template = "association/event.html"

    event: Event
    occurrences: Sequence[Occurrence]
    occurrence: Occurrence
    """The one shown at the top: the next, or the last when all are past."""
    event_is_past: bool
    event_ends: datetime
    registration: Registration
    event_ics: str
    event_google: str
    event_outlook: str
    event_map: str | None
    event_state: State


@dataclass(frozen=True)
class FollowView(View):
    """The page that explains RSS and lists every feed (the feeds come from the globals)."""

    template = "association/feeds.html"


class AgendaKind(StrEnum):
    """Which list an agenda page shows; templates ask ``agenda_kind is past``."""

    UPCOMING = "upcoming"
    PAST = "past"
    CATEGORY = "category"


@dataclass(frozen=True)
class AgendaView(View):
    """Upcoming, the archive, or one category (both)."""

    template = "association/agenda.html"

    agenda_kind: AgendaKind
    agenda_groups: Sequence[MonthGroup]
    agenda_months: tuple[date, ...]
    agenda_categories: tuple[tuple[str, str], ...]
    """(name, URL) of every category's page."""
    agenda_subscribe: SubscribeLinks | None = None
    agenda_past_groups: Sequence[MonthGroup] = ()


@dataclass(frozen=True)
class MonthView(View):
    """One month of the agenda as a calendar grid."""

    template = "association/agenda-month.html"

    month: MonthGrid


@dataclass(frozen=True)
class KoersListView(View):
    """The koers documents, adopted first (``koers.ordered``)."""

    template = "association/koers-list.html"

    koers_documents: tuple[Koers, ...]
    koers_lead: str
    """The opening line, naming only the kinds of document present (``dutch.koers_lead``)."""


@dataclass(frozen=True)
class KoersView(View):
    """A koers document's own page in docs/."""

    template = "association/koers.html"

    koers: Koers
    koers_successor: Koers | None

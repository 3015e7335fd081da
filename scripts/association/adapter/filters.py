"""Jinja filters for the package's templates: Dutch formatting and the site's URL scheme.

Templates get URLs from the same functions the page plan uses, so a URL is defined once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from markupsafe import Markup
from mkdocs.structure.files import Files

from ..content.columns import Column
from ..content.events import Status
from ..content.koers import KoersStatus
from ..content.publishing import State
from ..render import agenda, dutch, listings
from ..render.listings import ListingKind
from ..render.registration import RegistrationState
from ..render.site_plan import SitePlan
from ..render.site_urls import URLS
from ..render.views import AgendaKind


def column_time(column: Column) -> Markup:
    """``<time datetime="2017-02">februari 2017</time>``, or plain text when the date is unknown."""
    machine = dutch.column_iso(column)
    text = dutch.column_date(column)
    return Markup(f'<time datetime="{machine}">{text}</time>' if machine else f'<span class="av-date">{text}</span>')


def template_tests() -> dict[str, Callable[[object], bool]]:
    """Jinja tests for states and kinds, so that templates ask ``occ.status is cancelled``
    instead of comparing enum strings: ``cancelled``, ``postponed`` (events), ``adopted``,
    ``superseded`` (koers), ``draft`` (a column, an event or a koers), ``scheduled`` (a column
    dated later); ``open``, ``full``, ``closed`` (a registration); ``upcoming``, ``past``,
    ``category`` (an agenda page); ``index``, ``author`` (a column listing)."""
    return {
        "open": lambda value: value is RegistrationState.OPEN,
        "full": lambda value: value is RegistrationState.FULL,
        "closed": lambda value: value is RegistrationState.CLOSED,
        "upcoming": lambda value: value is AgendaKind.UPCOMING,
        "past": lambda value: value is AgendaKind.PAST,
        "category": lambda value: value is AgendaKind.CATEGORY,
        "index": lambda value: value is ListingKind.INDEX,
        "author": lambda value: value is ListingKind.AUTHOR,
        "cancelled": lambda value: value is Status.CANCELLED,
        "postponed": lambda value: value is Status.POSTPONED,
        "adopted": lambda value: value is KoersStatus.ADOPTED,
        "superseded": lambda value: value is KoersStatus.SUPERSEDED,
        "draft": lambda value: value in (State.DRAFT, KoersStatus.DRAFT),
        "scheduled": lambda value: value is State.SCHEDULED,
    }


def template_filters(tz: ZoneInfo, files: Files) -> dict[str, Callable[..., Any]]:
    """All filters; times are shown in the site's zone ``tz``."""

    def local_day(moment: date | datetime) -> date:
        return moment.astimezone(tz).date() if isinstance(moment, datetime) else moment

    def docs_url(path: str) -> str:
        file = files.get_file_from_path(path)
        if file is None:  # pragma: no cover - koers links are checked by the loader
            raise ValueError(f"no page for {path}")
        return file.url

    return {
        "nl_date": dutch.long_date,
        "column_time": column_time,
        "koers_label": dutch.koers_label,
        "nl_weekday_date": dutch.weekday_date,
        "nl_date_time": dutch.long_date_time,
        "nl_file_size": dutch.file_size,
        "nl_reading_time": dutch.reading_time,
        "nl_file_type": dutch.file_type,
        "iso": dutch.iso,
        "category_url": listings.category_url,
        "author_url": listings.author_url,
        "tag_url": listings.tag_url,
        "nl_when": lambda occ: dutch.when(occ.start, occ.end, tz, occ.event.time_note),
        "nl_short_when": lambda occ: dutch.short_when(occ.start, occ.end, tz, occ.event.time_note),
        "nl_month_year": dutch.month_year,
        "nl_day_month": lambda moment: dutch.day_month(local_day(moment)),
        "nl_weekday_short": dutch.weekday_short,
        "nl_weekday_name": dutch.weekday_name,
        "money": dutch.money,
        "agenda_category_url": agenda.category_url,
        "month_url": lambda first: agenda.month_url(first.year, first.month),
        "docs_url": docs_url,
    }


def template_globals(plan: SitePlan) -> dict[str, object]:
    """The same for every page and theme template (the 404 too): the home blocks, what the
    footer may link to, and the fixed section addresses."""
    return {
        "agenda_home": plan.home_upcoming,
        "columns_home": plan.home_columns,
        "association_feeds": plan.feeds,
        "association_has_agenda": plan.has_agenda,
        "association_urls": URLS,
    }

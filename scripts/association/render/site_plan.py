"""Everything a build makes from the content, planned at once: the pages, the calendars,
the feeds and what the home page and the footer show. Pure: the adapter turns the plan into
MkDocs files (``adapter/site_files.py``) and hands the rest to the templates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from ..content import publishing
from ..content.columns import Column
from ..content.koers import Koers
from ..content.loader import Content
from ..content.occurrences import Occurrence
from ..content.settings import ContentSettings
from . import dutch, feeds
from .column_plan import plan_columns
from .event_plan import AgendaSettings, PlannedCalendar, plan_events
from .planned import PlannedPage
from .site_urls import FOLLOW, KOERS
from .views import FollowView, KoersListView


@dataclass(frozen=True)
class SitePlan:
    pages: tuple[PlannedPage, ...]
    calendars: tuple[PlannedCalendar, ...]
    feeds: tuple[feeds.Feed, ...]
    feed_columns: dict[str, Column]
    """The columns the feeds carry, by URL (their bodies are kept while pages render)."""
    koers: dict[str, Koers]
    """Koers documents by their path in docs/."""
    home_columns: tuple[Column, ...]
    home_upcoming: tuple[Occurrence, ...]
    has_agenda: bool


def plan_site(
    content: Content,
    now: datetime,
    settings: ContentSettings,
    agenda: AgendaSettings,
    feed: feeds.FeedInfo,
    per_page: int,
    *,
    preview: bool,
) -> SitePlan:
    """``preview``: the ``serve`` build, which also shows drafts and columns dated later."""
    states = {c.url: publishing.state(c, now, settings) for c in content.columns}
    shown = publishing.visible(content.columns, now, settings, preview=preview)
    pages = plan_columns(shown, states, per_page)
    published = publishing.visible(content.columns, now, settings, preview=False)
    site_feeds = feeds.feeds_for(published, feed.rss_path, feed.atom_path, feed.title)
    if site_feeds:
        pages.append(follow_page())
    if content.koers:
        pages.append(koers_index(content.koers, feed.title))
    # The agenda even before the first event: the home page, the nav and the footer point to
    # it, and a subscription made today shows the first event when it comes.
    events, drafts = publishing.visible_events(content.events, preview=preview)
    agenda_plan = plan_events(events, now, agenda, preview_only=drafts)
    pages += agenda_plan.pages
    return SitePlan(
        pages=tuple(pages),
        calendars=tuple(agenda_plan.calendars),
        feeds=tuple(site_feeds),
        feed_columns={c.url: c for f in site_feeds for c in f.newest(feed.limit)},
        koers={k.path: k for k in content.koers},
        home_columns=tuple(published[:3]),
        home_upcoming=agenda_plan.home_upcoming,
        has_agenda=True,
    )


def follow_page() -> PlannedPage:
    """The Dutch page that explains RSS and lists every feed."""
    return PlannedPage(
        url=FOLLOW,
        title="Volgen via RSS",
        description="Nieuwe columns en nieuws automatisch binnenkrijgen in je feedlezer.",
        view=FollowView(),
    )


def koers_index(documents: Sequence[Koers], site_name: str) -> PlannedPage:
    """The index of the koers documents (adopted first: ``koers.ordered``), in the menu."""
    return PlannedPage(
        url=KOERS,
        title="Koers",
        description=f"De koers van {site_name}: waar de vereniging de komende jaren voor staat.",
        view=KoersListView(tuple(documents), dutch.koers_lead(documents, site_name)),
        in_nav=True,
    )

"""The agenda's pages and calendar files, planned from events and the build's "now"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote_plus
from zoneinfo import ZoneInfo

from ..content.events import Event
from ..content.occurrences import Occurrence, expand
from ..content.publishing import State
from . import agenda, calendar_links, dutch, ical
from .planned import PlannedPage, bundle_assets
from .registration import registration
from .views import AgendaKind, AgendaView, EventView, MonthView


@dataclass(frozen=True)
class AgendaSettings:
    site_url: str
    """Absolute, ending in /. Under ``mkdocs serve`` this is localhost: fine for links,
    which is why UIDs never use it."""
    calendar: ical.CalendarInfo
    timezone: ZoneInfo
    past_days: int = 180
    home_count: int = 3


@dataclass(frozen=True)
class PlannedCalendar:
    """An .ics file: which events, under which name. Rendered (``ical.Calendars``) when the
    adapter writes the file, so a site's calendars are never all in memory at once."""

    url: str
    events: tuple[Event, ...]
    info: ical.CalendarInfo


@dataclass(frozen=True)
class AgendaPlan:
    pages: list[PlannedPage]
    calendars: list[PlannedCalendar]
    home_upcoming: tuple[Occurrence, ...]


def plan_events(
    events: Sequence[Event], now: datetime, settings: AgendaSettings, *, preview_only: set[str]
) -> AgendaPlan:
    """Pages and .ics files for ``events`` (already filtered to what may be shown)."""
    tz = settings.timezone
    series = {e.url: expand(e, now) for e in events}
    last_end = {url: max(o.ends_at() for o in occurrences) for url, occurrences in series.items()}
    every = [o for e in events for o in series[e.url]]
    coming = agenda.upcoming(every, now)
    gone = agenda.past(every, now)
    site = settings.site_url
    subscription = calendar_links.subscribe(site + agenda.SUBSCRIPTION, settings.calendar.name)
    categories = sorted({e.category for e in events})
    grids = agenda.month_grids(every, tz)
    months = tuple(g.first for g in grids)
    category_links = tuple((c, agenda.category_url(c)) for c in categories)

    pages: list[PlannedPage] = []
    calendars: list[PlannedCalendar] = []
    for event in events:
        occurrences = series[event.url]
        upcoming = [o for o in occurrences if o.ends_at() > now]
        shown = upcoming[0] if upcoming else occurrences[-1]
        ics_url = agenda.event_ics(event.url, event.slug)
        details = f"{event.summary}\n\n{site}{event.url}".strip()
        place = event.location.one_line if event.location else (event.online or "")
        pages.append(
            PlannedPage(
                url=event.url,
                title=event.title,
                description=event.summary,
                view=EventView(
                    event=event,
                    occurrences=occurrences,
                    occurrence=shown,
                    event_is_past=not upcoming,
                    event_ends=last_end[event.url],
                    registration=registration(event, last_end[event.url], now),
                    event_ics=ics_url,
                    event_google=calendar_links.google(shown, details, place),
                    event_outlook=calendar_links.outlook(shown, details, place),
                    event_map=f"https://www.openstreetmap.org/search?query={quote_plus(event.location.one_line)}"
                    if event.location and (event.location.address or event.location.city)
                    else None,
                    event_state=State.DRAFT if event.url in preview_only else State.PUBLISHED,
                ),
                source=event.source,
                assets=bundle_assets(event.source, event.url),
                preview_only=event.url in preview_only,
                section=agenda.AGENDA,
            )
        )
        calendars.append(PlannedCalendar(ics_url, (event,), settings.calendar))

    window = now - timedelta(days=settings.past_days)
    in_window = [e for e in events if last_end[e.url] >= window and e.url not in preview_only]
    window_urls = {e.url for e in in_window}
    calendars.append(PlannedCalendar(agenda.SUBSCRIPTION, tuple(in_window), settings.calendar))

    pages.append(
        PlannedPage(
            url=agenda.AGENDA,
            title="Agenda",
            description="Wat er gepland staat, per maand.",
            view=AgendaView(
                agenda_kind=AgendaKind.UPCOMING,
                agenda_groups=agenda.by_month(coming, tz),
                agenda_months=months,
                agenda_categories=category_links,
                agenda_subscribe=subscription,
            ),
            in_nav=True,
            section=agenda.AGENDA,
        )
    )
    pages.append(
        PlannedPage(
            url=agenda.ARCHIVE,
            title="Archief van de agenda",
            description="Activiteiten die al geweest zijn, de laatste eerst.",
            view=AgendaView(AgendaKind.PAST, agenda.by_month(gone, tz), months, category_links),
            section=agenda.AGENDA,
        )
    )
    for category in categories:
        members = [e for e in events if e.category == category]
        ics = agenda.category_ics(category)
        calendar_info = ical.CalendarInfo(
            name=f"{settings.calendar.name}: {category}",
            description=settings.calendar.description,
            site_url=site,
            uid_domain=settings.calendar.uid_domain,
            timezone=tz,
            refresh=settings.calendar.refresh,
        )
        calendars.append(PlannedCalendar(ics, tuple(e for e in members if e.url in window_urls), calendar_info))
        pages.append(
            PlannedPage(
                url=agenda.category_url(category),
                title=category,
                description=f"Alle activiteiten van de soort {category}.",
                view=AgendaView(
                    agenda_kind=AgendaKind.CATEGORY,
                    agenda_groups=agenda.by_month([o for o in coming if o.event.category == category], tz),
                    agenda_months=months,
                    agenda_categories=category_links,
                    agenda_subscribe=calendar_links.subscribe(site + ics, calendar_info.name),
                    agenda_past_groups=agenda.by_month([o for o in gone if o.event.category == category], tz),
                ),
                section=agenda.AGENDA,
            )
        )
    for grid in grids:
        pages.append(
            PlannedPage(
                url=grid.url,
                title=f"Agenda {dutch.month_year(grid.first)}",
                view=MonthView(grid),
                section=agenda.AGENDA,
            )
        )
    return AgendaPlan(pages, calendars, tuple(coming[: settings.home_count]))

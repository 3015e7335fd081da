"""The agenda's plan: each event's page and view, the agenda's own pages, and what each calendar holds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

from association.content.publishing import State
from association.render import ical
from association.render.event_plan import AgendaPlan, AgendaSettings, plan_events
from association.render.planned import PlannedPage
from association.render.registration import RegistrationState
from association.render.views import AgendaKind, AgendaView, EventView, MonthView
from support.made import event

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
SITE = "https://www.example.org/"
INFO = ical.CalendarInfo("Agenda", "Activiteiten", SITE, "example.org", AMS)
SETTINGS = AgendaSettings(site_url=SITE, calendar=INFO, timezone=AMS, past_days=180)


def pages(plan: AgendaPlan) -> dict[str, PlannedPage]:
    return {p.url: p for p in plan.pages}


def event_view(plan: AgendaPlan, url: str) -> EventView:
    view = pages(plan)[url].view
    assert isinstance(view, EventView)
    return view


def test_plan_events_makes_pages_month_grids_and_calendars_with_the_subscription_window():
    events = [
        event("2026-02-01-oud", start="2026-02-01 14:00"),
        event("2026-10-01-recent", start="2026-10-01 14:00"),
        event("2026-12-10-komend", start="2026-12-10 14:00"),
    ]
    plan = plan_events(events, NOW, SETTINGS, preview_only=set())
    urls = {p.url for p in plan.pages}
    assert {"agenda/", "agenda/archief/", "agenda/2026/komend/", "agenda/2026/02/", "agenda/2026/12/"} <= urls
    calendars = {c.url: [e.title for e in c.events] for c in plan.calendars}
    assert calendars["agenda.ics"] == ["Recent", "Komend"]  # Oud ended more than 180 days ago
    assert calendars["agenda/categorie/webinar.ics"] == ["Recent", "Komend"]
    assert [o.event.title for o in plan.home_upcoming] == ["Komend"]
    assert NOW - timedelta(days=180) > datetime(2026, 2, 1, tzinfo=AMS)


def test_every_event_has_its_own_calendar_file_beside_its_page_whatever_its_age():
    events = [event("2020-01-01-heel-oud", start="2020-01-01 10:00"), event("2026-12-10-komend", start="2026-12-10")]
    plan = plan_events(events, NOW, SETTINGS, preview_only=set())
    own = {c.url: c for c in plan.calendars if len(c.events) == 1 and c.url.endswith(f"{c.events[0].slug}.ics")}
    assert set(own) == {"agenda/2020/heel-oud/heel-oud.ics", "agenda/2026/komend/komend.ics"}
    assert all(c.info is INFO for c in own.values())
    assert event_view(plan, "agenda/2020/heel-oud/").event_ics == "agenda/2020/heel-oud/heel-oud.ics"


def test_an_event_page_shows_the_next_date_of_a_series_and_its_last_end():
    series = event(
        "2026-11-05-spreekuur",
        start="2026-11-05 16:00",
        end="2026-11-05 17:00",
        recurrence="FREQ=WEEKLY;COUNT=4",
    )
    plan = plan_events([series], NOW, SETTINGS, preview_only=set())
    view = event_view(plan, series.url)
    assert [o.start.day for o in view.occurrences] == [5, 12, 19, 26]
    assert view.occurrence.start == datetime(2026, 11, 26, 16, 0, tzinfo=AMS)  # 19 November is over on the 23rd
    assert not view.event_is_past
    assert view.event_ends == datetime(2026, 11, 26, 17, 0, tzinfo=AMS)
    assert view.registration.state is RegistrationState.NONE


def test_when_every_date_is_over_the_page_shows_the_last_one_as_past():
    series = event(
        "2026-01-06-cursus", start="2026-01-06 19:00", end="2026-01-06 21:00", recurrence="FREQ=WEEKLY;COUNT=3"
    )
    view = event_view(plan_events([series], NOW, SETTINGS, preview_only=set()), series.url)
    assert view.event_is_past and view.occurrence.start == datetime(2026, 1, 20, 19, 0, tzinfo=AMS)


def test_the_registration_is_decided_against_the_last_end_of_the_series():
    series = event(
        "2026-11-03-training",
        start="2026-11-03 19:00",
        end="2026-11-03 21:00",
        recurrence="FREQ=WEEKLY;COUNT=6",
        registration={"url": "https://www.example.org/aanmelden"},
    )
    view = event_view(plan_events([series], NOW, SETTINGS, preview_only=set()), series.url)
    assert view.registration.state is RegistrationState.OPEN and view.registration.href == (
        "https://www.example.org/aanmelden"
    )


def test_calendar_links_carry_the_summary_the_page_address_and_the_place():
    lecture = event(
        "2026-12-10-lezing",
        start="2026-12-10 20:00",
        end="2026-12-10 22:00",
        summary="Over vrijwilligers.",
        location={"venue": "Buurthuis De Linde", "address": "Dorpsstraat 1", "city": "Voorbeeldstad"},
    )
    view = event_view(plan_events([lecture], NOW, SETTINGS, preview_only=set()), lecture.url)
    google = parse_qs(urlsplit(view.event_google).query)
    assert google["details"] == [f"Over vrijwilligers.\n\n{SITE}agenda/2026/lezing/"]
    assert google["location"] == ["Buurthuis De Linde, Dorpsstraat 1, Voorbeeldstad"]
    outlook = parse_qs(urlsplit(view.event_outlook).query)
    assert outlook["location"] == ["Buurthuis De Linde, Dorpsstraat 1, Voorbeeldstad"]
    assert view.event_map == (
        "https://www.openstreetmap.org/search?query=Buurthuis+De+Linde%2C+Dorpsstraat+1%2C+Voorbeeldstad"
    )


def test_an_online_event_links_its_meeting_as_the_place_and_gets_no_map():
    webinar = event("2026-12-10-webinar", start="2026-12-10 20:00", online="https://meet.example.org/webinar")
    view = event_view(plan_events([webinar], NOW, SETTINGS, preview_only=set()), webinar.url)
    assert parse_qs(urlsplit(view.event_google).query)["location"] == ["https://meet.example.org/webinar"]
    assert view.event_map is None


def test_a_venue_without_address_or_city_gets_no_map():
    hall = event("2026-12-10-zaal", start="2026-12-10 20:00", location={"venue": "De grote zaal"})
    assert event_view(plan_events([hall], NOW, SETTINGS, preview_only=set()), hall.url).event_map is None


def test_a_draft_event_is_preview_only_marked_as_draft_and_left_out_of_the_subscription():
    shown = event("2026-12-10-zeker", start="2026-12-10 14:00")
    draft = event("2026-12-11-misschien", start="2026-12-11 14:00")
    plan = plan_events([shown, draft], NOW, SETTINGS, preview_only={draft.url})
    by_url = pages(plan)
    assert by_url[draft.url].preview_only and not by_url[shown.url].preview_only
    assert event_view(plan, draft.url).event_state is State.DRAFT
    assert event_view(plan, shown.url).event_state is State.PUBLISHED
    calendars = {c.url: [e.slug for e in c.events] for c in plan.calendars}
    assert calendars["agenda.ics"] == ["zeker"] and calendars["agenda/categorie/webinar.ics"] == ["zeker"]
    assert calendars["agenda/2026/misschien/misschien.ics"] == ["misschien"]  # the preview may download it


def test_the_agenda_is_in_the_menu_with_the_upcoming_dates_and_the_archive_lists_the_past():
    events = [event("2026-10-01-geweest", start="2026-10-01 14:00"), event("2026-12-10-komend", start="2026-12-10")]
    by_url = pages(plan_events(events, NOW, SETTINGS, preview_only=set()))
    agenda, archive = by_url["agenda/"], by_url["agenda/archief/"]
    assert agenda.in_nav and not archive.in_nav and (agenda.title, archive.title) == ("Agenda", "Archief van de agenda")
    assert isinstance(agenda.view, AgendaView) and isinstance(archive.view, AgendaView)
    assert agenda.view.agenda_kind is AgendaKind.UPCOMING and archive.view.agenda_kind is AgendaKind.PAST
    assert [o.event.slug for g in agenda.view.agenda_groups for o in g.occurrences] == ["komend"]
    assert [o.event.slug for g in archive.view.agenda_groups for o in g.occurrences] == ["geweest"]
    assert agenda.view.agenda_subscribe is not None
    assert agenda.view.agenda_subscribe.webcal == "webcal://www.example.org/agenda.ics"
    assert archive.view.agenda_subscribe is None
    assert [m.month for m in agenda.view.agenda_months] == [10, 11, 12]
    assert {p.section for p in by_url.values()} == {"agenda/"}


def test_each_category_gets_a_page_and_a_calendar_of_its_own_named_after_it():
    events = [
        event("2026-10-01-oude-werkbezoek", start="2026-10-01 10:00", category="Werkbezoek"),
        event("2026-12-10-webinar", start="2026-12-10 14:00"),
        event("2026-12-12-werkbezoek", start="2026-12-12 10:00", category="Werkbezoek"),
    ]
    plan = plan_events(events, NOW, SETTINGS, preview_only=set())
    page = pages(plan)["agenda/categorie/werkbezoek/"]
    assert (page.title, page.description) == ("Werkbezoek", "Alle activiteiten van de soort Werkbezoek.")
    assert isinstance(page.view, AgendaView) and page.view.agenda_kind is AgendaKind.CATEGORY
    assert [o.event.slug for g in page.view.agenda_groups for o in g.occurrences] == ["werkbezoek"]
    assert [o.event.slug for g in page.view.agenda_past_groups for o in g.occurrences] == ["oude-werkbezoek"]
    assert page.view.agenda_categories == (
        ("Webinar", "agenda/categorie/webinar/"),
        ("Werkbezoek", "agenda/categorie/werkbezoek/"),
    )
    assert page.view.agenda_subscribe is not None
    assert page.view.agenda_subscribe.download == f"{SITE}agenda/categorie/werkbezoek.ics"
    (calendar,) = [c for c in plan.calendars if c.url == "agenda/categorie/werkbezoek.ics"]
    assert calendar.info.name == "Agenda: Werkbezoek" and calendar.info.timezone is AMS
    assert calendar.info.uid_domain == "example.org" and calendar.info.description == "Activiteiten"
    assert [e.slug for e in calendar.events] == ["oude-werkbezoek", "werkbezoek"]


def test_every_month_between_the_first_and_last_event_gets_a_grid_page_with_a_dutch_title():
    events = [event("2026-10-01-a", start="2026-10-01"), event("2027-01-05-b", start="2027-01-05")]
    months = [p for p in plan_events(events, NOW, SETTINGS, preview_only=set()).pages if isinstance(p.view, MonthView)]
    assert [(p.url, p.title) for p in months] == [
        ("agenda/2026/10/", "Agenda oktober 2026"),
        ("agenda/2026/11/", "Agenda november 2026"),
        ("agenda/2026/12/", "Agenda december 2026"),
        ("agenda/2027/01/", "Agenda januari 2027"),
    ]


def test_the_home_page_gets_the_first_upcoming_dates_up_to_its_count():
    events = [event(f"2026-12-{d:02d}-dag-{d}", start=f"2026-12-{d:02d} 10:00") for d in (4, 1, 3, 2)]
    plan = plan_events(events, NOW, SETTINGS, preview_only=set())
    assert [o.event.slug for o in plan.home_upcoming] == ["dag-1", "dag-2", "dag-3"]
    two = AgendaSettings(site_url=SITE, calendar=INFO, timezone=AMS, home_count=2)
    assert len(plan_events(events, NOW, two, preview_only=set()).home_upcoming) == 2


def test_without_events_the_agenda_and_its_subscription_still_exist():
    plan = plan_events([], NOW, SETTINGS, preview_only=set())
    assert [p.url for p in plan.pages] == ["agenda/", "agenda/archief/"]
    assert [(c.url, c.events) for c in plan.calendars] == [("agenda.ics", ())]
    assert plan.home_upcoming == ()

"""The site's plan: what a build publishes and a preview adds, the feeds, follow and koers pages, the home page."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from association.content.authors import Author
from association.content.columns import UNKNOWN_DATE, Column, Precision, Source
from association.content.events import Event
from association.content.koers import Koers, KoersStatus
from association.content.loader import Content
from association.content.settings import ContentSettings
from association.render import feeds, ical
from association.render.event_plan import AgendaSettings
from association.render.site_plan import follow_page, koers_index, plan_site
from association.render.views import FollowView, KoersListView

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
SETTINGS = ContentSettings(organizer="Voorbeeldvereniging", uid_domain="example.org")
SITE = "https://www.example.org/"
AGENDA = AgendaSettings(
    site_url=SITE, calendar=ical.CalendarInfo("Agenda", "Activiteiten", SITE, "example.org", AMS), timezone=AMS
)
FEED = feeds.FeedInfo("Voorbeeldvereniging", "", SITE, "feed.xml", "atom.xml", "example.org", "Voorbeeldvereniging")
ANNA = Author("anna", "Anna Jansen")


def column(slug: str, day: date | datetime, *, category: str = "Column", **changes) -> Column:
    made = Column(
        source=Source(f"columns/{day.isoformat()}-{slug}.md", f"/site/columns/{slug}.md", slug),
        slug=slug,
        title=slug.capitalize(),
        date=day,
        author=ANNA,
        category=category,
        tags=(),
        summary="",
        reading_minutes=1,
    )
    return replace(made, **changes)


def event(slug: str, start: datetime, **changes) -> Event:
    made = Event(
        source=Source(f"events/{start:%Y-%m-%d}-{slug}.md", f"/site/events/{slug}.md", slug),
        slug=slug,
        title=slug.capitalize(),
        start=start,
        end=None,
        timezone=AMS,
        category="Webinar",
        summary="",
        organizer="Voorbeeldvereniging",
        uid=f"{slug}@example.org",
    )
    return replace(made, **changes)


def plan(content: Content, *, preview: bool = False, feed: feeds.FeedInfo = FEED):
    return plan_site(content, NOW, SETTINGS, AGENDA, feed, 10, preview=preview)


def test_plan_site_publishes_what_is_due_and_the_preview_adds_drafts_and_later_columns():
    content = Content(
        columns=(
            column("later", date(2026, 12, 24)),
            column("twee", date(2026, 11, 2), draft=True),
            column("een", date(2026, 11, 1)),
        ),
        events=(event("webinar", datetime(2026, 12, 10, 14, 0, tzinfo=AMS)),),
    )
    build, preview = plan(content), plan(content, preview=True)
    assert [c.title for c in build.home_columns] == ["Een"] and list(build.feed_columns) == ["columns/2026/een/"]
    urls = {p.url for p in build.pages}
    assert {"columns/2026/een/", "volgen/", "agenda/", "agenda/2026/webinar/"} <= urls
    assert "columns/2026/twee/" not in urls and "columns/2026/later/" not in urls
    extra = {p.url for p in preview.pages} - urls
    assert extra == {"columns/2026/twee/", "columns/2026/later/"}
    assert all(p.preview_only for p in preview.pages if p.url in extra)
    assert build.has_agenda and [c.url for c in build.calendars][-1].endswith(".ics")


def test_the_preview_feeds_and_home_page_carry_only_what_is_published():
    content = Content(columns=(column("concept", date(2026, 11, 20), draft=True), column("klaar", date(2026, 11, 1))))
    preview = plan(content, preview=True)
    assert [c.slug for f in preview.feeds for c in f.columns] == ["klaar", "klaar"]  # the site's and Column's
    assert list(preview.feed_columns) == ["columns/2026/klaar/"]
    assert [c.slug for c in preview.home_columns] == ["klaar"]


def test_a_column_dated_later_today_is_not_yet_published():
    content = Content(columns=(column("vanavond", datetime(2026, 11, 23, 20, tzinfo=AMS)),))
    assert "columns/2026/vanavond/" not in {p.url for p in plan(content).pages}


def test_the_site_has_a_feed_and_one_per_category_and_the_follow_page_lists_them():
    content = Content(columns=(column("b", date(2026, 11, 2), category="Nieuws"), column("a", date(2026, 11, 1))))
    site = plan(content)
    assert [(f.key, f.rss_path, f.atom_path) for f in site.feeds] == [
        ("columns", "feed.xml", "atom.xml"),
        ("columns/categorie/column", "feed-column.xml", "atom-column.xml"),
        ("columns/categorie/nieuws", "feed-nieuws.xml", "atom-nieuws.xml"),
    ]
    (follow,) = [p for p in site.pages if p.url == "volgen/"]
    assert isinstance(follow.view, FollowView) and follow.title == "Volgen via RSS"


def test_without_a_dated_published_column_there_are_no_feeds_and_no_follow_page():
    content = Content(
        columns=(
            column("onbekend", UNKNOWN_DATE, precision=Precision.UNKNOWN),
            column("concept", date(2026, 11, 1), draft=True),
        )
    )
    site = plan(content, preview=True)
    assert site.feeds == () and site.feed_columns == {}
    assert "volgen/" not in {p.url for p in site.pages}
    assert "columns/zonder-datum/onbekend/" in {p.url for p in site.pages}  # the column itself is shown


def test_the_feeds_keep_the_bodies_of_only_the_newest_columns_each_feed_carries():
    columns = tuple(
        column(f"stuk-{n}", date(2026, 10, n), category="Nieuws" if n == 1 else "Column") for n in range(9, 0, -1)
    )
    site = plan(Content(columns=columns), feed=replace(FEED, limit=3))
    # the site feed: the newest 3; Column's: the same 3; Nieuws': its only column, older than those
    assert list(site.feed_columns) == [
        "columns/2026/stuk-9/",
        "columns/2026/stuk-8/",
        "columns/2026/stuk-7/",
        "columns/2026/stuk-1/",
    ]


def test_the_home_page_shows_the_three_newest_published_columns_and_the_next_activities():
    columns = tuple(column(f"stuk-{n}", date(2026, 11, n)) for n in range(5, 0, -1))
    events = tuple(event(f"dag-{d}", datetime(2026, 12, d, 10, tzinfo=AMS)) for d in range(1, 6))
    site = plan(Content(columns=columns, events=events))
    assert [c.slug for c in site.home_columns] == ["stuk-5", "stuk-4", "stuk-3"]
    assert [o.event.slug for o in site.home_upcoming] == ["dag-1", "dag-2", "dag-3"]


def test_a_draft_event_is_only_in_the_preview_and_there_marked_preview_only():
    content = Content(events=(event("concept", datetime(2026, 12, 10, 14, tzinfo=AMS), draft=True),))
    assert "agenda/2026/concept/" not in {p.url for p in plan(content).pages}
    (page,) = [p for p in plan(content, preview=True).pages if p.url == "agenda/2026/concept/"]
    assert page.preview_only


def test_the_agenda_is_planned_even_before_the_first_event():
    site = plan(Content())
    assert site.has_agenda and {"agenda/", "agenda/archief/"} <= {p.url for p in site.pages}
    assert [c.url for c in site.calendars] == ["agenda.ics"]
    assert site.home_upcoming == () and site.home_columns == ()


def test_koers_documents_get_an_index_in_the_menu_and_are_kept_by_their_path():
    adopted = Koers("koers/koers-2021.md", "Koers 2021", 2021, None, KoersStatus.ADOPTED)
    older = Koers("koers/koers-2016.md", "Koers 2016", 2016, 2020, KoersStatus.SUPERSEDED)
    site = plan(Content(koers=(adopted, older)))
    (index,) = [p for p in site.pages if p.url == "koers/"]
    assert index.in_nav and isinstance(index.view, KoersListView)
    assert index.view.koers_documents == (adopted, older)
    assert index.view.koers_lead.startswith("De koersdocumenten van Voorbeeldvereniging: de vastgestelde koers en ")
    assert index.description == ("De koers van Voorbeeldvereniging: waar de vereniging de komende jaren voor staat.")
    assert site.koers == {"koers/koers-2021.md": adopted, "koers/koers-2016.md": older}


def test_without_koers_documents_there_is_no_koers_index():
    site = plan(Content(columns=(column("a", date(2026, 11, 1)),)))
    assert "koers/" not in {p.url for p in site.pages} and site.koers == {}


def test_the_follow_and_koers_pages_are_pages_of_their_own_not_of_a_section():
    follow = follow_page()
    assert (follow.url, follow.section, follow.in_nav, follow.source) == ("volgen/", None, False, None)
    assert follow.description == "Nieuwe columns en nieuws automatisch binnenkrijgen in je feedlezer."
    index = koers_index([Koers("koers/koers.md", "Koers", 2021, None, KoersStatus.DRAFT)], "Voorbeeldvereniging")
    assert (index.url, index.title, index.section) == ("koers/", "Koers", None)

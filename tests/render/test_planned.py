"""A planned page: what it shows, read from its view; the category feeds it announces; a bundle's files."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from association.content.authors import Author
from association.content.columns import Column, Source
from association.content.events import Event
from association.content.occurrences import Occurrence
from association.content.publishing import State
from association.render import listings
from association.render.listings import ListingKind
from association.render.planned import Asset, PlannedPage, bundle_assets
from association.render.registration import Registration, RegistrationState
from association.render.views import ArchiveView, ColumnView, EventView, FollowView, ListingView

AMS = ZoneInfo("Europe/Amsterdam")


def column(slug: str, category: str = "Nieuws") -> Column:
    return Column(
        source=Source(f"columns/{slug}.md", f"/site/columns/{slug}.md", slug),
        slug=slug,
        title="Een stuk",
        date=date(2026, 3, 1),
        author=Author("sofie", "Sofie de Vries"),
        category=category,
        tags=(),
        summary="",
        reading_minutes=1,
    )


def event() -> Event:
    return Event(
        source=Source("events/2026-12-10-lezing.md", "/site/events/2026-12-10-lezing.md", "2026-12-10-lezing"),
        slug="lezing",
        title="Lezing",
        start=datetime(2026, 12, 10, 20, tzinfo=AMS),
        end=None,
        timezone=AMS,
        category="Lezing",
        summary="",
        organizer="Voorbeeldvereniging",
    )


def event_view(shown: Event) -> EventView:
    occurrence = Occurrence(shown, shown.start, shown.end, 0)
    return EventView(
        event=shown,
        occurrences=(occurrence,),
        occurrence=occurrence,
        event_is_past=False,
        event_ends=datetime(2026, 12, 10, 21, tzinfo=AMS),
        registration=Registration(RegistrationState.NONE, None, None),
        event_ics="agenda/2026/lezing/lezing.ics",
        event_google="",
        event_outlook="",
        event_map=None,
        event_state=State.PUBLISHED,
    )


def listing_page(kind: ListingKind, *columns: Column) -> PlannedPage:
    listing = listings.whole(kind, "Lijst", "columns/x/", columns)
    return PlannedPage(url=listing.url, title=listing.title, view=ListingView(listing, {}))


def test_the_template_is_the_one_its_view_names():
    page = PlannedPage(url="volgen/", title="Volgen", view=FollowView())
    assert page.template == "association/feeds.html"
    assert PlannedPage("columns/archief/", "Archief", ArchiveView(listings.archive([]))).template == (
        "association/column-archive.html"
    )


def test_a_columns_page_shows_that_column_and_no_event_or_listing():
    shown = column("stuk")
    page = PlannedPage(url=shown.url, title=shown.title, view=ColumnView(shown, State.PUBLISHED, None, None))
    assert page.column is shown and page.subject is shown
    assert page.event is None and page.listing is None


def test_an_events_page_shows_that_event_as_its_subject():
    shown = event()
    page = PlannedPage(url=shown.url, title=shown.title, view=event_view(shown))
    assert page.event is shown and page.subject is shown and page.column is None and page.listing is None


def test_a_page_made_from_data_alone_has_no_subject_and_no_source():
    page = PlannedPage(url="volgen/", title="Volgen", view=FollowView())
    assert page.column is None and page.event is None and page.subject is None and page.listing is None
    assert page.source is None and page.assets == () and not page.preview_only and not page.in_nav


def test_a_listing_page_knows_its_listing_but_has_no_subject():
    page = listing_page(ListingKind.YEAR, column("a"))
    assert page.listing is not None and page.listing.kind is ListingKind.YEAR and page.subject is None


def test_a_column_and_its_category_listing_announce_that_categorys_feeds():
    shown = column("stuk", category="Nieuws")
    own = PlannedPage(url=shown.url, title=shown.title, view=ColumnView(shown, State.PUBLISHED, None, None))
    assert own.feed_category == "Nieuws"
    assert listing_page(ListingKind.CATEGORY, shown).feed_category == "Nieuws"


def test_other_listings_an_empty_category_and_other_pages_announce_only_the_sites_feeds():
    for kind in (ListingKind.INDEX, ListingKind.YEAR, ListingKind.AUTHOR, ListingKind.TAG):
        assert listing_page(kind, column("a")).feed_category is None, kind
    assert listing_page(ListingKind.CATEGORY).feed_category is None
    assert PlannedPage(url="volgen/", title="Volgen", view=FollowView()).feed_category is None
    lecture = event()
    assert PlannedPage(url=lecture.url, title=lecture.title, view=event_view(lecture)).feed_category is None


def test_a_bundles_files_are_published_under_the_page_url_in_name_order():
    source = Source(
        "columns/2026-03-01-stuk/index.md",
        "/site/columns/2026-03-01-stuk/index.md",
        "2026-03-01-stuk",
        bundle={"foto.jpg": 2048, "bijlage.pdf": 1000, "beelden/kaart.png": 10},
    )
    assert bundle_assets(source, "columns/2026/stuk/") == (
        Asset("columns/2026/stuk/beelden/kaart.png", "/site/columns/2026-03-01-stuk/beelden/kaart.png"),
        Asset("columns/2026/stuk/bijlage.pdf", "/site/columns/2026-03-01-stuk/bijlage.pdf"),
        Asset("columns/2026/stuk/foto.jpg", "/site/columns/2026-03-01-stuk/foto.jpg"),
    )


def test_a_single_file_source_has_no_assets():
    assert bundle_assets(Source("columns/2026-03-01-stuk.md", "/site/columns/2026-03-01-stuk.md", "x"), "c/") == ()
    assert bundle_assets(Source("columns/x/index.md", "/site/columns/x/index.md", "x", bundle={}), "c/") == ()

"""Which columns and events the public sees, decided from the ``now`` passed in: drafts and
later dates only in the preview, and the state each column is in."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from association.content.authors import Author
from association.content.columns import Column, Source
from association.content.events import Event
from association.content.publishing import State, state, visible, visible_events
from association.content.settings import ContentSettings

AMS = ZoneInfo("Europe/Amsterdam")
SETTINGS = ContentSettings()
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=AMS)


def column(slug: str, day: date | datetime, *, draft: bool = False) -> Column:
    return Column(
        source=Source(f"columns/{slug}.md", f"/abs/columns/{slug}.md", slug),
        slug=slug,
        title=slug.capitalize(),
        date=day,
        author=Author("redactie", "Redactie"),
        category="Column",
        tags=(),
        summary="",
        reading_minutes=1,
        draft=draft,
    )


def event(slug: str, *, draft: bool = False) -> Event:
    return Event(
        source=Source(f"events/{slug}.md", f"/abs/events/{slug}.md", slug),
        slug=slug,
        title=slug.capitalize(),
        start=date(2026, 12, 10),
        end=None,
        timezone=AMS,
        category="Webinar",
        summary="",
        organizer="Voorbeeldvereniging",
        draft=draft,
    )


def test_a_column_dated_today_or_earlier_is_published():
    assert state(column("gisteren", date(2026, 11, 22)), NOW, SETTINGS) is State.PUBLISHED
    assert state(column("vandaag", date(2026, 11, 23)), NOW, SETTINGS) is State.PUBLISHED


def test_a_column_dated_later_is_scheduled():
    assert state(column("morgen", date(2026, 11, 24)), NOW, SETTINGS) is State.SCHEDULED


def test_a_column_with_a_time_is_scheduled_until_that_moment_and_published_from_it():
    at_two = column("middag", datetime(2026, 11, 23, 14, 0, tzinfo=AMS))
    assert state(at_two, NOW, SETTINGS) is State.SCHEDULED
    assert state(at_two, datetime(2026, 11, 23, 14, 0, tzinfo=AMS), SETTINGS) is State.PUBLISHED


def test_a_dates_day_begins_at_midnight_in_the_sites_time_zone_not_in_utc():
    tomorrow = column("morgen", date(2026, 11, 24))
    just_after_midnight_in_amsterdam = datetime(2026, 11, 23, 23, 30, tzinfo=UTC)
    assert state(tomorrow, just_after_midnight_in_amsterdam, SETTINGS) is State.PUBLISHED
    in_london = ContentSettings(timezone=ZoneInfo("Europe/London"))
    assert state(tomorrow, just_after_midnight_in_amsterdam, in_london) is State.SCHEDULED


def test_a_draft_is_a_draft_whatever_its_date():
    assert state(column("oud", date(2019, 1, 1), draft=True), NOW, SETTINGS) is State.DRAFT
    assert state(column("later", date(2027, 1, 1), draft=True), NOW, SETTINGS) is State.DRAFT


def test_a_build_shows_only_published_columns_in_the_order_given():
    columns = (
        column("later", date(2026, 12, 24)),
        column("nieuw", date(2026, 11, 20)),
        column("concept", date(2026, 11, 10), draft=True),
        column("oud", date(2019, 1, 1)),
    )
    assert [c.slug for c in visible(columns, NOW, SETTINGS, preview=False)] == ["nieuw", "oud"]


def test_the_preview_shows_every_column_drafts_and_later_ones_included():
    columns = (column("later", date(2026, 12, 24)), column("concept", date(2026, 11, 10), draft=True))
    assert visible(columns, NOW, SETTINGS, preview=True) == columns


def test_a_build_leaves_out_draft_events_and_marks_none():
    shown, drafts = visible_events([event("ledenavond"), event("concept", draft=True)], preview=False)
    assert [e.slug for e in shown] == ["ledenavond"] and drafts == set()


def test_the_preview_shows_draft_events_and_names_their_urls_as_drafts():
    shown, drafts = visible_events([event("ledenavond"), event("concept", draft=True)], preview=True)
    assert [e.slug for e in shown] == ["ledenavond", "concept"] and drafts == {"agenda/2026/concept/"}

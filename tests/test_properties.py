"""Property tests: any text an editor may write survives iCalendar and the feeds unchanged."""

from __future__ import annotations

from datetime import timedelta
from html import escape
from zoneinfo import ZoneInfo

import icalendar
import pytest
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from icalendar.parser import Contentline
from lxml import etree

from association.content.authors import Author
from association.content.columns import Source, parse_column
from association.content.events import parse_event
from association.content.fields import CONTROL
from association.content.frontmatter import parse
from association.content.settings import ContentSettings
from association.render import feeds, ical

SETTINGS = ContentSettings()
INFO = ical.CalendarInfo(
    name="Agenda",
    description="Test",
    site_url="https://www.example.nl/",
    uid_domain="example.nl",
    timezone=ZoneInfo("Europe/Amsterdam"),
    refresh=timedelta(hours=12),
)
FEED = feeds.FeedInfo(
    title="Test",
    description="Test",
    site_url="https://www.example.nl/",
    rss_path="feed.xml",
    atom_path="atom.xml",
    uid_domain="example.nl",
    author="Test",
)
AUTHORS = {"a": Author("a", "Auteur")}
# Any Unicode except surrogates (not encodable); control characters are filtered by the model.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=200)
# Three such texts must all pass the validator, which refuses C0 and C1 controls: tests that
# take three allow Hypothesis to filter many.


def event_with(title: str, summary: str, venue: str):
    text = (
        "---\n"
        + yaml.safe_dump(
            {
                "title": title,
                "start": "2027-07-01 14:00",
                "end": "2027-07-01 16:00",
                "category": "Webinar",
                "summary": summary,
                "location": {"venue": venue},
                "uid": "x@example.org",
            },
            allow_unicode=True,
        )
        + "---\n"
    )
    event, _problems = parse_event(
        parse("events/2027-07-01-x.md", text),
        Source("events/2027-07-01-x.md", "/x", "2027-07-01-x"),
        SETTINGS,
        lambda p: False,
    )
    assume(event is not None)  # text the model refuses (e.g. control characters) is an error, tested elsewhere
    return event


@settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(TEXT, TEXT, TEXT)
@example("Een \\N in de titel", "C:\\Nieuw\\map", "\\N")  # icalendar alone reads a literal \N as a line break
def test_any_event_text_round_trips_through_icalendar_with_crlf_and_75_octet_lines(title, summary, venue):
    event = event_with(title, summary, venue)
    assume(event.location is not None)  # a blank venue counts as no place: no LOCATION to compare
    data = ical.calendar([event], INFO)
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    parsed = next(iter(icalendar.Calendar.from_ical(data).walk("VEVENT")))
    assert str(parsed["SUMMARY"]) == event.title
    assert str(parsed["LOCATION"]) == event.location.one_line
    assert event.summary in str(parsed["DESCRIPTION"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(TEXT, TEXT, TEXT)
def test_the_ical_serialiser_writes_exactly_what_icalendar_writes(title, summary, venue):
    """``ical.to_ical`` skips icalendar's fold pass for short lines; the bytes stay icalendar's."""
    component = ical.vevent(event_with(title, summary, venue), INFO)
    assert ical.to_ical(component) == component.to_ical()


# Escape starters and characters of every UTF-8 length, often, so cuts land on and beside
# them; long enough to need one or more cuts.
FOLDABLE = st.text(
    st.one_of(st.sampled_from("\\^a,;é€😀"), st.characters(exclude_categories=("Cs",), exclude_characters="\n")),
    min_size=60,
    max_size=400,
)


@settings(max_examples=300, deadline=None)
@given(FOLDABLE)
def test_a_content_line_is_folded_exactly_where_icalendar_folds_it(text):
    assert ical.fold(text.encode()) == Contentline(text).to_ical()


@pytest.mark.parametrize("escape", ["\\", "^"])
@pytest.mark.parametrize("before", range(70, 78))
@pytest.mark.parametrize("lead", ["", "é"])
def test_an_escape_at_a_cut_moves_to_the_next_piece_as_icalendar_does(escape, before, lead):
    """``\\`` or ``^`` with 70 to 77 octets before it: on, beside and past the 74-octet cut."""
    text = lead + "a" * (before - len(lead.encode())) + escape + "b" * 80
    assert ical.fold(text.encode()) == Contentline(text).to_ical()


@pytest.mark.parametrize("octets", range(70, 81))
@pytest.mark.parametrize("last", ["a", "é", "€", "😀"])
def test_a_line_at_the_fold_boundary_is_folded_where_icalendar_folds_it(octets, last):
    """Lines of 70 to 80 octets ending in a 1- to 4-octet character."""
    component = icalendar.Event()
    component.add("summary", "x" * (octets - len("SUMMARY:") - len(last.encode())) + last)
    assert len(component.content_lines()[1].encode()) == octets
    assert ical.to_ical(component) == component.to_ical()


def column_with(title: str, summary: str):
    text = (
        "---\n"
        + yaml.safe_dump(
            {
                "title": title,
                "date": "2026-01-05",
                "author": "a",
                "category": "Column",
                "summary": summary,
                "tags": ["x"],
            },
            allow_unicode=True,
        )
        + "---\n"
    )
    column, _ = parse_column(
        parse("columns/2026-01-05-x.md", text),
        Source("columns/2026-01-05-x.md", "/x", "2026-01-05-x"),
        SETTINGS,
        AUTHORS,
        lambda p: False,
    )
    assume(column is not None)
    return column


@settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(TEXT, TEXT, TEXT)
def test_any_column_text_is_escaped_in_rss_and_atom(title, summary, body):
    column = column_with(title, summary)
    assume(not CONTROL.search(body))  # refused when the file is read: see bad_inputs/control-character-in-body
    assume(column.summary)  # a blank summary counts as none: the feed then describes the item by its text
    feed = feeds.Feed("columns", "Test", "feed.xml", "atom.xml", (column,))
    rss, atom = feeds.render(feed, FEED, {column.url: f"<p>{escape(body)}</p>"}, SETTINGS)
    item = etree.fromstring(rss).find("channel/item")
    assert item.findtext("title") == column.title
    assert item.findtext("description") == escape(column.summary, quote=False)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entry = etree.fromstring(atom).find("a:entry", ns)
    assert entry.findtext("a:title", namespaces=ns) == column.title
    assert entry.findtext("a:content", namespaces=ns) == f"<p>{escape(body)}</p>"

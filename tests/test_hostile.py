"""Hostile text from editors, through every output, read back by each output's own consumer.

Titles, summaries, places, speakers, status reasons, author names and URLs made of markup
meant to break out (``</script>``, ``<img onerror=...>``, ``]]>``, quotes), line breaks,
control and direction characters and very long words go through the real validator and
the pure renderers (no build per example), and each output is parsed as its reader parses
it: HTML by html5lib (the WHATWG algorithm browsers use), JSON-LD by ``json`` from the
script element's text as the HTML parser gives it, feeds by feedparser and lxml, the
calendar by icalendar (and ical.js for a fixed set), the newsletter by Python's email
package and Python-Markdown. Text comes back as the model holds it, or the validator
refuses it with a Dutch error; no element or attribute is ever added.
"""

from __future__ import annotations

import email
import json
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email import policy
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import feedparser
import html5lib
import icalendar
import markdown as python_markdown
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from association.content.authors import Author, parse_authors
from association.content.columns import Column, Source, parse_column
from association.content.events import Event, parse_event
from association.content.fields import CONTROL
from association.content.frontmatter import FrontMatterError, decode, parse
from association.content.occurrences import expand
from association.content.settings import ContentSettings
from association.render import cms, feeds, ical, jsonld, meta, newsletter, redirects
from support.calendars import READER, ROOT

SETTINGS = ContentSettings(organizer="Testvereniging", uid_domain="example.nl")
SITE_URL = "https://www.example.nl/"
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
INFO = ical.CalendarInfo(
    name="Agenda",
    description="Test",
    site_url=SITE_URL,
    uid_domain="example.nl",
    timezone=ZoneInfo("Europe/Amsterdam"),
    refresh=timedelta(hours=12),
)
FEED = feeds.FeedInfo(
    title="Test",
    description="Test",
    site_url=SITE_URL,
    rss_path="feed.xml",
    atom_path="atom.xml",
    uid_domain="example.nl",
    author="Test",
)

PIECES = (
    "</script>",
    "<script>alert(1)</script>",
    "</SCRIPT >",
    "<!--",
    "-->",
    "]]>",
    "<![CDATA[",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "' onmouseover='alert(1)",
    '"',
    "'",
    "&",
    "&amp;",
    "&lt;b&gt;",
    "&#0;",
    "\r\n",
    "\n",
    "\r",
    "\t",
    "\x00",
    "\x0b",
    "\x1b",
    "\x7f",
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "\u2028",  # line separator: ends a line in JavaScript
    "\u2029",
    "\ufeff",
    "javascript:alert(1)",
    "[klik](javascript:alert(1))",
    "\\",
    "\\N",
    ";",
    ",",
    ":",
    "*",
    "_",
    "#",
    "{{ 7*7 }}",
    "{% raw %}",
    "W" * 300,  # a very long word
)
HOSTILE = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(st.characters(exclude_categories=("Cs",)), max_size=6)),
    min_size=1,
    max_size=6,
).map("".join)
ATOM = {"a": "http://www.w3.org/2005/Atom"}


def as_feedparser_reads(text: str) -> str:
    """What feedparser makes of a text field of a UTF-8 feed: text that is all Latin-1 and is valid
    UTF-8 when taken as bytes it "repairs" as double-encoded (``Ä¡`` becomes ``ġ``; its
    ``mixin.py``). A reader's guess, not our output, which lxml reads back unchanged above."""
    try:
        return text.encode("iso-8859-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


INJECTED_TAGS = {"script", "img", "svg", "b", "iframe"}


def folded(text: str) -> str:
    """What the validator keeps of one line of text: whitespace, line breaks too, folded."""
    return " ".join(text.split())


def front(fields: dict[str, Any], body: str = "Tekst.") -> str:
    return "---\n" + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False) + "---\n\n" + body + "\n"


def read(path: str, text: str):
    """The loader's two steps on a file's bytes: decode (BOM, line ends, control characters), parse;
    None when they refuse the file, in Dutch."""
    try:
        return parse(path, decode(path, text.encode("utf-8")))
    except FrontMatterError as exc:
        assert_refused_in_dutch([exc.error])
        return None


def assert_refused_in_dutch(problems) -> None:
    assert problems, "refused without a reason"
    for problem in problems:
        assert "verwacht" in problem.message, problem
        assert "Error" not in problem.message and "Traceback" not in problem.message, problem


def hostile_event(title: str, summary: str, place: str, speaker: str, reason: str, path: str) -> Event | None:
    text = front(
        {
            "title": title,
            "start": "2027-07-01 14:00",
            "end": "2027-07-01 16:00",
            "category": "Webinar",
            "summary": summary,
            "location": {"venue": place, "city": "Utrecht"},
            "online": "https://meet.example.org/" + path,
            "registration": {"url": "https://www.example.org/aanmelden?x=" + path},
            "speakers": [{"name": speaker, "role": "spreker"}],
            "status": "cancelled",
            "status_reason": reason,
            "updated": "2026-11-20 10:00",
            "uid": "x@example.org",
        }
    )
    source = Source("events/2027-07-01-x.md", "/x", "2027-07-01-x")
    if (header := read(source.path, text)) is None:
        return None
    event, problems = parse_event(header, source, SETTINGS, lambda p: False)
    if event is None:
        assert_refused_in_dutch(problems)
        return None
    assert event.title == folded(title) and event.status_reason == folded(reason)
    assert event.location is not None and event.location.venue == folded(place)
    assert event.speakers[0].name == folded(speaker)
    return event


def hostile_column(title: str, summary: str, author_name: str) -> Column | None:
    authors, problems = parse_authors("columns/authors.yml", yaml.safe_dump({"a": {"name": author_name}}))
    if not authors:
        assert_refused_in_dutch(problems)
        return None
    text = front({"title": title, "date": "2026-11-05", "author": "a", "category": "Column", "summary": summary})
    source = Source("columns/2026-11-05-x.md", "/x", "2026-11-05-x")
    if (header := read(source.path, text)) is None:
        return None
    column, problems = parse_column(header, source, SETTINGS, authors, lambda p: False)
    if column is None:
        assert_refused_in_dutch(problems)
        return None
    assert column.title == folded(title) and column.summary == (folded(summary) or "Tekst.")  # blank: from the text
    return column


def html_tree(document: str):
    return html5lib.parse(document, treebuilder="etree", namespaceHTMLElements=False)


def elements(tree) -> Iterator[Any]:
    yield from tree.iter()


def text_of(element) -> str:
    return "".join(element.itertext())


def assert_nothing_injected(tree, allowed_scripts: int = 0) -> None:
    tags = [element.tag for element in elements(tree) if isinstance(element.tag, str)]
    assert not INJECTED_TAGS - {"script"} & set(tags), tags
    assert tags.count("script") == allowed_scripts, tags
    for element in elements(tree):
        assert not [name for name in element.attrib if name.lower().startswith("on")], element.attrib


def json_ld(tree) -> list[Any]:
    """Every JSON-LD block as a browser's HTML parser ends it, read by ``json``."""
    return [json.loads(text_of(s)) for s in tree.iter("script") if s.get("type") == "application/ld+json"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE, st.text("ab<>\"'&;%#", max_size=10))
def test_hostile_event_text_is_refused_or_comes_back_whole_from_json_ld_and_icalendar(
    title, summary, place, speaker, reason, path
):
    event = hostile_event(title, summary, place, speaker, reason, path)
    if event is None:
        return
    page = f'<!doctype html><html><head><script type="application/ld+json">{jsonld.script(expand(event, NOW), SITE_URL, SITE_URL)}</script></head><body></body></html>'
    tree = html_tree(page)
    assert_nothing_injected(tree, allowed_scripts=1)
    (data,) = json_ld(tree)
    assert data["name"] == event.title and data["description"] == event.summary
    assert (
        data["location"][0]["name"] == (event.location.venue or "Utrecht")
        and data["location"][1]["url"] == event.online
    )
    assert data["performer"] == [{"@type": "Person", "name": event.speakers[0].name}]
    assert data["offers"]["url"] == event.registration.url

    calendar = icalendar.Calendar.from_ical(ical.calendar([event], INFO))
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == f"Geannuleerd: {event.title}"
    assert str(vevent["LOCATION"]) == event.location.one_line
    assert event.status_reason in str(vevent["DESCRIPTION"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE, HOSTILE, HOSTILE)
@example("Ä¡", "</script>", "</script>")  # CI found it: feedparser takes Ä¡ for double-encoded ġ
@example("</script>", "</script>", "Ä¡")
@example("<!--&amp;", "</script>", "</script>")  # RSS: feedparser reads the title as HTML
@example("<img src=x onerror=alert(1)>&amp;", "</script>", "</script>")
def test_hostile_column_text_is_refused_or_comes_back_whole_from_head_tags_feeds_and_redirect_pages(
    title, summary, author_name
):
    column = hostile_column(title, summary, author_name)
    if column is None:
        return
    url = SITE_URL + column.url
    page_meta = meta.PageMeta(title=column.title, description=column.summary, url=url, image=None, site_name="Site")
    head = meta.head(page_meta, column, SITE_URL, SITE_URL + "logo.png", SETTINGS)
    tree = html_tree(f"<!doctype html><html><head>{head}</head><body></body></html>")
    assert_nothing_injected(tree, allowed_scripts=1)
    tags = {m.get("property") or m.get("name"): m.get("content") for m in tree.iter("meta")}
    assert tags["og:title"] == tags["twitter:title"] == column.title
    assert tags["og:description"] == column.summary
    (article,) = json_ld(tree)
    assert article["headline"] == column.title and article["author"]["name"] == column.author.name

    body = "<p>De tekst.</p>"
    rss, atom = feeds.render(
        feeds.Feed("columns", "Test", "feed.xml", "atom.xml", (column,)), FEED, {column.url: body}, SETTINGS
    )
    item = etree.fromstring(rss).find("channel/item")  # well-formed: no ]]> or control character broke it
    assert item.findtext("title") == column.title
    description = html_tree(item.findtext("description"))  # HTML, as feed readers show it
    assert_nothing_injected(description)
    assert text_of(description.find("body")) == column.summary
    entry = etree.fromstring(atom).find("a:entry", ATOM)
    assert entry.findtext("a:title", namespaces=ATOM) == column.title
    assert entry.findtext("a:author/a:name", namespaces=ATOM) == column.author.name
    for xml in (rss, atom):
        parsed = feedparser.parse(xml)
        assert not parsed.bozo and len(parsed.entries) == 1
        title = parsed.entries[0].title_detail
        if title.type == "text/html":  # RSS: a title with an entity in it, it guesses to be HTML
            cleaned = html_tree(title.value)  # and cleans it as HTML its own way: nothing left runs
            assert not any(
                e.tag == "script" or any(a.lower().startswith("on") for a in e.attrib) for e in elements(cleaned)
            )
        else:
            assert title.value == as_feedparser_reads(column.title)
        # the author's name takes that repair in Atom's <name> but not in RSS's dc:creator
        assert {column.author.name, as_feedparser_reads(column.author.name)} & {parsed.entries[0].author}

    moved = html_tree(redirects.page(url, column.title))
    assert_nothing_injected(moved)
    assert text_of(moved.find(".//title")) == f"Verplaatst: {column.title}"
    (link,) = moved.iter("a")
    assert text_of(link) == column.title and link.get("href") == url
    refresh = moved.find(".//meta[@http-equiv='refresh']").get("content")
    assert refresh == f"0; url={url}"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE)
@example("<script>alert(1)</script><img src=x onerror=alert(1)>", "</script>", "</script>", "</script>", "</script>")
def test_hostile_text_in_the_newsletter_comes_back_whole_from_its_html_text_markdown_and_eml(
    title, summary, place, author_name, reason
):
    column = hostile_column(title, summary, author_name)
    event = hostile_event(title, summary, place, author_name, reason, "")
    if column is None or event is None:
        return
    site = newsletter.Site(name="Site", url=SITE_URL, color="#0f5257", footer="Afmelden: mail ons.")
    issue = newsletter.plan(
        [column],
        [event],
        site=site,
        now=NOW,
        since=date(2026, 11, 1),
        weeks=4,
        number=3,
        tz=SETTINGS.timezone,
        image_file=newsletter.ImageFile({}),
    )
    assert [i.title for i in issue.columns] == [column.title] and [i.title for i in issue.changes] == [event.title]

    tree = html_tree(newsletter.html(issue))
    assert_nothing_injected(tree)
    assert text_of(tree.find(".//title")) == issue.subject
    headings = [text_of(h) for h in tree.iter("h3")]
    assert headings == [event.title, column.title]  # changes first
    paragraphs = [text_of(p) for p in tree.iter("p")]
    reason = event.status_reason or "Deze activiteit gaat niet door."  # blank counts as none
    assert reason in paragraphs and column.summary in paragraphs

    rendered = html_tree(python_markdown.markdown(newsletter.markdown(issue)))
    assert_nothing_injected(rendered)
    assert [text_of(h) for h in rendered.iter("h3")] == [f"Gaat niet door: {event.title}", column.title]

    message = email.message_from_bytes(newsletter.eml(issue, now=NOW), policy=policy.default)
    # a long subject is folded right after "Subject:"; Python 3.11's parser keeps the space that
    # follows that fold (CPython gh-124452), mail programs drop it
    assert message["Subject"].lstrip() == issue.subject
    plain = message.get_body(("plain",)).get_content()
    assert column.title in plain and reason in plain
    html_part = html_tree(message.get_body(("html",)).get_content())
    assert [text_of(h) for h in html_part.iter("h3")] == [event.title, column.title]


@settings(max_examples=40, deadline=None)
@given(HOSTILE, HOSTILE)
def test_hostile_author_names_and_site_names_come_back_whole_from_the_editor_config(author_name, site_name):
    authors, problems = parse_authors(
        "columns/authors.yml", yaml.safe_dump({"a": {"name": author_name, "role": "lid"}})
    )
    if not authors:
        assert_refused_in_dutch(problems)
        return
    assume(not CONTROL.search(site_name))  # the site owner's mkdocs.yml, not an editor's text
    editor = cms.EditorSite(name=site_name, url=SITE_URL, backend={"name": "github", "repo": "x/y"})
    written = yaml.safe_dump(cms.config(editor, SETTINGS, authors), allow_unicode=True, sort_keys=False)
    config = yaml.safe_load(written)  # what Decap's YAML reader gets
    (authors_file,) = next(c for c in config["collections"] if c["name"] == "authors")["files"]
    assert [g["label"] for g in authors_file["fields"]] == [authors["a"].name]
    column_fields = next(c for c in config["collections"] if c["name"] == "columns")["fields"]
    author_select = next(f for f in column_fields if f["name"] == "author")
    assert [o["label"] for o in author_select["options"]] == [f"{authors['a'].name} (lid)"]
    page = html_tree(cms.admin_page(site_name, ["a.css"]))
    newlines = site_name.replace("\r\n", "\n").replace("\r", "\n")  # as every HTML parser reads line ends
    assert text_of(page.find(".//title")) == f"Redactie · {newlines}"
    assert_nothing_injected(page, allowed_scripts=3)


CALENDAR_TEXTS = [CONTROL.sub("", "".join(PIECES[i : i + 5])) for i in range(0, len(PIECES), 5)]


def test_ical_js_reads_hostile_summaries_as_icalendar_writes_them(tmp_path: Path):
    paths, titles = [], []
    for n, text in enumerate(CALENDAR_TEXTS):
        event = hostile_event(text, text, text, text, text, "")
        assert event is not None, text
        path = tmp_path / f"{n}.ics"
        path.write_bytes(ical.calendar([event], INFO))
        paths.append(path)
        titles.append(f"Geannuleerd: {event.title}")
    result = subprocess.run(["node", str(READER), *map(str, paths)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    read_back = json.loads(result.stdout)
    assert [[e["summary"] for e in read_back[str(p)]["events"]] for p in paths] == [[t] for t in titles]


def test_a_control_character_written_as_a_yaml_escape_is_refused_in_dutch():
    for raw in ('"A\\0B"', '"A\\eB"', '"A\\x07B"'):
        text = f"---\ntitle: {raw}\ndate: 2026-11-05\nauthor: a\ncategory: Column\n---\n\nTekst.\n"
        source = Source("columns/2026-11-05-x.md", "/x", "2026-11-05-x")
        column, problems = parse_column(
            read(source.path, text), source, SETTINGS, {"a": Author("a", "A")}, lambda p: False
        )
        assert column is None
        assert [p.message.split(",")[0] for p in problems] == ["verwacht tekst zonder onzichtbare stuurtekens"]


def test_a_nul_byte_in_the_file_itself_is_refused_with_its_line():
    try:
        decode("columns/x.md", b"---\ntitle: A\x00B\n---\n")
    except FrontMatterError as exc:
        assert str(exc.error).startswith(
            "columns/x.md:2: verwacht gewone tekst, gevonden een onzichtbaar stuurteken (U+0000)"
        )
    else:
        raise AssertionError("a NUL byte was accepted")

"""The RSS and Atom feeds as MkDocs writes them, read back by feedparser: from a site of three
columns built once per run (``feeds``), but for what needs a build of its own."""

from __future__ import annotations

import os
import re
import shutil
from datetime import UTC, datetime

import feedparser
import pytest

from support.sites import BuildFailed, Project, shared_project

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def parse(project: Project, path: str, site_dir: str = "site"):
    feed = feedparser.parse((project.root / site_dir / path).read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def some_columns(project: Project) -> None:
    project.column(
        "2019-02-20-gewoon-doen",
        title="Netwerksamenwerking, gewoon doen!",
        date="2019-02-20",
        category="Nieuws",
        author="greet-bouman",
        tags=["netwerken"],
        summary="Samen doen in plaats van praten.",
        body="Zie [de vorige column](../../2017/warme-coalities/index.md) en ![schets](/assets/sofie.svg).\n\n## Kop\n\nTekst.",
    )
    project.column("2017-02-27-warme-coalities", title="Warme coalities", date="2017-02-27")
    project.write("columns/2022-01-24-netwerk/verslag.pdf", b"%PDF-1.4\n" + b"x" * 1000)
    project.write("columns/2022-01-24-netwerk/eerste.pdf", b"%PDF-1.4\n" + b"y" * 500)
    project.write("columns/2022-01-24-netwerk/foto.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    project.column(
        "2022-01-24-netwerk/",
        title="Lokaal netwerk",
        date="2022-01-24 10:30",
        category="Artikel",
        image="foto.svg",
        image_alt="Een schets",
        updated="2022-02-01",
        attachments=[{"file": "eerste.pdf", "title": "Eerste verslag"}, "verslag.pdf"],
    )


@pytest.fixture(scope="module")
def feeds(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """``some_columns``, built once per test run."""
    return shared_project(tmp_path_factory, "feeds", some_columns, now=NOW)


@pytest.fixture(scope="module")
def configured(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """Four columns, with the feeds' options changed: names, a limit, summaries only."""

    def write(project: Project) -> None:
        project.plugin_options.update(feed_limit=2, feed_full_content=False, feed_rss="rss.xml", feed_atom="feed.atom")
        for n in range(1, 5):
            project.column(f"2025-0{n}-01-stuk-{n}", title=f"Stuk {n}", date=f"2025-0{n}-01")

    return shared_project(tmp_path_factory, "feeds-configured", write, now=NOW)


def copy_of(built: Project, project: Project) -> Project:
    """``project`` with the sources, settings and output of ``built``, to build on further."""
    for name in ("docs", "columns", "site"):
        shutil.copytree(built.root / name, project.root / name, dirs_exist_ok=True)
    return project


def test_rss_and_atom_feeds_parse_with_channel_fields(feeds: Project):
    project = feeds
    rss = parse(project, "feed.xml")
    assert rss.version == "rss20"
    assert rss.feed.title == "Testvereniging" and rss.feed.language == "nl"
    assert rss.feed.link == "https://www.example.nl/"
    assert {link.href for link in rss.feed.links if link.rel == "self"} == {"https://www.example.nl/feed.xml"}
    assert rss.feed.ttl == "60"
    assert rss.feed.updated_parsed[:6] == (2022, 2, 1, 0, 0, 0) or "01 Feb 2022" in rss.feed.updated
    atom = parse(project, "atom.xml")
    assert atom.version == "atom10"
    assert atom.feed.author == "Testvereniging"
    assert {link.href for link in atom.feed.links if link.rel == "self"} == {"https://www.example.nl/atom.xml"}
    assert atom.feed.updated == "2022-02-01T00:00:00+01:00"


def test_every_item_has_the_required_fields_newest_first(feeds: Project):
    project = feeds
    for path in ("feed.xml", "atom.xml"):
        entries = parse(project, path).entries
        assert [e.title for e in entries] == ["Lokaal netwerk", "Netwerksamenwerking, gewoon doen!", "Warme coalities"]
        for entry in entries:
            assert entry.id.startswith("tag:example.nl,") and entry.link.startswith("https://www.example.nl/columns/")
            assert entry.published and entry.author and entry.summary and entry.tags
    news = next(e for e in parse(project, "feed.xml").entries if e.title.startswith("Netwerk"))
    assert news.id == "tag:example.nl,2019-02-20:columns/gewoon-doen"
    assert news.link == "https://www.example.nl/columns/2019/gewoon-doen/"
    assert news.published == "Wed, 20 Feb 2019 00:00:00 +0100"
    assert news.author == "Greet Bouman"
    assert [t.term for t in news.tags] == ["Nieuws", "netwerken"]
    assert news.summary == "Samen doen in plaats van praten."


def test_full_content_has_only_absolute_links_and_images(feeds: Project):
    project = feeds
    for path in ("feed.xml", "atom.xml"):
        entry = next(e for e in parse(project, path).entries if e.title.startswith("Netwerk"))
        html = entry.content[0].value
        urls = re.findall(r'(?:href|src)="([^"]*)"', html)
        assert urls and all(u.startswith("https://www.example.nl/") for u in urls), urls
        assert 'href="https://www.example.nl/columns/2017/warme-coalities/"' in html
        assert "headerlink" not in html


def test_pdf_attachments_are_enclosures_with_type_and_length_and_the_image_is_included(feeds: Project):
    project = feeds
    rss_entry = parse(project, "feed.xml").entries[0]
    assert [(e.href.rsplit("/", 1)[1], e.type, e.length) for e in rss_entry.enclosures] == [
        ("eerste.pdf", "application/pdf", str(9 + 500))
    ]
    atom_entry = parse(project, "atom.xml").entries[0]
    assert sorted((e.href.rsplit("/", 1)[1], e.type, e.length) for e in atom_entry.enclosures) == [
        ("eerste.pdf", "application/pdf", "509"),
        ("verslag.pdf", "application/pdf", "1009"),
    ]
    assert atom_entry.updated == "2022-02-01T00:00:00+01:00"
    assert atom_entry.published == "2022-01-24T10:30:00+01:00"
    assert re.search(
        r'<img (?=[^>]*src="https://www.example.nl/columns/2022/netwerk/foto.svg")(?=[^>]*alt="Een schets")',
        rss_entry.content[0].value,
    )
    assert rss_entry.media_content[0]["url"] == "https://www.example.nl/columns/2022/netwerk/foto.svg"


def test_item_limit_and_summary_only_are_configurable(configured: Project):
    entries = parse(configured, "rss.xml").entries
    assert [e.title for e in entries] == ["Stuk 4", "Stuk 3"]
    assert "content" not in entries[0] and entries[0].summary == "Een alinea tekst."


def test_feed_names_are_configurable_and_discovery_follows_them(configured: Project):
    project = configured
    parse(project, "rss.xml"), parse(project, "feed.atom")
    assert not project.exists("feed.xml")
    home = project.read("index.html")
    assert '<link rel="alternate" type="application/rss+xml" title="Testvereniging (RSS)" href="rss.xml">' in home
    assert '<link rel="alternate" type="application/atom+xml" title="Testvereniging (Atom)" href="feed.atom">' in home


def test_category_feeds_hold_only_their_category_and_are_announced_on_its_pages(feeds: Project):
    project = feeds
    assert [e.title for e in parse(project, "feed-nieuws.xml").entries] == ["Netwerksamenwerking, gewoon doen!"]
    assert [e.title for e in parse(project, "atom-artikel.xml").entries] == ["Lokaal netwerk"]
    listing = project.read("columns/categorie/nieuws/index.html")
    assert 'title="Testvereniging: Nieuws (RSS)" href="../../../feed-nieuws.xml"' in listing
    column = project.read("columns/2019/gewoon-doen/index.html")
    assert 'title="Testvereniging: Nieuws (RSS)" href="../../../feed-nieuws.xml"' in column
    assert 'title="Testvereniging (RSS)" href="../../../feed.xml"' in column
    assert "Volg de columns via RSS" in column


def test_follow_page_explains_rss_in_dutch_and_lists_every_feed(feeds: Project):
    project = feeds
    page = project.read("volgen/index.html")
    assert "Volgen via RSS" in page and "feedlezer" in page
    for path in ("feed.xml", "atom.xml", "feed-artikel.xml", "atom-nieuws.xml"):
        assert f"https://www.example.nl/{path}" in page


def test_drafts_and_future_columns_are_in_no_feed_even_in_preview(sample: Project, sample_preview: Project):
    """The sample site has a draft and a column dated after the build."""
    for project in (sample, sample_preview):
        feeds = list((project.root / "site").rglob("*.xml"))
        assert any(f.name == "feed.xml" for f in feeds)
        for feed in feeds:
            text = feed.read_text("utf-8")
            assert "Conceptstuk" not in text and "Later stuk" not in text, feed


def test_ids_and_content_dates_are_the_same_across_builds_serve_and_a_new_title(feeds: Project, project: Project):
    """Against the shared build: a serve build, then a build months later with a new title."""
    built = [e.id for e in parse(feeds, "atom.xml").entries]
    copy_of(feeds, project)
    project.build(now=NOW, serve=True, site_dir="c")
    assert [e.id for e in parse(project, "atom.xml", "c").entries] == built
    assert parse(project, "feed.xml", "c").entries[0].link.startswith("http://127.0.0.1:8000/")
    project.column("2017-02-27-warme-coalities", title="Warme coalities (herzien)", date="2017-02-27")
    project.build(now=datetime(2027, 3, 1, tzinfo=UTC), site_dir="d")
    assert [e.id for e in parse(project, "atom.xml", "d").entries] == built
    later = (project.root / "d/feed.xml").read_bytes().replace(b"Warme coalities (herzien)", b"Warme coalities")
    assert later == (feeds.root / "site/feed.xml").read_bytes()  # the build's own date is in no feed


def test_a_dirty_build_keeps_the_feeds_of_the_last_full_build(feeds: Project, project: Project):
    """``--dirty`` renders only changed pages: feeds rewritten then would lose the text of
    every other column. (The full build is the shared one, copied.)"""
    copy_of(feeds, project)
    full = {name: (project.root / "site" / name).read_bytes() for name in ("feed.xml", "atom.xml")}
    assert full["feed.xml"].count(b"<content:encoded>") == 3
    changed = project.column(
        "2017-02-27-warme-coalities", title="Warme coalities", date="2017-02-27", body="Herschreven alinea."
    )
    later = changed.stat().st_mtime + 60
    os.utime(changed, (later, later))
    project.build(now=NOW, dirty=True)
    assert "Herschreven alinea." in project.read("columns/2017/warme-coalities/index.html")  # rendered again
    assert {name: (project.root / "site" / name).read_bytes() for name in full} == full


def test_a_column_in_the_feeds_whose_page_another_plugin_removes_fails_the_build(project: Project):
    some_columns(project)
    project.write(
        "hooks/drop.py",
        """
        def on_files(files, config):
            files.remove(files.get_file_from_path("columns/2017/warme-coalities/index.md"))
            return files
    """,
    )
    project.extra_config["hooks"] = ["hooks/drop.py"]
    with pytest.raises(BuildFailed) as failed:
        project.build(now=NOW)
    assert (
        "columns/2017-02-27-warme-coalities.md: verwacht een pagina voor deze column (hij staat in de feeds)"
        in failed.value.messages
    )


def test_no_columns_means_no_feeds_and_no_discovery_links(project: Project):
    """Decided by the plan: no feed planned, so no file and nothing for the pages to announce."""
    state = project.plan(now=NOW)
    assert state.plan.feeds == () and state.feeds == ()
    assert not any(p.url.startswith("volgen") for p in state.plan.pages)  # no page about following either


def test_feeds_meet_the_structural_rules_of_rss_2_and_rfc_4287(feeds: Project):
    """What the W3C validator checks first: required elements, unique ids, RFC 3339/822 dates."""
    from email.utils import parsedate_to_datetime

    from lxml import etree

    project = feeds
    rss = etree.fromstring((project.root / "site/feed.xml").read_bytes())
    channel = rss.find("channel")
    for name in ("title", "link", "description"):
        assert (channel.findtext(name) or "").strip(), name
    items = channel.findall("item")
    guids = [i.findtext("guid") for i in items]
    assert len(set(guids)) == len(items) and all(g.startswith("tag:") for g in guids)
    for item in items:
        assert item.findtext("title") and item.find("guid").get("isPermaLink") == "false"
        assert parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None
        assert len(item.findall("enclosure")) <= 1
    assert_media_as_the_validator_wants(items)
    atom_ns = {"a": "http://www.w3.org/2005/Atom"}
    atom = etree.fromstring((project.root / "site/atom.xml").read_bytes())
    for name in ("a:id", "a:title", "a:updated", "a:author/a:name"):
        assert atom.find(name, atom_ns) is not None, name
    ids = []
    for entry in atom.findall("a:entry", atom_ns):
        ids.append(entry.findtext("a:id", namespaces=atom_ns))
        assert entry.findtext("a:title", namespaces=atom_ns)
        datetime.fromisoformat(entry.findtext("a:updated", namespaces=atom_ns))
        alternates = [link for link in entry.findall("a:link", atom_ns) if link.get("rel", "alternate") == "alternate"]
        assert len(alternates) == 1 and alternates[0].get("type") == "text/html"
        for link in entry.findall("a:link", atom_ns):
            if link.get("rel") == "enclosure":
                assert link.get("type") and int(link.get("length")) > 0
    assert len(set(ids)) == len(ids)
    assert_media_as_the_validator_wants(atom.findall("a:entry", atom_ns))


MEDIA = "{http://search.yahoo.com/mrss/}"


def assert_media_as_the_validator_wants(items) -> None:
    """A media:group holds several media:content ("media:group must have multiple
    media:content children"); a single image is a media:content of the item itself."""
    images = 0
    for item in items:
        for group in item.findall(f"{MEDIA}group"):
            assert len(group.findall(f"{MEDIA}content")) > 1
        single = item.findall(f"{MEDIA}content")
        images += len(single)
        assert all(c.get("url", "").startswith("https://") and c.get("medium") == "image" for c in single)
    assert images >= 1, "no item with an image to check"

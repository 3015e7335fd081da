"""The RSS and Atom feeds, read back with feedparser and lxml: ids, dates, absolute links, images, enclosures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import feedparser
from lxml import etree

from association.content.columns import UNKNOWN_DATE, Attachment, Column, Precision
from association.content.settings import ContentSettings
from association.render import feeds
from association.render.images import Variant
from support import made
from support.made import column

AMS = ZoneInfo("Europe/Amsterdam")
SETTINGS = ContentSettings()
SITE = "https://www.example.org/"
INFO = feeds.FeedInfo(
    title="Voorbeeldvereniging",
    description="Nieuws van de vereniging",
    site_url=SITE,
    rss_path="feed.xml",
    atom_path="atom.xml",
    uid_domain="example.org",
    author="Bestuur",
)
NS = {
    "a": "http://www.w3.org/2005/Atom",
    "dc": "http://purl.org/dc/elements/1.1/",
    "media": "http://search.yahoo.com/mrss/",
    "content": "http://purl.org/rss/1.0/modules/content/",
}
SOFIE = made.SOFIE


AGENDA_PDF = Attachment("agenda.pdf", "Agenda", 12345, "application/pdf")
NOTULEN = Attachment("notulen.odt", "Notulen", 999, "application/vnd.oasis.opendocument.text")


def feed_of(*columns: Column) -> feeds.Feed:
    return feeds.Feed("columns", "Voorbeeldvereniging", "feed.xml", "atom.xml", tuple(columns))


def rendered(*columns: Column, info: feeds.FeedInfo = INFO, html=None, images=None):
    """(RSS tree, Atom tree, feedparser's RSS, feedparser's Atom)."""
    rss, atom = feeds.render(feed_of(*columns), info, html or {}, SETTINGS, images)
    return etree.fromstring(rss), etree.fromstring(atom), feedparser.parse(rss), feedparser.parse(atom)


# --- ids and URLs


def test_an_item_id_is_a_tag_uri_from_the_domain_the_day_and_the_slug():
    assert feeds.item_id(column("ledenavond", date(2019, 2, 20)), "example.org") == (
        "tag:example.org,2019-02-20:columns/ledenavond"
    )
    late = column("ledenavond", datetime(2019, 2, 20, 23, 30, tzinfo=AMS))
    assert feeds.item_id(late, "example.org") == "tag:example.org,2019-02-20:columns/ledenavond"


def test_links_and_images_are_made_absolute_and_permalink_pilcrows_dropped():
    base = SITE + "columns/2026/stuk/"
    html = (
        '<h2 id="kop">Kop<a class="headerlink" href="#kop" title="Permanent link">¶</a></h2>'
        '<p><a href="../">terug</a> <a href="#kop">kop</a> <img src="foto.jpg" alt="">'
        ' <a href="https://elders.example.org/x">elders</a> <a href="/agenda/">agenda</a></p>'
    )
    assert feeds.absolutize(html, base) == (
        '<h2 id="kop">Kop</h2>'
        f'<p><a href="{SITE}columns/2026/">terug</a> <a href="{base}#kop">kop</a> <img src="{base}foto.jpg" alt="">'
        f' <a href="https://elders.example.org/x">elders</a> <a href="{SITE}agenda/">agenda</a></p>'
    )


# --- which feeds


def test_the_site_feed_comes_first_then_one_per_category_at_the_root():
    columns = [
        column("b", date(2026, 3, 2), category="Nieuws & Activiteiten"),
        column("a", date(2026, 3, 1), category="Column"),
        column("c", date(2026, 2, 1), category="Nieuws & Activiteiten"),
    ]
    result = feeds.feeds_for(columns, "feed.xml", "atom.xml", "Voorbeeldvereniging")
    assert [(f.key, f.title, f.rss_path, f.atom_path) for f in result] == [
        ("columns", "Voorbeeldvereniging", "feed.xml", "atom.xml"),
        ("columns/categorie/column", "Voorbeeldvereniging: Column", "feed-column.xml", "atom-column.xml"),
        (
            "columns/categorie/nieuws-activiteiten",
            "Voorbeeldvereniging: Nieuws & Activiteiten",
            "feed-nieuws-activiteiten.xml",
            "atom-nieuws-activiteiten.xml",
        ),
    ]
    assert [c.slug for c in result[0].columns] == ["b", "a", "c"]
    assert [c.slug for c in result[2].columns] == ["b", "c"]


def test_a_feed_name_without_an_extension_gets_the_category_at_its_end():
    (_, category) = feeds.feeds_for([column("a", date(2026, 1, 1))], "rss", "atom", "Site")
    assert (category.rss_path, category.atom_path) == ("rss-nieuws", "atom-nieuws")


def test_columns_without_a_known_date_are_in_no_feed_and_none_dated_means_no_feeds():
    undated = column("onbekend", UNKNOWN_DATE, precision=Precision.UNKNOWN)
    dated = column("bekend", date(2026, 1, 1))
    assert [c.slug for c in feeds.feeds_for([dated, undated], "feed.xml", "atom.xml", "S")[0].columns] == ["bekend"]
    assert feeds.feeds_for([undated], "feed.xml", "atom.xml", "S") == []
    assert feeds.feeds_for([], "feed.xml", "atom.xml", "S") == []


def test_a_feed_carries_its_newest_columns_up_to_the_limit():
    columns = [column(f"stuk-{n}", date(2026, 1, n)) for n in range(5, 0, -1)]
    assert [c.slug for c in feed_of(*columns).newest(2)] == ["stuk-5", "stuk-4"]
    rss, atom, _, _ = rendered(*columns, info=replace(INFO, limit=3))
    assert [i.findtext("title") for i in rss.iter("item")] == ["Stuk 5", "Stuk 4", "Stuk 3"]
    assert len(atom.findall("a:entry", NS)) == 3


def test_pages_announce_the_site_feeds_and_a_category_only_its_own():
    columns = [column("a", date(2026, 1, 2), category="Column"), column("b", date(2026, 1, 1))]
    site_feeds = feeds.feeds_for(columns, "feed.xml", "atom.xml", "Voorbeeldvereniging")
    assert feeds.discovery(site_feeds, None) == [
        ("Voorbeeldvereniging (RSS)", "application/rss+xml", "feed.xml"),
        ("Voorbeeldvereniging (Atom)", "application/atom+xml", "atom.xml"),
    ]
    assert feeds.discovery(site_feeds, "Nieuws")[2:] == [
        ("Voorbeeldvereniging: Nieuws (RSS)", "application/rss+xml", "feed-nieuws.xml"),
        ("Voorbeeldvereniging: Nieuws (Atom)", "application/atom+xml", "atom-nieuws.xml"),
    ]
    assert feeds.discovery(site_feeds, "Onbekend") == feeds.discovery(site_feeds, None)
    assert feeds.discovery([], "Nieuws") == []


# --- the channel


def test_the_channel_describes_the_site_in_dutch_with_a_self_link_in_both_formats():
    rss, atom, parsed_rss, parsed_atom = rendered(column("a", date(2026, 1, 1)))
    channel = rss.find("channel")
    assert channel.findtext("title") == "Voorbeeldvereniging"
    assert channel.findtext("description") == "Nieuws van de vereniging"
    assert channel.findtext("link") == SITE  # the site, not the feed itself
    assert channel.findtext("language") == "nl" and channel.findtext("ttl") == "60"
    (self_link,) = channel.findall("a:link", NS)
    assert (self_link.get("href"), self_link.get("rel"), self_link.get("type")) == (
        SITE + "feed.xml",
        "self",
        "application/rss+xml",
    )
    assert parsed_rss.bozo == 0 and parsed_rss.feed.language == "nl"
    assert atom.findtext("a:id", namespaces=NS) == "tag:example.org,2000-01-01:columns"
    assert atom.get("{http://www.w3.org/XML/1998/namespace}lang") == "nl"
    assert {(link.get("rel"), link.get("href")) for link in atom.findall("a:link", NS)} == {
        ("self", SITE + "atom.xml"),
        ("alternate", SITE),
    }
    assert parsed_atom.bozo == 0 and parsed_atom.feed.author == "Bestuur"
    assert parsed_atom.feed.subtitle == "Nieuws van de vereniging"


def test_a_category_feeds_id_comes_from_its_key_not_from_the_site_url():
    feed = feeds.Feed("columns/categorie/nieuws", "V: Nieuws", "feed-nieuws.xml", "atom-nieuws.xml", ())
    local = replace(INFO, site_url="http://127.0.0.1:8000/")
    _, atom = feeds.render(feed, local, {}, SETTINGS)
    assert (
        etree.fromstring(atom).findtext("a:id", namespaces=NS) == "tag:example.org,2000-01-01:columns/categorie/nieuws"
    )


def test_the_last_build_date_is_the_newest_change_in_the_content_not_the_clock():
    columns = [column("nieuw", date(2026, 3, 1)), column("oud", date(2025, 1, 1), updated=date(2026, 4, 2))]
    rss, atom, _, _ = rendered(*columns)
    assert rss.findtext("channel/lastBuildDate") == "Thu, 02 Apr 2026 00:00:00 +0200"
    assert atom.findtext("a:updated", namespaces=NS) == "2026-04-02T00:00:00+02:00"


def test_an_empty_feed_has_a_fixed_date_and_the_same_bytes_every_time():
    first = feeds.render(feed_of(), INFO, {}, SETTINGS)
    assert first == feeds.render(feed_of(), INFO, {}, SETTINGS)
    assert etree.fromstring(first[1]).findtext("a:updated", namespaces=NS) == "2000-01-01T00:00:00+01:00"


def test_rendering_twice_gives_the_same_bytes():
    columns = [column("a", date(2026, 1, 2), attachments=(AGENDA_PDF, NOTULEN)), column("b", date(2026, 1, 1))]
    html = {c.url: "<p>Tekst.</p>" for c in columns}
    assert feeds.render(feed_of(*columns), INFO, html, SETTINGS) == feeds.render(
        feed_of(*columns), INFO, html, SETTINGS
    )


def test_a_logo_becomes_the_rss_image_and_the_atom_logo():
    rss, atom, _, _ = rendered(column("a", date(2026, 1, 1)), info=replace(INFO, logo=SITE + "assets/logo.png"))
    image = rss.find("channel/image")
    assert (image.findtext("url"), image.findtext("title"), image.findtext("link")) == (
        SITE + "assets/logo.png",
        "Voorbeeldvereniging",
        SITE,
    )
    assert atom.findtext("a:logo", namespaces=NS) == SITE + "assets/logo.png"
    plain, plain_atom, _, _ = rendered(column("a", date(2026, 1, 1)))
    assert plain.find("channel/image") is None and plain_atom.find("a:logo", NS) is None


# --- the items


def test_an_item_has_its_id_title_link_author_dates_and_categories():
    stuk = column(
        "ledenavond",
        datetime(2026, 11, 5, 10, 30, tzinfo=AMS),
        title="Ledenavond in november",
        tags=("Netwerken", "Leden"),
        updated=date(2026, 11, 20),
    )
    rss, atom, parsed_rss, parsed_atom = rendered(stuk)
    item = rss.find("channel/item")
    guid = item.find("guid")
    assert guid.text == "tag:example.org,2026-11-05:columns/ledenavond" and guid.get("isPermaLink") == "false"
    assert item.findtext("title") == "Ledenavond in november"
    assert item.findtext("link") == SITE + "columns/2026/ledenavond/"
    assert item.findtext("pubDate") == "Thu, 05 Nov 2026 10:30:00 +0100"
    assert item.findtext("dc:creator", namespaces=NS) == "Sofie de Vries"
    assert [c.text for c in item.findall("category")] == ["Nieuws", "Netwerken", "Leden"]
    entry = parsed_atom.entries[0]
    assert entry.id == "tag:example.org,2026-11-05:columns/ledenavond"
    assert entry.link == SITE + "columns/2026/ledenavond/" and entry.author == "Sofie de Vries"
    assert entry.published == "2026-11-05T10:30:00+01:00" and entry.updated == "2026-11-20T00:00:00+01:00"
    assert [t.term for t in entry.tags] == ["Nieuws", "Netwerken", "Leden"]
    assert parsed_rss.entries[0].id == entry.id  # one id in both formats
    (alternate,) = [link for link in atom.find("a:entry", NS).findall("a:link", NS) if link.get("rel") == "alternate"]
    assert alternate.get("type") == "text/html"


def test_an_item_without_updated_is_updated_when_it_was_published():
    _, atom, _, _ = rendered(column("a", date(2026, 7, 1)))
    entry = atom.find("a:entry", NS)
    assert entry.findtext("a:updated", namespaces=NS) == entry.findtext("a:published", namespaces=NS)
    assert entry.findtext("a:published", namespaces=NS) == "2026-07-01T00:00:00+02:00"


def test_items_keep_the_order_they_are_given_newest_first():
    columns = [column(f"stuk-{n}", date(2026, 1, n)) for n in (3, 2, 1)]
    _, _, parsed_rss, parsed_atom = rendered(*columns)
    assert [e.title for e in parsed_rss.entries] == ["Stuk 3", "Stuk 2", "Stuk 1"]
    assert [e.title for e in parsed_atom.entries] == ["Stuk 3", "Stuk 2", "Stuk 1"]


def test_a_summary_is_plain_text_so_markup_in_it_arrives_as_text():
    rss, atom, parsed_rss, _ = rendered(column("a", date(2026, 1, 1), summary="Een <b>vet</b> & meer"))
    assert rss.findtext("channel/item/description") == "Een &lt;b&gt;vet&lt;/b&gt; &amp; meer"
    assert parsed_rss.entries[0].summary == "Een &lt;b&gt;vet&lt;/b&gt; &amp; meer"  # shown as the text itself
    summary = atom.find("a:entry/a:summary", NS)
    assert summary.get("type") == "html" and summary.text == "Een &lt;b&gt;vet&lt;/b&gt; &amp; meer"


def test_without_a_summary_an_item_has_no_description():
    rss, atom, _, _ = rendered(column("a", date(2026, 1, 1)))
    assert rss.find("channel/item/description") is None and atom.find("a:entry/a:summary", NS) is None


def test_the_full_text_is_the_rendered_body_made_absolute():
    stuk = column("stuk", date(2026, 1, 1), summary="Kort.")
    html = {stuk.url: '<p><a href="bijlage.pdf">bijlage</a></p>'}
    rss, atom, _, parsed_atom = rendered(stuk, html=html)
    expected = f'<p><a href="{SITE}columns/2026/stuk/bijlage.pdf">bijlage</a></p>'
    assert rss.findtext("channel/item/content:encoded", namespaces=NS) == expected
    content = atom.find("a:entry/a:content", NS)
    assert content.get("type") == "html" and content.text == expected
    assert parsed_atom.entries[0].content[0].value == expected


def test_without_a_summary_the_rss_description_is_the_body_itself():
    stuk = column("stuk", date(2026, 1, 1))
    rss, atom, _, _ = rendered(stuk, html={stuk.url: '<p><a href="x/">Lang.</a></p>'})
    item = rss.find("channel/item")
    assert item.findtext("description") == f'<p><a href="{SITE}columns/2026/stuk/x/">Lang.</a></p>'
    assert item.find("content:encoded", NS) is None and atom.find("a:entry/a:summary", NS) is None


def test_a_feed_of_summaries_only_or_a_column_without_a_body_has_no_content():
    stuk = column("stuk", date(2026, 1, 1), summary="Kort.")
    rss, atom, _, _ = rendered(stuk, info=replace(INFO, full_content=False), html={stuk.url: "<p>Lang.</p>"})
    assert rss.find("channel/item/content:encoded", NS) is None and atom.find("a:entry/a:content", NS) is None
    rss, _, _, _ = rendered(stuk)
    assert rss.find("channel/item/content:encoded", NS) is None


def test_a_columns_image_heads_the_content_as_the_sized_copy_and_is_its_media_content():
    stuk = column(
        "stuk", date(2026, 1, 1), summary="Kort.", image="columns/2026/stuk/foto.jpg", image_alt='Een "volle" zaal'
    )
    copy = Variant("columns/2026/stuk/foto-960w-abcdef1234.jpg", 960, 640, "jpeg", "abcdef1234")
    rss, atom, _, _ = rendered(stuk, html={stuk.url: "<p>Tekst.</p>"}, images={stuk.image: copy})
    content = rss.findtext("channel/item/content:encoded", namespaces=NS)
    assert content == (
        f'<p><img src="{SITE}{copy.path}" width="960" height="640" alt="Een &quot;volle&quot; zaal"></p>\n<p>Tekst.</p>'
    )
    for item in (rss.find("channel/item"), atom.find("a:entry", NS)):
        (media,) = item.findall("media:content", NS)  # straight in the item: no media:group of one
        assert dict(media.attrib) == {
            "url": SITE + copy.path,
            "medium": "image",
            "type": "image/jpeg",
            "width": "960",
            "height": "640",
        }
        assert item.find("media:group", NS) is None


def test_an_image_without_a_sized_copy_is_linked_as_it_is_without_a_size():
    stuk = column("stuk", date(2026, 1, 1), summary="Kort.", image="assets/beeld.svg", image_alt="")
    rss, _, _, _ = rendered(stuk, html={stuk.url: "<p>Tekst.</p>"})
    item = rss.find("channel/item")
    assert item.findtext("content:encoded", namespaces=NS).startswith(f'<p><img src="{SITE}assets/beeld.svg" alt="">')
    assert dict(item.find("media:content", NS).attrib) == {"url": SITE + "assets/beeld.svg", "medium": "image"}


def test_rss_encloses_the_first_attachment_and_atom_lists_every_one_with_type_and_length():
    stuk = column("stuk", date(2026, 1, 1), attachments=(AGENDA_PDF, NOTULEN))
    rss, atom, _, parsed_atom = rendered(stuk)
    (enclosure,) = rss.findall("channel/item/enclosure")
    assert dict(enclosure.attrib) == {
        "url": SITE + "columns/2026/stuk/agenda.pdf",
        "length": "12345",
        "type": "application/pdf",
    }
    links = {
        link.get("href"): (link.get("rel"), link.get("type"), link.get("length"))
        for link in atom.find("a:entry", NS).findall("a:link", NS)
    }
    assert links == {
        SITE + "columns/2026/stuk/": ("alternate", "text/html", None),
        SITE + "columns/2026/stuk/agenda.pdf": ("enclosure", "application/pdf", "12345"),
        SITE + "columns/2026/stuk/notulen.odt": ("enclosure", "application/vnd.oasis.opendocument.text", "999"),
    }
    assert {e.href for e in parsed_atom.entries[0].enclosures} == {
        SITE + "columns/2026/stuk/agenda.pdf",
        SITE + "columns/2026/stuk/notulen.odt",
    }

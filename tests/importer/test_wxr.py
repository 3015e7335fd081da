"""importer/wxr.py: a WordPress export (WXR 1.1 or 1.2, wordpress.org's or WordPress.com's
namespaces) read into frozen values, and every file that is no usable export refused in Dutch."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from association.importer import wxr
from support.imports import OWN, THEME_UNIT_TEST

ITEM = """
<item>
  <title> Een bericht </title>
  <link>https://oud.example.org/2026/05/12/een-bericht/</link>
  <guid isPermaLink="false">https://oud.example.org/?p=7</guid>
  <dc:creator>redactie</dc:creator>
  <content:encoded><![CDATA[  <p>Tekst</p>\n]]></content:encoded>
  <excerpt:encoded><![CDATA[ Kort ]]></excerpt:encoded>
  <wp:post_id>7</wp:post_id>
  <wp:post_date>2026-05-12 10:30:00</wp:post_date>
  <wp:post_date_gmt>2026-05-12 08:30:00</wp:post_date_gmt>
  <wp:post_name>een-bericht</wp:post_name>
  <wp:status>publish</wp:status>
  <wp:post_parent>x</wp:post_parent>
  <wp:menu_order>3</wp:menu_order>
  <wp:post_type>post</wp:post_type>
  <wp:is_sticky>0</wp:is_sticky>
  <category domain="category" nicename="nieuws"><![CDATA[ Nieuws ]]></category>
  <category><![CDATA[zonder domein]]></category>
  <wp:postmeta><wp:meta_key>_EventCost</wp:meta_key><wp:meta_value><![CDATA[ 15 ]]></wp:meta_value></wp:postmeta>
  <wp:comment><wp:comment_approved>1</wp:comment_approved></wp:comment>
  <wp:comment><wp:comment_approved>0</wp:comment_approved></wp:comment>
  <wp:comment><wp:comment_approved>spam</wp:comment_approved></wp:comment>
</item>"""


def export_text(wp: str = "http://wordpress.org/export/1.2/", version: str = "1.2", channel: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<rss version="2.0" xmlns:excerpt="{wp}excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        f' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="{wp}"><channel>'
        f"<title>Oude site</title><link>https://oud.example.org/</link><wp:wxr_version>{version}</wp:wxr_version>"
        f"{channel}</channel></rss>"
    )


def read_text(tmp_path: Path, text: str) -> wxr.Export:
    path = tmp_path / "export.xml"
    path.write_text(text, encoding="utf-8")
    return wxr.read(path)


# --- the fixture exports ------------------------------------------------------------------


def test_both_export_versions_are_read_whatever_their_namespace_uri():
    theme, own = wxr.read(THEME_UNIT_TEST), wxr.read(OWN)
    assert (theme.version, own.version) == ("1.2", "1.1")
    assert theme.link == "https://wpthemetestdata.wordpress.com" and len(theme.items) == 180
    post = own.by_id()[10]
    assert post.title == "Terugblik op de ledenavond" and post.meta["_thumbnail_id"] == "101"
    assert [t.name for t in post.terms_in("post_tag")] == ["ledenavond", "netwerk"] and post.comments == 1
    assert own.by_id()[15].password == "geheim" and own.by_id()[11].sticky


def test_the_theme_unit_test_export_holds_what_its_readme_says():
    export = wxr.read(THEME_UNIT_TEST)
    types = Counter(i.type for i in export.items)
    assert (types["post"], types["page"], types["attachment"], types["nav_menu_item"]) == (51, 21, 38, 70)
    statuses = Counter(i.status for i in export.items if i.type == "post")
    assert (statuses["draft"], statuses["future"]) == (1, 1)
    assert [a.display_name for a in export.authors] == ["Theme Buster", "Theme Reviewer"]


def test_our_own_export_gives_authors_events_and_their_meta_excerpts_and_comments():
    export = wxr.read(OWN)
    assert export.title == "Voorbeeldvereniging (oude site)" and export.link == "https://oud.example.org"
    assert [(a.login, a.display_name) for a in export.authors] == [
        ("redactie", "De Redactie"),
        ("sofie-vriends", "Sofie Vriends"),
    ]
    items = export.by_id()
    assert items[10].excerpt == "Een avond over <em>samenwerken</em> in de wijk."
    assert items[10].content.startswith("<!-- wp:paragraph -->\n<p>Op de ledenavond")
    event = items[30]
    assert event.type == "tribe_events" and event.guid == "https://oud.example.org/?post_type=tribe_events&p=30"
    assert event.meta["_EventVenueID"] == "40" and event.meta["_EventCurrencySymbol"] == "€"
    assert [(t.domain, t.nicename, t.name) for t in event.terms] == [
        ("tribe_events_cat", "werkbezoeken", "Werkbezoeken")
    ]
    assert items[33].modified_gmt == "2026-11-02 08:15:00" and items[12].date_gmt == "0000-00-00 00:00:00"
    assert (items[101].parent, items[101].menu_order, items[101].type) == (10, 1, "attachment")
    assert items[101].attachment_url == "https://oud.example.org/wp-content/uploads/2026/05/zaal.png"
    assert export.comments == 1


# --- one item, field by field ---------------------------------------------------------------


def test_an_items_fields_are_trimmed_but_its_text_and_meta_values_are_kept_as_written(tmp_path: Path):
    [post] = read_text(tmp_path, export_text(channel=ITEM)).items
    assert (post.id, post.type, post.status, post.slug) == (7, "post", "publish", "een-bericht")
    assert post.title == "Een bericht" and post.excerpt == "Kort"
    assert post.content == "  <p>Tekst</p>\n"
    assert post.meta == {"_EventCost": " 15 "}
    assert (post.creator, post.date, post.date_gmt) == ("redactie", "2026-05-12 10:30:00", "2026-05-12 08:30:00")
    assert (post.parent, post.menu_order) == (0, 3)  # a parent that is no number is none
    assert not post.sticky and post.password == "" and post.attachment_url == ""


def test_only_terms_with_a_domain_count_and_only_approved_comments(tmp_path: Path):
    export = read_text(tmp_path, export_text(channel=ITEM))
    [post] = export.items
    assert post.terms == (wxr.Term("category", "nieuws", "Nieuws"),)
    assert post.terms_in("post_tag") == ()
    assert post.comments == 1 and export.comments == 1


def test_wordpress_com_s_https_namespace_is_read_as_the_same_export(tmp_path: Path):
    export = read_text(tmp_path, export_text(wp="https://wordpress.org/export/1.2/", channel=ITEM))
    [post] = export.items
    assert (post.id, post.slug, post.excerpt, post.meta["_EventCost"]) == (7, "een-bericht", "Kort", " 15 ")


def test_an_element_of_another_namespace_with_the_same_name_is_not_taken_for_wordpress_s(tmp_path: Path):
    other = ITEM.replace("<wp:post_name>een-bericht</wp:post_name>", '<x:post_name xmlns:x="urn:x">x</x:post_name>')
    [post] = read_text(tmp_path, export_text(channel=other)).items
    assert post.slug == ""


def test_the_blog_address_is_base_blog_url_else_the_channel_link_without_its_slash(tmp_path: Path):
    assert read_text(tmp_path, export_text()).link == "https://oud.example.org"
    base = "<wp:base_blog_url>https://oud.example.org/blog/</wp:base_blog_url>"
    assert read_text(tmp_path, export_text(channel=base)).link == "https://oud.example.org/blog"


def test_an_author_without_a_display_name_is_shown_by_login(tmp_path: Path):
    authors = (
        "<wp:author><wp:author_login>sofie</wp:author_login></wp:author>"
        "<wp:author><wp:author_login>jan</wp:author_login>"
        "<wp:author_display_name><![CDATA[Jan Voorbeeld]]></wp:author_display_name></wp:author>"
    )
    export = read_text(tmp_path, export_text(channel=authors))
    assert export.authors == (wxr.Author("sofie", "sofie"), wxr.Author("jan", "Jan Voorbeeld"))


def test_the_blogs_categories_are_read_with_their_parent_for_the_nested_archive_addresses(tmp_path: Path):
    categories = (
        "<wp:category><wp:category_nicename>ouder</wp:category_nicename><wp:category_parent/>"
        "<wp:cat_name><![CDATA[Ouder]]></wp:cat_name></wp:category>"
        "<wp:category><wp:category_nicename> kind </wp:category_nicename>"
        "<wp:category_parent>ouder</wp:category_parent><wp:cat_name><![CDATA[Kind]]></wp:cat_name></wp:category>"
        "<wp:category><wp:cat_name>zonder slug</wp:cat_name></wp:category>"
    )
    export = read_text(tmp_path, export_text(channel=categories))
    assert export.categories == (wxr.Category("ouder", "", "Ouder"), wxr.Category("kind", "ouder", "Kind"))
    nested = {c.nicename: c.parent for c in wxr.read(THEME_UNIT_TEST).categories}
    assert nested["child-2"] == "child-1" and nested["child-1"] == "parent"


def test_by_id_finds_each_item_by_its_post_id():
    export = wxr.read(OWN)
    assert all(export.by_id()[i.id] is i for i in export.items)


# --- what is refused ------------------------------------------------------------------------


def test_an_export_with_entities_is_refused_before_anything_is_expanded(tmp_path: Path):
    hostile = tmp_path / "export.xml"
    hostile.write_text(
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        "<rss><channel><title>&b;</title></channel></rss>"
    )
    with pytest.raises(wxr.ExportError, match="DTD of entiteiten"):
        wxr.read(hostile)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<rss><channel><title>x</title></channel></rss>", "wp:wxr_version ontbreekt"),
        (
            '<rss xmlns:wp="http://wordpress.org/export/1.0/"><channel><wp:wxr_version>1.0</wp:wxr_version>'
            "</channel></rss>",
            "1.1 of nieuwer, gevonden 1.0",
        ),
        ("<html><body/></html>", "gevonden <html>"),
        ("<rss><channel>", "geen geldige XML"),
    ],
)
def test_a_file_that_is_no_usable_export_is_a_dutch_error_naming_it(tmp_path: Path, text: str, expected: str):
    path = tmp_path / "export.xml"
    path.write_text(text)
    with pytest.raises(wxr.ExportError, match=expected) as error:
        wxr.read(path)
    assert str(path) in str(error.value)


def test_a_broken_export_names_the_line_and_column_of_the_break(tmp_path: Path):
    path = tmp_path / "export.xml"
    path.write_text("<rss>\n<channel>\n<title>x</channel></rss>")
    with pytest.raises(wxr.ExportError, match=r"export\.xml:3:\d+: geen geldige XML"):
        wxr.read(path)


def test_a_version_that_is_no_number_is_too_old(tmp_path: Path):
    with pytest.raises(wxr.ExportError, match=r"1\.1 of nieuwer, gevonden nieuw"):
        read_text(tmp_path, export_text(version="nieuw"))


def test_a_missing_file_is_an_export_error_not_a_traceback(tmp_path: Path):
    with pytest.raises(wxr.ExportError, match="kan het bestand niet lezen") as error:
        wxr.read(tmp_path / "nergens.xml")
    assert "nergens.xml" in str(error.value)

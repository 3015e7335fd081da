"""The importer's modules one at a time, without a site or a build."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from zoneinfo import ZoneInfo

import pytest

from association.content.columns import _aliases
from association.content.errors import FieldError
from association.importer import events_calendar, html_to_markdown, media, shortcodes, wxr
from association.importer.addresses import old_path, query_id
from association.importer.categories import pick
from support.imports import OWN, THEME_UNIT_TEST

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
BLOG = "https://oud.example.org"


def md(html: str) -> str:
    return html_to_markdown.convert(html, lambda url, kind: url).markdown


def item(**meta: str) -> wxr.Item:
    fields = dict.fromkeys(
        ("type", "status", "title", "link", "guid", "slug", "date", "date_gmt", "modified_gmt", "creator"), ""
    )
    return wxr.Item(
        id=1,
        parent=0,
        menu_order=0,
        content="",
        excerpt="",
        password="",
        sticky=False,
        attachment_url="",
        meta=MappingProxyType(meta),
        **fields,
    )


# --- reading the export -------------------------------------------------------------


def test_both_export_versions_are_read_whatever_their_namespace_uri():
    theme, own = wxr.read(THEME_UNIT_TEST), wxr.read(OWN)
    assert (theme.version, own.version) == ("1.2", "1.1")
    assert theme.link == "https://wpthemetestdata.wordpress.com" and len(theme.items) == 180
    post = own.by_id()[10]
    assert post.title == "Terugblik op de ledenavond" and post.meta["_thumbnail_id"] == "101"
    assert [t.name for t in post.terms_in("post_tag")] == ["ledenavond", "netwerk"] and post.comments == 1
    assert own.by_id()[15].password == "geheim" and own.by_id()[11].sticky


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


# --- HTML to Markdown ------------------------------------------------------------------


def test_text_never_becomes_html_a_link_or_an_attribute_list():
    text = md('<p>&lt;img src=x onerror=alert(1)&gt; {: onclick="x"} [a](javascript:x) `code` *b* _c_</p>')
    assert (
        text == '&lt;img src=x onerror=alert(1)> \\{: onclick="x"\\} \\[a\\](javascript:x) \\`code\\` \\*b\\* \\_c\\_\n'
    )


def test_only_web_mail_and_relative_links_survive_and_scripts_go():
    text = md(
        '<p><a href="javascript:alert(1)">a</a> <a href="data:text/html,x">b</a> <a href="mailto:x@example.org">c</a>'
        '<script>alert(1)</script><img src="vbscript:x" alt="d"></p>'
    )
    assert text == "a b [c](mailto:x@example.org)d\n"


def test_classic_text_gets_paragraphs_and_line_breaks_as_wordpress_shows_it():
    assert md("Een\ntwee\n\nDrie\n<pre>a\n\nb</pre>") == "Een<br>\ntwee\n\nDrie\n\n    a\n\n    b\n"


def test_the_more_tag_becomes_ours_and_a_lone_url_an_embed_link():
    result = html_to_markdown.convert("Intro\n\n<!--more Lees verder-->\n\nhttps://vimeo.com/123\n", lambda u, k: u)
    assert result.markdown == "Intro\n\n<!-- more -->\n\n<https://vimeo.com/123>\n"
    assert result.embeds == ("https://vimeo.com/123",)


def test_an_h1_in_the_text_moves_every_heading_one_level_down():
    assert md("<h1>Een</h1><h2>Twee</h2><h6>Zes</h6>") == "## Een\n\n### Twee\n\n###### Zes\n"


def test_gutenberg_comments_are_dropped_and_an_iframe_becomes_a_link():
    html = (
        '<!-- wp:paragraph --><p>Tekst</p><!-- /wp:paragraph --><iframe src="https://www.youtube.com/embed/x"></iframe>'
    )
    assert md(html) == "Tekst\n\n<https://www.youtube.com/embed/x>\n"


def test_every_link_and_image_goes_through_the_rewrite():
    seen: list[tuple[str, str]] = []

    def rewrite(url: str, kind: str) -> str | None:
        seen.append((url, kind))
        return None if "weg" in url else "nieuw.png"

    result = html_to_markdown.convert('<p><a href="/weg/">tekst</a> <img src="/oud.png" alt="Alt [x]"></p>', rewrite)
    assert result.markdown == "tekst ![Alt \\[x\\]](nieuw.png)\n"
    assert seen == [("/weg/", "a"), ("/oud.png", "img")]


# --- shortcodes ------------------------------------------------------------------------


def test_shortcode_attributes_are_read_as_wordpress_reads_them():
    assert shortcodes.attributes("id=\"1\" align='left' width=300 https://x.org") == {
        "id": "1",
        "align": "left",
        "width": "300",
        "0": "https://x.org",
    }


def test_unknown_shortcodes_are_kept_as_code_and_reported_bracketed_words_stay_text():
    result = shortcodes.convert('[sic] en\n[poll id="3"]\n[box]binnen[/box] [[gallery]]', lambda ids: [])
    assert result.html == '[sic] en\n<code>[poll id="3"]</code>\n<code>[box]</code>binnen<code>[/box]</code> [gallery]'
    assert result.unknown == ('[poll id="3"]', "[box]")


def test_caption_gallery_embed_and_audio_become_html():
    images = lambda ids: [shortcodes.Image(f"/{i}.jpg", f"Foto {i}") for i in ids]  # noqa: E731
    result = shortcodes.convert(
        '[caption id="a" width="300"]<img src="a.jpg" alt="A"> Onderschrift[/caption]'
        '[gallery ids="1,2"][embed]https://youtu.be/x[/embed][audio mp3="https://x.org/a.mp3"]',
        images,
    )
    assert result.unknown == ()
    assert result.html == (
        '<figure><img src="a.jpg" alt="A"><figcaption>Onderschrift</figcaption></figure>'
        '<p><img src="/1.jpg" alt="Foto 1"></p><p><img src="/2.jpg" alt="Foto 2"></p>'
        '<p><a href="https://youtu.be/x">https://youtu.be/x</a></p>'
        '<p><a href="https://x.org/a.mp3">https://x.org/a.mp3</a></p>'
    )


# --- The Events Calendar ---------------------------------------------------------------


def test_an_event_in_its_own_zone_keeps_it():
    fields = events_calendar.fields(
        item(
            _EventStartDate="2026-12-03 10:00:00",
            _EventEndDate="2026-12-03 11:00:00",
            _EventTimezone="America/New_York",
        ),
        {},
        AMSTERDAM,
    )
    assert fields.start == datetime(2026, 12, 3, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    assert fields.timezone == "America/New_York"


def test_an_offset_zone_uses_the_utc_time_in_the_sites_zone():
    fields = events_calendar.fields(
        item(_EventStartDate="2026-07-01 16:00:00", _EventStartDateUTC="2026-07-01 15:00:00", _EventTimezone="UTC+1"),
        {},
        AMSTERDAM,
    )
    assert fields.start == datetime(2026, 7, 1, 17, 0, tzinfo=AMSTERDAM) and fields.timezone is None


def test_an_all_day_event_ends_on_its_last_day_and_one_day_has_no_end():
    one = events_calendar.fields(
        item(_EventAllDay="yes", _EventStartDate="2026-10-08 00:00:00", _EventEndDate="2026-10-08 23:59:59"),
        {},
        AMSTERDAM,
    )
    assert (one.start, one.end) == (date(2026, 10, 8), None)


def test_an_event_without_a_start_is_an_error_for_the_report():
    with pytest.raises(events_calendar.EventDataError):
        events_calendar.fields(item(_EventStartDate="nooit"), {}, AMSTERDAM)


# --- addresses, uploads, categories, aliases ------------------------------------------


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("https://oud.example.org/2013/01/titel/", "2013/01/titel/"),
        ("https://oud.example.org//greek/%ce%b5%cf%80/", "greek/επ/"),
        ("https://oud.example.org/?p=12", None),
        ("https://oud.example.org", None),
        ("https://elders.example.org/x/", None),
        ("https://oud.example.org/a/../../etc/", None),
    ],
)
def test_an_old_permalink_becomes_a_site_path_or_nothing(link: str, expected: str | None):
    assert old_path(link, BLOG) == expected


def test_the_id_forms_of_old_addresses_are_understood():
    assert [query_id(u) for u in ("/?p=12", "/?page_id=3", "/?post_type=tribe_events&p=7", "/x/")] == [12, 3, 7, None]


def test_uploads_are_found_by_their_path_or_as_the_original_of_a_resized_copy(tmp_path: Path):
    (tmp_path / "2026/05").mkdir(parents=True)
    (tmp_path / "2026/05/zaal.png").write_bytes(b"x")
    assert media.upload_path("https://oud.example.org/wp-content/uploads/2026/05/zaal-300x169.png?w=1", BLOG) == (
        "2026/05/zaal-300x169.png"
    )
    assert media.upload_path("https://x.files.wordpress.com/2008/06/a.jpg", BLOG) == "2008/06/a.jpg"
    assert media.upload_path("https://oud.example.org/wp-content/uploads/../../secret", BLOG) is None
    assert media.find(tmp_path, "2026/05/zaal-300x169.png") == tmp_path / "2026/05/zaal.png"
    assert media.find(None, "2026/05/zaal.png") is None


def test_a_category_lands_by_mapping_by_name_or_by_the_wildcard():
    allowed = ["Column", "Nieuws"]
    assert pick([("Nieuwtjes", "nieuwtjes")], {"nieuwtjes": "Nieuws"}, allowed) == "Nieuws"
    assert pick([("column", "column")], {}, allowed) == "Column"
    assert pick([("Overig", "overig")], {"*": "Column"}, allowed) == "Column"
    assert pick([("Overig", "overig")], {}, allowed) is None
    assert pick([], {}, ["Webinar"]) == "Webinar"


def test_a_column_alias_may_be_an_old_wordpress_permalink_but_no_query_or_parent():
    assert _aliases(["/2013/01/11/titel/", "/greek/επ/"]) == ("2013/01/11/titel/", "greek/επ/")
    for bad in ("/?p=1", "/a/../b/", "/a b/", "/", "/a%20b/"):
        with pytest.raises(FieldError):
            _aliases([bad])


def test_the_importer_never_imports_mkdocs_or_the_adapter():
    import ast

    package = Path(wxr.__file__).parent
    imported = set()
    for module in package.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom):
                imported.add(("." * node.level) + (node.module or ""))
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    assert not [name for name in imported if name.startswith(("mkdocs", "material", "..adapter", "..commands"))]


def test_a_line_break_inside_code_is_no_html_and_an_address_is_a_paragraph():
    assert md("<p><code>a {<br />\nb;</code></p><address>Straat 1</address><p>Daarna</p>") == (
        "`a {\nb;`\n\nStraat 1\n\nDaarna\n"  # a newline in a code span shows as a space
    )


def test_preformatted_text_cannot_close_its_block_and_a_pipe_stays_in_its_cell():
    import markdown

    text = md("<pre>```\n&lt;script&gt;alert(1)&lt;/script&gt;\n```</pre><table><tr><td>a | b</td></tr></table>")
    assert text.startswith("    ```\n    <script>alert(1)</script>\n    ```\n\n")
    html = markdown.markdown(text, extensions=["tables"])
    assert "<script>" not in html and "<td>a | b</td>" in html


def test_any_title_survives_the_kop_as_the_same_text():
    from association.content.frontmatter import parse
    from association.importer.sources import kop

    title = 'yes: "no" # \\ \u2028 \x85 \x7f \ufeff --- {a} [b]'
    front = parse("x.md", kop([("title", title), ("tags", ["1:2", "- x", "null"])]) + "\nTekst.\n")
    assert front.data["title"] == title and front.data["tags"] == ["1:2", "- x", "null"]


def test_a_reusable_block_is_named_not_silently_dropped():
    result = html_to_markdown.convert('<!-- wp:block {"ref":12} /--><!-- wp:paragraph --><p>x</p>', lambda u, k: u)
    assert result.markdown == "x\n" and result.reusable == ('wp:block {"ref":12} /',)


def test_a_link_hidden_behind_a_control_character_is_dropped_as_a_browser_would_read_it():
    from association.importer.html_to_markdown import safe_url

    assert safe_url("\x01javascript:alert(1)") is None
    assert safe_url("java&#115;cript:alert(1)") is None
    assert safe_url("/pagina/") == "/pagina/"

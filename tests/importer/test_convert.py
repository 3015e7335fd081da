"""importer/convert.py: one item's body through shortcodes and HTML to Markdown, with every
link rewritten: to another imported item as a relative link (only when that one is public),
an upload to a local copy beside the text (or under docs/assets/ for a page), and what could
not be kept counted for the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from association.importer import wxr
from association.importer.addresses import Address
from association.importer.convert import Body, Linker, convert, upload_target
from support.imports import BLOG, export_of, item

UPLOADS = f"{BLOG}/wp-content/uploads"
HERE = Address("column", "columns/2026-05-12-avond.md", "columns/2026/avond/", True)
FOLDER = Address("column", "columns/2026-05-12-avond/index.md", "columns/2026/avond/", True)
APRIL = Address("column", "columns/2026-04-02-netwerk.md", "columns/2026/netwerk/", True)
DRAFT = Address("column", "columns/2026-11-01-plannen.md", "columns/2026/plannen/", False)
OVER = Address("page", "docs/over/index.md", "over/", True)


@pytest.fixture
def uploads(tmp_path: Path) -> Path:
    folder = tmp_path / "uploads"
    (folder / "2026/05").mkdir(parents=True)
    for name in ("zaal.png", "kring.png", "verslag.pdf"):
        (folder / "2026/05" / name).write_bytes(name.encode())
    return folder


def linker(*items: wxr.Item, uploads: Path | None = None, new_host: str = "www.example.org") -> Linker:
    return Linker(
        export=export_of(*items),
        uploads=uploads,
        by_path={"2026/04/02/netwerk/": APRIL, "2026/11/01/plannen/": DRAFT, "over/": OVER},
        by_id={11: APRIL, 12: DRAFT, 20: OVER},
        by_slug={"netwerk": APRIL},
        new_host=new_host,
        docs="docs",
    )


def body_of(html: str, *others: wxr.Item, source: str = HERE.source, page: bool = False, **options) -> Body:
    post = item(10, content=html)
    return convert(post, source, linker(post, *others, **options), page=page)


# --- links to other items -----------------------------------------------------------------------


def test_a_link_to_another_imported_post_is_a_relative_link_to_its_source():
    assert body_of(f'<p><a href="{BLOG}/2026/04/02/netwerk/">april</a></p>').markdown == (
        "[april](2026-04-02-netwerk.md)\n"
    )
    assert body_of('<p><a href="/2026/04/02/netwerk/">april</a></p>', source=FOLDER.source).markdown == (
        "[april](../2026-04-02-netwerk.md)\n"
    )


def test_a_link_by_id_or_with_an_old_date_but_its_slug_finds_the_post():
    assert body_of(f'<p><a href="{BLOG}/?p=11">april</a></p>').markdown == "[april](2026-04-02-netwerk.md)\n"
    assert body_of(f'<p><a href="{BLOG}/2019/01/01/netwerk/">april</a></p>').markdown == (
        "[april](2026-04-02-netwerk.md)\n"
    )


def test_a_link_to_a_page_keeps_its_fragment_and_one_to_a_column_loses_it():
    body = body_of(f'<p><a href="{BLOG}/over/#bestuur">bestuur</a> <a href="{BLOG}/?p=11#x">april</a></p>')
    assert body.markdown == "[bestuur](../docs/over/index.md#bestuur) [april](2026-04-02-netwerk.md)\n"


def test_a_link_to_a_draft_or_to_what_was_not_imported_keeps_only_its_text_and_is_listed():
    body = body_of(
        f'<p><a href="{BLOG}/?p=12">plannen</a> en <a href="/weg/">weg</a> en <a href="/weg/">nog eens</a></p>'
    )
    assert body.markdown == "plannen en weg en nog eens\n"
    assert body.unlinked == [f"{BLOG}/?p=12", "/weg/", "/weg/"]


def test_an_anchor_in_the_page_becomes_text_and_is_counted():
    body = body_of('<p><a href="#top">naar boven</a> <a href="#x">x</a></p>')
    assert (body.markdown, body.anchors, body.unlinked) == ("naar boven x\n", 2, [])


def test_links_elsewhere_and_mail_addresses_stay_as_they_are():
    body = body_of(
        '<p><a href="https://www.example.org/elders/">elders</a> <a href="mailto:bestuur@example.org">mail</a></p>'
    )
    assert body.markdown == "[elders](https://www.example.org/elders/) [mail](mailto:bestuur@example.org)\n"


def test_a_link_to_the_old_home_page_leads_there_while_the_old_site_is_another_host():
    assert body_of(f'<p><a href="{BLOG}/">oude site</a></p>').markdown == f"[oude site]({BLOG}/)\n"
    same_host = body_of(f'<p><a href="{BLOG}/">oude site</a></p>', new_host="oud.example.org")
    assert (same_host.markdown, same_host.unlinked) == ("oude site\n", [])


# --- uploads --------------------------------------------------------------------------------------


def test_an_upload_that_is_here_is_copied_beside_the_text_a_resized_copy_from_its_original(uploads: Path):
    body = body_of(
        f'<p><img src="{UPLOADS}/2026/05/zaal-300x169.png" alt="Zaal"> <a href="{UPLOADS}/2026/05/verslag.pdf">verslag</a></p>',
        uploads=uploads,
    )
    assert body.markdown == "![Zaal](zaal-300x169.png) [verslag](verslag.pdf)\n"  # the name the text used
    assert body.bundle.names == {
        "zaal-300x169.png": uploads / "2026/05/zaal.png",  # the original's bytes
        "verslag.pdf": uploads / "2026/05/verslag.pdf",
    }
    assert body.bundle.missing == [] and body.shared == {}


def test_a_pages_uploads_go_under_docs_assets_wordpress(uploads: Path):
    body = body_of(
        f'<p><img src="{UPLOADS}/2026/05/zaal.png" alt="Zaal"></p>', source=OVER.source, page=True, uploads=uploads
    )
    assert body.markdown == "![Zaal](../assets/wordpress/2026/05/zaal.png)\n"
    assert body.shared == {"docs/assets/wordpress/2026/05/zaal.png": uploads / "2026/05/zaal.png"}
    assert body.bundle.names == {}


def test_a_missing_upload_keeps_its_old_address_and_is_listed_once(uploads: Path):
    html = f'<p><img src="{UPLOADS}/2026/05/weg.png" alt="Weg"> <img src="/wp-content/uploads/2026/05/weg.png" alt="Weer"></p>'
    body = body_of(html, uploads=uploads)
    assert body.markdown == f"![Weg]({UPLOADS}/2026/05/weg.png) ![Weer]({UPLOADS}/2026/05/weg.png)\n"
    assert body.bundle.missing == [f"{UPLOADS}/2026/05/weg.png", "/wp-content/uploads/2026/05/weg.png"]


def test_a_link_to_the_page_wordpress_made_for_an_upload_leads_to_the_file(uploads: Path):
    photo = item(
        101,
        type="attachment",
        status="inherit",
        parent=10,
        link=f"{BLOG}/2026/05/12/avond/zaal/",
        attachment_url=f"{UPLOADS}/2026/05/zaal.png",
    )
    body = body_of(f'<p><a href="{BLOG}/2026/05/12/avond/zaal/">de foto</a></p>', photo, uploads=uploads)
    assert body.markdown == "[de foto](zaal.png)\n"


def test_an_image_without_a_text_alternative_is_counted():
    assert (
        body_of(
            '<p><img src="https://www.example.org/a.png"> <img src="https://www.example.org/b.png" alt="B"></p>'
        ).missing_alt
        == 1
    )


def test_upload_target_is_none_for_what_is_no_upload(uploads: Path):
    assert (
        upload_target("https://www.example.org/a.png", HERE.source, linker(uploads=uploads), Body(), page=False) is None
    )


# --- shortcodes and galleries ----------------------------------------------------------------------


def test_an_unknown_shortcode_and_an_embed_are_handed_on_for_the_report():
    body = body_of('[poll id="3"]\n\nhttps://vimeo.com/123')
    assert body.unknown_shortcodes == ('[poll id="3"]',) and body.embeds == ("https://vimeo.com/123",)
    assert body.markdown == '`[poll id="3"]`\n\n<https://vimeo.com/123>\n'


def test_an_unsafe_address_from_a_shortcode_does_not_survive_the_markdown():
    assert body_of('[audio mp3="javascript:alert(1)"]').markdown == "javascript:alert(1)\n"


def test_a_gallery_shows_the_ids_it_names_else_the_posts_own_attachments_in_their_order():
    def photo(id: int, order: int, parent: int = 10, alt: str = "") -> wxr.Item:
        meta = {"_wp_attachment_image_alt": alt} if alt else {}
        return item(
            id,
            type="attachment",
            parent=parent,
            menu_order=order,
            title=f"Foto {id}",
            attachment_url=f"{UPLOADS}/{id}.png",
            meta=meta,
        )

    post = item(10)
    found = linker(post, photo(1, 2), photo(2, 1, alt="Tweede"), photo(3, 0, parent=99))
    gallery = found.gallery(post)
    assert [(i.url, i.alt) for i in gallery([3, 1])] == [(f"{UPLOADS}/3.png", "Foto 3"), (f"{UPLOADS}/1.png", "Foto 1")]
    assert [i.alt for i in gallery([])] == ["Tweede", "Foto 1"]
    assert [i.alt for i in gallery([404])] == ["Tweede", "Foto 1"]  # none of its ids here: the post's own

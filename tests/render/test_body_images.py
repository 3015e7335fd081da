"""The images in a rendered body (render/body_images.py): each local JPEG, PNG or WebP
``<img>`` replaced, in place, by a ``<picture>`` for the page and by one fitting file for
the feeds, with the editor's attributes kept and everything else byte for byte as it was."""

from __future__ import annotations

import lxml.html

from association.render import body_images, images
from support.pictures import photo, planned

PLAN = planned(photo(2000, 1000))
"""A photo wide enough for every copy: 480, 960 and 1440."""


def _only(src: str) -> body_images.Resolve:
    """A resolver that knows ``src`` (and passes everything else through)."""
    return {src: PLAN}.get


def _imgs(html: str) -> list[lxml.html.HtmlElement]:
    return list(lxml.html.fragment_fromstring(html, create_parent="div").iter("img"))


def test_only_local_raster_images_in_a_body_are_rewritten_and_everything_else_stays_byte_for_byte():
    plan = planned(photo(2000, 1000))
    html = (
        '<p>Voor &amp; na</p>\n<p><img alt="Een zaal" class="rand" src="foto.jpg" /></p>\n'
        '<p><img src="https://elders.example/x.jpg" alt="Elders"><img src="kaart.svg" alt=""></p>\n'
        '<picture><img src="foto.jpg" alt="al zelf"></picture>\n<!-- <img src="foto.jpg"> -->'
    )
    resolve = {"foto.jpg": plan}.get
    page, feed = body_images.rewrite(html, resolve, lambda p: p.rsplit("/", 1)[-1], first_is_lead=False)
    before, after = html.split('<img alt="Een zaal" class="rand" src="foto.jpg" />')
    assert page.startswith(before + "<picture>") and page.endswith("</picture>" + after)
    img = next(lxml.html.fragment_fromstring(page[len(before) : -len(after)]).iter("img"))
    assert img.get("alt") == "Een zaal" and img.get("class") == "rand" and img.get("loading") == "lazy"
    assert feed.startswith(before) and feed.endswith(after) and "<picture>" not in feed.split("\n")[1]
    single = next(lxml.html.fragment_fromstring(feed.split("\n")[1]).iter("img"))
    assert single.get("src").endswith("-960w-" + plan.fitting(960).key[:10] + ".jpg") and single.get("width") == "960"


def test_without_an_image_above_the_text_the_bodys_first_image_is_not_lazy():
    plan = planned(photo())
    html = '<p><img src="a.jpg" alt="a"></p><p><img src="b.jpg" alt="b"></p>'
    page, _ = body_images.rewrite(html, lambda src: plan, str, first_is_lead=True)
    first, second = lxml.html.fragment_fromstring(page, create_parent="div").iter("img")
    assert first.get("loading") is None and second.get("loading") == "lazy"


def test_the_pages_image_offers_every_copy_with_its_sizes_and_box():
    page, _ = body_images.rewrite(
        '<p><img src="foto.jpg" alt="Zaal"></p>', _only("foto.jpg"), lambda p: "../" + p, first_is_lead=False
    )
    root = lxml.html.fragment_fromstring(page, create_parent="div")
    (source,), (img,) = list(root.iter("source")), list(root.iter("img"))
    assert source.get("type") == "image/webp"
    assert source.get("srcset") == ", ".join(f"../{v.path} {v.width}w" for v in PLAN.webp)
    assert img.get("srcset") == ", ".join(f"../{v.path} {v.width}w" for v in PLAN.original)
    assert img.get("sizes") == source.get("sizes") == images.SIZES
    assert img.get("src") == "../" + PLAN.fallback.path
    assert (img.get("width"), img.get("height")) == ("960", "480")
    assert (img.get("loading"), img.get("decoding"), img.get("fetchpriority")) == ("lazy", "async", None)


def test_the_editors_own_size_and_loading_give_way_to_the_copies_but_class_title_and_flags_stay():
    html = '<img src="foto.jpg" width="12" height="7" loading="eager" class="rand" title="De zaal" hidden>'
    page, feed = body_images.rewrite(html, _only("foto.jpg"), str, first_is_lead=False)
    for tag in (page[page.index("<img") :], feed):
        assert tag.count(" width=") == 1 and tag.count(" height=") == 1 and 'loading="eager"' not in tag
        assert 'class="rand"' in tag and 'title="De zaal"' in tag and " hidden" in tag
    (img,) = _imgs(page)
    assert (img.get("width"), img.get("loading")) == ("960", "lazy")


def test_the_feed_gets_one_file_in_the_original_format_about_960_wide_without_srcset_or_lazy_loading():
    _, feed = body_images.rewrite(
        '<img src="foto.jpg" alt="Een &quot;zaal&quot;">', _only("foto.jpg"), lambda p: "/" + p, first_is_lead=True
    )
    (img,) = _imgs(feed)
    chosen = PLAN.fitting(body_images.FEED_WIDTH)
    assert img.get("src") == "/" + chosen.path and chosen.format == "jpeg" and chosen.width == 960
    assert (img.get("width"), img.get("height"), img.get("alt")) == ("960", "480", 'Een "zaal"')
    assert img.get("srcset") is None and img.get("loading") is None and "<picture" not in feed


def test_an_svg_gif_or_another_sites_image_stays_exactly_as_it_was():
    html = '<p><img src="logo.svg" alt="Logo"> <IMG SRC="beweegt.gif"> <img src="https://elders.example.org/x.jpg"></p>'
    page, feed = body_images.rewrite(html, lambda src: None, str, first_is_lead=True)
    assert page == feed == html


def test_a_body_without_images_comes_back_unchanged_for_page_and_feed():
    html = "<h2>Agenda</h2>\n<p>Geen afbeelding, wel &lt;img&gt; als tekst.</p>"
    assert body_images.rewrite(html, _only("foto.jpg"), str, first_is_lead=True) == (html, html)


def test_the_same_body_gives_the_same_html_every_time():
    html = '<p>Eén</p>\n<img src="foto.jpg" alt="a">\n<p>Twee</p>'
    assert body_images.rewrite(html, _only("foto.jpg"), str, first_is_lead=False) == body_images.rewrite(
        html, _only("foto.jpg"), str, first_is_lead=False
    )


def test_images_after_accents_and_windows_line_ends_are_replaced_at_their_exact_place():
    html = 'Één café\r\n<p>naïef</p>\r\n  <img src="foto.jpg" alt="a"><img src="foto.jpg" alt="b">\r\nslot'
    page, feed = body_images.rewrite(html, _only("foto.jpg"), str, first_is_lead=False)
    assert page.startswith("Één café\r\n<p>naïef</p>\r\n  <picture>") and page.endswith("</picture>\r\nslot")
    assert [img.get("alt") for img in _imgs(page)] == ["a", "b"]
    assert feed.startswith('Één café\r\n<p>naïef</p>\r\n  <img src="') and feed.endswith(">\r\nslot")
    assert feed.count("<img") == 2


def test_an_uppercase_tag_and_a_self_closing_tag_are_found_too():
    html = '<P><IMG SRC="foto.jpg" ALT="Groot"/></P>'
    page, _ = body_images.rewrite(html, _only("foto.jpg"), str, first_is_lead=False)
    assert page.startswith("<P><picture>") and page.endswith("</picture></P>")
    assert [img.get("alt") for img in _imgs(page)] == ["Groot"]


def test_an_image_the_author_already_put_in_a_picture_is_left_alone_but_the_next_one_is_not():
    html = '<picture><source srcset="a.webp"><img src="foto.jpg" alt="zelf"></picture><img src="foto.jpg" alt="wij">'
    page, _ = body_images.rewrite(html, _only("foto.jpg"), str, first_is_lead=False)
    assert page.startswith('<picture><source srcset="a.webp"><img src="foto.jpg" alt="zelf"></picture><picture>')


def test_an_image_without_alt_gets_an_empty_alt_and_one_without_src_is_left_alone():
    page, feed = body_images.rewrite(
        '<img src="foto.jpg"><img alt="leeg">', _only("foto.jpg"), str, first_is_lead=False
    )
    first, _ = _imgs(page)
    assert first.get("alt") == "" and page.endswith('<img alt="leeg">') and feed.endswith('<img alt="leeg">')
    assert 'alt=""' in feed


def test_the_lead_goes_to_the_bodys_first_image_even_when_that_one_passes_through():
    html = '<img src="kaart.svg" alt="Kaart"><img src="foto.jpg" alt="Zaal">'
    page, _ = body_images.rewrite(html, _only("foto.jpg"), str, first_is_lead=True)
    assert page.startswith('<img src="kaart.svg" alt="Kaart">')
    (_svg, photo_img) = _imgs(page)
    assert photo_img.get("loading") == "lazy"


def test_with_an_image_above_the_text_even_the_bodys_first_image_is_lazy():
    page, _ = body_images.rewrite('<img src="foto.jpg" alt="a">', _only("foto.jpg"), str, first_is_lead=False)
    assert _imgs(page)[0].get("loading") == "lazy"

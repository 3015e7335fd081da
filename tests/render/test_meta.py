"""Social meta tags in a page's head."""

from __future__ import annotations

import lxml.html

from association.render.meta import PageMeta, social_tags


def _tags(text: str) -> dict[str, str]:
    tree = lxml.html.document_fromstring(f"<html><head>{text}</head><body></body></html>")
    return {(m.get("property") or m.get("name")): m.get("content") for m in tree.iter("meta")}


def test_open_graph_and_twitter_tags_escape_the_text_and_name_the_image_when_there_is_one():
    meta = PageMeta(
        'Titel "met" <tekens>', "Over & verder", "https://e.org/a/", "https://e.org/a.png", "Site", "article"
    )
    tags = _tags(social_tags(meta))
    assert tags["og:title"] == 'Titel "met" <tekens>' and tags["og:description"] == "Over & verder"
    assert tags["og:type"] == "article" and tags["twitter:card"] == "summary_large_image"
    assert tags["og:image"] == tags["twitter:image"] == "https://e.org/a.png"


def test_without_an_image_the_card_is_small_and_empty_values_are_left_out():
    tags = _tags(social_tags(PageMeta("T", "", "https://e.org/", None, "Site")))
    assert tags["twitter:card"] == "summary" and "og:image" not in tags and "og:description" not in tags

"""Social meta tags and structured data in a page's head."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import lxml.html

from association.content.occurrences import expand
from association.content.settings import ContentSettings
from association.render import images, meta, social_card
from association.render.meta import PageMeta, social_tags
from support.made import event
from support.pictures import STYLE

from .test_jsonld import SITE


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


def test_an_event_page_carries_its_event_json_ld_with_the_served_copy_and_the_card():
    shown = event(
        "2026-12-10-avond",
        start="2026-12-10 19:00",
        image="/assets/zaal.jpg",
        image_alt="De zaal",
        exists=lambda p: True,
    )
    card = social_card.card("Ledenavond", "10 december 2026", "agenda/2026/avond/", STYLE)
    copy = images.Variant("assets/zaal-1440w-abc.webp", 1440, 960, "webp", "abc")
    page = PageMeta(title="Ledenavond", description="", url=SITE + shown.url, image=None, site_name="Vereniging")
    occurrences = expand(shown, datetime(2026, 11, 23, tzinfo=UTC))
    head = meta.head(page, shown, SITE, None, ContentSettings(), card=card, picture=copy, occurrences=occurrences)
    tree = lxml.html.document_fromstring(f"<html><head>{head}</head><body></body></html>")
    (script,) = tree.iter("script")
    data = json.loads(script.text)
    assert data["@type"] == "Event" and data["image"] == [SITE + copy.path, SITE + card.path]
    assert _tags(head)["og:image"] == SITE + card.path
    assert "ld+json" not in meta.head(page, shown, SITE, None, ContentSettings(), card=card)  # no dates: none

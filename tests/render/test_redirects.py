"""The page left at an old address."""

from __future__ import annotations

import lxml.html

from association.content.register import Redirect
from association.render.redirects import page, pages


def test_a_redirect_page_says_it_three_ways_and_escapes_the_title():
    text = page("https://www.example.org/columns/2026/nieuw/", 'Nieuw & "anders"')
    tree = lxml.html.document_fromstring(text)
    assert tree.find(".//meta[@http-equiv='refresh']").get("content") == (
        "0; url=https://www.example.org/columns/2026/nieuw/"
    )
    assert tree.find(".//link[@rel='canonical']").get("href") == "https://www.example.org/columns/2026/nieuw/"
    assert tree.find(".//body/p/a").text_content() == 'Nieuw & "anders"'
    assert tree.find(".//meta[@name='robots']").get("content") == "noindex"


def test_pages_are_written_at_the_old_address_with_the_new_pages_title():
    [(path, text)] = pages(
        [Redirect("columns/2026/oud/", "columns/2026/nieuw/")],
        {"columns/2026/nieuw/": "Nieuw"},
        "https://www.example.org/",
    )
    assert path == "columns/2026/oud/index.html" and "Verplaatst: Nieuw" in text

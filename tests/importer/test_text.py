"""importer/text.py: titles and excerpts as one line of plain text, and a title for an item
that has none."""

from __future__ import annotations

from association.importer.text import plain, title_of
from support.imports import item


def test_tags_and_entities_go_and_whitespace_becomes_one_space():
    assert plain("<b>Een</b>&amp;\n\t twee &nbsp;<em>drie</em> ") == "Een & twee drie"


def test_a_control_character_the_loader_would_refuse_in_a_kop_is_dropped():
    assert plain("Ledenavond\x07 in mei\x1b") == "Ledenavond in mei"


def test_html_without_text_is_empty():
    assert plain("   ") == "" and plain('<img src="a.png">') == ""


def test_an_item_without_a_title_gets_one_that_names_its_id():
    assert title_of(item(42, title="")) == "Zonder titel (42)"
    assert title_of(item(42, title="<br>")) == "Zonder titel (42)"
    assert title_of(item(42, title="Terugblik &amp; vooruitblik")) == "Terugblik & vooruitblik"

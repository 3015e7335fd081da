"""Markdown to plain text, and a column's summary."""

from __future__ import annotations

from association.content.text import MORE, plain_text, summary_of


def test_plain_text_keeps_link_text_drops_images_markup_and_attribute_lists():
    markdown = "## Kop {#kop}\n\n**Vet** en *schuin* met [een link](x.md) ![foto](f.png) <b>html</b>\n> citaat"
    assert plain_text(markdown) == "Kop Vet en schuin met een link html citaat"


def test_the_summary_is_the_text_before_more_or_else_the_first_paragraph_of_prose():
    assert summary_of(f"Eerst dit.\n\nDan dat.\n{MORE}\n\nRest.") == "Eerst dit. Dan dat."
    assert summary_of("# Titel\n\n![foto](f.png)\n\n| a | b |\n\nDe eerste *echte* alinea.\n\nDe tweede.") == (
        "De eerste echte alinea."
    )
    assert summary_of("# Alleen een kop") == ""

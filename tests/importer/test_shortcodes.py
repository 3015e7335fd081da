"""importer/shortcodes.py: WordPress's own shortcodes (caption, gallery, embed, audio, video)
become HTML; every other one is kept visibly as code and listed, in order, for the report;
bracketed words inside a sentence stay text."""

from __future__ import annotations

from collections.abc import Sequence

from association.importer import shortcodes


def no_images(ids: Sequence[int]) -> list[shortcodes.Image]:
    return []


def numbered(ids: Sequence[int]) -> list[shortcodes.Image]:
    return [shortcodes.Image(f"/{i}.jpg", f"Foto {i}") for i in ids]


def convert(text: str, gallery: shortcodes.Gallery = no_images) -> shortcodes.Converted:
    return shortcodes.convert(text, gallery)


def test_shortcode_attributes_are_read_as_wordpress_reads_them():
    assert shortcodes.attributes("id=\"1\" align='left' width=300 https://x.org") == {
        "id": "1",
        "align": "left",
        "width": "300",
        "0": "https://x.org",
    }


def test_attribute_names_are_lower_case_and_quoted_bare_values_count_by_position():
    assert shortcodes.attributes('ID=1 "los" \'ook\' leeg=""') == {"id": "1", "0": "los", "1": "ook", "leeg": ""}


def test_unknown_shortcodes_are_kept_as_code_and_reported_bracketed_words_stay_text():
    result = convert('[sic] en\n[poll id="3"]\n[box]binnen[/box] [[gallery]]')
    assert result.html == '[sic] en\n<code>[poll id="3"]</code>\n<code>[box]</code>binnen<code>[/box]</code> [gallery]'
    assert result.unknown == ('[poll id="3"]', "[box]")


def test_a_bracketed_word_alone_on_its_line_or_self_closing_is_taken_for_a_shortcode():
    result = convert("[sic]\n<p>[mijn-widget]</p>\ntekst [widget /] tekst")
    assert result.html == "<code>[sic]</code>\n<p><code>[mijn-widget]</code></p>\ntekst <code>[widget /]</code> tekst"
    assert result.unknown == ("[sic]", "[mijn-widget]", "[widget /]")


def test_a_known_plugins_shortcode_is_reported_even_without_attributes_inside_a_sentence():
    result = convert("een [contact-form-7] in de zin")
    assert result.html == "een <code>[contact-form-7]</code> in de zin" and result.unknown == ("[contact-form-7]",)


def test_a_kept_shortcode_cannot_become_html():
    result = convert('[poll titel="<script>alert(1)</script>"]')
    assert result.html == '<code>[poll titel="&lt;script&gt;alert(1)&lt;/script&gt;"]</code>'
    assert result.unknown == ('[poll titel="<script>alert(1)</script>"]',)


def test_what_an_unknown_shortcode_encloses_is_converted_too():
    result = convert('[box][gallery ids="4"][/box]', numbered)
    assert result.html == '<code>[box]</code><p><img src="/4.jpg" alt="Foto 4"></p><code>[/box]</code>'
    assert result.unknown == ("[box]",)


def test_a_doubled_bracket_is_wordpress_s_way_to_write_a_shortcode_as_text():
    assert convert("[[caption]x[/caption]]").html == "[caption]x[/caption]"


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


def test_a_caption_from_its_attribute_and_one_without_text_is_a_plain_paragraph():
    assert convert('[caption caption="Tekst"]<img src="a.jpg">[/caption]').html == (
        '<figure><img src="a.jpg"><figcaption>Tekst</figcaption></figure>'
    )
    assert convert('[caption]<img src="a.jpg">[/caption]').html == '<p><img src="a.jpg"></p>'


def test_a_gallery_without_ids_asks_for_the_posts_own_images_and_escapes_their_texts():
    asked: list[Sequence[int]] = []

    def attached(ids: Sequence[int]) -> list[shortcodes.Image]:
        asked.append(ids)
        return [shortcodes.Image('/a".jpg', "A & <b>", "Onderschrift <i>")]

    assert convert("[gallery]", attached).html == (
        '<p><img src="/a&quot;.jpg" alt="A &amp; &lt;b&gt;"></p><p><em>Onderschrift &lt;i&gt;</em></p>'
    )
    assert asked == [[]]
    convert('[gallery include="3, 5"]', attached)
    assert asked[-1] == [3, 5]


def test_a_video_shortcode_becomes_a_link_to_each_source_and_an_empty_embed_nothing():
    assert convert('[video src="https://x.org/a.mp4" width=640]').html == (
        '<p><a href="https://x.org/a.mp4">https://x.org/a.mp4</a></p>'
    )
    assert convert("[youtube https://youtu.be/x]").html == '<p><a href="https://youtu.be/x">https://youtu.be/x</a></p>'
    assert convert("[embed][/embed]").html == ""


def test_an_embedded_url_is_escaped_once_as_an_attribute():
    assert convert('[embed]https://x.org/?a=1&amp;b="2"[/embed]').html == (
        '<p><a href="https://x.org/?a=1&amp;b=&quot;2&quot;">https://x.org/?a=1&amp;b=&quot;2&quot;</a></p>'
    )

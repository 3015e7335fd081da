"""importer/html_to_markdown.py: a post's HTML (classic or Gutenberg) into Markdown that shows
the same text and can never turn text into HTML, a link or an attribute; only web, mail and
relative links survive, each through the import's rewrite."""

from __future__ import annotations

from html import escape

import markdown
import pytest

from association.importer import html_to_markdown
from association.importer.html_to_markdown import autop, escape_text, is_blocks, safe_url

SITE_EXTENSIONS = ["attr_list", "def_list", "admonition", "toc"]
"""What a new site's mkdocs.yml turns on (starter/files/mkdocs.yml)."""


def md(html: str) -> str:
    return html_to_markdown.convert(html, lambda url, kind: url).markdown


# --- hostile text -----------------------------------------------------------------------------


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


def test_forms_styles_and_their_contents_are_dropped():
    assert md('<form><input name="x"><button>Stuur</button></form><style>p{}</style><p>Tekst</p>') == "Tekst\n"


def test_a_link_hidden_behind_a_control_character_is_dropped_as_a_browser_would_read_it():
    assert safe_url("\x01javascript:alert(1)") is None
    assert safe_url("java&#115;cript:alert(1)") is None
    assert safe_url("/pagina/") == "/pagina/"


def test_a_safe_url_has_no_quote_or_bracket_that_could_end_its_markdown_link():
    assert safe_url(" /a b(c) ") == "/a%20b%28c%29"
    assert [safe_url(u) for u in ('/a"b', "/a<b", "\\\\server", "tel:+31201234567", "")] == [
        None,
        None,
        None,
        "tel:+31201234567",
        None,
    ]


def test_a_rewrite_to_an_unsafe_address_keeps_only_the_text():
    result = html_to_markdown.convert(
        '<p><img src="/a.png" alt="Zaal"> <a href="/x/">lees</a></p>', lambda u, k: "javascript:x"
    )
    assert result.markdown == "Zaal lees\n"


@pytest.mark.parametrize("sign", ["#", ">", "-", "+"])
def test_a_line_that_would_start_a_heading_quote_or_list_stays_text(sign: str):
    text = md(f"<p>{sign} geen opmaak</p>")
    assert markdown.markdown(text, extensions=SITE_EXTENSIONS) == f"<p>{escape(sign)} geen opmaak</p>"


@pytest.mark.parametrize("line", ["2026. Een goed jaar.", "12) Twaalf"])
def test_a_number_at_the_start_of_a_paragraph_stays_as_it_was_without_a_backslash(line: str):
    assert markdown.markdown(md(f"<p>{line}</p>"), extensions=SITE_EXTENSIONS) == f"<p>{line}</p>"


def test_preformatted_text_cannot_close_its_block_and_a_pipe_stays_in_its_cell():
    text = md("<pre>```\n&lt;script&gt;alert(1)&lt;/script&gt;\n```</pre><table><tr><td>a | b</td></tr></table>")
    assert text.startswith("    ```\n    <script>alert(1)</script>\n    ```\n\n")
    html = markdown.markdown(text, extensions=["tables"])
    assert "<script>" not in html and "<td>a | b</td>" in html


def test_escaped_text_is_entities_for_html_and_backslashes_for_markdown():
    assert escape_text("a & <b> *c* [d]") == "a &amp; &lt;b> \\*c\\* \\[d\\]"


# --- what WordPress shows -----------------------------------------------------------------------


def test_classic_text_gets_paragraphs_and_line_breaks_as_wordpress_shows_it():
    assert md("Een\ntwee\n\nDrie\n<pre>a\n\nb</pre>") == "Een<br>\ntwee\n\nDrie\n\n    a\n\n    b\n"


def test_autop_leaves_a_stretch_with_html_blocks_as_it_is():
    assert autop("Een\r\ntwee\n\n<table><tr>\n<td>x</td></tr></table>\n\n\n drie ") == (
        "<p>Een<br>\ntwee</p>\n<table><tr>\n<td>x</td></tr></table>\n<p>drie</p>"
    )


def test_gutenberg_text_is_recognised_by_its_block_comments_and_gets_no_paragraphs_added():
    assert is_blocks("<!-- wp:paragraph --><p>x</p>") and not is_blocks("<p>x</p>")
    assert md("<!-- wp:paragraph -->\n<p>Een\ntwee</p>") == "Een\ntwee\n"


def test_the_more_tag_becomes_ours_and_a_lone_url_an_embed_link():
    result = html_to_markdown.convert("Intro\n\n<!--more Lees verder-->\n\nhttps://vimeo.com/123\n", lambda u, k: u)
    assert result.markdown == "Intro\n\n<!-- more -->\n\n<https://vimeo.com/123>\n"
    assert result.embeds == ("https://vimeo.com/123",)


def test_only_the_first_more_tag_counts_and_a_page_break_becomes_a_rule():
    assert md("<!-- wp:x --><p>a</p><!--more--><p>b</p><!--more--><p>c</p>") == "a\n\n<!-- more -->\n\nb\n\nc\n"
    assert md("<p>Een</p><!--nextpage--><p>Twee</p>") == "Een\n\n---\n\nTwee\n"


def test_an_h1_in_the_text_moves_every_heading_one_level_down():
    assert md("<h1>Een</h1><h2>Twee</h2><h6>Zes</h6>") == "## Een\n\n### Twee\n\n###### Zes\n"


def test_gutenberg_comments_are_dropped_and_an_iframe_becomes_a_link():
    html = (
        '<!-- wp:paragraph --><p>Tekst</p><!-- /wp:paragraph --><iframe src="https://www.youtube.com/embed/x"></iframe>'
    )
    assert md(html) == "Tekst\n\n<https://www.youtube.com/embed/x>\n"


def test_a_video_becomes_a_link_to_its_source_and_an_iframe_without_one_goes():
    result = html_to_markdown.convert(
        '<video><source src="https://x.org/a.mp4"></video><iframe></iframe>', lambda u, k: u
    )
    assert (result.markdown, result.embeds) == ("<https://x.org/a.mp4>\n", ("https://x.org/a.mp4",))


def test_a_gallery_is_a_row_of_images_not_a_list_and_a_caption_is_italic():
    assert md(
        '<ul class="wp-block-gallery"><li><img src="a.png" alt="A"></li><li><img src="b.png" alt="B"></li></ul>'
    ) == ("![A](a.png)\n\n![B](b.png)\n")
    assert md('<figure><img src="a.png" alt="A"><figcaption>Bij</figcaption></figure>') == "![A](a.png)\n\n*Bij*\n"


def test_a_link_whose_text_is_its_address_is_an_autolink_and_one_without_text_goes():
    assert md('<p><a href="https://x.org/">https://x.org/</a> <a href="/x/"></a></p>') == "<https://x.org/>\n"


def test_every_link_and_image_goes_through_the_rewrite():
    seen: list[tuple[str, str]] = []

    def rewrite(url: str, kind: str) -> str | None:
        seen.append((url, kind))
        return None if "weg" in url else "nieuw.png"

    result = html_to_markdown.convert('<p><a href="/weg/">tekst</a> <img src="/oud.png" alt="Alt [x]"></p>', rewrite)
    assert result.markdown == "tekst ![Alt \\[x\\]](nieuw.png)\n"
    assert seen == [("/weg/", "a"), ("/oud.png", "img")]


def test_a_line_break_inside_code_is_no_html_and_an_address_is_a_paragraph():
    assert md("<p><code>a {<br />\nb;</code></p><address>Straat 1</address><p>Daarna</p>") == (
        "`a {\nb;`\n\nStraat 1\n\nDaarna\n"  # a newline in a code span shows as a space
    )


def test_a_reusable_block_is_named_not_silently_dropped():
    result = html_to_markdown.convert('<!-- wp:block {"ref":12} /--><!-- wp:paragraph --><p>x</p>', lambda u, k: u)
    assert result.markdown == "x\n" and result.reusable == ('wp:block {"ref":12} /',)


def test_a_text_without_words_is_empty():
    assert md("") == "" and md("<p> </p>") == ""

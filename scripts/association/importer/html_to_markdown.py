"""WordPress post HTML (classic editor or Gutenberg blocks) into clean, safe Markdown.

markdownify (MIT, maintained, built on BeautifulSoup) does the conversion; html2text would
do as well but is GPL-3, which our MIT package cannot ship. What is ours:

- classic content has no ``<p>``: WordPress adds them on display (``wpautop``), so we do;
- Gutenberg's block comments are dropped, ``<!--more-->`` becomes our ``<!-- more -->``,
  an embed (a bare URL in its own paragraph or an embed block) becomes a link;
- the text is hostile: ``<`` and ``&`` become entities, ``{`` (attribute lists), ``[``
  and backticks are escaped, so no text turns into HTML, a link or an attribute;
  only http(s), mailto and relative links survive; scripts, styles and forms are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from bs4 import BeautifulSoup, Comment, Tag
from markdownify import ATX, MarkdownConverter

from ..content import unsafe

Rewrite = Callable[[str, str], str | None]
"""``(url, "img" | "a")`` -> the URL to write, or None to keep only the text."""

MORE = "<!-- more -->"
_MORE_MARK = "ASSOCIATIONMOREMARK"
_BLOCK = re.compile(
    r"<(?:p|div|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|blockquote|pre|figure|hr|dl|dt|dd|address|"
    r"form|iframe|section|article|aside|header|footer|details|summary|video|audio|object|embed|!--)[\s>/]",
    re.IGNORECASE,
)
_REUSABLE = re.compile(r"\s*wp:block\s+\{[^}]*\"ref\"")
_PRE = re.compile(r"<pre[\s>].*?</pre>", re.IGNORECASE | re.DOTALL)
_URL_ONLY = re.compile(r"^https?://\S+$")
_SAFE_SCHEME = re.compile(r"^(?:https?:|mailto:|tel:)", re.IGNORECASE)
_ANY_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_DROPPED = ("script", "style", "noscript", "form", "input", "button", "select", "textarea", "object", "embed", "svg")


@dataclass(frozen=True)
class Result:
    markdown: str
    embeds: tuple[str, ...]
    """URLs of embedded media (YouTube, an iframe) that became a plain link."""
    reusable: tuple[str, ...] = ()
    """Gutenberg's reusable blocks (``<!-- wp:block {"ref":12} /-->``): their text lives
    elsewhere in WordPress, so it is not here to convert."""


def is_blocks(html: str) -> bool:
    return "<!-- wp:" in html


def autop(text: str) -> str:
    """WordPress's ``wpautop``, simplified: blank lines make paragraphs, single newlines
    line breaks; a stretch with HTML blocks in it (a table, a heading), and ``<pre>``,
    stays as it is."""
    kept: list[str] = []

    def keep(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return f"\n\nASSOCIATIONPRE{len(kept) - 1}\n\n"

    text = _PRE.sub(keep, text.replace("\r\n", "\n"))
    parts = []
    for chunk in re.split(r"\n\s*\n", text):
        chunk = chunk.strip()
        if not chunk:
            continue
        if re.fullmatch(r"ASSOCIATIONPRE\d+", chunk):
            parts.append(kept[int(chunk[len("ASSOCIATIONPRE") :])])
        elif _BLOCK.search(chunk):  # HTML with blocks of its own: its newlines are no line breaks
            parts.append(chunk)
        else:
            parts.append("<p>" + chunk.replace("\n", "<br>\n") + "</p>")
    return "\n".join(parts)


def convert(html: str, rewrite: Rewrite) -> Result:
    """``html`` after shortcodes were handled; ``rewrite`` maps every link and image URL."""
    source = re.sub(r"<!--\s*more\b.*?-->", f"\n\n<p>{_MORE_MARK}</p>\n\n", html, count=1, flags=re.DOTALL)
    source = re.sub(r"<!--\s*nextpage\s*-->", "\n\n<hr>\n\n", source)
    source = source if is_blocks(html) else autop(source)
    soup = BeautifulSoup(source, "html.parser")
    reusable = tuple(
        str(c).strip() for c in soup.find_all(string=lambda s: isinstance(s, Comment)) if _REUSABLE.match(str(c))
    )
    embeds = _prepare(soup, rewrite)
    markdown = _Converter(rewrite).convert_soup(soup)
    markdown = markdown.replace(_MORE_MARK, MORE, 1).replace(_MORE_MARK, "")
    markdown = re.sub(r"[ \t]+\n", "\n", markdown)
    markdown = re.sub(r"\n{3,}", "\n\n", markdown).strip("\n")  # not spaces: an indented block may start it
    return Result(markdown + "\n" if markdown else "", tuple(embeds), reusable)


def _prepare(soup: BeautifulSoup, rewrite: Rewrite) -> list[str]:
    """Drop what must not reach a page; turn embeds into links."""
    embeds: list[str] = []
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(list(_DROPPED)):
        tag.decompose()
    for tag in soup.find_all(["iframe", "video", "audio"]):
        src = str(tag.get("src") or "")
        if not src and (inner := tag.find("source")) is not None:
            src = str(inner.get("src") or "")
        if src:
            embeds.append(src)
            tag.replace_with(_link(soup, src))
        else:
            tag.decompose()
    if soup.find("h1"):  # the page's title is its only h1: every heading one level down
        for tag in soup.find_all(["h1", "h2", "h3", "h4", "h5"], recursive=True):
            tag.name = f"h{int(tag.name[1]) + 1}"
    for gallery in soup.find_all(class_="wp-block-gallery"):  # a grid of images, not a list
        for item in gallery.find_all("li"):
            item.name = "div"
        for listing in gallery.find_all(["ul", "ol"]):
            listing.unwrap()
    for tag in soup.find_all(class_="wp-block-embed__wrapper"):
        url = tag.get_text().strip()
        if _URL_ONLY.match(url):
            embeds.append(url)
            tag.replace_with(_link(soup, url))
    for tag in soup.find_all("p"):
        text = tag.get_text().strip()
        if _URL_ONLY.match(text) and not tag.find("a"):
            embeds.append(text)
            tag.clear()
            tag.append(_link(soup, text))
    return embeds


def _link(soup: BeautifulSoup, url: str) -> Tag:
    link = soup.new_tag("a", href=url)
    link.string = url
    return link


def safe_url(url: str) -> str | None:
    """Only web, mail and relative addresses; ``javascript:``, ``data:`` and the like go."""
    url = url.strip()
    if not url or any(c in url for c in "<>\n\r\t\"'`") or url.startswith("\\"):
        return None
    if _ANY_SCHEME.match(url) and not _SAFE_SCHEME.match(url):
        return None
    if unsafe.refused_scheme(url) is not None:  # as a browser reads it: "\x01javascript:" too
        return None
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def escape_text(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    text = re.sub(r"([\\`*_{}\[\]])", r"\\\1", text)
    text = re.sub(r"(^|\n)(\s*)([#>+-])(?=\s|$)", r"\1\2\\\3", text)
    # "2026. Een goed jaar." is no list: the mark after the number is escaped (no digit can be)
    return re.sub(r"(^|\n)(\s*)(\d+)([.)])(?=\s|$)", r"\1\2\3\\\4", text)


class _Converter(MarkdownConverter):
    def __init__(self, rewrite: Rewrite, **options: Any) -> None:
        super().__init__(
            heading_style=ATX,
            bullets="-",
            escape_asterisks=False,
            escape_underscores=False,
            **options,
        )
        self._rewrite = rewrite

    def escape(self, text: str, parent_tags: Iterable[str]) -> str:
        return escape_text(text) if text else ""

    def convert_a(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        href = self._url(str(el.get("href") or ""), "a")
        if "_noformat" in parent_tags or not text.strip():
            return text
        if href is None:
            return text
        label = text.strip()
        if re.sub(r"\\(.)", r"\1", label) == href and _SAFE_SCHEME.match(href):
            return f"<{href}>"
        return f"[{label}]({href})"

    def convert_pre(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        """An indented block: Python-Markdown has no fences without an extension, and no
        line of the text can end an indented block early (a fence could be closed by it)."""
        code = el.get_text().strip("\n")
        if not code.strip():
            return ""
        return "\n\n" + "\n".join("    " + line for line in code.split("\n")) + "\n\n"

    def convert_td(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        # markdownify's stub leaves out its table methods, which the class has.
        return str(super().convert_td(el, text.replace("|", "\\|"), parent_tags))  # type: ignore[misc]

    def convert_th(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        # markdownify's stub leaves out its table methods, which the class has.
        return str(super().convert_th(el, text.replace("|", "\\|"), parent_tags))  # type: ignore[misc]

    def convert_br(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        """Python-Markdown knows no backslash line break, and trailing spaces get lost."""
        return " " if parent_tags & {"code", "_noformat"} else "<br>\n"

    def convert_address(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        return f"\n\n{text.strip()}\n\n"

    def convert_figcaption(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        caption = text.strip()
        return f"\n\n*{caption}*\n\n" if caption else ""

    def convert_img(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        src = self._url(str(el.get("src") or ""), "img")
        alt = escape_text(re.sub(r"\s+", " ", str(el.get("alt") or "")).strip())
        if src is None:
            return alt
        return f"![{alt}]({src})"

    def _url(self, url: str, kind: str) -> str | None:
        safe = safe_url(url)
        if safe is None:
            return None
        rewritten = self._rewrite(safe, kind)
        return safe_url(rewritten) if rewritten is not None else None

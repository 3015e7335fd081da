"""The images in a page's body as ``<picture>``, for the page, and as one fitting file, for
the feeds.

The body is read with the standard library's HTML parser, and only the ``<img>`` tags it
finds are replaced, each at the exact place and with the exact text the parser reports:
the rest of the HTML stays byte for byte what Markdown made. The alt text and the
editor's own attributes are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

from .images import ImagePlan, href, picture

FEED_WIDTH = 960
"""Feed readers show one file, in a column of about 600 to 800 pixels, some at 2x."""

Resolve = Callable[[str], ImagePlan | None]


@dataclass(frozen=True)
class _Found:
    start: int
    text: str
    attributes: tuple[tuple[str, str | None], ...]


class _Images(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, int, str, tuple[tuple[str, str | None], ...]]] = []
        self._in_picture = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "picture":
            self._in_picture += 1
        elif tag == "img" and not self._in_picture:  # already offered in several sizes by its author
            line, column = self.getpos()
            self.found.append((line, column, self.get_starttag_text() or "", tuple(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "picture" and self._in_picture:
            self._in_picture -= 1


def _find(html: str) -> list[_Found]:
    parser = _Images()
    parser.feed(html)
    parser.close()
    starts = [0]
    for index, char in enumerate(html):
        if char == "\n":
            starts.append(index + 1)
    found = []
    for line, column, text, attributes in parser.found:
        start = starts[line - 1] + column
        if text and html.startswith(text, start):
            found.append(_Found(start, text, attributes))
    return found


def rewrite(html: str, resolve: Resolve, url: Callable[[str], str], *, first_is_lead: bool) -> tuple[str, str]:
    """(the page's body, the feeds' body). ``resolve`` gives the plan of an ``src``, or None
    to leave it alone (SVG, GIF, another site); ``first_is_lead``: the page has no image
    above its text, so its first image may be the largest paint and is not loaded lazily."""
    found = _find(html)
    if not found:
        return html, html
    page: list[str] = []
    feed: list[str] = []
    done = 0
    first = True
    for image in found:
        attributes = dict(image.attributes)
        lead, first = first and first_is_lead, False
        planned = resolve(attributes.get("src") or "")
        if planned is None:
            continue
        alt = attributes.get("alt") or ""
        page += [html[done : image.start], picture(planned, alt, url, lazy=not lead, attributes=image.attributes)]
        feed += [html[done : image.start], _single(planned, alt, url, image.attributes)]
        done = image.start + len(image.text)
    page.append(html[done:])
    feed.append(html[done:])
    return "".join(page), "".join(feed)


def _single(
    planned: ImagePlan, alt: str, url: Callable[[str], str], attributes: tuple[tuple[str, str | None], ...]
) -> str:
    """One file in the original format (not every feed reader shows WebP), with its size."""
    chosen = planned.fitting(FEED_WIDTH)
    own = "".join(
        f' {k}="{escape(v)}"' if v is not None else f" {k}"
        for k, v in attributes
        if k not in ("src", "srcset", "sizes", "width", "height", "alt", "loading", "decoding")
    )
    size = f'width="{chosen.width}" height="{chosen.height}"'
    return f'<img src="{escape(href(url, chosen.path))}" {size} alt="{escape(alt)}"{own}>'

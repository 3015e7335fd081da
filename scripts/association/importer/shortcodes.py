"""WordPress shortcodes (``[gallery ids="1,2"]``, ``[caption]...[/caption]``) into HTML.

The ones WordPress itself ships and a few common ones become plain HTML that the Markdown
converter understands. Every other shortcode is kept visibly as code (``[contact-form]``)
and named in the report: its output came from a plugin the new site does not have.
Bracketed text that does not look like a shortcode (``[sic]`` inside a sentence) stays text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# WordPress's get_shortcode_regex, for any name: [name atts], [name atts /], [name]x[/name].
_SHORTCODE = re.compile(
    r"\[(\[?)([a-z][\w-]*)(?![\w-])([^\]/]*(?:/(?!\])[^\]/]*)*?)"
    r"(?:(/)\]|\](?:([^\[]*+(?:\[(?!/\2\])[^\[]*+)*+)\[/\2\])?)(\]?)",
    re.IGNORECASE,
)
_ATTRIBUTE = re.compile(
    r"""([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)"""
    r"""|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)"""
)
KNOWN = frozenset(
    {"caption", "wp_caption", "gallery", "embed", "audio", "video", "playlist", "youtube", "vimeo", "wpvideo"}
)
"""Shortcodes converted here; any other name is kept and reported."""
_PLUGIN_NAMES = frozenset({"contact-form-7", "contact-form", "gravityform", "ninja_form", "wpforms", "tribe_events"})


@dataclass(frozen=True)
class Image:
    url: str
    alt: str
    caption: str = ""


Gallery = Callable[[Sequence[int]], Sequence[Image]]
"""The images of a gallery: by attachment id, or (no ids) those attached to the post."""


@dataclass(frozen=True)
class Converted:
    html: str
    unknown: tuple[str, ...]
    """Each shortcode kept as it was, in order of appearance (``[contact-form-7 id="5"]``)."""


def attributes(text: str) -> dict[str, str]:
    """``id="1" align=left`` -> ``{"id": "1", "align": "left"}``; bare words by position."""
    found: dict[str, str] = {}
    position = 0
    for match in _ATTRIBUTE.finditer(text.strip()):
        groups = match.groups()
        for key_index in (0, 2, 4):
            if groups[key_index]:
                found[groups[key_index].lower()] = groups[key_index + 1]
                break
        else:
            value = next(g for g in groups[6:] if g is not None)
            found[str(position)] = value
            position += 1
    return found


def convert(text: str, gallery: Gallery) -> Converted:
    unknown: list[str] = []

    def replace(match: re.Match[str]) -> str:
        whole = match.group(0)
        if match.group(1) == "[" and match.group(6) == "]":
            return whole[1:-1]  # [[name]]: WordPress's way to write a shortcode as text
        name = match.group(2).lower()
        atts = attributes(html.unescape(match.group(3) or ""))
        inner = match.group(5)
        if name in KNOWN:
            return _known(name, atts, inner or "", gallery)
        if not _looks_like_shortcode(match, text):
            return whole
        unknown.append(whole if inner is None else whole[: whole.index("]") + 1])
        if inner is None:
            return _kept(whole)
        opening = whole[: len(whole) - len(inner) - len(f"[/{match.group(2)}]")]
        return _kept(opening) + convert(inner, gallery).html + _kept(f"[/{match.group(2)}]")

    result = _SHORTCODE.sub(replace, text)
    return Converted(result, tuple(unknown))


def _looks_like_shortcode(match: re.Match[str], text: str) -> bool:
    """Attributes, a closing tag, a self-closing slash, a known plugin, or alone on its line."""
    if match.group(2).lower() in _PLUGIN_NAMES or match.group(4) or match.group(5) is not None:
        return True
    if "=" in (match.group(3) or ""):
        return True
    before = text[: match.start()].rsplit("\n", 1)[-1]
    after = text[match.end() :].split("\n", 1)[0]
    return _is_blank_markup(before) and _is_blank_markup(after)


def _is_blank_markup(text: str) -> bool:
    return not re.sub(r"<[^>]*>|&nbsp;|\s", "", text)


def _kept(shortcode: str) -> str:
    return f"<code>{html.escape(shortcode, quote=False)}</code>"


def _known(name: str, atts: dict[str, str], inner: str, gallery: Gallery) -> str:
    if name in ("caption", "wp_caption"):
        caption = atts.get("caption", "")
        body = inner
        if not caption:  # WordPress 3.4+: the caption is the text after the image
            match = re.match(r"\s*((?:<a [^>]*>\s*)?<img [^>]*>(?:\s*</a>)?)(.*)", inner, re.DOTALL | re.IGNORECASE)
            if match:
                body, caption = match.group(1), match.group(2).strip()
        return f"<figure>{body}<figcaption>{caption}</figcaption></figure>" if caption else f"<p>{body}</p>"
    if name == "gallery":
        ids = [int(i) for i in re.split(r"[\s,]+", atts.get("ids", atts.get("include", ""))) if i.isdigit()]
        images = gallery(ids)
        return "".join(
            f'<p><img src="{html.escape(i.url)}" alt="{html.escape(i.alt)}"></p>'
            + (f"<p><em>{html.escape(i.caption)}</em></p>" if i.caption else "")
            for i in images
        )
    if name in ("embed", "youtube", "vimeo", "wpvideo"):
        url = (inner or atts.get("0", "") or atts.get("url", "")).strip()
        return _link(url) if url else ""
    urls = [
        v for k, v in atts.items() if k in ("0", "src", "mp3", "m4a", "ogg", "wav", "mp4", "webm", "ogv", "wmv", "flv")
    ]
    return "".join(_link(url) for url in urls)


def _link(url: str) -> str:
    url = html.escape(html.unescape(url.strip()))
    return f'<p><a href="{url}">{url}</a></p>'

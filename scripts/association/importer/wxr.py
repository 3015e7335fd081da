"""Read a WordPress export (WXR, "WordPress eXtended RSS") into frozen values.

The export is hostile input: it is parsed with defusedxml, which refuses DTDs and entity
declarations (billion laughs, external entities). Elements are matched by their local
name and the kind of their namespace, not by its exact URI: WXR 1.1 and 1.2 differ in
it, and WordPress.com writes ``https://`` where wordpress.org writes ``http://``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

MIN_VERSION = (1, 1)


class ExportError(Exception):
    """The file is no WordPress export we can read; the text is Dutch and names the file."""


@dataclass(frozen=True)
class Author:
    login: str
    display_name: str


@dataclass(frozen=True)
class Term:
    """A category, tag or custom taxonomy term attached to an item."""

    domain: str
    """``category``, ``post_tag``, ``tribe_events_cat``, ..."""
    nicename: str
    name: str


@dataclass(frozen=True)
class Category:
    """A category of the blog as the export lists it (``wp:category``): its parent gives the
    nested archive address ``/category/ouder/kind/``."""

    nicename: str
    parent: str
    """The parent's nicename, or empty."""
    name: str


@dataclass(frozen=True)
class Item:
    id: int
    type: str
    """``post``, ``page``, ``attachment``, ``tribe_events``, ``tribe_venue``, ..."""
    status: str
    """``publish``, ``draft``, ``pending``, ``future``, ``private``, ``trash``, ``inherit``."""
    title: str
    link: str
    guid: str
    slug: str
    date: str
    """The site's local time as WordPress wrote it: ``2013-01-11 20:22:19``."""
    date_gmt: str
    """UTC, or ``0000-00-00 00:00:00`` for a draft that never had a date."""
    modified_gmt: str
    parent: int
    menu_order: int
    creator: str
    content: str
    excerpt: str
    password: str
    sticky: bool
    attachment_url: str
    terms: tuple[Term, ...] = ()
    comments: int = 0
    """Approved comments (not imported; the report counts them)."""
    meta: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def terms_in(self, domain: str) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.domain == domain)


@dataclass(frozen=True)
class Export:
    version: str
    title: str
    link: str
    """The blog's address (``https://example.org``), without a trailing slash."""
    authors: tuple[Author, ...]
    items: tuple[Item, ...]
    categories: tuple[Category, ...] = ()

    def by_id(self) -> dict[int, Item]:
        return {item.id: item for item in self.items}

    @property
    def comments(self) -> int:
        return sum(item.comments for item in self.items)


def read(path: Path) -> Export:
    """Parse ``path``; an unreadable, unsafe or non-WXR file is an ``ExportError``."""
    try:
        tree = SafeET.parse(str(path), forbid_dtd=True)
    except DefusedXmlException:
        raise ExportError(
            f"{path}: het bestand bevat een DTD of entiteiten; een WordPress-export heeft die niet. "
            "Exporteer opnieuw via Extra > Exporteren"
        ) from None
    except ET.ParseError as exc:
        line, column = exc.position
        raise ExportError(f"{path}:{line}:{column}: geen geldige XML ({exc.msg}); is de export volledig?") from None
    except OSError as exc:
        raise ExportError(f"{path}: kan het bestand niet lezen ({exc.strerror})") from None
    root = tree.getroot()
    channel = root.find("channel") if root is not None else None
    if channel is None:
        found = root.tag if root is not None else "niets"
        raise ExportError(f"{path}: verwacht een WordPress-export (rss met channel), gevonden <{found}>")
    version = _text(channel, "wp", "wxr_version")
    if not version:
        raise ExportError(f"{path}: verwacht een WordPress-export (wp:wxr_version ontbreekt)")
    if _version(version) < MIN_VERSION:
        raise ExportError(f"{path}: verwacht WXR-versie 1.1 of nieuwer, gevonden {version}; werk WordPress bij")
    link = (_text(channel, "wp", "base_blog_url") or _text(channel, "", "link")).rstrip("/")
    authors = tuple(
        Author(_text(a, "wp", "author_login"), _text(a, "wp", "author_display_name") or _text(a, "wp", "author_login"))
        for a in _children(channel, "wp", "author")
    )
    items = tuple(_item(element) for element in channel.findall("item"))
    categories = tuple(
        Category(_text(c, "wp", "category_nicename"), _text(c, "wp", "category_parent"), _text(c, "wp", "cat_name"))
        for c in _children(channel, "wp", "category")
        if _text(c, "wp", "category_nicename")
    )
    return Export(
        version=version,
        title=_text(channel, "", "title"),
        link=link,
        authors=authors,
        items=items,
        categories=categories,
    )


def _item(element: ET.Element) -> Item:
    meta = {
        _text(m, "wp", "meta_key"): _text(m, "wp", "meta_value", strip=False)
        for m in _children(element, "wp", "postmeta")
    }
    terms = tuple(
        Term(c.get("domain", ""), c.get("nicename", ""), (c.text or "").strip())
        for c in element.findall("category")
        if c.get("domain")
    )
    return Item(
        id=_int(_text(element, "wp", "post_id")),
        type=_text(element, "wp", "post_type"),
        status=_text(element, "wp", "status"),
        title=_text(element, "", "title"),
        link=_text(element, "", "link"),
        guid=_text(element, "", "guid"),
        slug=_text(element, "wp", "post_name"),
        date=_text(element, "wp", "post_date"),
        date_gmt=_text(element, "wp", "post_date_gmt"),
        modified_gmt=_text(element, "wp", "post_modified_gmt"),
        parent=_int(_text(element, "wp", "post_parent")),
        menu_order=_int(_text(element, "wp", "menu_order")),
        creator=_text(element, "dc", "creator"),
        content=_text(element, "content", "encoded", strip=False),
        excerpt=_text(element, "excerpt", "encoded"),
        password=_text(element, "wp", "post_password"),
        sticky=_text(element, "wp", "is_sticky") == "1",
        attachment_url=_text(element, "wp", "attachment_url"),
        terms=terms,
        comments=sum(1 for c in _children(element, "wp", "comment") if _text(c, "wp", "comment_approved") == "1"),
        meta=MappingProxyType(meta),
    )


def _kind(namespace: str) -> str:
    if "wordpress.org/export" in namespace:
        return "excerpt" if "excerpt" in namespace else "wp"
    if "purl.org/rss/1.0/modules/content" in namespace:
        return "content"
    if "purl.org/dc/elements" in namespace:
        return "dc"
    return namespace


def _matches(tag: str, kind: str, name: str) -> bool:
    if not tag.startswith("{"):
        return kind == "" and tag == name
    namespace, _, local = tag[1:].partition("}")
    return local == name and _kind(namespace) == kind


def _children(element: ET.Element, kind: str, name: str) -> list[ET.Element]:
    return [child for child in element if _matches(child.tag, kind, name)]


def _text(element: ET.Element, kind: str, name: str, *, strip: bool = True) -> str:
    for child in element:
        if _matches(child.tag, kind, name):
            text = child.text or ""
            return text.strip() if strip else text
    return ""


def _int(text: str) -> int:
    return int(text) if text.isdigit() else 0


def _version(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in text.split("."))
    except ValueError:
        return (0,)

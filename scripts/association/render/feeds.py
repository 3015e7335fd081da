"""RSS 2.0 and Atom feeds of columns, with feedgen.

Ids never come from the site URL (localhost under ``mkdocs serve``) or the title: each item
is a tag URI (RFC 4151) from the configured domain, the column's date and its slug. Dates
come from the content, so a rebuild that changes nothing changes no byte. Links and
images in the content are made absolute: feed readers have no page to resolve them from.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape
from urllib.parse import urljoin

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator

from ..content.columns import Column
from ..content.dates import day_of, start_of
from ..content.settings import ContentSettings
from ..content.slugs import slugify
from . import listings
from .images import Variant

_URL_ATTRIBUTE = re.compile(r'(\s(?:href|src)=")([^"]*)(")')
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)


class AtomLinkAttributes(BaseEntryExtension):  # type: ignore[misc]  # feedgen ships no type information
    """Puts rel, type and length back on Atom entry links.

    feedgen 1.0.0 writes only ``href`` (python-feedgen issue #135: the loop variable is
    rebound to the new element), so enclosures would look like plain links. This runs at
    feedgen's own extension point, on the element tree, before serialisation.
    """

    def __init__(self) -> None:
        self.attributes: dict[str, dict[str, str]] = {}

    def remember(self, href: str, **attributes: str) -> None:
        self.attributes[href] = attributes

    def extend_atom(self, entry):  # type: ignore[no-untyped-def]  # feedgen's own signature, untyped
        for element in entry.iter("link"):  # feedgen builds the entry without a namespace
            for name, value in self.attributes.get(element.get("href"), {}).items():
                element.set(name, value)
        return entry


@dataclass(frozen=True)
class FeedInfo:
    title: str
    description: str
    site_url: str
    """Absolute, ending in /."""
    rss_path: str
    atom_path: str
    uid_domain: str
    author: str
    limit: int = 20
    full_content: bool = True
    ttl: int = 60
    logo: str | None = None
    """Absolute URL of a PNG/JPEG logo, or None."""


@dataclass(frozen=True)
class Feed:
    """One feed in both formats: where they go and which columns are in them."""

    key: str
    """Stable name for the feed's own id: ``columns`` or ``columns/categorie/nieuws``."""
    title: str
    rss_path: str
    atom_path: str
    columns: tuple[Column, ...]

    def newest(self, limit: int) -> tuple[Column, ...]:
        """The columns the feed carries: the newest ``limit``."""
        return self.columns[:limit]


def item_id(column: Column, domain: str) -> str:
    """``tag:example.org,2019-02-20:columns/netwerksamenwerking-gewoon-doen``."""
    return f"tag:{domain},{day_of(column.date).isoformat()}:columns/{column.slug}"


def absolutize(html: str, base: str) -> str:
    """Every href and src made absolute against ``base``; permalink pilcrows dropped."""
    html = _HEADERLINK.sub("", html)
    return _URL_ATTRIBUTE.sub(lambda m: m.group(1) + urljoin(base, m.group(2)) + m.group(3), html)


def feeds_for(columns: Sequence[Column], rss_name: str, atom_name: str, site_title: str) -> list[Feed]:
    """The site feed and one per category, all at the root: ``feed.xml``, ``feed-nieuws.xml``.

    At the root because Material reads every ``<link rel="alternate">`` as a language
    version and fetches ``sitemap.xml`` beside it; a feed in a subfolder costs every page a
    404 request.
    """
    columns = [c for c in columns if c.dated]  # a feed item needs a date
    if not columns:
        return []
    result = [Feed("columns", site_title, rss_name, atom_name, tuple(columns))]
    for category in sorted({c.category for c in columns}):
        slug = slugify(category)
        result.append(
            Feed(
                listings.category_url(category).rstrip("/"),
                f"{site_title}: {category}",
                _suffixed(rss_name, slug),
                _suffixed(atom_name, slug),
                tuple(c for c in columns if c.category == category),
            )
        )
    return result


def _suffixed(name: str, slug: str) -> str:
    """``feed.xml`` + ``nieuws`` -> ``feed-nieuws.xml``."""
    stem, dot, extension = name.rpartition(".")
    return f"{stem}-{slug}.{extension}" if dot else f"{name}-{slug}"


def render(
    feed: Feed,
    info: FeedInfo,
    html: Mapping[str, str],
    settings: ContentSettings,
    images: Mapping[str, Variant] | None = None,
) -> tuple[bytes, bytes]:
    """(RSS, Atom) for ``feed``; ``html`` maps a column URL to its rendered body, ``images``
    a column's image to the copy the feeds show (``images.ImagePlan.fitting``)."""
    items = feed.newest(info.limit)
    sized = images or {}
    return (
        _generator(feed, info, items, html, settings, sized, atom=False).rss_str(pretty=True),
        _generator(feed, info, items, html, settings, sized, atom=True).atom_str(pretty=True),
    )


def _updated(column: Column, settings: ContentSettings) -> datetime:
    return start_of(column.updated, settings.timezone) if column.updated else column.published_at(settings)


def _generator(
    feed: Feed,
    info: FeedInfo,
    items: Sequence[Column],
    html: Mapping[str, str],
    settings: ContentSettings,
    images: Mapping[str, Variant],
    *,
    atom: bool,
) -> FeedGenerator:
    self_url = info.site_url + (feed.atom_path if atom else feed.rss_path)
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    fg.load_extension("media", atom=True, rss=True)
    fg.register_extension("atomlinks", BaseExtension, AtomLinkAttributes, atom=True, rss=False)
    fg.id(f"tag:{info.uid_domain},2000-01-01:{feed.key}")
    fg.title(feed.title)
    fg.subtitle(info.description)
    fg.description(info.description)
    fg.language("nl")
    fg.author({"name": info.author})
    # feedgen takes the RSS <link> from the last link added, whatever its rel: self first.
    fg.link(href=self_url, rel="self", type="application/atom+xml" if atom else "application/rss+xml")
    fg.link(href=info.site_url, rel="alternate")
    fg.generator("association site engine")
    fg.ttl(info.ttl)
    if info.logo:
        fg.logo(info.logo)
        fg.image(url=info.logo, title=feed.title, link=info.site_url)
    # lastBuildDate/updated from content: feedgen would use the wall clock.
    newest = max((_updated(c, settings) for c in items), default=datetime(2000, 1, 1, tzinfo=settings.timezone))
    fg.lastBuildDate(newest)
    for column in items:
        _entry(fg, column, info, html.get(column.url, ""), settings, images.get(column.image or ""))
    return fg


def _entry(
    fg: FeedGenerator, column: Column, info: FeedInfo, body: str, settings: ContentSettings, sized: Variant | None
) -> None:
    url = info.site_url + column.url
    entry = fg.add_entry(order="append")  # add_entry() prepends by default
    entry.id(item_id(column, info.uid_domain))
    entry.guid(item_id(column, info.uid_domain), permalink=False)
    entry.title(column.title)
    entry.link(href=url, rel="alternate")
    entry.published(column.published_at(settings))
    entry.updated(_updated(column, settings))
    entry.author(name=column.author.name)
    entry.dc.dc_creator(column.author.name)
    entry.category(
        [{"term": column.category, "label": column.category}] + [{"term": t, "label": t} for t in column.tags]
    )
    if column.summary:
        # Readers treat RSS <description> as HTML: plain text goes in escaped, or a "<b>"
        # in a summary would render (or a "<script>" be stripped).
        escaped = escape(column.summary, quote=False)
        entry.description(escaped, isSummary=True)
        entry.summary(escaped, type="html")
    image = info.site_url + (sized.path if sized else column.image) if column.image else None
    size = f' width="{sized.width}" height="{sized.height}"' if sized else ""
    if info.full_content and body:
        content = absolutize(body, url)
        if image:
            content = f'<p><img src="{image}"{size} alt="{escape(column.image_alt or "")}"></p>\n{content}'
        entry.content(content, type="html")
    if image:
        # One image: media:content straight in the item. feedgen wraps it in a media:group
        # unless told otherwise, and a group of one is an error to the W3C feed validator.
        media = {"url": image, "medium": "image"}
        if sized:
            media |= {"type": sized.media_type, "width": str(sized.width), "height": str(sized.height)}
        entry.media.content(media, group=None)
    # RSS allows one enclosure and feedgen keeps the last one given: add in reverse so RSS
    # gets the first attachment while Atom lists them all.
    entry.atomlinks.remember(url, rel="alternate", type="text/html")
    for attachment in reversed(column.attachments):
        href = url + attachment.filename
        entry.link(href=href, rel="enclosure", type=attachment.media_type, length=str(attachment.size))
        entry.atomlinks.remember(href, rel="enclosure", type=attachment.media_type, length=str(attachment.size))


def discovery(feeds: Sequence[Feed], category: str | None) -> list[tuple[str, str, str]]:
    """(title, MIME type, site path) for ``<link rel="alternate">``: the site feeds, plus the
    category's own feeds on its listing and its columns."""
    chosen = list(feeds[:1]) + [
        f for f in feeds[1:] if category is not None and f.key == listings.category_url(category).rstrip("/")
    ]
    links = []
    for feed in chosen:
        links.append((f"{feed.title} (RSS)", "application/rss+xml", feed.rss_path))
        links.append((f"{feed.title} (Atom)", "application/atom+xml", feed.atom_path))
    return links

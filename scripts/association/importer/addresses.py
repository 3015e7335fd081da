"""Where each WordPress item lands on the new site, and the old addresses it answers for."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

from ..content.slugs import slugify
from .wxr import Item

RESERVED = frozenset({"columns", "agenda", "koers", "assets", "admin", "search", "feed", "index", "404", "sitemap"})
"""First parts of a site path that the engine's own pages use: no old address may take them."""

_NO_DATE = "0000-00-00 00:00:00"


@dataclass(frozen=True)
class Address:
    kind: str
    """``column``, ``event`` or ``page``."""
    source: str
    """Repository path of the new source (``columns/2013-01-11-titel.md``, ``docs/over/index.md``)."""
    url: str
    """Site path of its page (``columns/2013/titel/``)."""
    shown: bool
    """Whether the page is public now (no draft, no later date): only then may others link to it."""

    @property
    def folder(self) -> str:
        """The folder the source is in: its own for a folder-form column or event."""
        return self.source.rsplit("/", 1)[0]

    @property
    def stem(self) -> str:
        """``2013-01-11-titel``: the file name without ``.md``, or the folder's name."""
        name = self.source.rsplit("/", 1)[-1]
        return self.folder.rsplit("/", 1)[-1] if name == "index.md" else name.removesuffix(".md")

    @property
    def other_form(self) -> str | None:
        """``x.md`` is the same page as ``x/index.md`` (a column, an event, and a page in
        docs/ too: ``over.md`` and ``over/index.md`` are both ``over/``): both must never exist.
        The home page, ``docs/index.md``, has no other form."""
        if self.kind == "page" and self.source == "docs/index.md":
            return None
        if self.source.endswith("/index.md"):
            return self.folder + ".md"
        return self.source.removesuffix(".md") + "/index.md"


def old_path(link: str, blog: str) -> str | None:
    """``https://x.org/2013/01/titel/`` -> ``2013/01/titel/``: the old address as a site
    path (decoded, with a trailing slash); None when it is the home page, another host,
    or only a query (``/?p=12``), which a static host cannot redirect."""
    parts = urlsplit(link)
    blog_parts = urlsplit(blog)
    if parts.netloc and parts.netloc.lower() != blog_parts.netloc.lower():
        return None
    path = unquote(parts.path)
    prefix = blog_parts.path.rstrip("/")
    if prefix and path.startswith(prefix + "/"):
        path = path[len(prefix) :]
    segments = [segment for segment in path.split("/") if segment not in ("", ".")]
    if not segments or ".." in segments or any(c.isspace() or c in "?#%\\\"'<>" for c in path):
        return None
    return "/".join(segments) + "/"


def query_id(link: str) -> int | None:
    """The id of ``/?p=12``, ``/?page_id=3`` or ``/?post_type=tribe_events&p=7``."""
    query = parse_qs(urlsplit(link).query)
    for key in ("p", "page_id", "attachment_id"):
        values = query.get(key)
        if values and values[0].isdigit():
            return int(values[0])
    return None


def published(item: Item, tz: ZoneInfo) -> datetime:
    """The item's date in the site's zone: from UTC when WordPress recorded it, else the
    local time as written (a draft that never had a date)."""
    if item.date_gmt and item.date_gmt != _NO_DATE:
        try:
            return datetime.strptime(item.date_gmt, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC).astimezone(tz)
        except ValueError:
            pass
    try:
        return datetime.strptime(item.date, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
    except ValueError:
        return datetime(1970, 1, 1, tzinfo=tz)


def slug_of(item: Item) -> str:
    """WordPress's own slug when it has one (so the last part of the address stays), else
    the title's, else ``bericht-<id>``."""
    return slugify(unquote(item.slug)) or slugify(item.title) or f"bericht-{item.id}"


def unique(slug: str, taken: set[str], item_id: int) -> str:
    candidate = slug
    if candidate in taken:
        candidate = f"{slug}-{item_id}"
    taken.add(candidate)
    return candidate


def stem(day: date, slug: str) -> str:
    return f"{day.isoformat()}-{slug}"


def first_part(path: str) -> str:
    return re.split(r"/", path.strip("/"), maxsplit=1)[0]

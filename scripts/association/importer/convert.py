"""One item's body: shortcodes, then HTML to Markdown, with every link and upload rewritten."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from . import html_to_markdown, media, shortcodes
from .addresses import Address, old_path, query_id
from .wxr import Export, Item


@dataclass
class Body:
    """What converting one item found, besides its Markdown."""

    markdown: str = ""
    bundle: media.Bundle = field(default_factory=media.Bundle)
    shared: dict[str, Path] = field(default_factory=dict)
    """For pages: repository path under docs/assets/wordpress/ -> the upload copied there."""
    unknown_shortcodes: tuple[str, ...] = ()
    embeds: tuple[str, ...] = ()
    reusable: tuple[str, ...] = ()
    unlinked: list[str] = field(default_factory=list)
    """Links to pages that are not public (a draft) or not in the export: only their text stays."""
    anchors: int = 0
    missing_alt: int = 0
    """Images without a text alternative: the check warns, a person must write one."""


@dataclass(frozen=True)
class Linker:
    """What every item's conversion needs to know about the whole import."""

    export: Export
    uploads: Path | None
    by_path: Mapping[str, Address]
    by_id: Mapping[int, Address]
    by_slug: Mapping[str, Address]
    new_host: str
    docs: str
    """Repository path of docs_dir (``docs``)."""

    def gallery(self, item: Item) -> shortcodes.Gallery:
        posts = self.export.by_id()

        def images(ids: Sequence[int]) -> list[shortcodes.Image]:
            chosen = [posts[i] for i in ids if i in posts]
            if not chosen:
                chosen = sorted(
                    (p for p in self.export.items if p.type == "attachment" and p.parent == item.id),
                    key=lambda p: (p.menu_order, p.id),
                )
            return [
                shortcodes.Image(p.attachment_url, p.meta.get("_wp_attachment_image_alt", "") or p.title, p.excerpt)
                for p in chosen
                if p.attachment_url
            ]

        return images


def convert(item: Item, source: str, linker: Linker, *, page: bool) -> Body:
    """``source`` is the repository path the item is written to; ``page``: a docs page,
    whose uploads go to docs/assets/wordpress/ instead of a folder of its own."""
    body = Body()
    converted = shortcodes.convert(item.content, linker.gallery(item))
    body.unknown_shortcodes = converted.unknown
    result = html_to_markdown.convert(converted.html, _rewriter(item, source, linker, body, page=page))
    body.markdown, body.embeds, body.reusable = result.markdown, result.embeds, result.reusable
    body.missing_alt = body.markdown.count("![](")
    return body


def upload_target(url: str, source: str, linker: Linker, body: Body, *, page: bool) -> str | None:
    """A local copy of an upload for ``source``, or None when it is not one or is missing."""
    relative = media.upload_path(url, linker.export.link)
    if relative is None:
        return None
    found = media.find(linker.uploads, relative)
    if found is None:
        if url not in body.bundle.missing:
            body.bundle.missing.append(url)
        return None
    if page:
        name = "assets/wordpress/" + "/".join(media.safe_name(p) for p in relative.split("/"))
        body.shared[f"{linker.docs}/{name}"] = found
        return posixpath.relpath(f"{linker.docs}/{name}", posixpath.dirname(source))
    return body.bundle.add(found, relative)


def _rewriter(item: Item, source: str, linker: Linker, body: Body, *, page: bool) -> Callable[[str, str], str | None]:
    blog = linker.export.link
    old_host = urlsplit(blog).netloc.lower()

    def old_url(url: str) -> str | None:
        """The address on the old site, while it lasts; not when it is this site's own."""
        absolute = urljoin(blog + "/", url)
        return absolute if old_host != linker.new_host else None

    attachments = {
        path: a.attachment_url
        for a in linker.export.items
        if a.type == "attachment" and (path := old_path(a.link, blog)) is not None
    }

    def rewrite(url: str, kind: str) -> str | None:
        if url.startswith("#"):
            body.anchors += 1
            return None
        page_of_file = attachments.get(old_path(urljoin(blog + "/", url), blog) or "")
        if page_of_file:  # WordPress's page for one upload: link to the file itself
            url = page_of_file
        local = upload_target(url, source, linker, body, page=page)
        if local is not None:
            return local
        parts = urlsplit(url)
        if media.upload_path(url, blog) is not None:
            return old_url(url) if parts.netloc.lower() in ("", old_host) else url
        if parts.scheme in ("mailto", "tel"):
            return url
        internal = parts.netloc.lower() == old_host or (not parts.scheme and not parts.netloc)
        if not internal:
            return url
        path = old_path(urljoin(blog + "/", url), blog)
        target = linker.by_path.get(path) if path else None
        if target is None and (number := query_id(url)) is not None:
            target = linker.by_id.get(number)
        if target is None and path:
            target = linker.by_slug.get(path.rstrip("/").rsplit("/", 1)[-1].lower())
        if target is not None and target.shown:
            relative = posixpath.relpath(target.source, posixpath.dirname(source))
            return relative + (f"#{parts.fragment}" if parts.fragment and target.kind == "page" else "")
        if path is None and not parts.query:
            return old_url(url) or None  # the old home page
        body.unlinked.append(url)
        return None

    return rewrite

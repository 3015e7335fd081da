"""Where a page meets its images: the template filter for a column's or an event's own
image, the ``<img>`` tags of a rendered body, and the social card of its head."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import cast
from urllib.parse import unquote, urljoin, urlsplit

from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mkdocs.utils.templates import TemplateContext, url_filter

from ..content.columns import Column
from ..content.events import Event
from ..render import body_images, images, social_card
from .image_files import CardArt, ImageStore


def plan_of(store: ImageStore, files: Files, site_path: str, origin: str) -> images.ImagePlan | None:
    """The plan of a file MkDocs publishes at ``site_path``; None for SVG, GIF or no file."""
    file = files.get_file_from_path(site_path)
    if file is None:
        return None
    return store.plan(site_path, lambda: file.content_bytes, origin)


def origin(page: Page, root: Path) -> str:
    """The page's source as an editor knows it (``columns/2026-01-06-foto/index.md``)."""
    source = Path(page.file.abs_src_path) if page.file.abs_src_path else None
    if source is not None and source.is_relative_to(root):
        return source.relative_to(root).as_posix()
    return page.file.src_uri


def template_filter(store: ImageStore, files: Files, root: Path) -> Callable[..., Markup]:
    """``{{ column.image | responsive_image(column.image_alt, lead=true) }}``: the image as
    ``<picture>`` in every size, or as a plain ``<img>`` when it passes through (SVG, GIF)."""

    @pass_context
    def responsive_image(context: Context, path: str, alt: str | None, lead: bool = False) -> Markup:
        page = context.get("page")
        planned = plan_of(store, files, path, origin(page, root) if isinstance(page, Page) else path)
        if planned is None:
            return Markup(
                f'<img src="{escape(url_filter(cast(TemplateContext, context), path))}" alt="{escape(alt or "")}">'
            )
        return Markup(
            images.picture(planned, alt or "", lambda p: str(url_filter(cast(TemplateContext, context), p)), lead=lead)
        )

    return responsive_image


def body(html: str, page: Page, files: Files, store: ImageStore, root: Path, *, has_lead: bool) -> tuple[str, str]:
    """(the page's body, the feeds' body) with every local JPEG, PNG and WebP resized."""

    def resolve(src: str) -> images.ImagePlan | None:
        parts = urlsplit(src)
        if not src or parts.scheme or parts.netloc or src.startswith("/"):
            return None  # another site's image, or a path MkDocs did not resolve
        site_path = urljoin("/" + page.url, unquote(parts.path)).lstrip("/")
        if posixpath.normpath(site_path).startswith(".."):
            return None
        return plan_of(store, files, site_path, origin(page, root))

    return body_images.rewrite(html, resolve, lambda path: get_relative_url(path, page.url), first_is_lead=not has_lead)


def register_originals(store: ImageStore, files: Files) -> None:
    """Every JPEG, PNG and WebP MkDocs copies into the site, to be served without metadata."""
    for file in files.media_files():
        if images.resizable(file.dest_uri) and file.abs_src_path:
            store.originals[file.dest_uri] = _reader(file)


def _reader(file: File) -> Callable[[], bytes]:
    return lambda: file.content_bytes


def card_of(store: ImageStore, art: CardArt | None, subject: Column | Event | None) -> social_card.Card | None:
    """The social card of a column's or an event's page (made in ``on_post_build``)."""
    if art is None or subject is None:
        return None
    return store.card(social_card.for_subject(subject, art.style))

"""What MkDocs and Material read of a generated page: its template, title and description
in ``page.meta``, and the social tags in its head, from our validated model."""

from __future__ import annotations

import html

from mkdocs.structure.pages import Page

from ..render import meta
from ..render.images import Variant
from ..render.plan import PlannedPage
from ..render.social_card import Card
from .options import SiteSettings

KOERS_TEMPLATE = "association/koers.html"


def set_koers_meta(page: Page) -> None:
    page.meta.setdefault("template", KOERS_TEMPLATE)
    # Our `status` (draft/adopted/...) is not Material's page status (new/deprecated icons
    # in the navigation): keep it out of Material's sight.
    page.meta.pop("status", None)


def set_meta(page: Page, planned: PlannedPage) -> None:
    page.meta.pop("status", None)
    page.meta["template"] = planned.template
    # MkDocs and Material treat a page title as HTML (it normally comes from a rendered
    # <h1>), and print it unescaped in <title> and the header.
    page.meta["title"] = page.title = html.escape(planned.title)
    if planned.description:
        # Material prints page.meta.description unescaped inside an attribute.
        page.meta["description"] = html.escape(planned.description)
    if planned.column is not None:
        page.meta["author"] = html.escape(planned.column.author.name)  # Material's <meta name="author">


def head_tags(
    page: Page,
    planned: PlannedPage | None,
    site: SiteSettings,
    card: Card | None = None,
    picture: Variant | None = None,
) -> str:
    """Open Graph and Twitter tags for every page; schema.org Article for columns."""
    subject = (planned.column or planned.event) if planned else None
    description = planned.description if planned else html.unescape(page.meta.get("description") or "")
    page_meta = meta.PageMeta(
        title=html.unescape(page.title or site.site_name),
        description=description or site.site_description,
        url=site.site_url + page.url,
        image=None,
        site_name=site.site_name,
        kind="article" if planned is not None and planned.column is not None else "website",
    )
    return meta.head(page_meta, subject, site.site_url, site.logo_url, site.content, card=card, picture=picture)

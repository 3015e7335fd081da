"""What MkDocs and Material read of a generated page: its template, title and description
in ``page.meta``, and the social tags in its head, from our validated model."""

from __future__ import annotations

import html

from mkdocs.structure.pages import Page

from ..content.koers import Koers
from ..render import feeds, meta
from ..render.images import Variant
from ..render.planned import PlannedPage
from ..render.social_card import Card
from ..render.views import EventView, KoersView
from . import old_queries, page_images
from .html import add_to_head, alternate_links, with_named_search, with_problems, with_skip_link
from .options import SiteSettings
from .scripts import with_page_scripts
from .state import BuildState


def set_docs_meta(page: Page, koers: Koers | None) -> None:
    """A page from docs/ (a koers document, a page such as contact.md) keeps its own kop,
    read by MkDocs; its title and description are printed unescaped by MkDocs and
    Material, as for a generated page (``set_meta``): escape them here, once. A koers
    document gets its template and its validated title (one line, no control characters)."""
    if koers is not None:
        page.meta["title"] = koers.title
        page.meta.setdefault("template", KoersView.template)
        # Our `status` (draft/adopted/...) is not Material's page status (new/deprecated
        # icons in the navigation): keep it out of Material's sight.
        page.meta.pop("status", None)
    for key in ("title", "description"):
        if isinstance(page.meta.get(key), str):
            page.meta[key] = html.escape(page.meta[key])
    if "title" in page.meta:
        page.title = page.meta["title"]


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
    subject = planned.subject if planned else None
    if planned is not None:  # our own text; page.title is its HTML-escaped copy for Material
        title, description = planned.title, planned.description
    else:  # MkDocs' title and description of an ordinary page are HTML
        title = html.unescape(page.title or site.site_name)
        description = html.unescape(page.meta.get("description") or "")
    page_meta = meta.PageMeta(
        title=title,
        description=description or site.site_description,
        url=site.site_url + page.url,
        image=None,
        site_name=site.site_name,
        kind="article" if planned is not None and planned.column is not None else "website",
    )
    view = planned.view if planned is not None else None
    occurrences = view.occurrences if isinstance(view, EventView) else ()
    return meta.head(
        page_meta,
        subject,
        site.site_url,
        site.logo_url,
        site.content,
        card=card,
        picture=picture,
        occurrences=occurrences,
    )


def finish(output: str, page: Page, planned: PlannedPage | None, state: BuildState) -> str:
    """A written page with its social tags (a column's or event's own card and picture),
    feed discovery, skip link and named search dialog; in a preview with problems, the
    report at the top."""
    subject = planned.subject if planned else None
    card = page_images.card_of(state.images, state.site.card_art, subject)
    own = state.images.plans.get(subject.image) if subject and subject.image else None
    tags = head_tags(page, planned, state.site, card, own.original[-1] if own else None)
    if page.url == "" and state.site_index is not None and old_queries.JSON in state.site_index.urls:
        tags += old_queries.SCRIPT  # the home page: where a static host sends /?p=123
    if state.feeds:
        category = planned.feed_category if planned else None
        tags += alternate_links(feeds.discovery(state.feeds, category), page.url)
    return finish_template(add_to_head(output, tags), state)


def finish_template(output: str, state: BuildState) -> str:
    """What every written page gets, the 404 (a theme template, not a page) included: its
    scripts started after the first paint, the agenda's only where it has work."""
    output = with_page_scripts(with_named_search(with_skip_link(output)))
    return with_problems(output, state.problems.shown) if state.problems.shown else output

"""Social meta tags (Open Graph, Twitter) and schema.org Article or Event, for every page's head."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from html import escape

from ..content.columns import Column, Precision
from ..content.dates import start_of
from ..content.events import Event
from ..content.occurrences import Occurrence
from ..content.settings import ContentSettings
from . import jsonld
from .images import Variant
from .social_card import HEIGHT, WIDTH, Card


@dataclass(frozen=True)
class PageMeta:
    title: str
    description: str
    url: str
    """Absolute canonical URL of the page."""
    image: str | None
    site_name: str
    kind: str = "website"
    """``website`` or ``article``."""
    image_size: tuple[int, int] | None = None
    image_alt: str = ""


def social_tags(meta: PageMeta) -> str:
    tags = [
        ("property", "og:type", meta.kind),
        ("property", "og:site_name", meta.site_name),
        ("property", "og:locale", "nl_NL"),
        ("property", "og:title", meta.title),
        ("property", "og:description", meta.description),
        ("property", "og:url", meta.url),
        ("name", "twitter:card", "summary_large_image" if meta.image else "summary"),
        ("name", "twitter:title", meta.title),
        ("name", "twitter:description", meta.description),
    ]
    if meta.image:
        tags += [("property", "og:image", meta.image)]
        if meta.image_size:
            tags += [("property", "og:image:width", str(meta.image_size[0]))]
            tags += [("property", "og:image:height", str(meta.image_size[1]))]
        tags += [("property", "og:image:alt", meta.image_alt), ("name", "twitter:image", meta.image)]
        tags += [("name", "twitter:image:alt", meta.image_alt)]
    return "".join(f'<meta {attr}="{name}" content="{escape(value)}">' for attr, name, value in tags if value)


def _published(column: Column, settings: ContentSettings) -> str | None:
    """ISO 8601 as far as it is known: "2017-02" for a month, nothing when unknown."""
    if column.precision is Precision.UNKNOWN:
        return None
    if column.precision is Precision.MONTH:
        return column.date.strftime("%Y-%m")
    return column.published_at(settings).isoformat()


def article_script(
    column: Column,
    url: str,
    site_url: str,
    site_name: str,
    logo: str | None,
    settings: ContentSettings,
    images: tuple[str, ...] = (),
) -> str:
    """schema.org Article for a column, safe to inline in a ``<script>``."""
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": column.title,
        "description": column.summary,
        "datePublished": _published(column, settings),
        "dateModified": start_of(column.updated, settings.timezone).isoformat()
        if column.updated
        else _published(column, settings),
        "author": {"@type": "Person", "name": column.author.name, "jobTitle": column.author.role or None},
        "publisher": {
            "@type": "Organization",
            "name": site_name,
            "url": site_url,
            **({"logo": {"@type": "ImageObject", "url": logo}} if logo else {}),
        },
        "mainEntityOfPage": url,
        "url": url,
        "inLanguage": "nl",
        "articleSection": column.category,
        "keywords": list(column.tags),
    }
    if images:
        data["image"] = list(images)
    elif column.image:
        data["image"] = [site_url + column.image]
    return f'<script type="application/ld+json">{jsonld.for_script(_prune(data))}</script>'


def _prune(value: object) -> object:
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if v not in (None, "", [])}
    return value


def head(
    page: PageMeta,
    subject: Column | Event | None,
    site_url: str,
    logo: str | None,
    settings: ContentSettings,
    *,
    card: Card | None = None,
    picture: Variant | None = None,
    occurrences: Sequence[Occurrence] = (),
) -> str:
    """Every page's social tags; schema.org Article for a column (``page.kind`` is then
    ``article``), Event or EventSeries for an event (its ``occurrences``). The image: a
    column's or event's social card, else its own image (the widest copy, ``picture``, when
    it has copies), else the logo; the structured data names both, as served."""
    own = None
    if subject is not None and subject.image:
        own = site_url + (picture.path if picture else subject.image)
    if card is not None:
        shown = replace(page, image=site_url + card.path, image_size=(WIDTH, HEIGHT), image_alt=card.alt)
    elif own is not None and subject is not None:
        size = (picture.width, picture.height) if picture else None
        shown = replace(page, image=own, image_size=size, image_alt=subject.image_alt or "")
    else:
        shown = replace(page, image=logo)
    tags = social_tags(shown)
    found = tuple(image for image in (own, site_url + card.path if card else None) if image)
    if isinstance(subject, Column):
        tags += article_script(subject, page.url, site_url, page.site_name, logo, settings, found)
    elif isinstance(subject, Event) and occurrences:
        tags += f'<script type="application/ld+json">{jsonld.script(occurrences, site_url, site_url, found)}</script>'
    return tags

"""The browser editor's configuration (Decap CMS), made from the content schema.

Every form field comes from ``content/schema.py``, the place the validator takes its field
names and texts from; the categories and authors come from the site's settings and its
authors file. So a schema change reaches the editor with the next build, and what the
editor writes is what ``association check`` accepts:

- dates are written exactly as typed (``format``), never converted to UTC;
- a date that may or may not have a time (an event's start) is a text field with a pattern,
  because one date picker cannot leave the time out;
- a new column is a folder (``columns/2026-11-22-titel/index.md``) with its photo and PDFs
  beside it, named from the column's own date, not from the UTC clock;
- the body is edited as Markdown, so saving an untouched text changes nothing.

Pure: data in, a dict out (``admin/config.yml``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any

from ..content import schema
from ..content.authors import Author
from ..content.schema import Field, Kind
from ..content.settings import ContentSettings

UPLOADS = "assets/afbeeldingen"
"""Where the editor puts images of events and pages, inside docs/."""

DATE_FORMAT = "YYYY-MM-DD"
DATE_TIME_FORMAT = "YYYY-MM-DD HH:mm"
_DATE_OR_TIME = r"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$"
_URL = r"^https?://\S+$"
_EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"

CHOICE_LABELS = {
    "scheduled": "Gaat door",
    "cancelled": "Gaat niet door",
    "postponed": "Uitgesteld",
    "draft": "Concept",
    "adopted": "Vastgesteld",
    "superseded": "Vervangen",
}


@dataclass(frozen=True)
class Folders:
    """The site's folders, relative to the repository's root (where the editor writes)."""

    columns: str = "columns"
    events: str = "events"
    docs: str = "docs"
    authors_file: str = "columns/authors.yml"


@dataclass(frozen=True)
class EditorSite:
    name: str
    url: str
    """Absolute, ending in /."""
    backend: Mapping[str, Any]
    """Decap's ``backend`` section as the site owner wrote it (name, repo, branch, ...)."""
    folders: Folders = field(default_factory=Folders)
    editorial_workflow: bool = True
    local_backend: str = ""
    """The address of ``decap-server``, used when the editor is opened on localhost
    (``make editor``); empty: never."""
    logo: str | None = None


def config(site: EditorSite, settings: ContentSettings, authors: Mapping[str, Author]) -> dict[str, Any]:
    """Decap's whole configuration for ``site``."""
    f = site.folders
    data: dict[str, Any] = {
        "locale": "nl",
        "backend": dict(site.backend),
        "site_url": site.url,
        "display_url": site.url,
        "media_folder": f"{f.docs}/{UPLOADS}",
        "public_folder": f"/{UPLOADS}",
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": [
            _columns(f, settings, authors),
            _events(f, settings),
            _koers(f),
            _pages(f),
            _authors(f, authors),
        ],
    }
    if site.local_backend:
        data["local_backend"] = {"url": site.local_backend}
    if site.editorial_workflow:
        data["publish_mode"] = "editorial_workflow"
    if site.logo:
        data["logo_url"] = site.logo
    return data


def _folder(
    name: str, label: str, singular: str, description: str, folder: str, fields: list[dict[str, Any]], **more: Any
) -> dict[str, Any]:
    """A collection of Markdown files in ``folder``, in our file format, ending in the body."""
    return {
        "name": name,
        "label": label,
        "label_singular": singular,
        "description": description,
        "folder": folder,
        "create": True,
        "extension": "md",
        "format": "association",
        **more,
        "fields": [*fields, _body()],
    }


def _columns(f: Folders, settings: ContentSettings, authors: Mapping[str, Author]) -> dict[str, Any]:
    return _folder(
        "columns",
        "Columns en nieuws",
        "column",
        "Columns, nieuws en artikelen. Een nieuwe column wordt een map met zijn foto's en PDF's erin.",
        f.columns,
        [_widget(x, settings.column_categories, authors) for x in schema.COLUMN],
        # A new column is a folder named after its own date (not the UTC date of the moment
        # it was made); existing flat files are listed and saved where they are.
        path="{{slug}}/index",
        slug="{{fields.date | date('YYYY-MM-DD')}}-{{slug}}",
        media_folder="",
        public_folder="",
        summary="{{title}} · {{date}}",
        sortable_fields=["date", "title", "author"],
        view_groups=[{"label": "Jaar", "field": "date", "pattern": r"\d{4}"}],
    )


def _events(f: Folders, settings: ContentSettings) -> dict[str, Any]:
    return _folder(
        "events",
        "Agenda",
        "activiteit",
        "Activiteiten. Gaat er een niet door? Zet de status op 'Gaat niet door' en laat hem staan.",
        f.events,
        [_widget(x, settings.event_categories, {}) for x in schema.EVENT if x.kind is not Kind.STRUCTURED],
        slug="{{fields.start | truncate(10, '')}}-{{slug}}",
        summary="{{title}} · {{start}}",
        sortable_fields=["start", "title"],
    )


def _koers(f: Folders) -> dict[str, Any]:
    return _folder(
        "koers",
        "Koers",
        "koersdocument",
        "De meerjarige koers van de vereniging.",
        f"{f.docs}/koers",
        [_widget(x, (), {}) for x in schema.KOERS],
        filter={"field": "period", "pattern": "."},
    )


def _pages(f: Folders) -> dict[str, Any]:
    return _folder(
        "pages",
        "Pagina's",
        "pagina",
        "De gewone pagina's van de site (over de vereniging, lidmaatschap, contact).",
        f.docs,
        [_widget(x, (), {}) for x in schema.PAGE],
    )


def _authors(f: Folders, authors: Mapping[str, Author]) -> dict[str, Any]:
    """One group per author: the file is a mapping by id, which the editor can change but
    not extend (a new author gets an id in the file itself, once)."""
    groups = [
        {
            "name": author_id,
            "label": author.name,
            "widget": "object",
            "collapsed": True,
            "fields": [_widget(x, (), {}, media=f"{f.docs}/assets/auteurs") for x in schema.AUTHOR],
        }
        for author_id, author in authors.items()
    ]
    return {
        "name": "authors",
        "label": "Auteurs",
        "files": [
            {
                "name": "authors",
                "label": "Auteurs",
                "file": f.authors_file,
                "format": "association-yaml",
                "fields": groups,
            }
        ],
    }


def _body() -> dict[str, Any]:
    return {
        "name": "body",
        "label": "Tekst",
        "widget": "markdown",
        "modes": ["raw", "rich_text"],
        "hint": "In Markdown, zoals in de handleiding. 'Rijke tekst' kan ook, maar herschrijft dan de opmaak.",
    }


def _widget(
    x: Field, categories: Sequence[str], authors: Mapping[str, Author], *, media: str | None = None
) -> dict[str, Any]:
    """One form field for schema field ``x``; ``categories``: the choices of a category field
    (columns' or events'), ``authors``: those of an author field."""
    out: dict[str, Any] = {"name": x.name, "label": x.label, "required": bool(x.required)}
    if x.hint:
        out["hint"] = x.hint
    out.update(_by_kind(x, categories, authors, media))
    return out


def _by_kind(x: Field, categories: Sequence[str], authors: Mapping[str, Author], media: str | None) -> dict[str, Any]:
    kind = x.kind
    if kind is Kind.TEXT or kind is Kind.CODE:  # STRUCTURED fields are left out of the form
        return {"widget": "string"}
    if kind is Kind.LONG_TEXT:
        return {"widget": "text"}
    if kind is Kind.DATE:
        return {"widget": "datetime", "format": DATE_FORMAT, "date_format": "D-M-YYYY", "time_format": False}
    if kind is Kind.DATE_TIME:
        return {"widget": "datetime", "format": DATE_TIME_FORMAT, "date_format": "D-M-YYYY", "time_format": "HH:mm"}
    if kind is Kind.DATE_OR_TIME:
        return {
            "widget": "string",
            "pattern": [_DATE_OR_TIME, "Schrijf 2026-12-10 14:00, of 2026-12-10 voor een hele dag"],
        }
    if kind is Kind.BOOLEAN:
        return {"widget": "boolean"}
    if kind is Kind.CHOICE:
        return {"widget": "select", "options": [{"label": CHOICE_LABELS.get(c, c), "value": c} for c in x.choices]}
    if kind is Kind.CATEGORY:
        return {"widget": "select", "options": list(categories)}
    if kind is Kind.AUTHOR:
        options = [{"label": _author_label(a), "value": author_id} for author_id, a in authors.items()]
        return {"widget": "select", "options": options}
    if kind is Kind.WORDS:
        return {"widget": "list"}
    if kind is Kind.IMAGE:
        widget: dict[str, Any] = {"widget": "image", "choose_url": False}
        if media is not None:
            widget.update(media_folder=f"/{media}", public_folder=media.split("/", 1)[1])
        return widget
    if kind is Kind.FILES:
        return {
            "widget": "list",
            "summary": "{{fields.file}}",
            "fields": [
                {"name": "file", "label": "Bestand", "widget": "file", "choose_url": False},
                {"name": "title", "label": "Titel", "widget": "string", "required": False},
            ],
        }
    if kind is Kind.URL:
        return {"widget": "string", "pattern": [_URL, "Een webadres dat begint met https://"]}
    if kind is Kind.EMAIL:
        return {"widget": "string", "pattern": [_EMAIL, "Een e-mailadres, zoals naam@example.org"]}
    if kind is Kind.NUMBER_OR_TEXT:
        return {"widget": "string"}
    if kind is Kind.ID:
        return {"widget": "uuid", "read_only": True}
    if kind is Kind.GROUP:
        return {"widget": "object", "collapsed": True, "fields": [_widget(s, categories, authors) for s in x.fields]}
    if kind is Kind.GROUPS:
        return {"widget": "list", "fields": [_widget(s, categories, authors) for s in x.fields]}
    raise AssertionError(f"no widget for {kind}")  # pragma: no cover - every Kind is handled above


def _author_label(author: Author) -> str:
    return f"{author.name} ({author.role})" if author.role else author.name


def admin_page(site_name: str, styles: Sequence[str]) -> str:
    """``admin/index.html``: the editor from the site itself (``decap-cms/``), after the
    guard that keeps it from asking other hosts, with previews in the site's styles."""
    return f"""<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Redactie · {escape(site_name)}</title>
<link rel="cms-config-url" type="text/yaml" href="config.yml">
</head>
<body>
<script src="guard.js"></script>
<script src="decap-cms/decap-cms.js"></script>
<script type="module" src="editor.js" data-styles="{escape(json.dumps(list(styles)))}"></script>
</body>
</html>
"""

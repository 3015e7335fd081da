"""A throw-away site to import a WordPress export into, the two exports the tests use, and
WordPress items and an import target made by hand for the importer's unit tests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

from mkdocs.config import load_config

from association.adapter.options import site_settings
from association.commands.import_wordpress import target_of
from association.content.loader import Paths
from association.importer import ImportOptions, ImportReport, ImportTarget, import_wordpress, wxr
from support.sites import DEFAULT_NOW, ROOT, Project

FIXTURES = ROOT / "tests" / "fixtures"
THEME_UNIT_TEST = FIXTURES / "wordpress-theme-unit-test" / "themeunittestdata.wordpress.xml"
OWN = FIXTURES / "wordpress-own" / "export.xml"
OWN_UPLOADS = FIXTURES / "wordpress-own" / "uploads"
OWN_CATEGORIES = {"Nieuwtjes": "Nieuws", "Werkbezoeken": "Werkbezoek", "Webinars": "Webinar"}
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
BLOG = "https://oud.example.org"
"""The old site of the hand-made items (and of tests/fixtures/wordpress-own)."""


def item(
    id: int = 1,
    *,
    terms: tuple[wxr.Term, ...] = (),
    meta: dict[str, str] | None = None,
    **fields: Any,
) -> wxr.Item:
    """A published post of the old site, with ``fields`` changed (``type="page"``, ``title=...``)."""
    values: dict[str, Any] = {
        "type": "post",
        "status": "publish",
        "title": f"Bericht {id}",
        "link": f"{BLOG}/2026/05/12/bericht-{id}/",
        "guid": f"{BLOG}/?p={id}",
        "slug": f"bericht-{id}",
        "date": "2026-05-12 10:30:00",
        "date_gmt": "2026-05-12 08:30:00",
        "modified_gmt": "",
        "parent": 0,
        "menu_order": 0,
        "creator": "redactie",
        "content": "<p>Tekst.</p>",
        "excerpt": "",
        "password": "",
        "sticky": False,
        "attachment_url": "",
    }
    values.update(fields)
    return wxr.Item(id=id, terms=terms, meta=MappingProxyType(dict(meta or {})), **values)


def category(name: str, domain: str = "category") -> wxr.Term:
    return wxr.Term(domain, name.lower().replace(" ", "-"), name)


def export_of(*items: wxr.Item, authors: tuple[wxr.Author, ...] = ()) -> wxr.Export:
    return wxr.Export(version="1.2", title="Oude site", link=BLOG, authors=authors, items=items)


def target_in(root: Path, **changes: Any) -> ImportTarget:
    """An import target in ``root`` made by hand (no mkdocs.yml read), as ``association init`` lays it out."""
    fields: dict[str, Any] = {
        "paths": Paths(
            root=root,
            docs=root / "docs",
            columns=root / "columns",
            authors_file=root / "columns" / "authors.yml",
            events=root / "events",
        ),
        "timezone": AMSTERDAM,
        "column_categories": ("Column", "Nieuws"),
        "event_categories": ("Werkbezoek", "Webinar"),
        "uid_domain": "example.org",
        "site_url": "https://www.example.org/",
    }
    fields.update(changes)
    return ImportTarget(**fields)


def prepare(project: Project) -> ImportTarget:
    """Write the project's mkdocs.yml (with column and event categories) and read it the way
    the command does: MkDocs' own config loader and the plugin's settings."""
    project.plugin_options.update(
        column_categories=["Column", "Nieuws", "Artikel"], event_categories=["Werkbezoek", "Najaarsdagen", "Webinar"]
    )
    config_file = project.write("mkdocs.yml", project.config_text("site"))
    config = load_config(str(config_file))
    return target_of(site_settings(config.plugins["association"].config, config))


def run(
    project: Project,
    export: Path = OWN,
    *,
    uploads: Path | None = OWN_UPLOADS,
    categories: dict[str, str] | None = None,
    now: datetime = DEFAULT_NOW,
    **options: Any,
) -> ImportReport:
    target = prepare(project)
    chosen = OWN_CATEGORIES if categories is None else categories
    return import_wordpress(export, target, ImportOptions(now=now, uploads=uploads, categories=chosen, **options))


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (but the built site) with its bytes."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.relative_to(root).as_posix().startswith("site/")
    }

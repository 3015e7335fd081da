"""A throw-away site to import a WordPress export into, and the two exports the tests use."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from mkdocs.config import load_config

from association.adapter.options import site_settings
from association.commands.import_wordpress import target_of
from association.importer import ImportOptions, ImportReport, ImportTarget, import_wordpress
from support.sites import DEFAULT_NOW, ROOT, Project

FIXTURES = ROOT / "tests" / "fixtures"
THEME_UNIT_TEST = FIXTURES / "wordpress-theme-unit-test" / "themeunittestdata.wordpress.xml"
OWN = FIXTURES / "wordpress-own" / "export.xml"
OWN_UPLOADS = FIXTURES / "wordpress-own" / "uploads"
OWN_CATEGORIES = {"Nieuwtjes": "Nieuws", "Werkbezoeken": "Werkbezoek", "Webinars": "Webinar"}


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

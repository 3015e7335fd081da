"""A tiny site on disk, read with MkDocs' own config loader and never built, for the
adapter's unit tests: the MkDocs objects (config, ``File``, ``Page``) and our settings,
content and plan, made by hand so that each test calls one adapter function on them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from association.adapter.config import AssociationConfig
from association.adapter.options import SiteSettings, site_settings
from association.content.loader import Content, load
from association.render.site_plan import SitePlan, plan_site
from support.sites import DEFAULT_NOW, write_file

AUTHORS = """\
anna-voorbeeld:
  name: Anna Voorbeeld
  role: voorzitter
bram-proef:
  name: Bram Proef
  role: secretaris
"""


@dataclass
class Site:
    """The Voorbeeldvereniging's sources in ``root``; ``config`` writes its mkdocs.yml."""

    root: Path

    def __post_init__(self) -> None:
        self.write("docs/index.md", "# Welkom\n\nDe Voorbeeldvereniging.\n")
        self.write("columns/authors.yml", AUTHORS)

    def write(self, relative: str, text: str | bytes) -> Path:
        return write_file(self.root, relative, text)

    def column(self, name: str, *, body: str = "Een alinea tekst.", **fields: Any) -> Path:
        front = {"title": "Ledenavond", "date": "2026-01-10", "author": "anna-voorbeeld", "category": "Column"}
        front.update(fields)
        relative = f"columns/{name}index.md" if name.endswith("/") else f"columns/{name}.md"
        return self.write(relative, _source(front, body))

    def event(self, name: str, *, body: str = "Over deze activiteit.", **fields: Any) -> Path:
        front = {"title": "Webinar", "category": "Webinar", "start": "2026-12-10 14:00", "end": "2026-12-10 17:00"}
        front.update(fields)
        front.setdefault("uid", f"{name}@example.org")
        return self.write(f"events/{name}.md", _source(front, body))

    def koers(self) -> None:
        """Two koers documents in docs/koers/: the current one and the one it replaced."""
        self.write(
            "docs/koers/koers-2016-2020.md",
            "---\ntitle: Koers 2016–2020\nperiod: 2016-2020\nstatus: superseded\n"
            "adopted: {date: 2016-03-17, body: algemene ledenvergadering}\n"
            "superseded_by: koers/koers-2021-en-verder.md\n---\n\n## Werkbezoeken\n\nLeden gaan op bezoek.\n",
        )
        self.write(
            "docs/koers/koers-2021-en-verder.md",
            "---\ntitle: Koers 2021 & verder\nperiod: 2021-\nstatus: adopted\n"
            "adopted: {date: 2021-06-24, body: algemene ledenvergadering}\n---\n\nMinder vergaderen.\n",
        )

    def config(self, _site: dict[str, Any] | None = None, **options: Any) -> MkDocsConfig:
        """mkdocs.yml with the plugin's ``options`` (uid_domain given unless set), loaded
        and validated by MkDocs as ``mkdocs build`` does; ``_site``: top-level keys."""
        data: dict[str, Any] = {
            "site_name": "Voorbeeldvereniging",
            "site_url": "https://www.example.org/",
            "theme": {"name": "material", "language": "nl", "font": False},
            "plugins": [{"association": {"uid_domain": "example.org", **options}}],
        }
        data.update(_site or {})
        data = {k: v for k, v in data.items() if v is not None}
        config = load_config(str(self.write("mkdocs.yml", yaml.safe_dump(data, sort_keys=False))))
        # As inside one of our hooks, where MkDocs names the plugin that makes a generated file.
        config.plugins._current_plugin = "association"
        return config

    def settings(self, _site: dict[str, Any] | None = None, **options: Any) -> SiteSettings:
        config = self.config(_site, **options)
        return site_settings(options_of(config), config)

    def plan(
        self, *, now: datetime = DEFAULT_NOW, preview: bool = False, **options: Any
    ) -> tuple[MkDocsConfig, SiteSettings, Content, SitePlan]:
        """What ``on_files`` works from: the settings, the loaded content and the site's plan."""
        config = self.config(**options)
        site = site_settings(options_of(config), config)
        content = load(site.paths, site.content)
        plan = plan_site(content, now, site.content, site.agenda, site.feed, site.per_page, preview=preview)
        return config, site, content, plan


def options_of(config: MkDocsConfig) -> AssociationConfig:
    options = config.plugins["association"].config
    assert isinstance(options, AssociationConfig)
    return options


def docs_file(config: MkDocsConfig, src_uri: str) -> File:
    """A file of docs/ as MkDocs' ``get_files`` makes it."""
    return File(src_uri, config.docs_dir, config.site_dir, config.use_directory_urls)


def files_of(*files: File) -> Files:
    return Files(list(files))


def _source(front: dict[str, Any], body: str) -> str:
    front = {k: v for k, v in front.items() if v is not None}
    return "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n\n" + body + "\n"

"""adapter/sitecheck.py: what ``association check`` asks of MkDocs: MkDocs' own steps up to
``on_files`` (nothing rendered, so no build), every problem a build would stop on collected
instead: in the sources, in every page's links, in ``gepubliceerd.yml``."""

from __future__ import annotations

from pathlib import Path

import pytest
from material.plugins.tags.plugin import TagsPlugin
from mkdocs.exceptions import PluginError

from association.adapter.sitecheck import problems
from support.handmade import Site


def a_site(root: Path) -> Site:
    site = Site(root)
    site.column("2026-01-10-ledenavond", body="Zie [het najaar](2026-01-12-najaar.md).")
    site.column("2026-01-12-najaar", title="Najaar", date="2026-01-12")
    site.event("2026-12-10-webinar")
    site.write("docs/over.md", "# Over ons\n\nLees [de ledenavond](../columns/2026-01-10-ledenavond.md).\n")
    return site


def checked(site: Site, **options) -> list[str]:
    site.config(**options)  # writes mkdocs.yml
    return [str(p) for p in problems(str(site.root / "mkdocs.yml"))]


def test_a_site_without_mistakes_has_no_problems(tmp_path: Path):
    assert checked(a_site(tmp_path)) == []


def test_a_broken_link_in_a_page_of_docs_is_found_on_its_line(tmp_path: Path):
    site = a_site(tmp_path)
    site.write("docs/over.md", "# Over ons\n\nZie [het bestuur](bestuur.md).\n")
    assert checked(site) == [
        "docs/over.md:3: link (bestuur.md): verwacht een bestaand bestand, maar docs/bestuur.md bestaat niet."
    ]


def test_every_mistake_is_collected_where_a_build_would_stop_at_the_first_stage(tmp_path: Path):
    site = a_site(tmp_path)
    site.column("2026-01-14-fout", title="Fout", date="14-01-2026")
    site.column("2026-01-10-ledenavond", body="Zie [weg](2017-01-01-weg.md).")
    site.write("gepubliceerd.yml", "columns: []\nevents:\n  weg@example.org:\n  - agenda/2025/weg/\n")
    found = checked(site)
    assert len(found) == 3
    assert any(p.startswith("columns/2026-01-14-fout.md:3: date: verwacht een datum") for p in found)
    assert any(p.startswith("columns/2026-01-10-ledenavond.md:8: link (2017-01-01-weg.md):") for p in found)
    assert any(p.startswith("gepubliceerd.yml:3: weg@example.org: verwacht een activiteit") for p in found)


def test_other_plugins_start_as_for_a_build_and_ours_as_the_check(tmp_path: Path, monkeypatch):
    """Material's tags plugin knows MkDocs' commands only (``check`` is ours)."""
    started: list[tuple[str, str]] = []
    original = TagsPlugin.on_startup

    def on_startup(self, *, command, dirty):
        started.append(("tags", command))
        original(self, command=command, dirty=dirty)

    monkeypatch.setattr(TagsPlugin, "on_startup", on_startup)
    site = a_site(tmp_path)
    site.write("docs/over.md", "# Over ons\n\n[Kapot](nergens.md)\n")
    site.config({"plugins": ["search", "tags", {"association": {"uid_domain": "example.org"}}]})
    (problem,) = problems(str(site.root / "mkdocs.yml"))
    assert (problem.path, problem.line) == ("docs/over.md", 3)
    assert started == [("tags", "build")]


def test_a_wrong_option_stops_the_check_with_its_dutch_error(tmp_path: Path):
    site = a_site(tmp_path)
    site.config(uid_domain="")
    with pytest.raises(PluginError, match=r"plugins\.association\.uid_domain: verwacht het domein"):
        problems(str(site.root / "mkdocs.yml"))

"""The chrome cache (adapter/speed/chrome.py) may only ever change how fast a page is written.

Two varied sites, each built once with and once without the cache (per test run, shared by
the tests, ``Both``): the plain one, and one whose overrides reshape the title in the
header, print the page in the table of contents and in the tabs. Every test compares every byte.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from association.adapter.speed.chrome import CACHED_BLOCKS
from support.sites import Project, built_once


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@dataclass(frozen=True)
class Both:
    """A site built with the chrome cache and without: every file, and what the cache said."""

    cached: dict[str, bytes]
    whole: dict[str, bytes]
    hits: Counter[str]
    mismatches: set[str]
    """Blocks the self-check found to differ per page beyond their key."""

    def differing(self) -> list[str]:
        assert self.cached.keys() == self.whole.keys()
        return [name for name in self.cached if self.cached[name] != self.whole[name]]

    def page(self, url: str) -> str:
        return self.cached[url + "index.html"].decode()


def build_both_ways(factory: pytest.TempPathFactory, name: str, write) -> Both:
    """``write``'s site built both ways, once per test run (``built_once``)."""

    def make(folder: Path) -> None:
        mp = pytest.MonkeyPatch()
        try:
            project = Project(folder, mp, None)
            write(project)
            project.plugin_options["cache_chrome"] = True
            project.build(site_dir="cached", verbose=True)
            said = {"hits": served(project), "mismatches": [m.split("'")[1] for m in project.logged("Chrome cache: '")]}
            (folder / "said.json").write_text(json.dumps(said))
            project.plugin_options["cache_chrome"] = False
            project.build(site_dir="whole")
        finally:
            mp.undo()

    folder = built_once(factory, name, make)
    said = json.loads((folder / "said.json").read_text())
    return Both(files_of(folder / "cached"), files_of(folder / "whole"), Counter(said["hits"]), set(said["mismatches"]))


def served(project: Project) -> Counter[str]:
    """The blocks the chrome cache served in the last build, from its summary in the debug log."""
    (summary,) = project.logged("Chrome cache: served ")
    return Counter({name: int(count.rstrip("x")) for name, count in re.findall(r"(\w+) (\d+x)", summary)})


def a_varied_site(project: Project) -> None:
    project.extra_config["theme"] = {
        "name": "material",
        "language": "nl",
        "font": False,
        "features": ["navigation.tabs"],
    }
    project.extra_config["nav"] = [
        "index.md",
        {"Vereniging": ["over.md", {"Volgen": "volgen/"}, {"Elders": "https://example.org/"}]},
        {"Columns": "columns/index.md"},
        {"Agenda": "agenda/index.md"},
    ]
    # volgen/ is a generated page: MkDocs checks the nav before plugins add their pages.
    project.extra_config["validation"] = {
        "nav": {"not_found": "ignore"},
        "links": {"not_found": "warn", "anchors": "warn"},
    }
    project.write("docs/over.md", "# Over ons\n\n## Bestuur\n\nTekst.\n")
    project.write("docs/los.md", "# Een losse pagina\n\nNiet in het menu.\n")
    project.column("2024-03-01-zonder-kopjes", title="Zonder kopjes & <tekens>", date="2024-03-01")
    project.column(
        "2025-05-02-met-kopjes", title="Met kopjes", date="2025-05-02", body="## Eerste\n\nTekst.\n\n## Tweede\n\nMeer."
    )
    project.column("2025-06-03-bundel/", title="Een bundel", date="2025-06-03", tags=["wijk", "bestuur"])
    project.event("2026-12-10-webinar", title="Webinar")
    project.event("2027-01-15-lezing", title="Lezing", category="Lezing", start="2027-01-15", end="2027-01-16")


def a_varied_site_with_a_page_beside_the_nav(project: Project) -> None:
    a_varied_site(project)
    project.write("docs/columns/uitleg.md", "# Uitleg\n\nOver de columns.\n")


def material_partial(name: str) -> str:
    return (Path(__import__("material").__file__).parent / "templates/partials" / name).read_text()


def a_varied_site_with_overrides(project: Project) -> None:
    """Three overrides, each of another cached block or partial: a header that transforms the
    title, a table of contents that prints the page, tabs that print the page."""
    a_varied_site(project)
    project.extra_config["theme"]["custom_dir"] = "overrides"
    header = material_partial("header.html")
    project.write(
        "overrides/partials/header.html", header.replace("{{ page.meta.title }}", "{{ page.meta.title | upper }}")
    )
    toc = material_partial("toc.html")
    project.write(
        "overrides/partials/toc.html",
        toc.replace("{% if toc %}", '<span class="eigen">{{ page.url }}</span>{% if toc %}'),
    )
    tabs = material_partial("tabs.html")
    project.write(
        "overrides/partials/tabs.html",
        tabs.replace('<nav class="md-tabs"', '<nav data-page="{{ page.url }}" class="md-tabs"'),
    )


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Both:
    return build_both_ways(tmp_path_factory, "chrome-plain", a_varied_site_with_a_page_beside_the_nav)


@pytest.fixture(scope="module")
def overridden(tmp_path_factory: pytest.TempPathFactory) -> Both:
    return build_both_ways(tmp_path_factory, "chrome-overridden", a_varied_site_with_overrides)


def test_cached_chrome_writes_the_same_bytes_as_rendering_every_page_whole(plain: Both):
    # Month grids, listings, columns and events really came from the cache, every block.
    assert min(plain.hits[block] for block in CACHED_BLOCKS) > 10
    assert plain.differing() == []
    assert plain.mismatches == set()


def test_each_page_keeps_its_own_title_in_the_header(plain: Both):
    for url, title in (
        ("columns/2024/zonder-kopjes/", "Zonder kopjes &amp; &lt;tekens&gt;"),
        ("columns/2025/met-kopjes/", "Met kopjes"),
    ):
        topic = plain.page(url).split('data-md-component="header-topic"', 1)[1].split("</span>", 1)[0]
        assert title in topic, url


def test_an_override_that_reshapes_the_title_is_rendered_whole(overridden: Both):
    """The header is cached with a placeholder title; an override that transforms the title
    would transform the placeholder, so that header is rendered per page instead."""
    assert overridden.hits["header"] == 0 and overridden.hits["site_nav"] > 10
    assert overridden.differing() == []
    assert "MET KOPJES" in overridden.page("columns/2025/met-kopjes/")


def test_an_overridden_toc_partial_is_rendered_for_every_page_even_when_empty(overridden: Both):
    """An empty table of contents from Material's partial is rendered once per build; a
    site's own partials/toc.html may print anything of the page, so it runs per page."""
    assert overridden.differing() == []
    for url in ("agenda/2026/12/", "columns/2024/", "agenda/2026/webinar/"):
        assert f'<span class="eigen">{url}</span>' in overridden.page(url)


def current_tabs(html: str) -> list[str]:
    return re.findall(
        r'<li class="md-tabs__item md-tabs__item--active">\s*<a href="[^"]*" class="md-tabs__link">\s*([^<]+?)\s*</a>',
        html,
    )


def test_a_column_or_an_event_shows_its_sections_tab_and_menu_entry_as_current(plain: Both):
    """Columns, lists, events and month grids are not in the navigation; they are shown
    under the page they belong to, in the cached chrome as in the whole one. A page of
    docs/ beside them, not in the navigation, has the same links but no current tab."""
    assert plain.differing() == []
    expected = {
        "columns/2025/met-kopjes/": ["Columns"],
        "columns/2025/": ["Columns"],
        "columns/archief/": ["Columns"],
        "agenda/2026/webinar/": ["Agenda"],
        "agenda/2026/12/": ["Agenda"],
        "agenda/archief/": ["Agenda"],
        "columns/": ["Columns"],
        "agenda/": ["Agenda"],
        "los/": [],
        "volgen/": [],
        "columns/uitleg/": [],
    }
    for url, tabs in expected.items():
        assert current_tabs(plain.page(url)) == tabs, url
    assert re.search(
        r'<li class="md-nav__item md-nav__item--active">\s*<a href="../../" class="md-nav__link">\s*<span class="md-ellipsis">\s*Agenda',
        plain.page("agenda/2026/12/"),
    )


def test_a_block_that_differs_per_page_beyond_the_cache_key_is_caught_and_rendered_whole(overridden: Both):
    """An override that prints something of the page the key does not know (here the tabs
    print its URL) would be served stale from the cache; the self-check renders the block
    once more on a later page, sees the difference, and renders it per page from then on."""
    assert overridden.differing() == []
    assert overridden.mismatches == {"tabs"} and overridden.hits["site_nav"] > 10
    for url in ("agenda/2026/12/", "columns/2024/"):
        assert f'<nav data-page="{url}" class="md-tabs"' in overridden.page(url)

"""The chrome cache (adapter/speed/chrome.py) may only ever change how fast a page is written.

Every test builds the same site with and without the cache and compares every byte.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from association.adapter.speed.chrome import CACHED_BLOCKS
from support.sites import Project


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def build_both_ways(project: Project) -> tuple[dict[str, bytes], dict[str, bytes], Counter[str]]:
    project.plugin_options["cache_chrome"] = True
    cached = files_of(project.build(site_dir="cached", verbose=True))
    hits = served(project)
    project.plugin_options["cache_chrome"] = False
    whole = files_of(project.build(site_dir="whole"))
    return cached, whole, hits


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


def test_cached_chrome_writes_the_same_bytes_as_rendering_every_page_whole(project: Project):
    a_varied_site(project)
    cached, whole, hits = build_both_ways(project)
    # Month grids, listings, columns and events really came from the cache, every block.
    assert min(hits[block] for block in CACHED_BLOCKS) > 10
    assert cached.keys() == whole.keys()
    assert [name for name in cached if cached[name] != whole[name]] == []


def test_each_page_keeps_its_own_title_in_the_header(project: Project):
    a_varied_site(project)
    project.build()
    for url, title in (
        ("columns/2024/zonder-kopjes/", "Zonder kopjes &amp; &lt;tekens&gt;"),
        ("columns/2025/met-kopjes/", "Met kopjes"),
    ):
        html = project.read(url + "index.html")
        topic = html.split('data-md-component="header-topic"', 1)[1].split("</span>", 1)[0]
        assert title in topic, url


def test_an_override_that_reshapes_the_title_is_rendered_whole(project: Project):
    """The header is cached with a placeholder title; an override that transforms the title
    would transform the placeholder, so that header is rendered per page instead."""
    a_varied_site(project)
    project.extra_config["theme"]["custom_dir"] = "overrides"
    header = (Path(__import__("material").__file__).parent / "templates/partials/header.html").read_text()
    project.write(
        "overrides/partials/header.html", header.replace("{{ page.meta.title }}", "{{ page.meta.title | upper }}")
    )
    cached, whole, hits = build_both_ways(project)
    assert hits["header"] == 0 and hits["site_nav"] > 10
    assert [name for name in cached if cached[name] != whole[name]] == []
    assert "MET KOPJES" in cached["columns/2025/met-kopjes/index.html"].decode()


def test_an_overridden_toc_partial_is_rendered_for_every_page_even_when_empty(project: Project):
    """An empty table of contents from Material's partial is rendered once per build; a
    site's own partials/toc.html may print anything of the page, so it runs per page."""
    a_varied_site(project)
    project.extra_config["theme"]["custom_dir"] = "overrides"
    toc = (Path(__import__("material").__file__).parent / "templates/partials/toc.html").read_text()
    project.write(
        "overrides/partials/toc.html",
        toc.replace("{% if toc %}", '<span class="eigen">{{ page.url }}</span>{% if toc %}'),
    )
    cached, whole, hits = build_both_ways(project)
    assert hits["site_nav"] > 10
    assert [name for name in cached if cached[name] != whole[name]] == []
    for url in ("agenda/2026/12/", "columns/2024/", "agenda/2026/webinar/"):
        assert f'<span class="eigen">{url}</span>' in cached[url + "index.html"].decode()


def current_tabs(html: str) -> list[str]:
    return re.findall(
        r'<li class="md-tabs__item md-tabs__item--active">\s*<a href="[^"]*" class="md-tabs__link">\s*([^<]+?)\s*</a>',
        html,
    )


def test_a_column_or_an_event_shows_its_sections_tab_and_menu_entry_as_current(project: Project):
    """Columns, lists, events and month grids are not in the navigation; they are shown
    under the page they belong to, in the cached chrome as in the whole one. A page of
    docs/ beside them, not in the navigation, has the same links but no current tab."""
    a_varied_site(project)
    project.write("docs/columns/uitleg.md", "# Uitleg\n\nOver de columns.\n")
    cached, whole, _hits = build_both_ways(project)
    assert [name for name in cached if cached[name] != whole[name]] == []
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
        html = cached[url + "index.html"].decode()
        assert current_tabs(html) == tabs, url
    menu = cached["agenda/2026/12/index.html"].decode()
    assert re.search(
        r'<li class="md-nav__item md-nav__item--active">\s*<a href="../../" class="md-nav__link">\s*<span class="md-ellipsis">\s*Agenda',
        menu,
    )


def test_a_block_that_differs_per_page_beyond_the_cache_key_is_caught_and_rendered_whole(project: Project):
    """An override that prints something of the page the key does not know (here its URL)
    would be served stale from the cache; the self-check renders the block once more on a
    later page, sees the difference, and renders it per page from then on."""
    a_varied_site(project)
    project.extra_config["theme"]["custom_dir"] = "overrides"
    header = (Path(__import__("material").__file__).parent / "templates/partials/header.html").read_text()
    project.write(
        "overrides/partials/header.html",
        header.replace('<header class="{{ class }}"', '<header data-page="{{ page.url }}" class="{{ class }}"'),
    )
    project.plugin_options["cache_chrome"] = True
    cached = files_of(project.build(site_dir="cached", verbose=True))
    mismatches, hits = project.logged("Chrome cache: '"), served(project)
    project.plugin_options["cache_chrome"] = False
    whole = files_of(project.build(site_dir="whole"))
    assert [name for name in cached if cached[name] != whole[name]] == []
    assert {m.split("'")[1] for m in mismatches} == {"header"} and hits["site_nav"] > 10

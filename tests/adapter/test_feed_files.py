"""adapter/feed_files.py: the feeds are written at the end of a build with every column's
rendered text, never with a silently empty item: a dirty build keeps the last ones, a full
build missing a column's page stops."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from association.adapter.feed_files import write
from association.adapter.problems import Mode, Problems
from association.adapter.state import BuildState
from support.handmade import Site

BODIES = {
    "columns/2026/ledenavond/": "<p>De ledenavond was <strong>vol</strong>.</p>",
    "columns/2026/najaar/": "<p>Het najaar komt eraan.</p>",
}


def planned(root: Path, **options) -> BuildState:
    site = Site(root)
    site.column("2026-01-10-ledenavond")
    site.column("2026-01-12-najaar", title="Najaar", date="2026-01-12", category="Nieuws")
    _, settings, _, plan = site.plan(column_categories=["Column", "Nieuws"], **options)
    return BuildState(settings, Problems(Mode.BUILD), plan=plan)


def written(site_dir: Path) -> list[str]:
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file())


def test_every_feed_is_written_in_both_formats_with_each_columns_rendered_text(tmp_path: Path):
    state = planned(tmp_path)
    state.feed_html.update(BODIES)
    site_dir = tmp_path / "site"
    write(str(site_dir), state, dirty=False)
    assert written(site_dir) == [
        "atom-column.xml",
        "atom-nieuws.xml",
        "atom.xml",
        "feed-column.xml",
        "feed-nieuws.xml",
        "feed.xml",
    ]
    rss = (site_dir / "feed.xml").read_text(encoding="utf-8")
    assert (
        "<content:encoded>&lt;p&gt;De ledenavond was &lt;strong&gt;vol&lt;/strong&gt;.&lt;/p&gt;</content:encoded>"
        in rss
    )
    assert "Het najaar komt eraan." in rss
    nieuws = (site_dir / "atom-nieuws.xml").read_text(encoding="utf-8")
    assert "Het najaar komt eraan." in nieuws and "ledenavond" not in nieuws


def test_a_full_build_without_a_columns_page_stops_naming_its_source(tmp_path: Path):
    state = planned(tmp_path)
    with pytest.raises(PluginError) as info:
        write(str(tmp_path / "site"), state, dirty=False)
    assert str(info.value) == (
        "columns/2026-01-10-ledenavond.md: verwacht een pagina voor deze column (hij staat in de feeds), maar "
        "MkDocs heeft hem niet gemaakt. Haalt een andere plugin of hook de pagina weg? "
        "(ook: columns/2026-01-12-najaar.md)"
    )
    assert not (tmp_path / "site").exists()


def test_one_missing_page_is_named_alone(tmp_path: Path):
    state = planned(tmp_path)
    state.feed_html["columns/2026/ledenavond/"] = BODIES["columns/2026/ledenavond/"]
    with pytest.raises(PluginError, match=r"^columns/2026-01-12-najaar\.md: verwacht een pagina .*weg\?$"):
        write(str(tmp_path / "site"), state, dirty=False)


def test_a_dirty_build_keeps_the_feeds_of_the_last_full_build(tmp_path: Path, caplog):
    state = planned(tmp_path)
    state.feed_html["columns/2026/najaar/"] = BODIES["columns/2026/najaar/"]  # the one edited page
    site_dir = tmp_path / "site"
    (site_dir / "feed.xml").parent.mkdir()
    (site_dir / "feed.xml").write_text("de vorige feed")
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        write(str(site_dir), state, dirty=True)
    assert written(site_dir) == ["feed.xml"] and (site_dir / "feed.xml").read_text() == "de vorige feed"
    assert "Feeds niet bijgewerkt: deze 'dirty' build maakte 1 column(s) uit de feeds niet opnieuw" in caplog.text


def test_a_dirty_build_that_rendered_every_column_in_the_feeds_writes_them(tmp_path: Path):
    state = planned(tmp_path)
    state.feed_html.update(BODIES)
    write(str(tmp_path / "site"), state, dirty=True)
    assert "Het najaar komt eraan." in (tmp_path / "site/feed.xml").read_text(encoding="utf-8")


def test_feeds_of_summaries_need_no_rendered_text(tmp_path: Path):
    state = planned(tmp_path, feed_full_content=False)
    write(str(tmp_path / "site"), state, dirty=False)
    rss = (tmp_path / "site/feed.xml").read_text(encoding="utf-8")
    assert "<title>Najaar</title>" in rss and "Een alinea tekst." in rss


def test_a_site_without_dated_columns_writes_no_feed(tmp_path: Path):
    site = Site(tmp_path)
    site.column("oud-stuk", date="onbekend")
    _, settings, _, plan = site.plan()
    state = BuildState(settings, Problems(Mode.BUILD), plan=plan)
    assert state.feeds == ()
    write(str(tmp_path / "site"), state, dirty=False)
    assert not (tmp_path / "site").exists()


def test_a_state_without_a_plan_writes_nothing(tmp_path: Path):
    state = BuildState(Site(tmp_path).settings(), Problems(Mode.BUILD))
    write(str(tmp_path / "site"), state, dirty=False)
    assert not (tmp_path / "site").exists()

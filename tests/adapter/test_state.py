"""adapter/state.py: what one build knows, in one object: the views its templates get, the
plan's parts before and after ``on_files``, and the fresh state left once the build is done."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from association.adapter.problems import Mode, Problems
from association.adapter.state import BuildState
from association.content.errors import ContentError
from association.render.views import ColumnView, KoersView
from support.handmade import Site


def test_before_the_plan_the_state_has_no_feeds_columns_koers_or_views(tmp_path: Path):
    state = BuildState(Site(tmp_path).settings(), Problems(Mode.BUILD))
    assert state.plan is None and state.feeds == () and state.feed_columns == {} and state.koers == {}
    assert state.view("columns/2026/ledenavond/index.md") is None and state.view("koers/x.md") is None


def test_the_settings_and_paths_are_the_sites(tmp_path: Path):
    site = Site(tmp_path).settings(per_page=4)
    state = BuildState(site, Problems(Mode.BUILD))
    assert state.settings is site.content and state.paths is site.paths


def test_images_are_kept_in_the_configured_cache_beside_mkdocs_yml(tmp_path: Path):
    state = BuildState(Site(tmp_path).settings(image_cache="tmp/beelden"), Problems(Mode.BUILD))
    assert state.images.cache == tmp_path.resolve() / "tmp/beelden"


def test_settings_without_an_image_cache_keep_images_in_the_default_cache(tmp_path: Path):
    """A command may make ``SiteSettings`` without one; the store still has a place."""
    site = replace(Site(tmp_path).settings(), image_cache=None)
    assert BuildState(site, Problems(Mode.BUILD)).images.cache == tmp_path.resolve() / ".cache/images"


def test_a_planned_page_gets_its_own_view(tmp_path: Path):
    site = Site(tmp_path)
    site.column("2026-01-10-ledenavond")
    _, settings, _, plan = site.plan()
    state = BuildState(settings, Problems(Mode.BUILD), plan=plan)
    (page,) = [p for p in plan.pages if p.url == "columns/2026/ledenavond/"]
    state.pages["columns/2026/ledenavond/index.md"] = page
    view = state.view("columns/2026/ledenavond/index.md")
    assert isinstance(view, ColumnView) and view is page.view and view.column.title == "Ledenavond"
    assert state.feeds == plan.feeds and list(state.feed_columns) == ["columns/2026/ledenavond/"]


def test_a_koers_document_gets_the_koers_view_with_its_successor(tmp_path: Path):
    site = Site(tmp_path)
    site.koers()
    _, settings, _, plan = site.plan()
    state = BuildState(settings, Problems(Mode.BUILD), plan=plan)
    old = state.view("koers/koers-2016-2020.md")
    assert isinstance(old, KoersView) and old.koers.title == "Koers 2016–2020"
    assert old.koers_successor is not None and old.koers_successor.path == "koers/koers-2021-en-verder.md"
    current = state.view("koers/koers-2021-en-verder.md")
    assert isinstance(current, KoersView) and current.koers_successor is None
    assert state.view("index.md") is None  # an ordinary page of docs/


def test_once_a_build_is_done_only_the_site_and_the_mode_are_left(tmp_path: Path):
    site = Site(tmp_path)
    site.column("2026-01-10-ledenavond")
    _, settings, _, plan = site.plan(preview=True)
    problems = Problems(Mode.PREVIEW, [ContentError("columns/x.md", 1, "date", "verwacht een datum")])
    state = BuildState(settings, problems, plan=plan)
    state.pages["columns/2026/ledenavond/index.md"] = plan.pages[0]
    state.feed_html["columns/2026/ledenavond/"] = "<p>Een alinea tekst.</p>"
    after = state.emptied()
    assert after.site is settings and after.problems.mode is Mode.PREVIEW and after.problems.found == []
    assert after.plan is None and after.pages == {} and after.feed_html == {} and after.site_index is None
    assert state.pages and state.problems.found  # the finished build's own state is left as it was

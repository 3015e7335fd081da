"""adapter/sections.py: while a column, a list or an event page is rendered, the navigation
page of its section (Columns, Agenda) is the active one, and only while it is rendered."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.structure.files import File
from mkdocs.structure.nav import Navigation, get_navigation
from mkdocs.structure.pages import Page

from association.adapter.sections import SectionHighlight
from association.render.planned import PlannedPage
from support.handmade import Site, docs_file, files_of


class Built:
    """The Voorbeeldvereniging's navigation and plan, made once for the module."""

    def __init__(self, root: Path) -> None:
        site = Site(root)
        for page in ("over.md", "columns/index.md", "agenda/index.md"):
            site.write(f"docs/{page}", "# Pagina\n")
        site.column("2026-01-10-ledenavond")
        site.event("2026-12-10-webinar")
        nav = ["index.md", {"Vereniging": ["over.md", "agenda/index.md"]}, {"Columns": "columns/index.md"}]
        self.config, _, _, self.plan = site.plan(_site={"nav": nav})
        files = files_of(
            *(docs_file(self.config, uri) for uri in ("index.md", "over.md", "columns/index.md", "agenda/index.md"))
        )
        self.nav: Navigation = get_navigation(files, self.config)
        self.by_uri = {p.file.src_uri: p for p in self.nav.pages}

    def planned(self, url: str) -> PlannedPage:
        (page,) = [p for p in self.plan.pages if p.url == url]
        return page

    def page(self, planned: PlannedPage) -> Page:
        """The page MkDocs makes of a generated file: in no section of the navigation."""
        return Page(None, File.generated(self.config, planned.url + "index.md", content=""), self.config)

    def highlight(self) -> SectionHighlight:
        for page in self.nav.pages:
            page.active = False
        return SectionHighlight(dict(self.by_uri))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return Built(tmp_path_factory.mktemp("sections"))


def active(built: Built) -> list[str]:
    return [uri for uri, page in built.by_uri.items() if page.active]


def test_a_column_shows_the_columns_page_as_current_until_it_is_written(built: Built):
    highlight = built.highlight()
    column = built.planned("columns/2026/ledenavond/")
    assert column.section == "columns/"
    highlight.show(column, built.page(column))
    assert active(built) == ["columns/index.md"]
    highlight.hide()
    assert active(built) == []


def test_the_section_in_the_navigation_is_current_with_its_page(built: Built):
    """Material opens the menu's section and highlights its tab from the parents' state."""
    highlight = built.highlight()
    event = built.planned("agenda/2026/webinar/")
    highlight.show(event, built.page(event))
    agenda = built.by_uri["agenda/index.md"]
    assert active(built) == ["agenda/index.md"] and agenda.parent is not None and agenda.parent.active
    highlight.hide()
    assert not agenda.parent.active


def test_the_next_page_moves_the_highlight(built: Built):
    highlight = built.highlight()
    for url in ("columns/2026/ledenavond/", "agenda/2026/12/"):
        planned = built.planned(url)
        highlight.show(planned, built.page(planned))
    assert active(built) == ["agenda/index.md"]


def test_the_sections_own_page_and_a_page_in_the_navigation_are_left_to_mkdocs(built: Built):
    highlight = built.highlight()
    index = built.planned("columns/")
    highlight.show(index, built.by_uri["columns/index.md"])  # the owner itself
    assert active(built) == []
    in_nav = built.by_uri["over.md"]
    assert in_nav.parent is not None
    highlight.show(built.planned("columns/2026/ledenavond/"), in_nav)
    assert active(built) == []


def test_a_page_without_a_section_or_whose_section_is_not_in_the_navigation_marks_nothing(built: Built):
    highlight = built.highlight()
    follow = built.planned("volgen/")
    assert follow.section is None
    highlight.show(follow, built.page(follow))
    assert active(built) == []
    SectionHighlight({}).show(built.planned("columns/2026/ledenavond/"), built.page(follow))  # no nav at all
    highlight.hide()  # nothing shown: nothing to clear
    assert active(built) == []

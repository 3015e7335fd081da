"""adapter/speed/template_page.py: a page made by its template alone skips Markdown's
conversion of its empty source, and is converted like any page once it has Markdown."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

from association.adapter.speed.template_page import TemplatePage
from support.handmade import Site, files_of


@pytest.fixture
def config(tmp_path: Path) -> MkDocsConfig:
    return Site(tmp_path).config()


def agenda_page(config: MkDocsConfig, text: str) -> TemplatePage:
    file = File.generated(config, "agenda/2026/12/index.md", content=text)
    page = TemplatePage(file, config)
    page.read_source(config)
    return page


def no_markdown(*args: object, **kwargs: object) -> None:
    raise AssertionError("Markdown was run")


def test_the_page_is_the_files_page(config: MkDocsConfig):
    page = agenda_page(config, "")
    assert page.file.page is page and page.url == "agenda/2026/12/"


@pytest.mark.parametrize("text", ["", "\n  \n"])
def test_an_empty_source_is_not_run_through_markdown(config: MkDocsConfig, monkeypatch, text: str):
    page = agenda_page(config, text)
    monkeypatch.setattr(markdown, "Markdown", no_markdown)
    page.render(config, files_of(page.file))
    assert page.content == "" and list(page.toc) == []
    assert page.present_anchor_ids == set() and page.links_to_anchors == {}


def test_markdown_given_by_another_plugin_is_converted_like_any_pages(config: MkDocsConfig):
    page = agenda_page(config, "")
    page.markdown = "## Extra\n\nEen regel van een andere plugin."
    page.render(config, files_of(page.file))
    assert page.content is not None and '<h2 id="extra">Extra' in page.content
    assert [item.title for item in page.toc] == ["Extra"] and "extra" in page.present_anchor_ids

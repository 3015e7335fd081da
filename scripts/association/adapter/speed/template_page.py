"""Pages made by a template alone: the column lists, the agenda and its month grids, the
feeds page, the koers index.

MkDocs converts every page's Markdown, and for that it builds a new ``markdown.Markdown``
with every configured extension, page by page. A generated list page has no Markdown (its
source is the empty string) and its template never prints ``page.content``, so that work
is thrown away, for a few hundred pages (the month grids alone; BENCHMARKS.md). MkDocs
lets a plugin make the ``Page`` of a file itself (``File.page``, as Material's blog plugin
does); this one skips the conversion when there is nothing to convert.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc


class TemplatePage(Page):
    """A ``Page`` whose empty Markdown is not run through Markdown.

    Should another plugin give it Markdown after all (``on_page_markdown``), it is converted
    like any other page's."""

    def __init__(self, file: File, config: MkDocsConfig) -> None:
        super().__init__(None, file, config)  # registers itself as file.page

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown is None or self.markdown.strip():
            super().render(config, files)
            return
        self.content = ""
        self.toc = get_toc([])
        self._title_from_render = None
        self.present_anchor_ids = set()
        self.links_to_anchors = {}

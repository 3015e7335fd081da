"""Material's page chrome, rendered once per place in the site instead of once per page.

Material renders the header, the tabs, both sidebars and the ``__config`` script for every
page: about a millisecond of a column page's 1.5 ms of template time, and the same for
every month grid and listing. For a page that is not in the navigation those blocks depend
on nothing but where the page sits (links are relative to it), the page title (in the
header) and its table of contents (in the secondary sidebar). So:

* the cache key is the list of links the chrome would write from this page: the relative
  URL of every page in the navigation, and of the site root;
* the header is rendered once with a placeholder title, which each page fills in;
* the sidebars are cached only for pages without a table of contents;
* pages in the navigation (their own tab and entry are highlighted) and theme templates
  without a page (404) are rendered as usual.

If an override prints the title so that the placeholder does not come out exactly once,
that place is rendered as usual too. Setting ``cache_chrome: false`` turns it all off; the
test suite builds a site both ways and compares every byte.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

CACHED_BLOCKS = ("header", "tabs", "site_nav", "config")
"""Material's base.html blocks worth caching; the others are cheap or differ per page."""

TITLE = "\x1eassociation-title\x1e"
"""Stands in for the page title while the header is rendered for the cache."""

_UNCACHABLE = object()


class ChromeCache:
    """Per build: rendered chrome blocks by (block, place)."""

    def __init__(self, nav: Navigation, *, enabled: bool = True) -> None:
        self.enabled = enabled
        self._targets = sorted({"", *(page.url for page in nav.pages)})
        self._in_nav = {page.file.src_uri for page in nav.pages}
        self._blocks: dict[tuple[object, ...], Any] = {}
        self.hits = 0
        """Blocks served from the cache in this build."""

    def template_global(self) -> Callable[..., Markup]:
        """``association_chrome(name, super)``, for the package's main.html."""

        @pass_context
        def association_chrome(context: Context, name: str, render: Callable[[], str]) -> Markup:
            return self.block(name, render, context.get("page"))

        return association_chrome

    def block(self, name: str, render: Callable[[], str], page: Page | None) -> Markup:
        key = self._key(name, page)
        if key is None:
            return Markup(render())
        assert page is not None
        cached = self._blocks.get(key)
        if cached is None:
            cached = self._blocks[key] = self._fill(name, render, page)
        if cached is _UNCACHABLE:
            return Markup(render())
        self.hits += 1
        if name == "header":
            before, after = cached
            return Markup(before + str(page.meta.get("title") or page.title) + after)
        return cached

    def _key(self, name: str, page: Page | None) -> tuple[object, ...] | None:
        if not self.enabled or page is None or name not in CACHED_BLOCKS:
            return None
        if page.file.src_uri in self._in_nav or page.meta.get("hide"):
            return None
        if name == "site_nav" and page.toc.items:
            return None
        return (name, *self._links(page))

    def _links(self, page: Page) -> Iterator[str]:
        return (get_relative_url(target, page.url) for target in self._targets)

    @staticmethod
    def _fill(name: str, render: Callable[[], str], page: Page) -> Any:
        if name != "header":
            return Markup(render())
        had, title = "title" in page.meta, page.meta.get("title")
        page.meta["title"] = TITLE
        try:
            html = str(render())
        finally:
            if had:
                page.meta["title"] = title
            else:
                del page.meta["title"]
        if html.count(TITLE) != 1:
            return _UNCACHABLE
        before, after = html.split(TITLE)
        return before, after

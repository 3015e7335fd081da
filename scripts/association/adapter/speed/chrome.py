"""Material's page chrome, rendered once per place in the site instead of once per page.

Material renders the header, the tabs, both sidebars and the ``__config`` script for every
page, most of a column page's template time (BENCHMARKS.md), and the same for every month
grid and listing. For a page that is not in the navigation those blocks depend
on nothing but where the page sits (links are relative to it), the page title (in the
header) and its table of contents (in the secondary sidebar). So:

* the cache key is the list of links the chrome would write from this page (the relative
  URL of every page and relative link in the navigation, and of the site root) and which
  navigation page is active: a column is shown under Columns, a month grid under Agenda;
* the header is rendered once with a placeholder title, which each page fills in;
* the sidebars are rendered once with an empty table of contents, and each page's own
  (Material's ``partials/toc.html``, a fraction of the cost) takes its place; an empty one,
  from Material's own partial, is the same on every page and is rendered once per build;
* pages in the navigation (their own tab and entry are highlighted) and theme templates
  without a page (404) are rendered as usual.

If an override prints the title, or the empty table of contents, so that it does not come
out exactly once, that place is rendered as usual too. Setting ``cache_chrome: false``
turns it all off; the test suite builds a site both ways and compares every byte.

The cache checks itself: the first time a block is served from the cache on a page other
than the one that filled it, it is also rendered as usual and the two are compared. If a
theme override or another plugin's per-page context makes them differ, that is logged once
and that block is rendered per page from then on.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import material
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents
from mkdocs.utils import get_relative_url

CACHED_BLOCKS = ("header", "tabs", "site_nav", "config")
"""Material's base.html blocks worth caching; the others are cheap or differ per page."""

TOC_TEMPLATE = "partials/toc.html"
MATERIAL_TEMPLATES = (Path(material.__file__).parent / "templates").resolve()

TITLE = "\x1eassociation-title\x1e"
"""Stands in for the page title while the header is rendered for the cache."""

_UNCACHABLE = object()
log = logging.getLogger(f"mkdocs.plugins.{__name__}")


class ChromeCache:
    """Per build: rendered chrome blocks by (block, place)."""

    def __init__(self, nav: Navigation, *, enabled: bool = True) -> None:
        self.enabled = enabled
        self._targets = sorted({"", *_nav_targets(nav.items)})
        self._in_nav = {page.file.src_uri for page in nav.pages}
        self._nav_pages = nav.pages
        self._blocks: dict[tuple[object, ...], Any] = {}
        self._place: tuple[str, tuple[tuple[str, ...], tuple[str, ...]]] = ("", ((), ()))
        self._empty_toc: str | None = None
        self._toc_is_materials: bool | None = None
        self._checked: dict[tuple[object, ...], str] = {}
        """Key -> the page that filled it; dropped once a later page has compared it."""
        self._hits: Counter[str] = Counter()

    def template_global(self) -> Callable[..., Markup]:
        """``association_chrome(name, super)``, for the package's main.html."""

        @pass_context
        def association_chrome(context: Context, name: str, render: Callable[[], str]) -> Markup:
            return self.block(name, render, context)

        return association_chrome

    def block(self, name: str, render: Callable[[], str], context: Context) -> Markup:
        page = context.get("page")
        key = self._key(name, page)
        if key is None:
            return Markup(render())
        assert page is not None
        cached = self._blocks.get(key)
        if cached is None:
            cached = self._blocks[key] = _fill(name, render, page, context)
            self._checked[key] = page.url
        if cached is _UNCACHABLE:
            return Markup(render())
        shown = self._from_cache(name, cached, context, page)
        filled_on = self._checked.get(key)
        if filled_on is not None and filled_on != page.url:
            del self._checked[key]
            whole = str(render())
            if whole != shown:
                self._blocks[key] = _UNCACHABLE
                log.info(
                    f"Chrome cache: '{name}' on /{page.url} differs from rendering it whole; rendered per page now"
                )
                return Markup(whole)
        self._hits[name] += 1
        return Markup(shown)

    def log_summary(self) -> None:
        """At the end of a build, for whoever wonders whether the cache works (``--verbose``)."""
        served = ", ".join(f"{name} {count}x" for name, count in sorted(self._hits.items()))
        log.debug(f"Chrome cache: served {served or 'nothing'}")

    def _from_cache(self, name: str, cached: Any, context: Context, page: Page) -> str:
        if name == "header":
            before, after = cached
            return str(before + str(page.meta.get("title") or page.title) + after)
        if name == "site_nav":
            before, after = cached
            return str(before + self._toc(context, page) + after)
        return str(cached)

    def _toc(self, context: Context, page: Page) -> str:
        """The page's table of contents. An empty one, from Material's own partial, depends
        on nothing but the language and the settings, which hold for the whole build: it is
        rendered once (lists, month grids and most event pages have no headings)."""
        if page.toc or not self._materials_toc(context):
            return _toc(context)
        if self._empty_toc is None:
            self._empty_toc = _toc(context)
        return self._empty_toc

    def _materials_toc(self, context: Context) -> bool:
        """Whether ``partials/toc.html`` is Material's, not a site's override of it."""
        if self._toc_is_materials is None:
            filename = context.environment.get_template(TOC_TEMPLATE).filename
            self._toc_is_materials = filename is not None and Path(filename).resolve().is_relative_to(
                MATERIAL_TEMPLATES
            )
        return self._toc_is_materials

    def _key(self, name: str, page: Page | None) -> tuple[object, ...] | None:
        if not self.enabled or page is None or name not in CACHED_BLOCKS:
            return None
        if page.file.src_uri in self._in_nav or page.meta.get("hide"):
            return None
        return (name, *self._links(page))

    def _links(self, page: Page) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The page's links to the navigation and the active navigation page, worked out
        once for its four blocks."""
        if self._place[0] != page.url:
            active = tuple(p.file.src_uri for p in self._nav_pages if p.active)
            links = tuple(get_relative_url(target, page.url) for target in self._targets)
            self._place = (page.url, (active, links))
        return self._place[1]


def _nav_targets(items: list[Any]) -> Iterator[str]:
    """Site paths the navigation links to (pages, sections' children, relative links)."""
    for item in items:
        url = getattr(item, "url", None)
        if url is not None and "://" not in url and not url.startswith(("/", "#", "mailto:")):
            yield url
        yield from _nav_targets(getattr(item, "children", None) or [])


def _fill(name: str, render: Callable[[], str], page: Page, context: Context) -> Any:
    """What to keep for this block: the HTML, or the HTML around the page's own part."""
    if name == "header":
        with _swapped(page.meta, "title", TITLE):
            return _around(str(render()), TITLE)
    if name == "site_nav":
        toc, page.toc = page.toc, TableOfContents([])
        try:
            return _around(str(render()), _toc(context))
        finally:
            page.toc = toc
    return Markup(render())


def _around(html: str, part: str) -> tuple[str, str] | object:
    """(before, after) of the one occurrence of ``part``; uncachable if it is not there once."""
    if not part or html.count(part) != 1:
        return _UNCACHABLE
    before, after = html.split(part)
    return before, after


def _toc(context: Context) -> str:
    """Material's table of contents for the page being rendered, as its sidebar includes it."""
    return context.environment.get_template(TOC_TEMPLATE).render(context.get_all())


@contextmanager
def _swapped(mapping: MutableMapping[str, Any], key: str, value: Any) -> Iterator[None]:
    missing = object()
    saved = mapping.get(key, missing)
    mapping[key] = value
    try:
        yield
    finally:
        if saved is missing:
            del mapping[key]
        else:
            mapping[key] = saved

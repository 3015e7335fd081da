"""MkDocs plugin ``association``: translates between MkDocs and the content/render core.

Modelled on MkDocs' own search plugin: the hooks are thin, per-build state is rebuilt in
``on_config`` (the plugin object outlives rebuilds under ``mkdocs serve``), and everything
that decides anything lives in ``content`` and ``render``. What a problem does (fail the
build, show it in the preview, leave it to ``association check``) is decided in
``problems.py``; what only makes the build faster lives in ``speed/``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_datetime
from mkdocs.utils.templates import TemplateContext

from ..content.errors import ContentErrors
from ..content.loader import load
from ..render.ical import Calendars
from ..render.site_plan import plan_site
from . import editor_files, feed_files, page_images, pages, site_files, site_index, theme
from .config import AssociationConfig
from .filters import template_filters, template_globals, template_tests
from .options import site_settings
from .problems import Mode, Problems
from .sections import SectionHighlight
from .speed.calendar_file import add_calendars
from .speed.chrome import ChromeCache
from .speed.parse_cache import ParseCache
from .state import BuildState

if TYPE_CHECKING:  # an HTTP server and watchdog, which a build never needs
    from mkdocs.livereload import LiveReloadServer

log = logging.getLogger(f"mkdocs.plugins.{__name__}")


class AssociationPlugin(BasePlugin[AssociationConfig]):  # type: ignore[no-untyped-call]  # MkDocs' __init_subclass__ is untyped
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.mode = Mode.BUILD
        self.dirty = False
        self.parse_cache: ParseCache | None = None
        self.calendars: Calendars | None = None
        """In a preview: parses and serialised events kept from one rebuild to the next."""
        self._state: BuildState | None = None

    @property
    def state(self) -> BuildState:
        """This build's state (``on_config`` makes it)."""
        assert self._state is not None, "MkDocs calls on_config before any other build hook"
        return self._state

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """A build, a preview (``serve``) or a check (``association check``), decided anew
        for every run; and whether MkDocs rebuilds only changed pages (``--dirty``)."""
        self.mode = Mode.of(command)
        self.dirty = dirty
        preview = self.mode is Mode.PREVIEW  # a build would keep the model alive for nothing
        self.parse_cache = ParseCache() if preview else None
        self.calendars = Calendars() if preview else None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Check the options once and make this build's state; add our templates."""
        self._state = BuildState(site_settings(self.config, config), Problems(self.mode))
        theme.install(config)
        return config

    @event_priority(50)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Read all content and add its pages, early (priority 50) so that other plugins,
        such as search and tags, see the generated pages like any other page."""
        state, site = self.state, self.state.site
        now = get_build_datetime().astimezone(site.content.timezone)
        try:
            with state.stopwatch.stage("load and validate"):
                content = load(site.paths, site.content, self.parse_cache, keep_going=state.problems.keep_going)
        except ContentErrors as exc:
            raise PluginError(exc.report()) from None
        if self.parse_cache is not None:
            log.debug(f"Parse cache: {self.parse_cache.reused} sources reused")
        state.problems.add_loaded(content)
        state.problems.add(site_files.refuse_docs(files, config.docs_dir, site.paths))
        with state.stopwatch.stage("plan"):
            plan = plan_site(
                content, now, site.content, site.agenda, site.feed, site.per_page, preview=state.problems.preview
            )
        for planned in plan.pages:
            state.pages[site_files.add_page(files, config, planned)] = planned
        add_calendars(files, config, plan.calendars, self.calendars or Calendars(), state.stopwatch)
        state.plan = plan
        if site.editor is not None:
            editor_files.add(files, config, site.editor, site.content, content.authors, site.paths.root)
        state.problems.add(site_index.add_redirects(files, config, content, state.pages, site))
        state.problems.stage_done()
        state.site_index = site_index.build(files, content, state.pages, state.feeds, site)
        page_images.register_originals(state.images, files)
        return files

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Remember the navigation: the chrome cache knows a page's place by its links to it,
        and a column or an event is shown under its section's page."""
        self.state.nav = nav
        self.state.sections = SectionHighlight({p.file.src_uri: p for p in nav.pages})
        return nav

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Resolve the links to sources; give generated pages their template, title and
        description (from our validated model, not from MkDocs' own front-matter reader)."""
        state = self.state
        if state.site_index is not None:
            markdown, problems = site_index.resolve_links(markdown, page.file, state.site_index, state.site)
            state.problems.add(problems)  # judged in on_env, once every page has been read
        planned = state.pages.get(page.file.src_uri)
        if planned is not None:
            pages.set_meta(page, planned)
        else:
            pages.set_docs_meta(page, state.koers.get(page.file.src_uri))
        return markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Offer the body's images in every size; keep the body of each column in a feed (only
        those: a copy of every body would double what MkDocs itself holds)."""
        planned, state = self.state.pages.get(page.file.src_uri), self.state
        lead = bool(planned and planned.subject and planned.subject.image)
        html, feed_html = page_images.body(html, page, files, state.images, state.paths.root, has_lead=lead)
        if planned is not None and planned.url in self.state.feed_columns:  # feeds hold published columns only
            self.state.feed_html[planned.url] = feed_html
        return html

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        """Every page's Markdown has been read: settle the problems. Then our filters, tests
        and globals, the chrome cache, and compiled templates kept between builds."""
        state = self.state
        state.problems.all_read()
        env.filters.update(template_filters(state.settings.timezone, files))
        env.filters["responsive_image"] = page_images.template_filter(state.images, files, state.paths.root)
        env.tests.update(template_tests())
        if env.bytecode_cache is None:
            env.bytecode_cache = FileSystemBytecodeCache()
        assert state.nav is not None and state.plan is not None, "MkDocs runs on_files and on_nav before on_env"
        state.chrome = ChromeCache(state.nav, enabled=state.site.cache_chrome)
        env.globals["association_chrome"] = state.chrome.template_global()
        env.globals.update(template_globals(state.plan))
        return env

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """The page's typed view becomes its template's variables (render/views.py)."""
        planned = self.state.pages.get(page.file.src_uri)
        view = self.state.view(page.file.src_uri)
        if view is not None:
            context.update(view.context())  # type: ignore[typeddict-item]  # our own keys beside MkDocs' TypedDict
        if planned is not None:
            self.state.sections.show(planned, page)
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Social meta tags, feed discovery, the skip link and the search dialog's name."""
        self.state.sections.hide()
        return pages.finish(output, page, self.state.pages.get(page.file.src_uri), self.state)

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
        """The 404 page is a theme template, not a page: it gets its additions here."""
        return pages.finish_template(output_content, self.state) if template_name == "404.html" else output_content

    @event_priority(50)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Write the feeds, now that every column's HTML is rendered, then let go of the
        build's content (the settings and paths stay, for ``on_serve``). Early (priority
        50), so that our model is gone before the search plugin writes its whole index."""
        state = self.state
        with state.stopwatch.stage("images"):
            state.images.write(config.site_dir, state.site.card_art)
        with state.stopwatch.stage("feeds"):
            feed_files.write(config.site_dir, state, dirty=self.dirty)
        if state.chrome is not None:
            state.chrome.log_summary()
        self._state = state.emptied()
        state.stopwatch.write()

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        """``mkdocs serve`` watches docs/ only; watch the content folders and overrides too."""
        paths = self.state.paths
        for path in (paths.columns, paths.events, paths.authors_file, config.theme.custom_dir):
            if path and Path(path).exists():
                server.watch(str(path))
        return server

"""MkDocs plugin ``association``: translates between MkDocs and the content/render core.

Modelled on MkDocs' own search plugin: the hooks are thin, per-build state is rebuilt in
``on_config`` (the plugin object outlives rebuilds under ``mkdocs serve``), and everything
that decides anything lives in ``content`` and ``render``.
"""

from __future__ import annotations

import logging
from collections import Counter
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_datetime
from mkdocs.utils.templates import TemplateContext

from ..content import links
from ..content.cache import ParseCache
from ..content.errors import ContentErrors
from ..content.koers import Koers
from ..content.loader import load
from ..render import feeds
from ..render.event_plan import PlannedCalendar
from ..render.ical import Calendars
from ..render.site_plan import plan_site
from ..render.site_urls import URLS
from ..render.views import KoersView
from . import editor_files, feed_files, pages, site_files, site_index
from .calendar_file import CalendarFile
from .chrome import ChromeCache
from .config import AssociationConfig
from .filters import template_filters, template_tests
from .html import add_to_head, alternate_links, with_named_search, with_problems, with_skip_link
from .options import site_settings
from .scripts import with_page_scripts
from .sections import SectionHighlight
from .state import BuildState

if TYPE_CHECKING:  # its import (an HTTP server, watchdog) costs every `mkdocs build` ~25 ms
    from mkdocs.livereload import LiveReloadServer

log = logging.getLogger(f"mkdocs.plugins.{__name__}")

THEME_DIR = Path(__file__).resolve().parent.parent / "theme"
STYLESHEET = "assets/association/association.css"


class AssociationPlugin(BasePlugin[AssociationConfig]):  # type: ignore[no-untyped-call]  # MkDocs' __init_subclass__ is untyped
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.preview = False
        self.dirty = False
        self.checking = False
        """Set by ``association check`` (adapter/sitecheck.py), which reports every problem itself."""
        self.parse_cache: ParseCache | None = None
        self.calendars: Calendars | None = None
        """Under ``serve``: parses and serialised events kept from one rebuild to the next."""
        self._state: BuildState | None = None
        self.chrome_hits: Counter[str] = Counter()
        """Blocks the chrome cache served in the last build, by name (for tests and the bench)."""
        self.chrome_mismatches: list[str] = []
        """Blocks the chrome cache's self-check found different in the last build."""

    @property
    def state(self) -> BuildState:
        """This build's state (``on_config`` makes it)."""
        assert self._state is not None, "MkDocs calls on_config before any other build hook"
        return self._state

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        """Remember whether this is a preview (only ``serve`` shows drafts and scheduled
        columns) and whether MkDocs rebuilds only changed pages (``--dirty``)."""
        self.preview = command == "serve"
        self.dirty = dirty
        self.checking = False  # `association check` sets it after this, for its own run only
        # A rebuild on every save re-reads thousands of unchanged files; keep what they gave
        # (exact keys, in memory only: see content/cache.py). Not in a build, which would
        # keep the model alive through search's memory peak for nothing.
        self.parse_cache = ParseCache() if self.preview else None
        self.calendars = Calendars() if self.preview else None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Check the options once and make this build's state; put the package's templates
        under the site's overrides."""
        self._state = BuildState(site_settings(self.config, config))
        # After custom_dir (so overrides/ can replace any template), before Material.
        if str(THEME_DIR) not in config.theme.dirs:
            config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(THEME_DIR))
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        return config

    @event_priority(50)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Read all content and add its pages, early (priority 50) so that other plugins,
        such as search and tags, see the generated pages like any other page."""
        state, site = self.state, self.state.site
        now = get_build_datetime().astimezone(site.content.timezone)
        try:
            with state.stopwatch.stage("load and validate"):
                content = load(site.paths, site.content, self.parse_cache, keep_going=self.preview)
        except ContentErrors as exc:
            raise PluginError(exc.report()) from None
        state.problems = list(content.errors)  # only the preview keeps going past a problem
        for warning in content.warnings:
            log.info(str(warning))  # info, not warning: a warning would fail `--strict`
        with state.stopwatch.stage("plan"):
            plan = plan_site(content, now, site.content, site.agenda, site.feed, site.per_page, preview=self.preview)
        for planned in plan.pages:
            state.pages[site_files.add_page(files, config, planned)] = planned
        calendars = self.calendars or Calendars()  # one for all files: each event serialised once
        for calendar in plan.calendars:
            render = partial(self._render_calendar, calendars, calendar)
            site_files.append(files, CalendarFile.rendered_by(config, calendar.url, render), calendar.url)
        state.plan = plan
        if site.editor is not None:
            editor_files.add(files, config, site.editor, site.content, content.authors, site.paths.root)
        problems = site_index.add_redirects(files, config, content, state.pages, site)
        if problems and not (self.preview or self.checking):
            raise PluginError(ContentErrors(problems).report())
        state.problems.extend(problems)
        state.site_index = site_index.build(files, content, state.pages, state.feeds, site)
        return files

    def _render_calendar(self, calendars: Calendars, planned: PlannedCalendar) -> bytes:
        """The bytes of one calendar, when MkDocs writes the file (``CalendarFile``);
        ``calendars`` serialises each event once for all the calendars it is in."""
        with self.state.stopwatch.stage("iCalendar"):
            return calendars.calendar(planned.events, planned.info)

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Remember the navigation: the chrome cache knows a page's place by its links to it,
        and a column or an event is shown under its section's page."""
        self.state.nav = nav
        self.state.sections = SectionHighlight({p.file.src_uri: p for p in nav.pages})
        return nav

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Give generated pages their template, title and description (from our validated model,
        not from MkDocs' own front-matter reader)."""
        markdown = self.resolve_links(markdown, page.file)
        planned = self.state.pages.get(page.file.src_uri)
        if page.file.src_uri in self.state.koers:
            pages.set_koers_meta(page)
        elif planned is not None:
            pages.set_meta(page, planned)
        return markdown

    def resolve_links(self, markdown: str, file: File) -> str:
        """Links to sources point at their pages; links to nothing are kept for ``on_env``
        (and for ``association check``, which calls this for every page)."""
        if self.state.site_index is None or file.abs_src_path is None:
            return markdown
        whole = file.content_string
        first_line = whole[: len(whole) - len(markdown)].count("\n") + 1 if whole.endswith(markdown) else 1
        source = self.state.paths.rel(Path(file.abs_src_path))
        markdown, problems = links.rewrite(markdown, source, file.src_uri, file.url, self.state.site_index, first_line)
        self.state.link_problems.extend(problems)
        return markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Keep the rendered body of each column in a feed, for the feeds' full content
        (only those: a copy of every body would double what MkDocs itself holds)."""
        planned = self.state.pages.get(page.file.src_uri)
        if planned is not None and planned.url in self.state.feed_columns:  # feeds hold published columns only
            self.state.feed_html[planned.url] = html
        return html

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        """Our filters and the chrome cache; and compiled templates kept between builds.

        MkDocs makes a new Jinja environment for every build, which compiles Material's
        and our templates anew: about 0.3 s, on every build and on every `serve` reload.
        Jinja's bytecode cache (in the user's temp folder, keyed by each template's source)
        keeps the compiled code; a changed template is compiled again."""
        if self.state.link_problems and not self.preview:  # every page's Markdown has been read by now
            raise PluginError(ContentErrors(self.state.link_problems).report())
        self.state.problems = list(ContentErrors([*self.state.problems, *self.state.link_problems]).errors)
        if self.state.problems:
            # The preview goes on without the sources in error and shows the problems on
            # every page (``on_post_page``); the terminal gets the same report each rebuild.
            log.error(ContentErrors(self.state.problems).report())
        env.filters.update(template_filters(self.state.settings.timezone, files))
        env.tests.update(template_tests())
        if env.bytecode_cache is None:
            env.bytecode_cache = FileSystemBytecodeCache()
        assert self.state.nav is not None, "MkDocs runs on_nav before on_env"
        self.state.chrome = ChromeCache(self.state.nav, enabled=self.state.site.cache_chrome)
        env.globals["association_chrome"] = self.state.chrome.template_global()
        # The same for every page and theme template (the 404 too): the home blocks and
        # what the footer may link to.
        plan = self.state.plan
        assert plan is not None, "MkDocs runs on_files before on_env"
        env.globals["agenda_home"] = plan.home_upcoming
        env.globals["columns_home"] = plan.home_columns
        env.globals["association_feeds"] = plan.feeds
        env.globals["association_has_agenda"] = plan.has_agenda
        env.globals["association_urls"] = URLS
        return env

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        planned = self.state.pages.get(page.file.src_uri)
        koers = self.state.koers.get(page.file.src_uri)
        view = planned.view if planned else self._koers_view(koers) if koers else None
        if view is not None:
            context.update(view.context())  # type: ignore[typeddict-item]  # our own keys beside MkDocs' TypedDict
        if planned is not None:
            self.state.sections.show(planned, page)
        return context

    def _koers_view(self, koers: Koers) -> KoersView:
        return KoersView(koers, self.state.koers.get(koers.superseded_by or ""))

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Social meta tags and feed discovery (``<link rel="alternate">``) in every page's head;
        scripts started after the first paint, the agenda's only where it has work
        (adapter/scripts.py)."""
        self.state.sections.hide()
        planned = self.state.pages.get(page.file.src_uri)
        tags = pages.head_tags(page, planned, self.state.site)
        if self.state.feeds:
            category = planned.feed_category if planned else None
            tags += alternate_links(feeds.discovery(self.state.feeds, category), page.url)
        output = with_page_scripts(add_to_head(with_named_search(with_skip_link(output)), tags))
        return with_problems(output, self.state.problems) if self.state.problems else output

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
        """The 404 page is a theme template, not a page: it needs its skip link, named
        search dialog and its scripts started after the first paint here."""
        if template_name != "404.html":
            return output_content
        output = with_page_scripts(with_named_search(with_skip_link(output_content)))
        return with_problems(output, self.state.problems) if self.state.problems else output

    @event_priority(50)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Write the feeds, now that every column's HTML is rendered, then let go of the
        build's content (the settings and paths stay, for ``on_serve``).

        Early (priority 50): the search plugin's ``on_post_build`` serialises the whole
        index at once, the peak of a build's memory, and our model, plan and feed bodies
        (3.4 MB for 1,000 columns and 500 events) need not be alive by then."""
        state = self.state
        with state.stopwatch.stage("feeds"):
            feed_files.write(
                config.site_dir,
                state.feeds,
                state.site.feed,
                state.feed_html,
                state.feed_columns,
                state.settings,
                dirty=self.dirty,
            )
        self.chrome_hits = Counter(state.chrome.hits) if state.chrome else Counter()
        self.chrome_mismatches = list(state.chrome.mismatches) if state.chrome else []
        self._state = state.emptied()
        state.stopwatch.write()

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        """``mkdocs serve`` watches docs/ only; watch the content folders and overrides too."""
        for path in (
            self.state.paths.columns,
            self.state.paths.events,
            self.state.paths.authors_file,
            config.theme.custom_dir,
        ):
            if path and Path(path).exists():
                server.watch(str(path))
        return server

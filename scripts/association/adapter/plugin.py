"""MkDocs plugin ``association``: translates between MkDocs and the content/render core.

Modelled on MkDocs' own search plugin: the hooks are thin, per-build state is rebuilt in
``on_config`` (the plugin object outlives rebuilds under ``mkdocs serve``), and everything
that decides anything lives in ``content`` and ``render``.
"""

from __future__ import annotations

import html
import logging
import os
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_datetime, write_file
from mkdocs.utils.templates import TemplateContext

from ..content import links, publishing, register
from ..content.cache import ParseCache
from ..content.columns import Column
from ..content.errors import ContentErrors
from ..content.events import Event
from ..content.loader import Content, load
from ..render import feeds, meta
from ..render.event_plan import AgendaPlan, AgendaSettings, PlannedCalendar, plan_events
from ..render.ical import CalendarInfo, Calendars
from ..render.plan import PlannedPage, koers_index, plan_columns
from ..render.redirects import page as redirects_page
from ..render.site_urls import URLS
from .calendar_file import CalendarFile
from .chrome import ChromeCache
from .config import AssociationConfig
from .filters import template_filters, template_tests
from .html import add_to_head, alternate_links, with_named_search, with_problems, with_skip_link
from .options import content_paths, content_settings
from .state import BuildState
from .template_page import TemplatePage

if TYPE_CHECKING:  # its import (an HTTP server, watchdog) costs every `mkdocs build` ~25 ms
    from mkdocs.livereload import LiveReloadServer

log = logging.getLogger(f"mkdocs.plugins.{__name__}")

THEME_DIR = Path(__file__).resolve().parent.parent / "theme"
STYLESHEET = "assets/association/association.css"
SCRIPT = "assets/association/agenda.js"


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
        """Reset per-build state and put the package's templates under the site's overrides."""
        self._state = BuildState(content_settings(self.config, config), content_paths(self.config, config))
        # After custom_dir (so overrides/ can replace any template), before Material.
        if str(THEME_DIR) not in config.theme.dirs:
            config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(THEME_DIR))
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        if SCRIPT not in [str(script) for script in config.extra_javascript]:
            config.extra_javascript.append(SCRIPT)
        return config

    @event_priority(50)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Read all content and add its pages, early (priority 50) so that other plugins,
        such as search and tags, see the generated pages like any other page."""
        now = get_build_datetime().astimezone(self.state.settings.timezone)
        try:
            with self.state.stopwatch.stage("load and validate"):
                content = load(self.state.paths, self.state.settings, self.parse_cache, keep_going=self.preview)
        except ContentErrors as exc:
            raise PluginError(exc.report()) from None
        self.state.problems = list(content.errors)  # only the preview keeps going past a problem
        for warning in content.warnings:
            log.info(str(warning))  # info, not warning: a warning would fail `--strict`
        with self.state.stopwatch.stage("column pages"):
            for page in self._plan_columns(content, now):
                self._add(files, config, page)
        published = publishing.visible(content.columns, now, self.state.settings, preview=False)
        self.state.home_columns = published[:3]
        if published:
            self._uid_domain(config)
        self.state.feeds = feeds.feeds_for(published, self.config.feed_rss, self.config.feed_atom, config.site_name)
        self.state.feed_columns = {c.url: c for feed in self.state.feeds for c in feed.newest(self.config.feed_limit)}
        if self.state.feeds:
            self._add(files, config, feeds.follow_page())
        self.state.koers = {k.path: k for k in content.koers}
        if content.koers:
            self._add(files, config, koers_index(content.koers, config.site_name))
        if content.events:
            with self.state.stopwatch.stage("agenda pages"):
                plan = self._plan_events(content, now, config)
            for page in plan.pages:
                self._add(files, config, page)
            calendars = self.calendars or Calendars()
            for planned in plan.calendars:
                self._append(
                    files,
                    CalendarFile.rendered_by(config, planned.url, self._calendar_renderer(calendars, planned)),
                    planned.url,
                )
            self.state.home_upcoming = plan.home_upcoming
            self.state.has_agenda = True
        self._redirects(files, config, content)
        self.state.site_index = self._site_index(files, content, config)
        return files

    def _plan_columns(self, content: Content, now: datetime) -> list[PlannedPage]:
        states = {c.url: publishing.state(c, now, self.state.settings) for c in content.columns}
        shown = publishing.visible(content.columns, now, self.state.settings, preview=self.preview)
        return plan_columns(shown, states, self.config.per_page)

    def _plan_events(self, content: Content, now: datetime, config: MkDocsConfig) -> AgendaPlan:
        uid_domain = self._uid_domain(config)
        site_url = self._site_url(config)
        name = self.config.calendar_name or f"{config.site_name} agenda"
        settings = AgendaSettings(
            site_url=site_url,
            timezone=self.state.settings.timezone,
            past_days=self.config.ical_past_days,
            calendar=CalendarInfo(
                name=name,
                description=f"Activiteiten van {config.site_name}",
                site_url=site_url,
                uid_domain=uid_domain,
                timezone=self.state.settings.timezone,
                refresh=timedelta(hours=self.config.ical_refresh_hours),
            ),
        )
        shown, drafts = publishing.visible_events(content.events, preview=self.preview)
        return plan_events(shown, now, settings, preview_only=drafts)

    def _add(self, files: Files, config: MkDocsConfig, planned: PlannedPage) -> None:
        """Add one planned page (and its assets) without ever replacing an existing file."""
        src_uri = planned.url + "index.md"
        if planned.preview_only:
            inclusion = InclusionLevel.DRAFT
        else:
            inclusion = InclusionLevel.UNDEFINED if planned.in_nav else InclusionLevel.NOT_IN_NAV
        if planned.source is not None:
            file = File.generated(config, src_uri, abs_src_path=planned.source.abs_path, inclusion=inclusion)
            file.edit_uri = Path(os.path.relpath(planned.source.abs_path, config.docs_dir)).as_posix()
        else:
            file = File.generated(config, src_uri, content="", inclusion=inclusion)
            TemplatePage(file, config)
        origin = planned.source.path if planned.source else planned.url
        self._append(files, file, origin)
        self.state.pages[src_uri] = planned
        for asset in planned.assets:
            self._append(
                files, File.generated(config, asset.url, abs_src_path=asset.abs_path, inclusion=inclusion), origin
            )

    @staticmethod
    def _append(files: Files, file: File, origin: str) -> None:
        """``Files.append`` silently replaces a file with the same src_uri: check first."""
        existing = files.get_file_from_path(file.src_uri)
        if existing is not None:
            other = existing.abs_src_path or existing.src_uri
            raise PluginError(f"{origin}: verwacht een unieke URL, maar /{file.url} bestaat al ({other})")
        files.append(file)

    def _calendar_renderer(self, calendars: Calendars, planned: PlannedCalendar) -> Callable[[], bytes]:
        """The bytes of one calendar, rendered when MkDocs writes the file (``CalendarFile``);
        ``calendars`` serialises each event once for all the calendars it is in."""

        def render() -> bytes:
            with self.state.stopwatch.stage("iCalendar"):
                return calendars.calendar(planned.events, planned.info)

        return render

    def _uid_domain(self, config: MkDocsConfig) -> str:
        if not self.config.uid_domain:
            raise PluginError(
                f"{config.config_file_path}: plugins.association.uid_domain: verwacht het domein van de "
                "vereniging (bijvoorbeeld example.org) voor vaste ids in feeds en agenda's, maar het ontbreekt"
            )
        return self.config.uid_domain

    @staticmethod
    def _site_url(config: MkDocsConfig) -> str:
        """Absolute base for links in feeds and calendars (localhost under serve: fine for links)."""
        if not config.site_url:
            raise PluginError(
                f"{config.config_file_path}: site_url: verwacht het adres van de site (nodig voor "
                "feeds en agenda), maar het ontbreekt"
            )
        return config.site_url if config.site_url.endswith("/") else config.site_url + "/"

    def _logo_url(self, site_url: str) -> str | None:
        """The PNG logo for feeds and social previews, absolute."""
        return site_url + self.config.feed_logo.lstrip("/") if self.config.feed_logo else None

    def _redirects(self, files: Files, config: MkDocsConfig, content: Content) -> None:
        """A page at every old address of a renamed event or column (``gepubliceerd.yml``);
        a published UID or address that is gone fails the build (the preview shows it)."""
        path = self.state.paths.rel(self.state.paths.register or Path("-"))
        shown = {p.url for p in self.state.pages.values()}
        problems, redirects = register.check(content.register, path, content.columns, content.events, shown)
        if problems and not (self.preview or self.checking):
            raise PluginError(ContentErrors(problems).report())
        self.state.problems.extend(problems)
        items: list[Column | Event] = [*content.columns, *content.events]
        titles = {item.url: item.title for item in items}
        base = self._site_url(config) if config.site_url else "/"
        for redirect in redirects:
            html_text = redirects_page(base + redirect.new, titles.get(redirect.new, redirect.new))
            self._append(files, File.generated(config, redirect.old + "index.html", content=html_text), redirect.old)

    def _site_index(self, files: Files, content: Content, config: MkDocsConfig) -> links.SiteIndex:
        """What this build contains, for resolving the links in every page's Markdown."""
        items: list[Column | Event] = [*content.columns, *content.events]
        sources: dict[str, str | None] = {item.source.path: None for item in items}
        sources.update((p.source.path, uri) for uri, p in self.state.pages.items() if p.source is not None)
        urls = {f.url for f in files} | {path for feed in self.state.feeds for path in (feed.rss_path, feed.atom_path)}
        return links.SiteIndex(
            sources=sources,
            uris=frozenset(f.src_uri for f in files),
            urls=frozenset(urls),
            docs_prefix=self.state.paths.rel(self.state.paths.docs) + "/",
            host=urlsplit(config.site_url or "").netloc,
        )

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Remember the navigation: the chrome cache knows a page's place by its links to it,
        and a column or an event is shown under its section's page."""
        self.state.nav = nav
        self.state.nav_pages = {p.file.src_uri: p for p in nav.pages}
        return nav

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Give generated pages their template, title and description (from our validated model,
        not from MkDocs' own front-matter reader)."""
        markdown = self.resolve_links(markdown, page.file)
        if page.file.src_uri in self.state.koers:
            page.meta.setdefault("template", "association/koers.html")
            # Our `status` (draft/adopted/...) is not Material's page status (new/deprecated
            # icons in the navigation): keep it out of Material's sight.
            page.meta.pop("status", None)
            return markdown
        planned = self.state.pages.get(page.file.src_uri)
        if planned is None:
            return markdown
        page.meta.pop("status", None)
        page.meta["template"] = planned.template
        # MkDocs and Material treat a page title as HTML (it normally comes from a rendered
        # <h1>), and print it unescaped in <title> and the header.
        page.meta["title"] = page.title = html.escape(planned.title)
        if planned.description:
            # Material prints page.meta.description unescaped inside an attribute.
            page.meta["description"] = html.escape(planned.description)
        column = planned.column
        if column is not None:
            page.meta["author"] = html.escape(column.author.name)  # Material's <meta name="author">
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
        self.state.chrome = ChromeCache(self.state.nav, enabled=self.config.cache_chrome)
        env.globals["association_chrome"] = self.state.chrome.template_global()
        # The same for every page and theme template (the 404 too): the home blocks and
        # what the footer may link to.
        env.globals["agenda_home"] = self.state.home_upcoming
        env.globals["columns_home"] = self.state.home_columns
        env.globals["association_feeds"] = self.state.feeds
        env.globals["association_has_agenda"] = self.state.has_agenda
        env.globals["association_urls"] = URLS
        return env

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        planned = self.state.pages.get(page.file.src_uri)
        if planned is not None:
            context.update(planned.context)  # type: ignore[typeddict-item]  # our own keys beside MkDocs' TypedDict
            self._show_section(planned, page)
        koers = self.state.koers.get(page.file.src_uri)
        if koers is not None:
            context["koers"] = koers  # type: ignore[typeddict-unknown-key]  # our key in MkDocs' TypedDict
            context["koers_successor"] = self.state.koers.get(koers.superseded_by or "")  # type: ignore[typeddict-unknown-key]  # ditto
        return context

    def _show_section(self, planned: PlannedPage, page: Page) -> None:
        """Mark the navigation page that ``planned`` belongs under (``section``) as active
        while ``page`` is rendered; ``on_post_page`` clears it (``_hide_section``).

        MkDocs marks only a page in the navigation, and its parents, as active; Material
        highlights the tab and menu entry from that. A column or a month grid is not in
        the navigation, so without this no tab is highlighted while a reader is in Columns
        or Agenda. The chrome cache keys its blocks by what is active."""
        self._hide_section()
        if planned.section is None or page.parent is not None:
            return
        owner = self.state.nav_pages.get(planned.section + "index.md")
        if owner is not None and owner is not page:
            owner.active = True
            self.state.section_shown = owner

    def _hide_section(self) -> None:
        if self.state.section_shown is not None:
            self.state.section_shown.active = False
            self.state.section_shown = None

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Social meta tags and feed discovery (``<link rel="alternate">``) in every page's head."""
        self._hide_section()
        tags = self._head_tags(page, config)
        if self.state.feeds:
            planned = self.state.pages.get(page.file.src_uri)
            category = planned.feed_category if planned else None
            tags += alternate_links(feeds.discovery(self.state.feeds, category), page.url)
        output = add_to_head(with_named_search(with_skip_link(output)), tags)
        return with_problems(output, self.state.problems) if self.state.problems else output

    def _head_tags(self, page: Page, config: MkDocsConfig) -> str:
        """Open Graph and Twitter tags for every page; schema.org Article for columns."""
        if not config.site_url:
            return ""
        site_url = self._site_url(config)
        planned = self.state.pages.get(page.file.src_uri)
        column = planned.column if planned else None
        event = planned.event if planned else None
        subject = column or event
        logo = self._logo_url(site_url)
        image = site_url + subject.image if subject is not None and subject.image else logo
        url = site_url + page.url
        tags = meta.social_tags(
            meta.PageMeta(
                title=html.unescape(page.title or config.site_name),
                description=(planned.description if planned else html.unescape(page.meta.get("description") or ""))
                or config.site_description
                or "",
                url=url,
                image=image,
                site_name=config.site_name,
                kind="article" if column is not None else "website",
            )
        )
        if column is not None:
            tags += meta.article_script(column, url, site_url, config.site_name, logo, self.state.settings)
        return tags

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
        """The 404 page is a theme template, not a page: it needs its skip link and named
        search dialog here."""
        if template_name != "404.html":
            return output_content
        output = with_named_search(with_skip_link(output_content))
        return with_problems(output, self.state.problems) if self.state.problems else output

    @event_priority(50)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Write the feeds, now that every column's HTML is rendered, then let go of the
        build's content. The adapter writes into site_dir only; the renderers return bytes.

        Early (priority 50): the search plugin's ``on_post_build`` serialises the whole
        index at once, the peak of a build's memory, and our model, plan and feed bodies
        (3.4 MB for 1,000 columns and 500 events) need not be alive by then."""
        self._write_feeds(config)
        stopwatch = self.state.stopwatch
        self.chrome_hits = Counter(self.state.chrome.hits) if self.state.chrome else Counter()
        self.chrome_mismatches = list(self.state.chrome.mismatches) if self.state.chrome else []
        self._release()
        stopwatch.write()

    def _release(self) -> None:
        """Drop the build's state once the build no longer needs it (the settings and
        paths stay, for ``on_serve``)."""
        self._state = self.state.emptied()

    def _write_feeds(self, config: MkDocsConfig) -> None:
        if not self.state.feeds or not self._feed_bodies_complete():
            return
        site_url = self._site_url(config)
        info = feeds.FeedInfo(
            title=config.site_name,
            description=config.site_description or config.site_name,
            site_url=site_url,
            rss_path=self.config.feed_rss,
            atom_path=self.config.feed_atom,
            uid_domain=self._uid_domain(config),
            author=config.site_author or config.site_name,
            limit=self.config.feed_limit,
            full_content=self.config.feed_full_content,
            ttl=self.config.feed_ttl,
            logo=self._logo_url(site_url),
        )
        with self.state.stopwatch.stage("feeds"):
            for feed in self.state.feeds:
                rss, atom = feeds.render(feed, info, self.state.feed_html, self.state.settings)
                write_file(rss, os.path.join(config.site_dir, feed.rss_path))
                write_file(atom, os.path.join(config.site_dir, feed.atom_path))

    def _feed_bodies_complete(self) -> bool:
        """Whether every column in the feeds was rendered in this build, so the feeds can
        carry its full text.

        A ``--dirty`` build (``mkdocs serve --dirty`` on a large archive) renders only the
        pages whose source changed; rewriting the feeds then would drop the text of every
        other column. The feeds of the last full build stay instead. In a full build a
        column missing here was left out by something else (another plugin taking its page
        away): an error, not a feed with a silently empty item."""
        if not self.config.feed_full_content:
            return True
        unbuilt = sorted(c.source.path for url, c in self.state.feed_columns.items() if url not in self.state.feed_html)
        if not unbuilt:
            return True
        if self.dirty:
            log.info(
                f"Feeds niet bijgewerkt: deze 'dirty' build maakte {len(unbuilt)} column(s) uit de feeds niet "
                "opnieuw; de feeds van de vorige volledige build blijven staan"
            )
            return False
        raise PluginError(
            f"{unbuilt[0]}: verwacht een pagina voor deze column (hij staat in de feeds), maar MkDocs heeft "
            "hem niet gemaakt. Haalt een andere plugin of hook de pagina weg?"
            + (f" (ook: {', '.join(unbuilt[1:])})" if len(unbuilt) > 1 else "")
        )

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

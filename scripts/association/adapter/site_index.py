"""What a build contains, for the links in every page's Markdown, and the pages left at old
addresses (``gepubliceerd.yml``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from ..content import register, source_links
from ..content.errors import ContentError
from ..content.loader import Content
from ..render.feeds import Feed
from ..render.planned import PlannedPage
from ..render.redirects import pages as redirect_pages
from . import old_queries, site_files
from .options import SiteSettings


def add_redirects(
    files: Files, config: MkDocsConfig, content: Content, pages: Mapping[str, PlannedPage], site: SiteSettings
) -> list[ContentError]:
    """A page at every old address of a renamed event or column, and the map of old
    ``/?p=123`` addresses; returns the problems of both (a published UID or address that is
    gone, an old query whose page is not there)."""
    path = site.paths.rel(site.paths.register) if site.paths.register else "-"
    shown = {p.url for p in pages.values()}
    problems, redirects = register.check(content.register, path, content.columns, content.events, shown)
    titles = {item.url: item.title for item in content.items}
    for uri, text in redirect_pages(redirects, titles, site.site_url):
        site_files.append(files, File.generated(config, uri, content=text), uri.removesuffix("index.html"))
    queries_file = site.paths.rel(site.paths.old_queries) if site.paths.old_queries else "-"
    return problems + old_queries.add(files, config, content.old_queries, queries_file)


def build(
    files: Files, content: Content, pages: Mapping[str, PlannedPage], feeds: Sequence[Feed], site: SiteSettings
) -> source_links.SiteIndex:
    sources: dict[str, str | None] = {item.source.path: None for item in content.items}
    sources.update((p.source.path, uri) for uri, p in pages.items() if p.source is not None)
    urls = {f.url for f in files} | {path for feed in feeds for path in (feed.rss_path, feed.atom_path)}
    return source_links.SiteIndex(
        sources=sources,
        uris=frozenset(f.src_uri for f in files),
        urls=frozenset(urls),
        docs_prefix=site.paths.rel(site.paths.docs) + "/",
        host=urlsplit(site.site_url).netloc,
    )


def resolve_links(
    markdown: str, file: File, index: source_links.SiteIndex, site: SiteSettings
) -> tuple[str, list[ContentError]]:
    """A page's Markdown with links to sources pointing at their pages, and its links to
    nothing (with their lines in the source file, past its front matter)."""
    if file.abs_src_path is None:
        return markdown, []
    whole = file.content_string
    first_line = whole[: len(whole) - len(markdown)].count("\n") + 1 if whole.endswith(markdown) else 1
    source = site.paths.rel(Path(file.abs_src_path))
    return source_links.rewrite(markdown, source, file.src_uri, file.url, index, first_line)

"""From the validated plugin options to the settings and paths the content layer takes.

Shared by the plugin and the editor command (``association check``), so both read the
same folders with the same rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from ..content.columns import Column
from ..content.dates import parse_timezone
from ..content.errors import FieldError
from ..content.events import Event
from ..content.loader import Content, Paths
from ..content.settings import ContentSettings
from ..render import newsletter
from .config import AssociationConfig


def content_settings(options: AssociationConfig, config: MkDocsConfig) -> ContentSettings:
    try:
        timezone = parse_timezone(options.timezone)
    except FieldError as exc:
        raise PluginError(f"{config.config_file_path}: plugins.association.timezone: {exc.text()}") from None
    return ContentSettings(
        timezone=timezone,
        column_categories=tuple(options.column_categories),
        words_per_minute=options.words_per_minute,
        event_categories=tuple(options.event_categories),
        organizer=options.organizer or config.site_name,
        uid_domain=options.uid_domain or "example.org",
    )


def content_paths(options: AssociationConfig, config: MkDocsConfig) -> Paths:
    root = Path(config.config_file_path or ".").resolve().parent
    return Paths(
        root=root,
        docs=Path(config.docs_dir).resolve(),
        columns=root / options.columns_dir,
        authors_file=root / options.authors_file,
        events=root / options.events_dir,
        register=root / options.published_file,
    )


def newsletter_site(
    options: Mapping[str, object], paths: Paths, content: Content
) -> tuple[newsletter.Site, newsletter.ImageFile]:
    """The site as the newsletter names it, and where its images are on disk (for their size)."""
    site_url = str(options["site_url"])
    if not site_url:
        raise PluginError(
            "site_url: verwacht het adres van de site (elke link in de nieuwsbrief is volledig), maar het ontbreekt"
        )
    site_url = site_url if site_url.endswith("/") else site_url + "/"
    docs = Path(str(options["docs_dir"])).resolve()
    sources: dict[str, Path] = {}
    items: list[Column | Event] = [*content.columns, *content.events]
    for item in items:
        if item.image and not item.image.startswith("assets/"):
            sources[item.image] = Path(item.source.abs_path).parent / item.image.rsplit("/", 1)[-1]
        elif item.image:
            sources[item.image] = docs / item.image
    logo = options.get("feed_logo")
    logo_image = (
        newsletter.mail_image(docs / str(logo), site_url + str(logo).lstrip("/"), str(options["site_name"]), width=48)
        if logo
        else None
    )
    site = newsletter.Site(
        name=str(options["site_name"]),
        url=site_url,
        color=str(options["newsletter_color"]),
        logo=logo_image,
        footer=str(options["newsletter_footer"]),
    )
    return site, newsletter.ImageFile(sources)

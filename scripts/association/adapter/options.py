"""From the validated plugin options to the settings and paths the content layer takes.

Shared by the plugin and the editor command (``association check``), so both read the
same folders with the same rules.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from ..content.dates import parse_timezone
from ..content.errors import FieldError
from ..content.loader import Content, Paths
from ..content.settings import ContentSettings
from ..render import card_drawing, cms, feeds, images, newsletter, raster
from ..render.event_plan import AgendaSettings
from ..render.ical import CalendarInfo
from ..render.social_card import CardStyle, parse_color
from .config import AssociationConfig
from .image_files import CardArt


@dataclass(frozen=True)
class NewsletterSettings:
    """What ``association nieuwsbrief`` takes from the plugin's options."""

    state_file: Path
    """Which issue came last (``nieuwsbrief.yml``)."""
    color: str
    footer: str
    logo: str | None
    """The feed logo's path in docs/, shown at the top of every issue."""


@dataclass(frozen=True)
class SiteSettings:
    """Everything a build takes from mkdocs.yml, made and checked once in ``on_config``."""

    content: ContentSettings
    paths: Paths
    site_url: str
    """Absolute, ending in /; localhost under ``mkdocs serve`` (fine for links, never for ids)."""
    agenda: AgendaSettings
    feed: feeds.FeedInfo
    per_page: int
    cache_chrome: bool
    site_name: str
    site_description: str
    newsletter: NewsletterSettings
    editor: cms.EditorSite | None = None
    """The browser editor at /admin/, when ``cms_backend`` is set."""
    image_cache: Path | None = None
    """Where resized images and social cards are kept between builds."""
    card_art: CardArt | None = None
    """The social cards' colour, logo and font; None: no cards (``social_cards: false``)."""

    @property
    def logo_url(self) -> str | None:
        return self.feed.logo


def site_settings(options: AssociationConfig, config: MkDocsConfig, *, cards: bool = True) -> SiteSettings:
    """The plugin's options and the site's MkDocs settings as one checked value; a missing
    ``site_url`` or ``uid_domain`` is a Dutch error naming mkdocs.yml and the key.
    ``cards``: read the social cards' logo and font (a build does; a command has no use
    for them, so a wrong one never stops ``association new``)."""
    content = content_settings(options, config)
    site_url = _site_url(config)
    uid_domain = _uid_domain(options, config)
    logo = site_url + options.feed_logo.lstrip("/") if options.feed_logo else None
    calendar = CalendarInfo(
        name=options.calendar_name or f"{config.site_name} agenda",
        description=f"Activiteiten van {config.site_name}",
        site_url=site_url,
        uid_domain=uid_domain,
        timezone=content.timezone,
        refresh=timedelta(hours=options.ical_refresh_hours),
    )
    paths = content_paths(options, config)
    return SiteSettings(
        content=content,
        paths=paths,
        site_url=site_url,
        agenda=AgendaSettings(
            site_url=site_url, timezone=content.timezone, past_days=options.ical_past_days, calendar=calendar
        ),
        feed=feeds.FeedInfo(
            title=config.site_name,
            description=config.site_description or config.site_name,
            site_url=site_url,
            rss_path=options.feed_rss,
            atom_path=options.feed_atom,
            uid_domain=uid_domain,
            author=config.site_author or config.site_name,
            limit=options.feed_limit,
            full_content=options.feed_full_content,
            ttl=options.feed_ttl,
            logo=logo,
        ),
        per_page=options.per_page,
        cache_chrome=options.cache_chrome,
        site_name=config.site_name,
        site_description=config.site_description or "",
        newsletter=NewsletterSettings(
            state_file=paths.root / options.newsletter_file,
            color=options.newsletter_color,
            footer=options.newsletter_footer,
            logo=options.feed_logo.lstrip("/") if options.feed_logo else None,
        ),
        editor=_editor(options, config, site_url, "../" + options.feed_logo.lstrip("/") if options.feed_logo else None),
        image_cache=paths.root / options.image_cache,
        card_art=_card_art(options, config) if cards and options.social_cards else None,
    )


def _card_art(options: AssociationConfig, config: MkDocsConfig) -> CardArt:
    """The cards' colour, logo and font, read and checked once: a wrong one is a Dutch error
    naming mkdocs.yml and the option, before any page is made."""
    key = f"{config.config_file_path}: plugins.association"
    color = options.social_color or options.newsletter_color
    if parse_color(color) is None:
        name = "social_color" if options.social_color else "newsletter_color"
        raise PluginError(f"{key}.{name}: verwacht een kleur als #rrggbb, bijvoorbeeld #1f4e79, maar vond {color!r}")
    feed_logo = options.feed_logo if options.feed_logo and images.resizable(options.feed_logo) else None
    logo_name = options.social_logo or feed_logo
    logo_key = f"{key}.social_logo" if options.social_logo else f"{key}.feed_logo"  # whichever gave the logo
    logo = _docs_file(config, logo_key, logo_name, "een PNG- of JPEG-bestand in docs/") if logo_name else None
    if logo is not None:
        try:
            raster.probe(logo)
        except raster.UnreadableImage:
            raise PluginError(f"{logo_key}: verwacht een PNG- of JPEG-bestand, maar {logo_name} is dat niet") from None
    font = (
        _docs_file(config, f"{key}.social_font", options.social_font, "een TTF- of OTF-lettertype in docs/")
        if options.social_font
        else None
    )
    if font is not None and not card_drawing.readable_font(font):
        raise PluginError(
            f"{key}.social_font: verwacht een TTF- of OTF-lettertype, maar {options.social_font} is dat niet"
        )
    style = CardStyle(
        site_name=config.site_name,
        color=color,
        logo_digest=hashlib.sha256(logo).hexdigest() if logo else "",
        font_digest=hashlib.sha256(font).hexdigest() if font else card_drawing.DEFAULT_FONT,
        library=raster.LIBRARY,
    )
    return CardArt(style, logo, font)


def _docs_file(config: MkDocsConfig, key: str, name: str, expected: str) -> bytes:
    docs = Path(config.docs_dir).resolve()
    path = (docs / name.lstrip("/")).resolve()
    if not path.is_relative_to(docs) or not path.is_file():
        raise PluginError(f"{key}: verwacht {expected}, maar {name} bestaat daar niet")
    return path.read_bytes()


def _editor(options: AssociationConfig, config: MkDocsConfig, site_url: str, logo: str | None) -> cms.EditorSite | None:
    if not options.cms_backend:
        return None
    backend = dict(options.cms_backend)
    if not backend.get("name"):
        raise PluginError(
            f"{config.config_file_path}: plugins.association.cms_backend.name: verwacht de soort opslag van de "
            "editor (github, gitlab of test-repo), maar het ontbreekt"
        )
    key = f"{config.config_file_path}: plugins.association.cms_backend"
    if backend["name"] == "github" and not backend.get("base_url"):
        raise PluginError(
            f"{key}.base_url: verwacht het adres van de OAuth-proxy waarmee redacteuren bij GitHub inloggen "
            "(zonder base_url loopt het inloggen via Netlify), maar het ontbreekt; zie de README"
        )
    if backend["name"] == "gitlab" and backend.get("auth_type") == "pkce" and not backend.get("app_id"):
        raise PluginError(
            f"{key}.app_id: verwacht de Application ID van de OAuth-applicatie in GitLab "
            "(voor inloggen met PKCE, zonder server), maar het ontbreekt; zie de README"
        )
    root = Path(config.config_file_path or ".").resolve().parent
    docs = Path(config.docs_dir).resolve()
    return cms.EditorSite(
        name=config.site_name,
        url=site_url,
        backend=backend,
        folders=cms.Folders(
            columns=options.columns_dir.strip("/"),
            events=options.events_dir.strip("/"),
            docs=docs.relative_to(root).as_posix() if docs.is_relative_to(root) else "docs",
            authors_file=options.authors_file.strip("/"),
        ),
        editorial_workflow=options.cms_editorial_workflow,
        local_backend=options.cms_local_backend,
        logo=logo,
    )


def _site_url(config: MkDocsConfig) -> str:
    if not config.site_url:
        raise PluginError(
            f"{config.config_file_path}: site_url: verwacht het adres van de site (nodig voor "
            "feeds, agenda en de links in sociale media), maar het ontbreekt"
        )
    return config.site_url if config.site_url.endswith("/") else config.site_url + "/"


def _uid_domain(options: AssociationConfig, config: MkDocsConfig) -> str:
    if not options.uid_domain:
        raise PluginError(
            f"{config.config_file_path}: plugins.association.uid_domain: verwacht het domein van de "
            "vereniging (bijvoorbeeld example.org) voor vaste ids in feeds en agenda's, maar het ontbreekt"
        )
    return str(options.uid_domain)


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
        old_queries=root / options.old_addresses_file,
    )


def newsletter_site(site: SiteSettings, content: Content) -> tuple[newsletter.Site, newsletter.ImageFile]:
    """The site as the newsletter names it, and where its images are on disk (for their size)."""
    docs = site.paths.docs
    sources: dict[str, Path] = {}
    for item in content.items:
        if item.image and not item.image.startswith("assets/"):
            sources[item.image] = Path(item.source.abs_path).parent / item.image.rsplit("/", 1)[-1]
        elif item.image:
            sources[item.image] = docs / item.image
    logo = site.newsletter.logo
    logo_image = (
        newsletter.mail_image(docs / logo, site.site_url, logo, site.site_name, width=48, resized=False)
        if logo
        else None
    )
    letter_site = newsletter.Site(
        name=site.site_name,
        url=site.site_url,
        color=site.newsletter.color,
        logo=logo_image,
        footer=site.newsletter.footer,
    )
    return letter_site, newsletter.ImageFile(sources)

"""adapter/options.py: mkdocs.yml and the plugin's options become one checked
``SiteSettings``; every wrong or missing option is a Dutch error naming mkdocs.yml and the key."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError
from PIL import Image

from association.adapter.options import content_paths, content_settings, newsletter_site, site_settings
from association.render import card_drawing
from association.render.cms import Folders
from support.handmade import Site, options_of


def png(width: int = 40, height: int = 20) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (31, 78, 121)).save(out, "PNG")
    return out.getvalue()


def refused(site: Site, _site: dict | None = None, **options) -> str:
    """The message of the error ``site_settings`` stops with, its file name made relative."""
    with pytest.raises(PluginError) as info:
        site.settings(_site, **options)
    return str(info.value).replace(str(site.root / "mkdocs.yml"), "mkdocs.yml")


def test_the_options_become_settings_once_and_a_wrong_time_zone_is_a_dutch_error(tmp_path: Path):
    site = Site(tmp_path)
    config = site.config(timezone="Europe/Amsterdam", event_categories=["Lezing"])
    settings = content_settings(options_of(config), config)
    assert settings.event_categories == ("Lezing",) and settings.organizer == "Voorbeeldvereniging"
    assert settings.uid_domain == "example.org" and settings.timezone.key == "Europe/Amsterdam"
    config = site.config(timezone="Europa/Amsterdam")
    with pytest.raises(
        PluginError, match=r"mkdocs\.yml: plugins\.association\.timezone: verwacht een bestaande tijdzone"
    ):
        content_settings(options_of(config), config)


def test_a_missing_site_url_is_a_dutch_error_naming_mkdocs_yml_and_the_key(tmp_path: Path):
    assert refused(Site(tmp_path), {"site_url": None}) == (
        "mkdocs.yml: site_url: verwacht het adres van de site (nodig voor feeds, agenda en de links in sociale "
        "media), maar het ontbreekt"
    )


def test_a_missing_uid_domain_is_a_dutch_error_naming_the_plugin_option(tmp_path: Path):
    message = refused(Site(tmp_path), uid_domain="")
    assert message.startswith("mkdocs.yml: plugins.association.uid_domain: verwacht het domein van de vereniging")
    assert "vaste ids in feeds en agenda's" in message


def test_a_site_url_without_its_last_slash_gets_one_everywhere_it_is_used(tmp_path: Path):
    """MkDocs adds it when it reads mkdocs.yml; a site_url set later (as ``mkdocs serve``
    sets its own) may lack it."""
    site = Site(tmp_path)
    assert site.settings({"site_url": "https://www.example.org/vereniging"}).site_url.endswith("/vereniging/")
    config = site.config()
    config.site_url = "https://www.example.org/vereniging"
    settings = site_settings(options_of(config), config)
    assert settings.site_url == "https://www.example.org/vereniging/"
    assert settings.feed.site_url == settings.agenda.site_url == settings.agenda.calendar.site_url == settings.site_url


def test_what_is_left_empty_is_taken_from_the_site_name(tmp_path: Path):
    site = Site(tmp_path).settings()
    assert site.agenda.calendar.name == "Voorbeeldvereniging agenda"
    assert site.agenda.calendar.description == "Activiteiten van Voorbeeldvereniging"
    assert site.feed.title == site.feed.description == site.feed.author == "Voorbeeldvereniging"
    assert site.content.organizer == "Voorbeeldvereniging" and site.site_description == ""
    assert site.feed.logo is None and site.logo_url is None and site.newsletter.logo is None


def test_the_sites_own_description_author_and_calendar_name_win(tmp_path: Path):
    site = Site(tmp_path).settings(
        {"site_description": "Verzonnen, voor de demonstratie", "site_author": "Het bestuur"},
        calendar_name="Activiteiten",
        organizer="Bestuur Voorbeeldvereniging",
        ical_refresh_hours=6,
        ical_past_days=30,
    )
    assert site.feed.description == site.site_description == "Verzonnen, voor de demonstratie"
    assert site.feed.author == "Het bestuur" and site.agenda.calendar.name == "Activiteiten"
    assert site.content.organizer == "Bestuur Voorbeeldvereniging"
    assert site.agenda.calendar.refresh.total_seconds() == 6 * 3600 and site.agenda.past_days == 30


def test_the_feed_logo_is_absolute_in_the_feed_and_relative_in_the_newsletter_and_editor(tmp_path: Path):
    site = Site(tmp_path).settings(feed_logo="/assets/logo.svg", cms_backend={"name": "test-repo"})
    assert site.feed.logo == site.logo_url == "https://www.example.org/assets/logo.svg"
    assert site.newsletter.logo == "assets/logo.svg"
    assert site.editor is not None and site.editor.logo == "../assets/logo.svg"


def test_the_newsletters_settings_come_from_their_options_beside_mkdocs_yml(tmp_path: Path):
    site = Site(tmp_path).settings(
        newsletter_file="brieven/stand.yml", newsletter_color="#7a1f4f", newsletter_footer="Afmelden? Mail ons."
    )
    assert site.newsletter.state_file == tmp_path.resolve() / "brieven/stand.yml"
    assert (site.newsletter.color, site.newsletter.footer) == ("#7a1f4f", "Afmelden? Mail ons.")


def test_the_folders_are_read_relative_to_mkdocs_yml(tmp_path: Path):
    site = Site(tmp_path)
    site.write("inhoud/index.md", "# Welkom\n")
    config = site.config(
        {"docs_dir": "inhoud"}, columns_dir="stukken", authors_file="stukken/auteurs.yml", events_dir="agenda"
    )
    paths = content_paths(options_of(config), config)
    root = tmp_path.resolve()
    assert paths.root == root and paths.docs == root / "inhoud"
    assert (paths.columns, paths.authors_file, paths.events) == (
        root / "stukken",
        root / "stukken/auteurs.yml",
        root / "agenda",
    )
    assert paths.register == root / "gepubliceerd.yml"
    assert site_settings(options_of(config), config).image_cache == root / ".cache/images"


def test_no_cms_backend_means_no_editor(tmp_path: Path):
    assert Site(tmp_path).settings().editor is None


def test_the_editor_writes_into_the_sites_own_folders(tmp_path: Path):
    backend = {"name": "github", "repo": "voorbeeld/site", "base_url": "https://auth.example.org"}
    handmade = Site(tmp_path)
    handmade.write("inhoud/index.md", "# Welkom\n")
    site = handmade.settings(
        {"docs_dir": "inhoud"},
        cms_backend=backend,
        columns_dir="/stukken/",
        events_dir="agenda/",
        cms_editorial_workflow=False,
        cms_local_backend="",
    )
    editor = site.editor
    assert editor is not None
    assert editor.folders == Folders(
        columns="stukken", events="agenda", docs="inhoud", authors_file="columns/authors.yml"
    )
    assert dict(editor.backend) == backend and editor.url == "https://www.example.org/"
    assert editor.name == "Voorbeeldvereniging" and editor.editorial_workflow is False and editor.local_backend == ""


@pytest.mark.parametrize(
    ("backend", "expected"),
    [
        (
            {"repo": "voorbeeld/site"},
            "mkdocs.yml: plugins.association.cms_backend.name: verwacht de soort opslag van de editor "
            "(github, gitlab of test-repo), maar het ontbreekt",
        ),
        (
            {"name": "github", "repo": "voorbeeld/site"},
            "mkdocs.yml: plugins.association.cms_backend.base_url: verwacht het adres van de OAuth-proxy",
        ),
        (
            {"name": "gitlab", "repo": "voorbeeld/site", "auth_type": "pkce"},
            "mkdocs.yml: plugins.association.cms_backend.app_id: verwacht de Application ID van de OAuth-applicatie",
        ),
    ],
)
def test_an_incomplete_cms_backend_is_a_dutch_error_naming_the_missing_key(tmp_path: Path, backend, expected):
    assert refused(Site(tmp_path), cms_backend=backend).startswith(expected)


def test_gitlab_with_pkce_and_an_application_id_is_accepted(tmp_path: Path):
    backend = {"name": "gitlab", "repo": "voorbeeld/site", "auth_type": "pkce", "app_id": "abc123"}
    site = Site(tmp_path).settings(cms_backend=backend)
    assert site.editor is not None and site.editor.backend["app_id"] == "abc123"


def test_cards_without_a_logo_use_the_newsletter_colour_and_the_packages_font(tmp_path: Path):
    art = Site(tmp_path).settings(newsletter_color="#7a1f4f").card_art
    assert art is not None and art.logo is None and art.font is None
    assert art.style.color == "#7a1f4f" and art.style.logo_digest == ""
    assert art.style.font_digest == card_drawing.DEFAULT_FONT and art.style.site_name == "Voorbeeldvereniging"


def test_the_cards_take_their_own_colour_before_the_newsletters(tmp_path: Path):
    art = Site(tmp_path).settings(newsletter_color="#7a1f4f", social_color="#123456").card_art
    assert art is not None and art.style.color == "#123456"


def test_no_cards_are_made_when_switched_off_and_a_command_never_reads_their_files(tmp_path: Path):
    site = Site(tmp_path)
    assert site.settings(social_cards=False, social_logo="assets/weg.png").card_art is None
    config = site.config(social_logo="assets/weg.png", social_color="teal")
    assert site_settings(options_of(config), config, cards=False).card_art is None
    with pytest.raises(PluginError):
        site_settings(options_of(config), config)  # a build does read them


def test_a_wrong_newsletter_colour_used_for_the_cards_is_named_as_newsletter_color(tmp_path: Path):
    assert refused(Site(tmp_path), newsletter_color="blauw") == (
        "mkdocs.yml: plugins.association.newsletter_color: verwacht een kleur als #rrggbb, bijvoorbeeld #1f4e79, "
        "maar vond 'blauw'"
    )


def test_a_png_feed_logo_is_on_every_card_and_named_as_feed_logo_when_it_is_missing(tmp_path: Path):
    site = Site(tmp_path)
    assert refused(site, feed_logo="assets/logo.png") == (
        "mkdocs.yml: plugins.association.feed_logo: verwacht een PNG- of JPEG-bestand in docs/, "
        "maar assets/logo.png bestaat daar niet"
    )
    logo = png()
    site.write("docs/assets/logo.png", logo)
    art = site.settings(feed_logo="/assets/logo.png").card_art
    assert art is not None and art.logo == logo
    assert art.style.logo_digest == hashlib.sha256(logo).hexdigest()


def test_an_svg_feed_logo_is_left_off_the_cards_without_an_error(tmp_path: Path):
    art = Site(tmp_path).settings(feed_logo="assets/logo.svg").card_art  # no such file either
    assert art is not None and art.logo is None


def test_the_card_logo_wins_over_the_feed_logo(tmp_path: Path):
    site = Site(tmp_path)
    site.write("docs/assets/logo.png", png(40, 20))
    site.write("docs/assets/kaart.png", card_logo := png(80, 80))
    art = site.settings(feed_logo="assets/logo.png", social_logo="assets/kaart.png").card_art
    assert art is not None and art.logo == card_logo


def test_a_card_logo_outside_docs_is_refused_as_not_there(tmp_path: Path):
    site = Site(tmp_path)
    site.write("geheim.png", png())
    assert refused(site, social_logo="../geheim.png") == (
        "mkdocs.yml: plugins.association.social_logo: verwacht een PNG- of JPEG-bestand in docs/, "
        "maar ../geheim.png bestaat daar niet"
    )


def test_a_missing_card_font_is_a_dutch_error_naming_social_font(tmp_path: Path):
    assert refused(Site(tmp_path), social_font="fonts/huisstijl.ttf") == (
        "mkdocs.yml: plugins.association.social_font: verwacht een TTF- of OTF-lettertype in docs/, "
        "maar fonts/huisstijl.ttf bestaat daar niet"
    )


def test_the_newsletter_finds_each_image_beside_its_column_or_in_docs(tmp_path: Path):
    site = Site(tmp_path)
    site.write("docs/assets/zaal.png", png())
    site.write("columns/2026-01-10-ledenavond/foto.png", png())
    site.column("2026-01-10-ledenavond/", image="foto.png", image_alt="De zaal vol leden")
    site.column("2026-01-12-najaar", title="Najaar", date="2026-01-12", image="/assets/zaal.png", image_alt="Een zaal")
    site.write("docs/assets/logo.png", png(96, 96))
    _, settings, content, _ = site.plan(feed_logo="assets/logo.png", newsletter_footer="Tot ziens.")
    letter, image_file = newsletter_site(settings, content)
    assert (
        image_file("columns/2026/ledenavond/foto.png") == tmp_path.resolve() / "columns/2026-01-10-ledenavond/foto.png"
    )
    assert image_file("assets/zaal.png") == tmp_path.resolve() / "docs/assets/zaal.png"
    assert image_file("assets/weg.png") is None
    assert (letter.name, letter.url, letter.footer) == ("Voorbeeldvereniging", "https://www.example.org/", "Tot ziens.")
    assert letter.logo is not None and letter.logo.width == 48
    assert letter.logo.url == "https://www.example.org/assets/logo.png"


def test_a_newsletter_without_a_feed_logo_has_no_logo(tmp_path: Path):
    _, settings, content, _ = Site(tmp_path).plan()
    letter, _ = newsletter_site(settings, content)
    assert letter.logo is None and letter.color == "#1f4e79"

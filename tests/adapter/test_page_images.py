"""Where a page meets its images (adapter/page_images.py), with MkDocs' File, Files, Page
and config made by hand: the image of a file MkDocs publishes, the page's source named in
an error, the template filter, a body's <img> tags resolved against the page, the originals
served without metadata, and the social card of a page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import jinja2
import lxml.html
import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from PIL import Image

from association.adapter import page_images
from association.adapter.image_files import CardArt, ImageStore
from association.content.authors import Author
from association.content.columns import Column, Source
from association.render import social_card
from support.pictures import STYLE, opened, photo

FOTO = "columns/2026/de-kring/foto.jpg"
SOURCE = "columns/2026-11-12-de-kring/index.md"
"""Where the column's text lives, beside mkdocs.yml: not where its page is published."""


class Site:
    """A site's root with a docs folder, its config, and the files MkDocs would publish."""

    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "docs").mkdir()
        self.config = MkDocsConfig(config_file_path=str(root / "mkdocs.yml"))
        self.config.load_dict(
            {"site_name": "Voorbeeldvereniging", "site_url": "https://www.example.org/", "docs_dir": str(root / "docs")}
        )
        assert self.config.validate() == ([], [])
        self.files = Files([])
        self.store = ImageStore(root / ".cache" / "images")

    def file(self, site_path: str, data: bytes) -> File:
        """A file at ``site_path``, read from a source under the root, as the plugin adds them."""
        source = self.root / "bronnen" / site_path
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_bytes(data)
        return self.add(site_path, str(source))

    def add(self, src_uri: str, abs_src_path: str | None) -> File:
        made = File(src_uri, None, self.config.site_dir, self.config.use_directory_urls)
        made.abs_src_path = abs_src_path
        if abs_src_path is None:
            made.content_bytes = b""
        self.files.append(made)
        return made

    def page(self, src_uri: str = "columns/2026/de-kring/index.md", source: str | None = SOURCE) -> Page:
        if source is not None:
            (self.root / source).parent.mkdir(parents=True, exist_ok=True)
            (self.root / source).write_text("---\ntitle: De kring\n---\nTekst.\n", encoding="utf-8")
        return Page("De kring", self.add(src_uri, str(self.root / source) if source else None), self.config)


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return Site(tmp_path)


def _imgs(html: str) -> list[lxml.html.HtmlElement]:
    return list(lxml.html.fragment_fromstring(html, create_parent="div").iter("img"))


def test_an_image_mkdocs_publishes_is_planned_from_its_file(site: Site):
    data = photo(2000, 1000)
    site.file(FOTO, data)
    planned = page_images.plan_of(site.store, site.files, FOTO, SOURCE)
    assert planned is not None and planned.source.path == FOTO and planned.source.width == 2000
    assert site.store.plans[FOTO] is planned


def test_an_image_mkdocs_does_not_publish_or_an_svg_has_no_plan(site: Site):
    site.file("assets/logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>')
    assert page_images.plan_of(site.store, site.files, "columns/2026/weg/foto.jpg", SOURCE) is None
    assert page_images.plan_of(site.store, site.files, "assets/logo.svg", SOURCE) is None


def test_the_origin_is_the_pages_source_under_the_root_or_else_its_place_in_docs(
    site: Site, tmp_path_factory: pytest.TempPathFactory
):
    assert page_images.origin(site.page(), site.root) == SOURCE
    elsewhere = tmp_path_factory.mktemp("elders") / "index.md"
    elsewhere.write_text("x", encoding="utf-8")
    outside = Page("Elders", site.add("over/index.md", str(elsewhere)), site.config)
    assert page_images.origin(outside, site.root) == "over/index.md"
    generated = site.page("agenda/index.md", source=None)
    assert page_images.origin(generated, site.root) == "agenda/index.md"


def test_a_file_that_is_no_image_names_the_pages_source_in_its_error(site: Site):
    site.file(FOTO, b"geen foto")
    page = site.page()
    with pytest.raises(PluginError, match=f"^{SOURCE}: afbeelding {FOTO}: verwacht een JPEG-, PNG- of WebP-bestand"):
        page_images.body('<img src="foto.jpg" alt="">', page, site.files, site.store, site.root, has_lead=False)


def _render(site: Site, template: str, page: Page | None, **values: object) -> str:
    env = jinja2.Environment(autoescape=True)
    env.filters["responsive_image"] = page_images.template_filter(site.store, site.files, site.root)
    return env.from_string(template).render(page=page, base_url="..", **values)


def test_the_template_filter_offers_a_columns_image_in_every_size_relative_to_the_page(site: Site):
    site.file(FOTO, photo(2000, 1000))
    page = site.page()
    html = _render(site, "{{ image | responsive_image(alt, lead=true) }}", page, image=FOTO, alt="De <kring>")
    planned = site.store.plans[FOTO]
    assert planned is not None and html.startswith("<picture><source")
    (img,) = _imgs(html)
    assert img.get("src") == planned.fallback.path.rsplit("/", 1)[-1]  # beside the page: no folder
    assert img.get("srcset") == ", ".join(f"{v.path.rsplit('/', 1)[-1]} {v.width}w" for v in planned.original)
    assert img.get("alt") == "De <kring>" and img.get("fetchpriority") == "high" and img.get("loading") is None


def test_the_template_filter_loads_a_lazy_image_unless_it_leads(site: Site):
    site.file(FOTO, photo(2000, 1000))
    (img,) = _imgs(_render(site, "{{ image | responsive_image('') }}", site.page(), image=FOTO))
    assert img.get("loading") == "lazy" and img.get("fetchpriority") is None


def test_the_template_filter_gives_an_svg_as_a_plain_img(site: Site):
    site.file("assets/kaart.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>')
    html = _render(site, "{{ image | responsive_image(alt) }}", site.page(), image="assets/kaart.svg", alt='De "kaart"')
    assert html == '<img src="../../../assets/kaart.svg" alt="De &quot;kaart&quot;">'


def test_the_template_filter_without_a_page_names_the_image_itself_in_an_error(site: Site):
    site.file(FOTO, b"geen foto")
    with pytest.raises(PluginError, match=f"^{FOTO}: afbeelding {FOTO}:"):
        _render(site, "{{ image | responsive_image('') }}", None, image=FOTO)


def test_a_bodys_image_is_found_beside_the_page_and_linked_relative_to_it(site: Site):
    site.file(FOTO, photo(2000, 1000))
    page = site.page()
    html, feed = page_images.body(
        '<p><img src="foto.jpg" alt="Zaal"></p>', page, site.files, site.store, site.root, has_lead=True
    )
    planned = site.store.plans[FOTO]
    assert planned is not None and html.startswith("<p><picture>")
    (img,) = _imgs(html)
    assert img.get("src") == planned.fallback.path.rsplit("/", 1)[-1] and img.get("loading") == "lazy"
    (single,) = _imgs(feed)
    assert single.get("src") == planned.fitting(960).path.rsplit("/", 1)[-1] and single.get("srcset") is None


def test_a_relative_path_up_a_percent_encoded_name_and_a_query_reach_the_same_kind_of_file(site: Site):
    site.file("assets/groot plein.png", photo(800, 400, kind="PNG"))
    site.file(FOTO, photo(800, 400))
    page = site.page()
    html, _ = page_images.body(
        '<img src="../../../assets/groot%20plein.png" alt="a"><img src="foto.jpg?v=2#boven" alt="b">',
        page,
        site.files,
        site.store,
        site.root,
        has_lead=False,
    )
    assert html.count("<picture>") == 2 and set(site.store.plans) == {"assets/groot plein.png", FOTO}
    first = _imgs(html)[0]
    assert first.get("srcset").startswith("../../../assets/groot%20plein-480w-")  # one candidate per copy


@pytest.mark.parametrize(
    "src",
    [
        "https://elders.example.org/foto.jpg",
        "//elders.example.org/foto.jpg",
        "/columns/2026/de-kring/foto.jpg",
        "weg.jpg",
    ],
)
def test_another_sites_image_an_absolute_path_or_a_missing_file_is_left_as_it_is(site: Site, src: str):
    site.file(FOTO, photo(800, 400))
    body = f'<p><img src="{src}" alt="x"></p>'
    assert page_images.body(body, site.page(), site.files, site.store, site.root, has_lead=False) == (body, body)
    assert site.store.plans == {}


def test_the_bodys_first_image_leads_only_when_the_page_has_no_image_above_its_text(site: Site):
    site.file(FOTO, photo(800, 400))
    page = site.page()
    body = '<img src="foto.jpg" alt="a">'
    without, _ = page_images.body(body, page, site.files, site.store, site.root, has_lead=False)
    under, _ = page_images.body(body, page, site.files, site.store, site.root, has_lead=True)
    assert _imgs(without)[0].get("loading") is None and _imgs(under)[0].get("loading") == "lazy"


def test_every_published_jpeg_png_and_webp_with_a_source_is_registered_to_be_served_without_metadata(site: Site):
    exif = Image.Exif()
    exif.get_ifd(0x8825)[2] = (52.0, 22.0, 1.0)
    data = photo(400, 200, exif=exif)
    site.file(FOTO, data)
    site.file("assets/kaart.PNG", photo(40, 20, kind="PNG"))
    site.file("assets/beeld.webp", photo(40, 20, kind="WEBP"))
    site.file("assets/logo.svg", b"<svg/>")
    site.file("assets/beweegt.gif", photo(40, 20, kind="GIF"))
    site.add("assets/zonder-bron.jpg", None)  # made in memory: nothing of the editor's to strip
    site.page()
    page_images.register_originals(site.store, site.files)
    assert sorted(site.store.originals) == ["assets/beeld.webp", "assets/kaart.PNG", FOTO]
    assert site.store.originals[FOTO]() == data
    site.store.write(str(site.root / "site"), None)
    assert not opened((site.root / "site" / FOTO).read_bytes()).getexif()


def _column() -> Column:
    stem = "2026-11-12-de-kring"
    return Column(
        Source(SOURCE, f"/abs/{SOURCE}", stem),
        "de-kring",
        "De kring van stoelen",
        date(2026, 11, 12),
        Author("redactie", "Redactie"),
        "Column",
        (),
        "Over de kring.",
        2,
    )


def test_a_columns_page_gets_its_card_registered_to_be_drawn(site: Site):
    art = CardArt(STYLE)
    card = page_images.card_of(site.store, art, _column())
    assert card == social_card.for_subject(_column(), STYLE)
    assert site.store.cards == {card.path: card} and card.path.startswith("columns/2026/de-kring/social-")


def test_no_card_without_card_art_or_without_a_column_or_event(site: Site):
    assert page_images.card_of(site.store, None, _column()) is None
    assert page_images.card_of(site.store, CardArt(STYLE), None) is None
    assert site.store.cards == {}


def test_a_plan_is_made_for_the_bytes_of_the_file_as_it_is_now(site: Site):
    site.file(FOTO, photo(800, 400))
    first = page_images.plan_of(site.store, site.files, FOTO, SOURCE)
    other = ImageStore(site.root / ".cache" / "images")
    (site.root / "bronnen" / FOTO).write_bytes(photo(600, 300))
    again = page_images.plan_of(other, site.files, FOTO, SOURCE)
    assert first is not None and again is not None
    assert again.source.width == 600 and again.webp != first.webp

"""Resized images and social cards in a built site: the demo (built once per session), one
more build of it to show that the cache makes a rebuild do no Pillow work, and one build
of a broken image."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import lxml.html
import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from PIL import Image

from association.adapter.options import site_settings
from support.sites import DEMO, ROOT, BuildFailed, Project, build_site

SITE_URL = "https://www.example.org/"


def page(site: Path, url: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((site / url / "index.html").read_bytes())


def candidates(site: Path, url: str, srcset: str) -> list[tuple[Path, int]]:
    """(file, declared width) of every candidate in a srcset, resolved against the page."""
    found = []
    for item in srcset.split(", "):
        src, width = item.rsplit(" ", 1)
        found.append((site / urljoin("/" + url, src).lstrip("/"), int(width.rstrip("w"))))
    return found


def test_a_column_offers_its_image_and_the_image_in_its_body_in_every_size(demo_site: Path):
    url = "columns/2026/de-kring-van-stoelen/"
    lead, body = page(demo_site, url).iter("picture")
    for picture, kind in ((lead, "PNG"), (body, "JPEG")):
        source, img = next(picture.iter("source")), next(picture.iter("img"))
        assert source.get("type") == "image/webp" and img.get("alt") and img.get("sizes")
        for srcset, fmt in ((source.get("srcset"), "WEBP"), (img.get("srcset"), kind)):
            for path, width in candidates(demo_site, url, srcset):
                image = Image.open(path)
                assert (image.format, image.width) == (fmt, width) and not image.getexif(), path
        fallback = Image.open(demo_site / url / img.get("src"))
        assert (str(fallback.width), str(fallback.height)) == (img.get("width"), img.get("height"))
    # The image above the text is the largest paint: fetched first; the one in the text waits.
    assert next(lead.iter("img")).get("fetchpriority") == "high" and next(lead.iter("img")).get("loading") is None
    assert next(body.iter("img")).get("loading") == "lazy" and next(body.iter("img")).get("decoding") == "async"


def test_an_events_image_is_offered_in_every_size_and_an_svg_passes_through(demo_site: Path):
    img = next(next(page(demo_site, "agenda/2027/werkbezoek-proefdorp/").iter("picture")).iter("img"))
    assert img.get("loading") == "lazy" and img.get("alt") == "Glooiende heuvels rond Proefdorp in de avondzon."
    assert [w for _, w in candidates(demo_site, "agenda/2027/werkbezoek-proefdorp/", img.get("srcset"))] == [
        480,
        960,
        1440,
    ]
    svg_page = page(demo_site, "columns/2022/verslag-van-de-najaarsdagen/")
    assert list(svg_page.iter("picture")) == []
    assert "schets.svg" in [i.get("src") for i in svg_page.iter("img")]


def test_every_column_and_event_page_has_its_own_social_card(demo_site: Path):
    pages = [p.parent for p in demo_site.glob("agenda/20[0-9][0-9]/*/*.ics")]  # an event's page has its .ics
    pages += [
        p.parent for p in demo_site.glob("columns/20*/*/index.html") if b'"og:type" content="article"' in p.read_bytes()
    ]
    assert len(pages) > 10
    for folder in pages:
        url = folder.relative_to(demo_site).as_posix() + "/"
        head = {m.get("property") or m.get("name"): m.get("content") for m in page(demo_site, url).iter("meta")}
        assert head["og:image"].startswith(SITE_URL + url + "social-"), url
        card = Image.open(demo_site / head["og:image"].removeprefix(SITE_URL))
        assert (card.format, card.size) == ("PNG", (1200, 630))
        assert (head["og:image:width"], head["og:image:height"]) == ("1200", "630") and head["og:image:alt"]
        assert head["twitter:card"] == "summary_large_image" and head["twitter:image"] == head["og:image"]
    home = {m.get("property"): m.get("content") for m in lxml.html.parse(str(demo_site / "index.html")).iter("meta")}
    assert home["og:image"] == SITE_URL + "assets/logo.png"  # other pages keep the logo


def test_every_published_photo_and_copy_carries_no_metadata(demo_site: Path):
    published = [p for p in demo_site.rglob("*") if p.suffix in (".jpg", ".png", ".webp")]
    originals = [p for p in published if "w-" not in p.name and not p.name.startswith("social-")]
    assert len(originals) >= 3 and len(published) > 30
    # The demo's photo in a column's body carries a camera name, a GPS position and a comment.
    source = Image.open(DEMO / "columns/2026-11-12-de-kring-van-stoelen/veld-bij-het-buurthuis.jpg")
    assert 0x8825 in source.getexif() and "comment" in source.info
    assert demo_site / "columns/2026/de-kring-van-stoelen/veld-bij-het-buurthuis.jpg" in originals
    for path in published:
        image = Image.open(path)
        assert set(dict(image.getexif())) <= {0x0112}, path  # the orientation at most
        assert not {"comment", "xmp", "XML:com.adobe.xmp", "Comment"} & set(image.info), path


def test_the_feeds_carry_a_copy_of_fitting_width_that_exists(demo_site: Path):
    feed = feedparser.parse((demo_site / "feed.xml").read_bytes())
    media = [m for e in feed.entries for m in e.get("media_content", []) if not m["url"].endswith(".svg")]
    assert media and all(m["url"].startswith(SITE_URL) for m in media)
    for item in media:
        image = Image.open(demo_site / item["url"].removeprefix(SITE_URL))
        assert (image.width, image.height) == (int(item["width"]), int(item["height"])) and image.width <= 960
        assert item["type"] == Image.MIME[image.format]
    bodies = " ".join(e.content[0].value for e in feed.entries if "de-kring-van-stoelen" in e.link)
    assert "<picture" not in bodies and "veld-bij-het-buurthuis-960w-" in bodies


def test_a_rebuild_with_the_cache_in_place_makes_no_image_again_and_writes_the_same_bytes(
    demo_site: Path, tmp_path: Path
):
    """The demo copied with the cache its session build made: the build reads the cache
    only (not one file in it is written again) and its images equal the first build's."""
    demo = tmp_path / "demo"
    shutil.copytree(DEMO, demo, ignore=shutil.ignore_patterns("site", "nieuwsbrieven"))
    (demo / "node_modules").symlink_to(ROOT / "node_modules")  # the editor's pinned packages
    cache = demo / ".cache" / "images"
    before = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    assert any(name.endswith(".webp") for name in before) and any(name.startswith("card-") for name in before)
    site = build_site(demo / "mkdocs.yml", tmp_path / "site")
    assert {p.name: p.stat().st_mtime_ns for p in cache.iterdir()} == before
    made = sorted(p.relative_to(site) for p in site.rglob("*") if p.suffix == ".webp" or p.name.startswith("social-"))
    assert made and all((site / p).read_bytes() == (demo_site / p).read_bytes() for p in made)


def test_a_file_that_is_no_image_is_an_error_naming_the_column_and_the_file(project: Project):
    project.column("2026-01-06-foto/", image="foto.jpg", image_alt="Een foto")
    project.write("columns/2026-01-06-foto/foto.jpg", "geen afbeelding")
    with pytest.raises(BuildFailed) as info:
        project.build()
    assert (
        "columns/2026-01-06-foto/index.md: afbeelding columns/2026/foto/foto.jpg: verwacht een JPEG-, PNG- of "
        "WebP-bestand, maar dit bestand is geen afbeelding die te lezen is"
    ) in info.value.messages


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (
            {"social_color": "teal"},
            "plugins.association.social_color: verwacht een kleur als #rrggbb, bijvoorbeeld #1f4e79, maar vond 'teal'",
        ),
        (
            {"social_logo": "assets/weg.png"},
            "plugins.association.social_logo: verwacht een PNG- of JPEG-bestand in docs/, maar assets/weg.png bestaat daar niet",
        ),
        (
            {"social_logo": "assets/sofie.svg"},
            "plugins.association.social_logo: verwacht een PNG- of JPEG-bestand, maar assets/sofie.svg is dat niet",
        ),
        (
            {"social_font": "assets/sofie.svg"},
            "plugins.association.social_font: verwacht een TTF- of OTF-lettertype, maar assets/sofie.svg is dat niet",
        ),
    ],
)
def test_a_wrong_card_option_is_a_dutch_error_before_anything_is_built(project: Project, options, expected):
    project.plugin_options.update(options)
    config = load_config(str(project.write("mkdocs.yml", project.config_text("site"))))
    plugin = config.plugins["association"]
    with pytest.raises(PluginError) as info:
        site_settings(plugin.config, config)
    assert expected in str(info.value)

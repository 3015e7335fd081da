"""The association's own site, built from this repository: content valid, private, in Dutch."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

@pytest.fixture(scope="module")
def site(real_site: Path) -> Path:
    return real_site


def pages(site: Path) -> list[Path]:
    return [p for p in site.rglob("*.html") if "assets" not in p.parts]


def test_every_page_type_exists(site: Path):
    for path in ("index.html", "404.html", "columns/index.html", "columns/archief/index.html", "agenda/index.html",
                 "agenda/archief/index.html", "koers/index.html", "koers/koers-2021-en-verder/index.html",
                 "over/index.html", "lidmaatschap/index.html", "contact/index.html", "privacy/index.html",
                 "volgen/index.html", "feed.xml", "atom.xml", "agenda.ics", "sitemap.xml", "search/search_index.json"):
        assert (site / path).exists(), path


def test_no_page_loads_anything_from_another_host(site: Path):
    loads = re.compile(r'<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\ssrc="(https?:)?//|<link\b(?=[^>]*rel="(?:stylesheet|preconnect|preload|icon|dns-prefetch)")[^>]*href="(https?:)?//')
    offenders = [p.relative_to(site).as_posix() for p in pages(site) if loads.search(p.read_text("utf-8"))]
    assert offenders == []
    css = "".join(p.read_text("utf-8", "ignore") for p in site.rglob("*.css"))
    assert "fonts.googleapis" not in css and "fonts.gstatic" not in css


def test_every_page_is_dutch_with_a_skip_link_and_social_meta(site: Path):
    for page in pages(site):
        html = page.read_text("utf-8")
        name = page.relative_to(site).as_posix()
        assert '<html lang="nl"' in html, name
        assert 'class="md-skip"' in html, name
        if name != "404.html":
            assert '<meta property="og:title"' in html and '<meta name="twitter:card"' in html, name
            assert re.search(r'<link rel="canonical" href="https://www.verdiwel.nl/', html), name


def test_columns_carry_schema_org_article(site: Path):
    html = (site / "columns/2019/netwerksamenwerking-gewoon-doen/index.html").read_text("utf-8")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    assert data["@type"] == "Article" and data["headline"] == "Netwerksamenwerking, gewoon doen!"
    assert data["datePublished"] == "2019-02-20T00:00:00+01:00"
    assert '<meta property="og:type" content="article">' in html


def test_drafts_and_scheduled_columns_of_the_real_content_stay_out(site: Path):
    everything = "".join(p.read_text("utf-8", "ignore") for p in site.rglob("*") if p.suffix in {".html", ".xml", ".json", ".ics"})
    assert "Vooruitblik op 2027" not in everything and "Een jaar van verbinden" not in everything


def test_the_real_site_has_at_least_eight_columns_and_an_agenda_that_is_never_empty(site: Path):
    feed = (site / "feed.xml").read_text("utf-8")
    assert feed.count("<item>") >= 8
    years = {p.parent.name for p in (site / "columns").glob("20*/index.html")}
    assert {"2017", "2026"} <= years
    agenda = (site / "agenda/index.html").read_text("utf-8")
    assert agenda.count('class="av-occ ') >= 3


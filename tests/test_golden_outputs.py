"""The demo site's pages, feeds and calendars as golden files: a change to what readers,
feed readers and calendar apps receive shows up as a reviewed diff (`make golden` writes
them anew). Pages are normalised first (``support/golden.py``: only our part of the page,
one element per line); feeds and calendars are compared byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.golden import GOLDEN, compare, normalised_page

OUTPUTS = ["feed.xml", "atom.xml", "agenda.ics", "agenda/2027/webinarreeks-buurtwerk/webinarreeks-buurtwerk.ics"]
PAGES = {
    "home": "index.html",
    "column": "columns/2026/de-kring-van-stoelen/index.html",
    "column-list": "columns/index.html",
    "column-archive": "columns/archief/index.html",
    "column-category": "columns/categorie/nieuws/index.html",
    "column-tag": "columns/trefwoord/wijk/index.html",
    "column-author": "columns/auteur/anna-voorbeeld/index.html",
    "event": "agenda/2026/workshop-subsidies/index.html",
    "series-event": "agenda/2027/webinarreeks-buurtwerk/index.html",
    "agenda": "agenda/index.html",
    "agenda-archive": "agenda/archief/index.html",
    "agenda-month": "agenda/2026/12/index.html",
    "agenda-category": "agenda/categorie/ledenavond/index.html",
    "koers-list": "koers/index.html",
    "koers-document": "koers/koers-2021-en-verder/index.html",
    "follow": "volgen/index.html",
    "not-found": "404.html",
}
"""One page of every kind the package makes (and the home page and the 404 page, which our
templates change)."""


@pytest.mark.parametrize("output", OUTPUTS)
def test_the_demo_output_matches_its_golden_file(demo_site: Path, output: str):
    compare((demo_site / output).read_bytes(), GOLDEN / ("demo-" + output.replace("/", "-")))


@pytest.mark.parametrize("kind", PAGES)
def test_the_demo_page_matches_its_golden_file(demo_site: Path, kind: str):
    page = (demo_site / PAGES[kind]).read_text(encoding="utf-8")
    compare(normalised_page(page), GOLDEN / "html" / f"demo-{kind}.html")

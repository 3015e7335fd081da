"""The newsletter as a mail program shows it: Chromium at 390 and 600 px, its images
served from the built demo site, no sideways scrolling, every image loaded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Route

from association.commands import main
from support.sites import DEMO, REAL_NOW

from .conftest import SCREENSHOTS


@pytest.fixture(scope="module")
def letter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("letter") / "demo"
    shutil.copytree(DEMO, site, ignore=shutil.ignore_patterns("site"))
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", str(int(REAL_NOW.timestamp())))
    try:
        assert main(["-f", str(site / "mkdocs.yml"), "nieuwsbrief", "--sinds", "2026-11-01", "--proef"]) == 0
    finally:
        mp.undo()
    return site / "nieuwsbrieven" / "2026-01" / "nieuwsbrief-2026-01.html"


@pytest.mark.parametrize("width", [390, 600])
def test_the_newsletter_reads_well_at_phone_and_mail_width(browser: Browser, demo_site: Path, letter: Path, width: int):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()

    def from_demo(route: Route) -> None:
        path = demo_site / route.request.url.removeprefix("https://www.example.org/").split("#")[0]
        route.fulfill(path=str(path)) if path.is_file() else route.fulfill(status=404)

    try:
        page.route("https://www.example.org/**", from_demo)
        page.goto(letter.as_uri(), wait_until="networkidle")
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        assert page.evaluate("[...document.images].every(i => i.complete && i.naturalWidth > 0)")
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"newsletter-{width}.png"), full_page=True)
    finally:
        context.close()

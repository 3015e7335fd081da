"""Every page type in a real browser: no errors, no other hosts, no axe violations, fits 320 px."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from .conftest import SCREENSHOTS, SITES, run_axe

EVERY_PAGE_TYPE = [(site, name) for site, types in SITES.items() for name in types]


@pytest.mark.parametrize("site, name", EVERY_PAGE_TYPE, ids=[f"{s}-{n}" for s, n in EVERY_PAGE_TYPE])
def test_page_type_is_clean_accessible_private_and_fits_a_phone(
    browser: Browser, site_urls: dict[str, str], site: str, name: str
):
    base_url = site_urls[site]
    context = browser.new_context(viewport={"width": 320, "height": 800})
    page = context.new_page()
    console_errors: list[str] = []
    failed: list[str] = []
    elsewhere: list[str] = []
    page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: console_errors.append(str(e)))
    page.on("requestfailed", lambda r: failed.append(f"{r.url} {r.failure}"))
    page.on(
        "response",
        lambda r: failed.append(f"{r.url} {r.status}") if r.status >= 400 and not r.url.endswith("404.html") else None,
    )
    page.on(
        "request", lambda r: elsewhere.append(r.url) if not r.url.startswith((base_url, "data:", "blob:")) else None
    )
    try:
        page.goto(base_url + SITES[site][name], wait_until="networkidle")
        assert elsewhere == [], "requests to other hosts"
        assert failed == []
        assert console_errors == []
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), (
            "sideways scrolling at 320 px"
        )
        assert run_axe(page) == []
        page.emulate_media(color_scheme="dark")
        page.reload(wait_until="networkidle")
        assert run_axe(page) == [], "dark palette"
    finally:
        context.close()


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots_of_every_page_type(browser: Browser, site_urls: dict[str, str], site: str, width: int):
    """Saved to screenshots/ (git-ignored) for people to look at: ``demo-event-390.png``."""
    base_url = site_urls[site]
    SCREENSHOTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        for name, path in SITES[site].items():
            page.goto(base_url + path, wait_until="networkidle")
            target = SCREENSHOTS / f"{site}-{name}-{width}.png"
            page.screenshot(path=str(target), full_page=True)
            assert target.stat().st_size > 5_000, name
    finally:
        context.close()

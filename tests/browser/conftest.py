"""The built site served on 127.0.0.1 and opened in headless Chromium.

Chromium is Debian's package where present (Playwright's own download cannot reach the
internet here); `make test` installs it. The flags keep Chromium from calling home, which a
closed network refuses noisily.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from support.static_host import served as _served

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]

# One of each page type of the demo association (built with "now" = 23 November 2026),
# which has every feature; the browser suite, the screenshots and the behaviour tests use it.
PAGE_TYPES = {
    "home": "",
    "column": "columns/2022/verslag-van-de-najaarsdagen/",
    "listing": "columns/",
    "archive": "columns/archief/",
    "category": "columns/categorie/column/",
    "agenda": "agenda/",
    "month": "agenda/2026/12/",
    "event": "agenda/2026/najaarsdagen-2026/",
    "cancelled-event": "agenda/2026/workshop-subsidies/",
    "recurring-event": "agenda/2027/webinarreeks-buurtwerk/",
    "koers": "koers/koers-2021-en-verder/",
    "superseded-koers": "koers/koers-2016-2020/",
    "koers-index": "koers/",
    "page": "lidmaatschap/",
    "follow": "volgen/",
    "404": "404.html",
}

# The real site's page types: it keeps the accessibility, HTML and link checks.
REAL_PAGE_TYPES = {
    "home": "",
    "column": "columns/2019/netwerksamenwerking-gewoon-doen/",
    "undated-column": "columns/zonder-datum/in-vernetwerking-ligt-onze-kracht/",
    "month-column": "columns/2017/warme-coalities/",
    "listing": "columns/",
    "agenda": "agenda/",
    "agenda-archive": "agenda/archief/",
    "event": "agenda/2017/werkbezoek-kwadraad/",
    "month": "agenda/2017/02/",
    "koers": "koers/koers-2021-en-verder/",
    "page": "over/",
    "404": "404.html",
}
SITES = {"demo": PAGE_TYPES, "real": REAL_PAGE_TYPES}


@pytest.fixture(scope="session")
def base_url(demo_site: Path) -> Iterator[str]:
    """The demo site, served on 127.0.0.1 as a static host serves it (support/static_host.py)."""
    with _served(demo_site) as url:
        yield url


@pytest.fixture(scope="session")
def real_base_url(real_site: Path) -> Iterator[str]:
    """The real site, served on 127.0.0.1."""
    with _served(real_site) as url:
        yield url


@pytest.fixture(scope="session")
def site_urls(base_url: str, real_base_url: str) -> dict[str, str]:
    return {"demo": base_url, "real": real_base_url}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def run_axe(page: Page) -> list[dict]:
    """axe-core's violations for WCAG 2.0/2.1 A and AA on the current page."""
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5], "help": v["help"]}
        for v in result["violations"]
    ]

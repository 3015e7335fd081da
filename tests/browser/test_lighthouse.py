"""Lighthouse (mobile) gives the main page types 100 for accessibility."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

from .conftest import ROOT, SITES

SCRIPT = ROOT / "tests" / "support" / "lighthouse.mjs"
AUDITED = ("home", "column", "event", "agenda")


def playwright_chromium() -> str:
    """Playwright's own Chromium, where the system has none (``make browser`` installs it)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        return playwright.chromium.executable_path


def lighthouse(urls: list[str]) -> dict[str, dict]:
    chrome = shutil.which("chromium") or shutil.which("chromium-browser") or playwright_chromium()
    assert chrome, "Lighthouse needs Chromium"
    result = subprocess.run(
        ["node", str(SCRIPT), *urls],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "CHROME_PATH": chrome},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_lighthouse_accessibility_is_100_on_home_column_event_and_agenda(site_urls: dict[str, str]):
    urls = [site_urls[site] + SITES[site][name] for site in SITES for name in AUDITED]
    report = lighthouse(urls)
    assert {url: (r["score"], r["failed"]) for url, r in report.items()} == {url: (1, []) for url in urls}

"""What visitors do: search in Dutch, and the agenda staying right after the build."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from playwright.sync_api import Page, expect


def test_search_finds_a_column_by_a_dutch_word(page: Page, base_url: str):
    page.goto(base_url, wait_until="networkidle")
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially("vergadering", delay=20)  # Material listens for keys
    result = page.locator(".md-search-result__item").filter(has_text="Een netwerk is geen vergadering")
    expect(result.first).to_be_visible(timeout=10_000)


def test_an_event_that_ended_after_the_build_shows_as_past(page: Page, base_url: str):
    # Built on 23 November 2026; the Najaarsdagen end on 4 December 2026 and the cancelled
    # workshop is on 10 December. The visitor's clock says 11 December.
    page.clock.install(time=datetime(2026, 12, 11, 9, 0, tzinfo=UTC))
    page.goto(base_url + "agenda/", wait_until="networkidle")
    ended = page.locator("[data-av-past-target]")
    expect(ended).to_be_visible()
    expect(ended.locator(".av-occ__title")).to_have_text(["Najaarsdagen 2026", "Workshop: subsidies aanvragen"])
    upcoming = page.locator("[data-av-upcoming] .av-occ__title").first
    expect(upcoming).to_have_text("Ledenavond winter 2026")
    page.goto(base_url + "agenda/2026/najaarsdagen-2026/", wait_until="networkidle")
    expect(page.locator("[data-av-past-notice]")).to_be_visible()
    expect(page.locator("[data-av-registration]")).to_be_hidden()


def test_before_its_end_the_event_is_upcoming_and_registration_closes_after_the_deadline(page: Page, base_url: str):
    page.clock.install(time=datetime(2026, 11, 28, 9, 0, tzinfo=UTC))  # deadline was 26 November
    page.goto(base_url + "agenda/2026/najaarsdagen-2026/", wait_until="networkidle")
    expect(page.locator("[data-av-past-notice]")).to_be_hidden()
    expect(page.locator("[data-av-closed]")).to_be_visible()
    expect(page.get_by_role("link", name="Aanmelden")).to_be_hidden()


def test_material_starts_after_the_first_paint_and_the_palette_toggle_works(page: Page, base_url: str):
    # Material's bundle is started by our loader after the first paint (adapter/scripts.py),
    # when DOMContentLoaded has passed: the palette toggle is Material's and must still work.
    page.goto(base_url + "columns/", wait_until="networkidle")
    expect(page.locator("html")).to_have_class(re.compile(r"(^| )js( |$)"))  # the bundle ran
    page.get_by_title("Donker thema").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.reload(wait_until="networkidle")  # the choice is kept, and applied before the paint
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.get_by_title("Licht thema").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")


def test_an_old_query_address_on_the_home_page_sends_the_visitor_on_to_its_page(page: Page, base_url: str):
    # A static host answers /?p=12 with the home page; the demo's oude-adressen.yml knows it.
    page.goto(base_url + "?p=12", wait_until="networkidle")
    expect(page).to_have_url(base_url + "columns/2019/samen-doen-in-de-wijk/")
    page.goto(base_url + "?post_type=page&page_id=3", wait_until="networkidle")
    expect(page).to_have_url(base_url + "over/")


def test_a_query_the_site_does_not_know_leaves_the_visitor_on_the_home_page(page: Page, base_url: str):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(base_url + "?p=999", wait_until="networkidle")
    expect(page).to_have_url(base_url + "?p=999")
    page.goto(base_url, wait_until="networkidle")
    assert [u for u in requests if u.endswith("oude-adressen.json")] == [
        base_url + "oude-adressen.json"
    ]  # not without a query

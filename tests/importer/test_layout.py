"""importer/layout.py: where every item lands before anything is written: its source and
address (a folder when it has uploads, a second slug of the year made unique, a page under
its parents), the old addresses that redirect to it, its category and its author."""

from __future__ import annotations

from pathlib import Path

import pytest

from association.importer import CategoryError, ImportOptions, wxr
from association.importer.layout import Layout, plan_layout
from association.importer.report import ImportReport, Need
from support.imports import BLOG, category, export_of, item, target_in
from support.sites import DEFAULT_NOW

NEWS = (category("Nieuws"),)
VISIT = (category("Werkbezoek", "tribe_events_cat"),)


def post(id: int, slug: str, day: str = "2026/05/12", **fields: object) -> wxr.Item:
    values: dict[str, object] = {
        "slug": slug,
        "title": slug.capitalize(),
        "link": f"{BLOG}/{day}/{slug}/",
        "terms": NEWS,
    }
    return item(id, **{**values, **fields})


def page(id: int, slug: str, parent: int = 0, link: str = "") -> wxr.Item:
    return item(id, type="page", slug=slug, title=slug.capitalize(), parent=parent, link=link or f"{BLOG}/{slug}/")


def event(id: int, slug: str, start: str = "2026-09-24 14:00:00") -> wxr.Item:
    meta = {"_EventStartDate": start} if start else {}
    return item(id, type="tribe_events", slug=slug, title=slug, link=f"{BLOG}/event/{slug}/", terms=VISIT, meta=meta)


def attachment(id: int, parent: int, link: str) -> wxr.Item:
    return item(id, type="attachment", status="inherit", parent=parent, link=link, slug=f"bestand-{id}")


def plan(tmp_path: Path, *items: wxr.Item, folders: frozenset[int] = frozenset()) -> tuple[Layout, ImportReport]:
    report = ImportReport()
    layout = plan_layout(
        export_of(*items), target_in(tmp_path), ImportOptions(now=DEFAULT_NOW), report, folders=folders
    )
    return layout, report


def test_a_column_is_a_dated_file_or_with_uploads_a_folder_and_keeps_its_wordpress_slug(tmp_path: Path):
    layout, _ = plan(tmp_path, post(1, "avond"), post(2, "ochtend"), folders=frozenset({2}))
    one, two = layout.addresses[1], layout.addresses[2]
    assert (one.kind, one.source, one.url, one.shown) == (
        "column",
        "columns/2026-05-12-avond.md",
        "columns/2026/avond/",
        True,
    )
    assert (two.source, two.url) == ("columns/2026-05-12-ochtend/index.md", "columns/2026/ochtend/")


def test_a_second_post_with_the_same_slug_in_a_year_gets_its_id(tmp_path: Path):
    layout, _ = plan(
        tmp_path,
        post(1, "avond"),
        post(2, "avond", "2026/05/13"),
        post(3, "avond", "2025/05/13", date_gmt="2025-05-13 08:00:00"),
    )
    assert [layout.addresses[i].url for i in (1, 2, 3)] == [
        "columns/2026/avond/",
        "columns/2026/avond-2/",
        "columns/2025/avond/",
    ]


def test_a_draft_or_a_later_column_is_not_shown_yet(tmp_path: Path):
    layout, _ = plan(
        tmp_path, post(1, "concept", status="draft"), post(2, "later", status="future", date_gmt="2027-01-15 09:00:00")
    )
    assert (layout.addresses[1].shown, layout.addresses[2].shown) == (False, False)


def test_an_event_is_filed_by_its_start_not_by_its_post_date(tmp_path: Path):
    layout, _ = plan(tmp_path, event(6, "bezoek", "2027-02-03 14:00:00"))
    address = layout.addresses[6]
    assert (address.source, address.url, address.shown) == ("events/2027-02-03-bezoek.md", "agenda/2027/bezoek/", True)
    assert layout.events[6].start.year == 2027 and layout.categories[6] == "Werkbezoek"


def test_an_event_without_a_valid_start_is_left_out_and_named(tmp_path: Path):
    layout, report = plan(tmp_path, event(7, "kapot", start=""))
    assert 7 not in layout.addresses and [e.item.id for e in layout.entries] == []
    [finding] = report.findings
    assert finding.need is Need.ACTION and finding.what == "activiteit niet overgenomen: geen geldige _EventStartDate"


def test_a_page_lies_under_its_parents_and_a_parent_page_is_a_folder(tmp_path: Path):
    layout, _ = plan(tmp_path, page(3, "over"), page(4, "bestuur", parent=3, link=f"{BLOG}/over/bestuur/"))
    assert (layout.addresses[3].source, layout.addresses[3].url) == ("docs/over/index.md", "over/")
    assert (layout.addresses[4].source, layout.addresses[4].url) == ("docs/over/bestuur.md", "over/bestuur/")


def test_a_page_that_would_take_a_name_the_engine_uses_gets_its_id_and_no_redirect(tmp_path: Path):
    layout, report = plan(tmp_path, page(5, "agenda"))
    assert (layout.addresses[5].source, layout.addresses[5].url) == ("docs/agenda-5.md", "agenda-5/")
    assert layout.aliases[5] == ()
    [note] = report.findings
    assert note.need is Need.NOTE and note.what == (
        "oud adres /agenda/ valt samen met een adres van de site zelf: geen doorverwijzing"
    )


def test_an_old_address_that_is_an_existing_page_of_the_site_gets_no_redirect(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "privacy.md").write_text("---\ntitle: Privacy\n---\n", encoding="utf-8")
    layout, report = plan(tmp_path, post(1, "privacy", link=f"{BLOG}/privacy/"))
    assert layout.aliases[1] == () and "oud adres /privacy/ valt samen" in report.findings[0].what


def test_old_permalinks_redirect_to_the_new_address_and_every_old_address_is_known(tmp_path: Path):
    layout, _ = plan(tmp_path, post(1, "avond"), event(6, "bezoek"), page(3, "over"))
    assert layout.aliases == {1: ("2026/05/12/avond/",), 6: ("event/bezoek/",), 3: ()}  # a page keeps its address
    assert {p: a.url for p, a in layout.by_path.items()} == {
        "2026/05/12/avond/": "columns/2026/avond/",
        "event/bezoek/": "agenda/2026/bezoek/",
        "over/": "over/",
    }


def test_a_guid_that_was_a_permalink_is_an_old_address_too(tmp_path: Path):
    layout, _ = plan(tmp_path, post(1, "avond", guid=f"{BLOG}/oud/avond/"))
    assert layout.aliases[1] == ("2026/05/12/avond/", "oud/avond/")


def test_the_page_of_an_upload_leads_to_its_public_post_and_the_others_are_counted_once(tmp_path: Path):
    layout, report = plan(
        tmp_path,
        post(1, "avond"),
        post(8, "concept", status="draft"),
        attachment(9, 1, f"{BLOG}/2026/05/12/avond/foto/"),
        attachment(10, 8, f"{BLOG}/concept/foto/"),
        attachment(11, 0, f"{BLOG}/los/foto/"),
    )
    assert layout.aliases[1] == ("2026/05/12/avond/", "2026/05/12/avond/foto/")
    assert "concept/foto/" not in layout.aliases[8]
    [note] = [f for f in report.findings if "losse bestanden" in f.title]
    assert note.title == "2 pagina's van losse bestanden" and note.old_url == BLOG


def test_a_slug_finds_a_post_only_when_no_other_post_has_it(tmp_path: Path):
    layout, _ = plan(tmp_path, post(1, "avond"), post(2, "avond", "2026/05/13"), post(3, "ochtend"), page(4, "over"))
    assert sorted(layout.by_slug) == ["ochtend"] and layout.by_slug["ochtend"].url == "columns/2026/ochtend/"


def test_the_author_is_the_creators_slug_and_the_category_the_mapped_one(tmp_path: Path):
    layout, _ = plan(tmp_path, post(1, "avond", creator="Sofie Vriends"), post(2, "ochtend", creator=""))
    assert dict(layout.authors) == {1: "sofie-vriends", 2: "auteur"}
    assert dict(layout.categories) == {1: "Nieuws", 2: "Nieuws"}


def test_unmapped_categories_stop_the_plan(tmp_path: Path):
    with pytest.raises(CategoryError):
        plan(tmp_path, item(1, terms=(category("Overig"),)))

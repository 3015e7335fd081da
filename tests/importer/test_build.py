"""importer/build.py: the files each imported item gives (its source with our fields, its
uploads, a page's redirects), what the register and the authors file learn from it, and its
featured image, which comes along only when it is here and has a text alternative."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from association.importer import ImportOptions, wxr
from association.importer.build import Collected, column_tags, featured, item_files
from association.importer.convert import Body, Linker, convert
from association.importer.layout import plan_layout
from association.importer.report import ImportReport, Need
from association.importer.select import Chosen
from association.importer.writer import Planned
from support.imports import BLOG, category, export_of, item, target_in
from support.sites import DEFAULT_NOW

ZAAL = f"{BLOG}/wp-content/uploads/2026/05/zaal.png"
AUTHORS = (wxr.Author("redactie", "De Redactie"),)


def post(**fields: object) -> wxr.Item:
    values: dict[str, object] = {
        "slug": "avond",
        "title": "Avond",
        "link": f"{BLOG}/2026/05/12/avond/",
        "terms": (category("Nieuws"), category("Wijk"), category("Uncategorized")),
    }
    return item(1, **{**values, **fields})


def photo(alt: str = "Leden in gesprek") -> wxr.Item:
    meta = {"_wp_attachment_image_alt": alt} if alt else {}
    return item(
        9,
        type="attachment",
        status="inherit",
        parent=1,
        title="",
        attachment_url=ZAAL,
        link=f"{BLOG}/2026/05/12/avond/zaal/",
        meta=meta,
    )


def event(**meta: str) -> wxr.Item:
    return item(
        6, type="tribe_events", slug="bezoek", title="Bezoek", link=f"{BLOG}/event/bezoek/",
        modified_gmt="2026-11-02 08:15:00", terms=(category("Werkbezoek", "tribe_events_cat"),),
        meta={"_EventStartDate": "2026-09-24 14:00:00", **meta},
    )  # fmt: skip


@pytest.fixture
def uploads(tmp_path: Path) -> Path:
    folder = tmp_path / "uploads"
    (folder / "2026/05").mkdir(parents=True)
    (folder / "2026/05/zaal.png").write_bytes(b"png")
    return folder


def files(
    tmp_path: Path, *items: wxr.Item, uploads: Path | None = None, folders: frozenset[int] = frozenset()
) -> tuple[Collected, ImportReport]:
    export = export_of(*items, authors=AUTHORS)
    target, options = target_in(tmp_path / "site"), ImportOptions(now=DEFAULT_NOW, uploads=uploads)
    report = ImportReport()
    layout = plan_layout(export, target, options, report, folders=folders)
    linker = Linker(export, uploads, layout.by_path, layout.addresses, layout.by_slug, "www.example.org", "docs")
    collected = Collected()
    for entry in layout.entries:
        body = convert(entry.item, layout.addresses[entry.item.id].source, linker, page=entry.kind == "page")
        item_files(entry, body, layout, linker, target, options, report, collected)
    return collected, report


def test_a_column_gets_our_fields_its_other_categories_as_tags_and_its_old_addresses_as_aliases(tmp_path: Path):
    collected, report = files(tmp_path, post(excerpt="Kort <b>verslag</b>", creator="redactie"))
    [source] = collected.planned.values()
    assert source.path == "columns/2026-05-12-avond.md" and source.old_url == f"{BLOG}/2026/05/12/avond/"
    assert source.text == (
        '---\ntitle: "Avond"\ndate: 2026-05-12 10:30\nauthor: "redactie"\ncategory: "Nieuws"\ntags: ["Wijk"]\n'
        'summary: "Kort verslag"\naliases: ["/2026/05/12/avond/"]\n---\n\nTekst.\n'
    )
    assert source.other_form == "columns/2026-05-12-avond/index.md"
    assert report.counts["columns"] == 1 and collected.authors == {"redactie": "De Redactie"}
    assert collected.register_columns == ["columns/2026/avond/", "2026/05/12/avond/"]


def test_a_column_that_is_not_public_yet_is_not_put_in_the_register(tmp_path: Path):
    collected, _ = files(tmp_path, post(status="draft"))
    assert collected.register_columns == [] and "draft: true\n" in next(iter(collected.planned.values())).text


def test_the_featured_image_is_copied_beside_the_text_with_its_text_alternative(tmp_path: Path, uploads: Path):
    collected, report = files(
        tmp_path, post(meta={"_thumbnail_id": "9"}), photo(), uploads=uploads, folders=frozenset({1})
    )
    source = collected.planned["columns/2026-05-12-avond/index.md"]
    assert 'image: "zaal.png"\nimage_alt: "Leden in gesprek"\n' in str(source.text)
    assert collected.planned["columns/2026-05-12-avond/zaal.png"].copy == uploads / "2026/05/zaal.png"
    assert not report.needs_person


@pytest.mark.parametrize("here", [True, False])
def test_a_featured_image_that_is_not_here_or_has_no_text_alternative_is_left_out_and_named(
    tmp_path: Path, uploads: Path, here: bool
):
    collected, report = files(
        tmp_path,
        post(meta={"_thumbnail_id": "9"}),
        photo(alt="" if here else "Zaal"),
        uploads=uploads if here else None,
    )
    [source] = [p for p in collected.planned.values() if p.path.endswith(".md")]
    assert "image:" not in str(source.text)
    [finding] = report.findings
    assert finding.need is Need.ACTION and finding.what.startswith(f"uitgelichte afbeelding {ZAAL} niet in de uploads")


def test_an_attachment_without_alt_uses_its_title_as_the_featured_images_text(tmp_path: Path, uploads: Path):
    export = export_of(
        post(meta={"_thumbnail_id": "9"}), item(9, type="attachment", title="De zaal", attachment_url=ZAAL)
    )
    target = target_in(tmp_path)
    layout = plan_layout(export, target, ImportOptions(now=DEFAULT_NOW), ImportReport(), folders=frozenset({1}))
    linker = Linker(export, uploads, layout.by_path, layout.addresses, layout.by_slug, "www.example.org", "docs")
    found = featured(export.by_id()[1], export, layout.addresses[1], linker, Body())
    assert found is not None and (found.name, found.alt) == ("zaal.png", "De zaal")
    assert featured(item(2, meta={"_thumbnail_id": "x"}), export, layout.addresses[1], linker, Body()) is None


def test_an_event_gets_its_uid_its_website_under_the_text_and_a_changed_one_its_moment_of_change(tmp_path: Path):
    collected, report = files(
        tmp_path,
        event(_EventURL="https://www.example.org/kaartjes", _tribe_events_status="canceled",
              _tribe_events_virtual_url="javascript:alert(1)"),
    )  # fmt: skip
    source = collected.planned["events/2026-09-24-bezoek.md"]
    assert source.text == (
        '---\ntitle: "Bezoek"\nstart: 2026-09-24 14:00\ncategory: "Werkbezoek"\nstatus: "cancelled"\n'
        'updated: 2026-11-02 09:15\nuid: "2026-09-24-bezoek@example.org"\n---\n\n'
        "Tekst.\n\nMeer informatie: <https://www.example.org/kaartjes>\n"
    )
    assert collected.register_events == {"2026-09-24-bezoek@example.org": ["event/bezoek/", "agenda/2026/bezoek/"]}
    assert report.counts["events"] == 1


def test_an_event_website_that_is_no_web_address_is_left_out_and_a_draft_event_is_not_registered(tmp_path: Path):
    collected, _ = files(tmp_path, event(_EventURL="javascript:alert(1)"))
    assert "Meer informatie" not in str(collected.planned["events/2026-09-24-bezoek.md"].text)
    collected, _ = files(tmp_path / "concept", replace(event(), status="draft"))
    assert collected.register_events == {}
    assert "draft: true\n" in str(collected.planned["events/2026-09-24-bezoek.md"].text)


def test_a_page_gets_its_heading_and_a_redirect_page_at_each_old_address(tmp_path: Path):
    page = item(3, type="page", slug="over", title="Over & zo", link=f"{BLOG}/over/", guid=f"{BLOG}/over-ons/")
    collected, report = files(tmp_path, page)
    assert collected.planned["docs/over.md"].text == '---\ntitle: "Over & zo"\n---\n\n# Over &amp; zo\n\nTekst.\n'
    redirect = str(collected.planned["docs/over-ons/index.html"].text)
    assert '<meta http-equiv="refresh" content="0; url=https://www.example.org/over/">' in redirect
    assert "<title>Verplaatst: Over &amp; zo</title>" in redirect
    assert report.counts["pages"] == 1 and collected.register_columns == []


def test_the_first_plan_for_a_path_wins():
    collected = Collected()
    collected.add(Planned("docs/a.png", text="eerste"))
    collected.add(Planned("docs/a.png", text="tweede"))
    assert collected.planned["docs/a.png"].text == "eerste"


def test_a_columns_tags_are_its_wordpress_tags_and_its_other_unmapped_categories_once_each():
    terms = (
        category("Nieuws"),
        category("Uitgelicht"),
        category("Uncategorized"),
        wxr.Term("post_tag", "netwerk", "Netwerk"),
        wxr.Term("post_tag", "uitgelicht", "Uitgelicht"),
    )
    entry = Chosen(item(1, terms=terms), "column", False)
    options = ImportOptions(now=DEFAULT_NOW, categories={"Oud": "Nieuws"})
    assert column_tags(entry, "Nieuws", options) == ("Netwerk", "Uitgelicht")

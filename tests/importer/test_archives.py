"""importer/archives.py: the old site's archive addresses (category, nested category, tag,
author, year and month) lead to the listing now holding their columns, only when a public
imported column is behind them; an address of the site or of an imported item is left alone."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from association.importer import ImportOptions, wxr
from association.importer.archives import Archive, archives, base, redirects
from association.importer.layout import plan_layout
from association.importer.report import ImportReport, Need
from support.imports import BLOG, category, export_of, item, target_in
from support.sites import DEFAULT_NOW

NEWS = category("Nieuwtjes")
MAPPING = {"Nieuwtjes": "Nieuws"}


def tag(name: str) -> wxr.Term:
    return wxr.Term("post_tag", name.lower(), name)


def found(export: wxr.Export, tmp_path: Path, **options: Any) -> dict[str, Archive]:
    target = target_in(tmp_path)
    chosen = ImportOptions(now=DEFAULT_NOW, categories=options.pop("categories", MAPPING), **options)
    layout = plan_layout(export, target, chosen, ImportReport(), folders=frozenset())
    return {a.old: a for a in archives(export, layout, target, chosen)}


def planned(export: wxr.Export, tmp_path: Path, **options: Any) -> tuple[dict[str, str], ImportReport]:
    target = target_in(tmp_path)
    chosen = ImportOptions(now=DEFAULT_NOW, categories=MAPPING, **options)
    report = ImportReport()
    layout = plan_layout(export, target, chosen, ImportReport(), folders=frozenset())
    written = redirects(export, layout, target, chosen, report)
    return {p.path: p.text or "" for p in written}, report


def test_a_category_archive_leads_to_the_listing_of_the_category_it_was_mapped_onto(tmp_path: Path):
    archive = found(export_of(item(1, terms=(NEWS,))), tmp_path)["category/nieuwtjes/"]
    assert archive == Archive(
        "category/nieuwtjes/", "columns/categorie/nieuws/", "Nieuws", f"{BLOG}/category/nieuwtjes/"
    )


def test_a_nested_category_answers_at_its_own_slug_and_under_its_parents(tmp_path: Path):
    export = replace(
        export_of(item(1, terms=(category("Kind"),))),
        categories=(wxr.Category("kind", "ouder", "Kind"), wxr.Category("ouder", "", "Ouder")),
    )
    result = found(export, tmp_path, categories={"*": "Column"})
    assert result["category/kind/"].new == result["category/ouder/kind/"].new == "columns/categorie/column/"
    assert "category/ouder/" not in result  # no column filed in the parent itself


def test_a_category_loop_in_the_export_does_not_hang_the_import(tmp_path: Path):
    export = replace(
        export_of(item(1, terms=(category("Kind"),))),
        categories=(wxr.Category("kind", "ouder", "Kind"), wxr.Category("ouder", "kind", "Ouder")),
    )
    assert "category/ouder/kind/" in found(export, tmp_path, categories={"*": "Column"})


def test_a_second_category_kept_as_a_tag_leads_to_that_tags_listing(tmp_path: Path):
    export = export_of(item(1, terms=(NEWS, category("Uitgelicht"))))
    archive = found(export, tmp_path)["category/uitgelicht/"]
    assert (archive.new, archive.title) == ("columns/trefwoord/uitgelicht/", "Trefwoord: Uitgelicht")


def test_tag_author_year_and_month_archives_lead_to_their_listings(tmp_path: Path):
    export = export_of(
        item(1, terms=(NEWS, tag("Ledenavond")), creator="Redactie"),
        authors=(wxr.Author("Redactie", "De Redactie"),),
    )
    result = found(export, tmp_path)
    assert (result["tag/ledenavond/"].new, result["tag/ledenavond/"].title) == (
        "columns/trefwoord/ledenavond/",
        "Trefwoord: Ledenavond",
    )
    # WordPress wrote the login as a slug in the address: both forms lead to the author
    assert result["author/Redactie/"].new == result["author/redactie/"].new == "columns/auteur/redactie/"
    assert result["author/redactie/"].title == "De Redactie"
    assert result["2026/"] == Archive("2026/", "columns/2026/", "Archief 2026", f"{BLOG}/2026/")
    assert result["2026/05/"].new == "columns/2026/"


def test_a_draft_or_a_later_column_names_no_category_tag_author_or_year(tmp_path: Path):
    secret = (category("Geheim"), tag("Plannen"))
    export = export_of(
        item(1, terms=(NEWS,)),
        item(2, status="draft", terms=secret, creator="stagiair", date="2025-03-01 10:00:00", date_gmt=""),
        item(3, status="future", terms=secret, creator="stagiair", date="2030-01-15 10:00:00", date_gmt=""),
    )
    olds = set(found(export, tmp_path, categories={"Nieuwtjes": "Nieuws", "Geheim": "Column"}))
    assert olds == {"category/nieuwtjes/", "author/redactie/", "2026/", "2026/05/"}


def test_events_and_pages_have_no_archive_addresses(tmp_path: Path):
    event = item(
        2,
        type="tribe_events",
        link=f"{BLOG}/event/bezoek/",
        terms=(category("Werkbezoek", "tribe_events_cat"),),
        meta={"_EventStartDate": "2026-09-24 14:00:00"},
    )
    page = item(3, type="page", slug="over", link=f"{BLOG}/over/")
    assert found(export_of(event, page), tmp_path) == {}


def test_the_bases_of_the_old_site_are_used_and_a_blog_in_a_subfolder_loses_its_folder(tmp_path: Path):
    export = replace(export_of(item(1, terms=(NEWS, tag("Netwerk")))), link=f"{BLOG}/blog")
    result = found(export, tmp_path, category_base="categorie", tag_base="trefwoord")
    assert result["categorie/nieuwtjes/"].old_url == f"{BLOG}/blog/categorie/nieuwtjes/"
    assert "trefwoord/netwerk/" in result and "category/nieuwtjes/" not in result and "tag/netwerk/" not in result


def test_every_archive_is_a_redirect_page_in_docs_to_the_listing_and_counted(tmp_path: Path):
    pages, report = planned(export_of(item(1, terms=(NEWS,))), tmp_path)
    assert set(pages) == {
        "docs/category/nieuwtjes/index.html",
        "docs/author/redactie/index.html",
        "docs/2026/index.html",
        "docs/2026/05/index.html",
    }
    html = pages["docs/category/nieuwtjes/index.html"]
    assert 'url=https://www.example.org/columns/categorie/nieuws/"' in html and "Verplaatst: Nieuws" in html
    assert report.counts["archives"] == 4 and report.findings == []


def test_an_address_the_site_or_an_imported_item_has_gets_no_redirect_but_a_note(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "2026.md").write_text("# 2026\n", encoding="utf-8")
    claimed = item(2, type="page", slug="auteurs", link=f"{BLOG}/author/redactie/")
    pages, report = planned(export_of(item(1, terms=(NEWS,)), claimed), tmp_path, category_base="columns")
    assert set(pages) == {"docs/2026/05/index.html"}
    notes = {f.what for f in report.findings if f.need is Need.NOTE}
    assert notes == {
        f"archiefadres /{path} valt samen met een adres van de site zelf: geen doorverwijzing"
        for path in ("columns/nieuwtjes/", "author/redactie/", "2026/")
    }
    assert report.counts["archives"] == 1


@pytest.mark.parametrize("name", ["categorie", "/categorie/", " onderwerp "])
def test_a_base_is_one_segment_of_an_address(name: str):
    assert base(name, "--category-base") == name.strip().strip("/")


@pytest.mark.parametrize("name", ["", "/", "a/b", "met spatie", "..", "x?y"])
def test_a_base_that_is_no_single_segment_is_a_dutch_error_naming_the_option(name: str):
    with pytest.raises(ValueError, match=r"--tag-base .*verwacht één deel van een adres"):
        base(name, "--tag-base")

"""adapter/site_files.py: each planned page (and the files of its bundle) becomes a file in
MkDocs' list, never replacing one that is there; docs/ is kept free of links to outside the
site and of oversized pages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel, get_files

from association.adapter.site_files import add_page, append, refuse_docs
from association.adapter.speed.template_page import TemplatePage
from association.content.limits import DANGLING, MAX_SOURCE_BYTES, OUTSIDE, too_big
from association.render.planned import PlannedPage
from association.render.site_plan import SitePlan
from support.handmade import Site, docs_file, files_of


def planned(plan: SitePlan, url: str) -> PlannedPage:
    (page,) = [p for p in plan.pages if p.url == url]
    return page


def test_a_columns_page_is_its_own_source_under_its_address(tmp_path: Path):
    site = Site(tmp_path)
    source = site.column("2026-01-10-ledenavond")
    config, _, _, plan = site.plan()
    files = files_of(docs_file(config, "index.md"))
    assert add_page(files, config, planned(plan, "columns/2026/ledenavond/")) == "columns/2026/ledenavond/index.md"
    file = files.get_file_from_path("columns/2026/ledenavond/index.md")
    assert file is not None and file.abs_src_path == str(source)
    assert file.url == "columns/2026/ledenavond/" and file.inclusion is InclusionLevel.NOT_IN_NAV
    assert file.edit_uri == "../columns/2026-01-10-ledenavond.md"  # "edit this page" opens the source
    assert file.page is None  # MkDocs makes its page and converts its Markdown


def test_a_list_is_a_template_page_with_no_markdown(tmp_path: Path):
    site = Site(tmp_path)
    site.column("2026-01-10-ledenavond")
    config, _, _, plan = site.plan()
    files = files_of()
    add_page(files, config, planned(plan, "columns/2026/"))
    file = files.get_file_from_path("columns/2026/index.md")
    assert file is not None and file.abs_src_path is None and file.content_string == ""
    assert isinstance(file.page, TemplatePage) and file.inclusion is InclusionLevel.NOT_IN_NAV


def test_a_page_the_plan_puts_in_the_navigation_is_included_as_any_page(tmp_path: Path):
    config, _, _, plan = Site(tmp_path).plan()
    agenda = planned(plan, "agenda/")
    assert agenda.in_nav
    files = files_of()
    add_page(files, config, agenda)
    file = files.get_file_from_path("agenda/index.md")
    assert file is not None and file.inclusion is InclusionLevel.UNDEFINED


def test_a_draft_in_the_preview_is_a_draft_for_mkdocs_with_its_bundles_files(tmp_path: Path):
    site = Site(tmp_path)
    site.column("2026-01-10-ledenavond/", draft=True)
    site.write("columns/2026-01-10-ledenavond/verslag.pdf", b"%PDF-1.4\n")
    config, _, _, plan = site.plan(preview=True)
    page = planned(plan, "columns/2026/ledenavond/")
    assert page.preview_only
    files = files_of()
    add_page(files, config, page)
    attachment = files.get_file_from_path("columns/2026/ledenavond/verslag.pdf")
    assert attachment is not None
    assert attachment.abs_src_path == str(tmp_path / "columns/2026-01-10-ledenavond/verslag.pdf")
    assert {f.inclusion for f in files} == {InclusionLevel.DRAFT}


def test_a_page_at_an_address_that_is_taken_is_refused_naming_both(tmp_path: Path):
    site = Site(tmp_path)
    site.column("2026-01-10-ledenavond")
    taken = site.write("docs/columns/2026/ledenavond/index.md", "# Ledenavond\n")
    config, _, _, plan = site.plan()
    files = get_files(config)
    with pytest.raises(PluginError) as info:
        add_page(files, config, planned(plan, "columns/2026/ledenavond/"))
    assert str(info.value) == (
        f"columns/2026-01-10-ledenavond.md: verwacht een unieke URL, maar /columns/2026/ledenavond/ bestaat al ({taken})"
    )
    assert files.get_file_from_path("columns/2026/ledenavond/index.md").abs_src_path == str(taken)  # kept


def test_a_generated_file_at_a_taken_address_names_what_is_there(tmp_path: Path):
    config = Site(tmp_path).config()
    files = files_of(File.generated(config, "admin/config.yml", content="a: 1"))
    with pytest.raises(
        PluginError,
        match=r"^admin/: verwacht een unieke URL, maar /admin/config\.yml bestaat al \(admin/config\.yml\)$",
    ):
        append(files, File.generated(config, "admin/config.yml", content="b: 2"), "admin/")
    assert files.get_file_from_path("admin/config.yml").content_string == "a: 1"


def test_links_to_outside_the_site_to_nothing_and_oversized_pages_are_taken_out_of_docs(tmp_path: Path):
    site = Site(tmp_path / "site")
    secret = tmp_path / "wachtwoorden.txt"
    secret.write_text("geheim")
    os.symlink(secret, site.root / "docs/lijst.txt")
    os.symlink(site.root / "docs/weg.md", site.root / "docs/kapot.md")
    big = site.write("docs/groot.md", "x" * (MAX_SOURCE_BYTES + 1))
    site.write("docs/assets/groot.pdf", b"%" * (MAX_SOURCE_BYTES + 1))  # not a page: no limit here
    os.symlink(site.root / "docs/index.md", site.root / "docs/ook-welkom.md")  # inside the site: fine
    config, settings, _, _ = site.plan()
    files = get_files(config)
    files.append(File.generated(config, "agenda.ics", content=""))
    problems = refuse_docs(files, config.docs_dir, settings.paths)
    assert sorted((p.path, p.message) for p in problems) == [
        ("docs/groot.md", too_big(big.stat().st_size)),
        ("docs/kapot.md", DANGLING),
        ("docs/lijst.txt", OUTSIDE),
    ]
    assert all(p.line is None and p.field is None for p in problems)
    assert sorted(f.src_uri for f in files) == [
        "agenda.ics",
        "assets/groot.pdf",
        "index.md",
        "ook-welkom.md",
    ]


def test_two_pages_with_one_address_in_different_folders_are_refused_not_one_written_over_the_other(tmp_path: Path):
    site = Site(tmp_path)
    site.write("docs/over.md", "# Over de vereniging\n")
    site.write("docs/over/index.md", "# Over (uit WordPress)\n")
    site.write("docs/over/bestuur.md", "# Bestuur\n")
    config, settings, _, _ = site.plan()
    files = get_files(config)
    problems = refuse_docs(files, config.docs_dir, settings.paths)
    assert [(p.path, p.line, p.field) for p in problems] == [("docs/over/index.md", None, None)]
    assert problems[0].message == (
        "verwacht een eigen adres voor deze pagina, maar docs/over.md heeft hetzelfde adres (over/): "
        "voeg de twee samen, of geef een van beide een andere naam"
    )
    assert {"over.md", "over/bestuur.md"} <= {f.src_uri for f in files} and "over/index.md" not in files.src_uris

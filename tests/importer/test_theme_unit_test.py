"""WordPress's own theme unit test data (WPTRT/theme-unit-test, written by nobody here)
imports, passes the check and builds strictly; every public post and page gets a page and
every old permalink leads to one. One strict build."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from association.commands import main
from association.importer import ImportReport, wxr
from association.importer.addresses import old_path
from support.imports import ROOT, THEME_UNIT_TEST, run
from support.sites import DEFAULT_NOW, Project, build_site


@pytest.fixture
def imported(project: Project) -> tuple[Project, ImportReport]:
    return project, run(project, THEME_UNIT_TEST, uploads=None, categories={"*": "Column"})


def public(export: wxr.Export) -> list[wxr.Item]:
    return [i for i in export.items if i.type in ("post", "page") and i.status == "publish" and not i.password]


def test_the_theme_unit_test_data_moves_into_a_new_site_that_builds_strictly_with_a_page_at_every_old_permalink(
    tmp_path: Path, capsys, monkeypatch
):
    """Issue 29's end to end: ``association init`` makes the site, ``association import
    wordpress`` fills it, ``association check`` passes and the build is strict."""
    site_dir = tmp_path / "nieuwe-site"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(DEFAULT_NOW.timestamp())))
    assert main(["init", str(site_dir), "--name", "Testvereniging", "--site-url", "https://www.example.org/"]) == 0
    config_file = str(site_dir / "mkdocs.yml")
    # 1: the report names what needs a person (password-protected posts, missing uploads)
    assert main(["-f", config_file, "import", "wordpress", str(THEME_UNIT_TEST), "--map-category", "*=Column"]) == 1
    report = capsys.readouterr()
    assert "Template: Password Protected" in report.out + report.err
    assert main(["-f", config_file, "check"]) == 0, capsys.readouterr()
    site = build_site(site_dir / "mkdocs.yml", tmp_path / "built", now=DEFAULT_NOW)
    export = wxr.read(THEME_UNIT_TEST)
    items = public(export)
    assert len(items) == 48 + 21  # the README: 51 posts, one a draft, one scheduled, one with a password
    missing = [i.link for i in items if not (site / (old_path(i.link, export.link) or "") / "index.html").is_file()]
    assert missing == []
    posts = {i.id for i in items}
    uploads = [i for i in export.items if i.type == "attachment" and i.parent in posts]
    assert len(uploads) == 36  # the page WordPress made for each photo of a public post leads to that post
    missing = [i.link for i in uploads if not (site / (old_path(i.link, export.link) or "") / "index.html").is_file()]
    assert missing == []
    pages = sorted(p.parent.relative_to(site).as_posix() for p in (site / "columns").glob("[0-9]*/*/index.html"))
    assert len(pages) == 48
    assert not (site / "columns" / "2030").exists()  # the scheduled post, dated later than the build


def test_the_report_names_what_was_not_converted(imported: tuple[Project, ImportReport]):
    _, report = imported
    text = report.render()
    assert report.counts["columns"] == 50 and report.counts["pages"] == 21
    assert "Template: Password Protected" in text and "beveiligd met een wachtwoord" in text
    assert "https://wpthemetestdata.files.wordpress.com/2008/06/canola2.jpg" in text  # no uploads given
    assert "Edge Case: No Content" in text and "de tekst is leeg" in text
    assert report.needs_person


def test_nothing_leaves_the_throw_away_site(imported: tuple[Project, ImportReport]):
    project, report = imported
    assert all(not Path(p).is_absolute() and ".." not in p for p in report.written)
    assert all((project.root / p).is_file() for p in report.written)


def test_the_html_tags_post_matches_its_golden_markdown(imported: tuple[Project, ImportReport]):
    project, _ = imported
    text = project.read_source("columns/2013-01-12-markup-html-tags-and-formatting.md")
    golden = ROOT / "tests" / "golden" / "import" / "theme-unit-test-html-tags.md"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_the_report_names_each_item_once_with_everything_about_it(imported: tuple[Project, ImportReport]):
    _, report = imported
    text = report.render()
    assert (
        text.count("  - Post Format: Image (https://wpthemetestdata.wordpress.com/2010/08/08/post-format-image/)") == 1
    )
    assert "Moet iemand naar kijken" in text and "Goed om te weten" in text

"""Under ``mkdocs serve`` a content error does not stop the preview: every page shows what
is wrong, in Dutch, until the file is fixed; the terminal says it on every rebuild."""

from __future__ import annotations

import logging

import pytest

from support.sites import BuildFailed, Project

BROKEN_DATE = "22-11-2026"


def _errors_logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_broken_column_shows_its_problem_on_every_page_of_the_preview(project: Project, caplog):
    project.column("2026-01-01-goed", title="Goed")
    project.column("2026-01-02-fout", title="Fout", date=BROKEN_DATE)
    project.build(serve=True)
    for page in ("index.html", "columns/index.html", "columns/2026/goed/index.html", "404.html"):
        html = project.read(page)
        assert '<section class="av-problems" role="alert"' in html, page
        assert (
            "1 fout in de inhoud" in html
            and "<code>columns/2026-01-02-fout.md:3</code> date: verwacht een datum" in html
        )
    assert not project.exists("columns/2026/fout/index.html")
    assert any("columns/2026-01-02-fout.md:3: date: verwacht een datum" in m for m in _errors_logged(caplog))


def test_the_report_comes_back_on_every_rebuild_and_goes_once_the_file_is_fixed(project: Project, caplog):
    project.column("2026-01-02-fout", title="Fout", date=BROKEN_DATE)
    project.build(serve=True)
    project.build(serve=True, rebuild=True)  # the same mistake again: said again, in full
    assert any("columns/2026-01-02-fout.md:3: date:" in m for m in _errors_logged(caplog))
    project.column("2026-01-02-fout", title="Fout", date="2026-01-02")
    project.build(serve=True, rebuild=True)
    assert "av-problems" not in project.read("columns/2026/fout/index.html")
    assert _errors_logged(caplog) == []


def test_a_broken_link_is_reported_in_the_preview_too(project: Project):
    project.column("2026-01-01-goed", title="Goed", body="Zie [weg](2017-01-01-weg.md).")
    project.build(serve=True)
    assert "link (2017-01-01-weg.md): verwacht een bestaand bestand" in project.read("columns/2026/goed/index.html")


def test_a_real_build_still_fails_on_the_same_mistake(project: Project):
    project.column("2026-01-02-fout", title="Fout", date=BROKEN_DATE)
    with pytest.raises(BuildFailed, match=r"columns/2026-01-02-fout\.md:3: date:"):
        project.plan()


def test_a_broken_authors_file_is_reported_alone_and_first(project: Project):
    project.write("columns/authors.yml", "sofie-vriends:\n\tname: Sofie\n")
    for n in range(3):
        project.column(f"2026-01-0{n + 1}-stuk", title=f"Stuk {n}")
    with pytest.raises(BuildFailed) as failed:
        project.plan()
    report = failed.value.messages
    assert "columns/authors.yml:2:" in report and "tab" in report
    assert "author:" not in report

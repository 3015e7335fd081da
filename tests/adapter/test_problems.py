"""Under ``mkdocs serve`` a content error does not stop the preview: every page shows what
is wrong, in Dutch, until the file is fixed; the terminal says it on every rebuild."""

from __future__ import annotations

import logging

import pytest

from support.sites import BuildFailed, Project, shared_project

BROKEN_DATE = "22-11-2026"


def _errors_logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.fixture(scope="module")
def broken_preview(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """One preview of a site with a broken column and a column with a broken link."""

    def write(project: Project) -> None:
        project.column("2026-01-01-goed", title="Goed", body="Zie [weg](2017-01-01-weg.md).")
        project.column("2026-01-02-fout", title="Fout", date=BROKEN_DATE)

    return shared_project(tmp_path_factory, "broken-preview", write, serve=True)


def test_a_broken_column_shows_its_problem_on_every_page_of_the_preview(broken_preview: Project):
    for page in ("index.html", "columns/index.html", "columns/2026/goed/index.html", "404.html"):
        html = broken_preview.read(page)
        assert '<section class="av-problems" role="alert"' in html, page
        assert (
            "2 fouten in de inhoud" in html  # this one and the broken link
            and "<code>columns/2026-01-02-fout.md:3</code> date: verwacht een datum" in html
        )
    assert not broken_preview.exists("columns/2026/fout/index.html")


def test_a_broken_link_is_reported_in_the_preview_too(broken_preview: Project):
    html = broken_preview.read("columns/2026/goed/index.html")
    assert "link (2017-01-01-weg.md): verwacht een bestaand bestand" in html


def test_the_report_comes_back_on_every_rebuild_and_goes_once_the_file_is_fixed(project: Project, caplog):
    """Up to ``on_files`` and the problems settled, as ``on_env`` does (``Project.plan``):
    what a preview page shows is what the shared preview above shows."""
    project.column("2026-01-02-fout", title="Fout", date=BROKEN_DATE)
    project.plan(serve=True)
    assert any("columns/2026-01-02-fout.md:3: date: verwacht een datum" in m for m in _errors_logged(caplog))
    state = project.plan(serve=True, rebuild=True)  # the same mistake again: said again, in full
    assert any("columns/2026-01-02-fout.md:3: date:" in m for m in _errors_logged(caplog))
    assert [p.path for p in state.problems.shown] == ["columns/2026-01-02-fout.md"]
    project.column("2026-01-02-fout", title="Fout", date="2026-01-02")
    state = project.plan(serve=True, rebuild=True)
    assert _errors_logged(caplog) == [] and state.problems.shown == []
    assert "columns/2026/fout/" in {p.url for p in state.plan.pages}


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

"""``association new``: a new source is made from the authors file alone, and a problem
elsewhere in the site never makes the command say something untrue."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from association.commands import main
from support.sites import Project

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(NOW.timestamp())))


def new_column(project: Project, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    project.write("mkdocs.yml", project.config_text("site"))
    code = main(["-f", str(project.root / "mkdocs.yml"), "new", "column", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_column_with_an_unknown_category_elsewhere_does_not_stop_a_new_column(project: Project, capsys):
    project.column("2026-11-01-oud", title="Oud", date="2026-11-01", category="Bestaat-niet")
    code, out, err = new_column(project, capsys, "Nieuw stuk")
    assert code == 0, err
    assert out.strip() == "columns/2026-11-23-nieuw-stuk.md"
    assert "geen auteurs" not in err


def test_a_broken_authors_file_is_named_with_its_own_problem(project: Project, capsys):
    project.write("columns/authors.yml", "sofie-vriends:\n  role: voorzitter\n")
    code, _, err = new_column(project, capsys, "Nieuw stuk")
    assert code == 2
    assert "columns/authors.yml" in err and "sofie-vriends.name" in err
    assert "geen auteurs" not in err
    assert not (project.root / "columns/2026-11-23-nieuw-stuk.md").exists()


def test_an_empty_authors_file_asks_for_an_author_first(project: Project, capsys):
    project.write("columns/authors.yml", "{}\n")
    code, _, err = new_column(project, capsys, "Nieuw stuk")
    assert code == 2 and "geen auteurs in columns/authors.yml; voeg eerst een auteur toe" in err


def test_a_site_without_its_mkdocs_yml_is_named(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "column", "Titel"]) == 2
    assert "mkdocs.yml niet gevonden; start dit commando in de map van de site" in capsys.readouterr().err


def test_a_wrong_social_card_logo_does_not_stop_a_new_column(project: Project, capsys):
    """The cards' logo and font are read by a build only; a command has no use for them."""
    project.plugin_options["social_logo"] = "assets/bestaat-niet.png"
    code, out, err = new_column(project, capsys, "Nieuw stuk")
    assert code == 0, err
    assert out.strip() == "columns/2026-11-23-nieuw-stuk.md"

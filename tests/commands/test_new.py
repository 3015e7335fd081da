"""``association new``: a new source is made from the authors file alone, and a problem
elsewhere in the site never makes the command say something untrue."""

from __future__ import annotations

from association.commands import main
from support.commands import NOW, pinned_clock, runner  # noqa: F401 (pinned_clock: autouse)
from support.sites import Project

new_column = runner("new", "column")


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

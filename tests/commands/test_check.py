"""``association check``: every problem of the sources and their links in the format asked
for, exit 1 on an error only; ``gepubliceerd.yml`` is brought up to date on the editor's
machine and only warned about in CI, as is a ``site_url`` that is still an example's.

The check goes up to MkDocs' ``on_files`` (``adapter/sitecheck.py``), renders nothing, and is
no full build: every test here runs the command itself on a tiny site of files."""

from __future__ import annotations

import json

import pytest

from association.commands import check, parser
from support.commands import NOW, pinned_clock, runner  # noqa: F401 (pinned_clock: autouse)
from support.sites import Project

run = runner("check")


def test_check_reads_the_site_and_prints_text_unless_told_otherwise():
    args = parser().parse_args(["check"])
    assert args.func is check.run and args.needs_site and args.format == "text"
    assert parser().parse_args(["check", "--format", "gitlab"]).format == "gitlab"


def test_an_unknown_format_is_refused_with_the_ones_there_are(capsys):
    with pytest.raises(SystemExit) as stopped:
        parser().parse_args(["check", "--format", "xml"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "usage: association check [-h] [--format {text,github,gitlab}]" in err and "invalid choice: 'xml'" in err


def test_a_clean_site_is_in_order_with_what_it_counted(project: Project, capsys):
    project.column("2026-01-01-a", date="2026-01-01")
    project.event("2026-12-10-avond", title="Avond")
    project.write(
        "gepubliceerd.yml",
        "columns:\n- columns/2026/a/\nevents:\n  2026-12-10-avond@example.nl:\n  - agenda/2026/avond/\n",
    )
    code, out, err = run(project, capsys)
    assert code == 0, err
    assert out == ""
    assert err == "In orde: 1 columns, 1 activiteiten, 0 koersdocumenten; 0 waarschuwing(en).\n"


def test_check_prints_one_file_line_message_per_problem_and_exits_1(project: Project, capsys):
    project.column("2026-01-01-a", date="22-11-2026")
    project.column("2026-01-02-b", date="2026-01-02", author="sofie", category="nieuws")
    code, out, err = run(project, capsys)
    assert code == 1
    lines = out.strip().splitlines()
    assert lines == [
        "columns/2026-01-01-a.md:3: date: verwacht een datum als 2026-11-22 of een datum en tijd als 2026-11-22 14:30, gevonden '22-11-2026'. Schrijf eerst het jaar: 2026-11-22",
        "columns/2026-01-02-b.md:4: author: verwacht een auteur uit het auteursbestand: een van greet-bouman, sofie-vriends, gevonden 'sofie'",
        "columns/2026-01-02-b.md:5: category: verwacht een categorie: een van Column, Nieuws, Artikel, gevonden 'nieuws'. Bedoelde je 'Nieuws'?",
    ]
    assert "3 fout(en)" in err


def test_a_failing_check_lists_the_warnings_too_and_counts_both_once(project: Project, capsys):
    project.column("2026-01-01-a", date="22-11-2026")
    project.column("2026-01-01-x", date="2026-02-01")  # the file name's date differs: a warning
    code, out, err = run(project, capsys)
    assert code == 1
    assert [line.split(":")[0] for line in out.splitlines()] == ["columns/2026-01-01-a.md", "columns/2026-01-01-x.md"]
    assert "let op: date: de datum in de bestandsnaam" in out.splitlines()[1]
    assert err == "1 fout(en), 1 waarschuwing(en)\n"  # in text format the report is not repeated


def test_a_link_to_a_missing_page_fails_the_check_as_it_would_fail_the_build(project: Project, capsys):
    project.write("docs/index.md", "# Home\n\nLees [het verslag](verslag.md).\n")
    code, out, err = run(project, capsys)
    assert code == 1
    assert out == (
        "docs/index.md:3: link (verslag.md): verwacht een bestaand bestand, maar docs/verslag.md bestaat niet.\n"
    )
    assert err == "1 fout(en), 0 waarschuwing(en)\n"


def test_a_setting_only_the_build_reads_fails_the_check_with_its_message(project: Project, capsys):
    """The social cards' logo is read once the plugin starts as for a build: a wrong one would
    stop ``make site``, so the check says so (where ``open_site`` alone does not read it)."""
    project.plugin_options["social_logo"] = "assets/bestaat-niet.png"
    code, out, err = run(project, capsys)
    assert code == 1 and out == ""
    assert err.strip() == (
        f"{(project.root / 'mkdocs.yml').resolve()}: plugins.association.social_logo: verwacht een PNG- of "
        "JPEG-bestand in docs/, maar assets/bestaat-niet.png bestaat daar niet"
    )


def test_check_in_github_format_annotates_the_file_and_line_and_exits_1(project: Project, capsys):
    project.column("2026-01-01-a", date="22-11-2026")
    code, out, err = run(project, capsys, "--format", "github")
    assert code == 1
    assert out.splitlines() == [
        "::error file=columns/2026-01-01-a.md,line=3,title=date::date: verwacht een datum als 2026-11-22 of een datum en "
        "tijd als 2026-11-22 14:30, gevonden '22-11-2026'. Schrijf eerst het jaar: 2026-11-22"
    ]
    assert "columns/2026-01-01-a.md:3: date:" in err


def test_check_in_gitlab_format_writes_a_code_quality_report(project: Project, capsys):
    project.column("2026-01-01-a", date="22-11-2026")
    code, out, _ = run(project, capsys, "--format", "gitlab")
    assert code == 1
    [issue] = json.loads(out)
    assert issue["location"] == {"path": "columns/2026-01-01-a.md", "lines": {"begin": 3}}
    assert issue["severity"] == "major" and issue["check_name"] == "date" and len(issue["fingerprint"]) == 64


def test_a_clean_check_in_gitlab_format_reports_only_that_site_url_is_still_an_example(project: Project, capsys):
    """The test site lives on www.example.nl: in CI that is a warning (the owner sets the real
    domain before going live), which does not fail the check; on an editor's machine it is
    not reported at all."""
    project.column("2026-01-01-a", date="2026-01-01")
    code, out, err = run(project, capsys)  # on the editor's machine: records gepubliceerd.yml
    assert code == 0 and "site_url" not in out + err
    code, out, _ = run(project, capsys, "--format", "gitlab")
    [issue] = json.loads(out)
    assert code == 0 and issue["check_name"] == "site_url" and issue["severity"] == "minor"
    assert issue["location"]["path"] == "mkdocs.yml" and "https://www.example.nl/" in issue["description"]


def test_the_owners_real_domain_is_no_warning_in_ci(project: Project, capsys):
    project.extra_config["site_url"] = "https://www.vereniging-oost.nl/"
    code, out, err = run(project, capsys, "--format", "github")
    assert code == 0 and out == ""
    assert err == "In orde: 0 columns, 0 activiteiten, 0 koersdocumenten; 0 waarschuwing(en).\n"


def test_on_the_editors_machine_check_records_a_new_column_in_gepubliceerd_yml(project: Project, capsys):
    project.column("2026-01-01-a", date="2026-01-01")
    code, out, err = run(project, capsys)
    assert code == 0 and out == ""
    assert err.splitlines() == [
        "gepubliceerd.yml bijgewerkt met wat deze wijziging publiceert: stuur het bestand mee.",
        "In orde: 1 columns, 0 activiteiten, 0 koersdocumenten; 0 waarschuwing(en).",
    ]
    assert "- columns/2026/a/" in project.read_source("gepubliceerd.yml")


def test_in_ci_an_out_of_date_gepubliceerd_yml_is_a_warning_and_is_not_written(project: Project, capsys):
    project.extra_config["site_url"] = "https://www.vereniging-oost.nl/"
    project.column("2026-01-01-a", date="2026-01-01")
    code, out, err = run(project, capsys, "--format", "github")
    assert code == 0
    assert out == (
        "::warning file=gepubliceerd.yml,title=inhoud::nog niet bijgewerkt met de nieuwe columns of activiteiten; "
        "voer make check uit en stuur het bestand mee\n"
    )
    assert err.endswith("; 1 waarschuwing(en).\n")
    assert not (project.root / "gepubliceerd.yml").exists()


def test_drafts_and_draft_events_are_not_recorded_as_published(project: Project, capsys):
    project.column("2026-01-01-concept", date="2026-01-01", draft=True)
    project.column("2026-12-01-later", date="2026-12-01")  # scheduled: not yet published
    project.event("2026-12-10-avond", title="Avond", draft=True)
    project.extra_config["site_url"] = "https://www.vereniging-oost.nl/"
    code, out, err = run(project, capsys, "--format", "github")
    assert code == 0 and out == "", out
    assert err == "In orde: 2 columns, 1 activiteiten, 0 koersdocumenten; 0 waarschuwing(en).\n"
    assert not (project.root / "gepubliceerd.yml").exists()

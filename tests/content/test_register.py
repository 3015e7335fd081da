"""gepubliceerd.yml: a renamed event keeps its UID and its old address; nothing published
disappears without the editor saying so. The build reads the register and makes its redirects
in ``on_files``: ``Project.plan`` goes that far, and a redirect is a planned file there."""

from __future__ import annotations

from datetime import UTC, datetime

import icalendar
import pytest

from association.commands import main
from support.sites import BuildFailed, Project

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def check(project: Project, capsys, *args: str) -> tuple[int, str, str]:
    project.write("mkdocs.yml", project.config_text("site"))
    code = main(["-f", str(project.root / "mkdocs.yml"), "check", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(NOW.timestamp())))


def _published(project: Project, capsys) -> None:
    project.column("2026-01-01-oude-titel", title="Oude titel", date="2026-01-01")
    project.event("2026-12-10-avond", title="Avond", uid="avond-2026@example.nl")
    code, _, err = check(project, capsys)
    assert code == 0 and "gepubliceerd.yml bijgewerkt" in err


def test_check_records_what_is_published_and_the_build_only_reads_it(project: Project, capsys):
    _published(project, capsys)
    text = project.read_source("gepubliceerd.yml")
    assert "- columns/2026/oude-titel/" in text and "avond-2026@example.nl:\n  - agenda/2026/avond/" in text
    project.plan(now=NOW)  # where the build reads it (and makes its redirects)
    assert project.read_source("gepubliceerd.yml") == text
    code, _, err = check(project, capsys)
    assert code == 0 and "bijgewerkt" not in err


def test_a_renamed_event_keeps_its_uid_and_leaves_a_redirect_at_its_old_address(project: Project, capsys):
    _published(project, capsys)
    (project.root / "events/2026-12-10-avond.md").rename(project.root / "events/2026-12-10-winteravond.md")
    project.plan(now=NOW)  # redirects and calendars are planned files: their bytes as written
    redirect = project.planned_bytes("agenda/2026/avond/index.html").decode()
    assert '<meta http-equiv="refresh" content="0; url=https://www.example.nl/agenda/2026/winteravond/">' in redirect
    assert '<link rel="canonical" href="https://www.example.nl/agenda/2026/winteravond/">' in redirect
    calendar = icalendar.Calendar.from_ical(project.planned_bytes("agenda.ics"))
    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == ["avond-2026@example.nl"]
    check(project, capsys)  # the new address is recorded; the old one stays for its redirect
    assert "  - agenda/2026/avond/\n  - agenda/2026/winteravond/" in project.read_source("gepubliceerd.yml")


def test_a_changed_uid_fails_check_and_build_with_what_to_do(project: Project, capsys):
    _published(project, capsys)
    project.event("2026-12-10-avond", title="Avond", uid="iets-anders@example.nl")
    code, out, _ = check(project, capsys)
    assert code == 1
    assert (
        "gepubliceerd.yml:9: avond-2026@example.nl: verwacht een activiteit met deze vaste id (ze stond op "
        "/agenda/2026/avond/), maar geen activiteit heeft hem nog. Is de uid in de kop veranderd? Zet hem terug."
    ) in out
    with pytest.raises(BuildFailed, match=r"avond-2026@example\.nl"):
        project.plan(now=NOW)


def test_a_renamed_column_needs_its_old_address_in_aliases_and_then_redirects(project: Project, capsys):
    _published(project, capsys)
    (project.root / "columns/2026-01-01-oude-titel.md").unlink()
    project.column("2026-01-01-nieuwe-titel", title="Nieuwe titel", date="2026-01-01")
    code, out, _ = check(project, capsys)
    assert code == 1 and "aliases: [/columns/2026/oude-titel/]" in out
    project.column(
        "2026-01-01-nieuwe-titel", title="Nieuwe titel", date="2026-01-01", aliases=["/columns/2026/oude-titel/"]
    )
    project.plan(now=NOW)
    redirect = project.planned_bytes("columns/2026/oude-titel/index.html").decode()
    assert "url=https://www.example.nl/columns/2026/nieuwe-titel/" in redirect


def test_in_ci_an_unrecorded_item_is_a_warning_not_a_write(project: Project, capsys):
    project.column("2026-01-01-stuk", title="Stuk")
    code, out, _ = check(project, capsys, "--format", "github")
    assert code == 0 and "::warning file=gepubliceerd.yml" in out and not (project.root / "gepubliceerd.yml").exists()


def test_a_column_taken_offline_or_not_yet_due_in_this_build_is_no_problem(project: Project, capsys):
    _published(project, capsys)
    project.column("2026-01-01-oude-titel", title="Oude titel", date="2026-01-01", draft=True)
    state = project.plan(now=NOW)  # offline on purpose: no error, and no redirect to a page that is not there
    assert "columns/2026/oude-titel/" not in {p.url for p in state.plan.pages}
    assert project.last_files.get_file_from_path("columns/2026/oude-titel/index.html") is None
    project.column("2026-01-01-oude-titel", title="Oude titel", date="2026-01-01")
    state = project.plan(now=datetime(2025, 12, 1, tzinfo=UTC))  # a build from before its date
    assert "columns/2026/oude-titel/" not in {p.url for p in state.plan.pages}
    assert project.last_files.get_file_from_path("columns/2026/oude-titel/index.html") is None

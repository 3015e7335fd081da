"""``association list``: the drafts, the columns that will appear by themselves (soonest
first), and what changes in the agenda within the weeks asked for, each with its file."""

from __future__ import annotations

import pytest

from association.commands import listing, parser
from support.commands import NOW, pinned_clock, runner  # noqa: F401 (pinned_clock: autouse)
from support.sites import Project

run = runner("list")


def squeezed(out: str) -> list[str]:
    """The lines without their column padding."""
    return [" ".join(line.split()) for line in out.splitlines()]


def test_list_looks_four_weeks_ahead_unless_told_otherwise():
    args = parser().parse_args(["list"])
    assert args.func is listing.run and args.needs_site and args.weeks == 4
    assert parser().parse_args(["list", "--weeks", "12"]).weeks == 12


def test_weeks_must_be_a_whole_number(capsys):
    with pytest.raises(SystemExit) as stopped:
        parser().parse_args(["list", "--weeks", "twee"])
    assert stopped.value.code == 2 and "argument --weeks: invalid int value: 'twee'" in capsys.readouterr().err


def test_a_site_with_nothing_coming_says_geen_under_every_heading(project: Project, capsys):
    project.column("2026-01-01-oud", date="2026-01-01")
    code, out, err = run(project, capsys)
    assert code == 0 and err == ""
    assert out.splitlines() == [
        "Concepten (alleen in de preview):",
        "  geen",
        "Gepland (verschijnt vanzelf bij de eerste build op of na de datum):",
        "  geen",
        "Activiteiten die de komende 4 weken veranderen:",
        "  geen",
    ]


def test_a_content_error_is_reported_and_nothing_is_listed(project: Project, capsys):
    project.column("2026-01-01-a", date="22-11-2026")
    code, out, err = run(project, capsys)
    assert code == 1 and out == ""
    assert "columns/2026-01-01-a.md:3: date: verwacht een datum" in err


def test_list_shows_drafts_scheduled_columns_and_coming_event_changes(project: Project, capsys):
    project.column("2026-11-20-concept", title="Conceptstuk", date="2026-11-20", draft=True)
    project.column("2026-12-01-later", title="Later stuk", date="2026-12-01 09:00")
    project.event("2026-12-10-x", title="Lab", registration={"url": "https://example.org/a", "deadline": "2026-12-01"})
    project.event("2027-06-01-ver", title="Ver weg", start="2027-06-01")
    code, out, _ = run(project, capsys, "--weeks", "4")
    assert code == 0
    out = "\n".join(squeezed(out))
    assert "columns/2026-11-20-concept.md Conceptstuk" in out
    assert "1 december 2026, 09:00 columns/2026-12-01-later.md Later stuk" in out
    assert "1 december 2026 aanmelding sluit events/2026-12-10-x.md Lab" in out
    assert "10 december 2026, 14:00 begint events/2026-12-10-x.md Lab" in out
    assert "Ver weg" not in out


def test_list_shows_a_cancelled_event_as_cancelled_without_its_registration_closing(project: Project, capsys):
    project.event(
        "2026-12-10-x",
        title="Lab",
        status="cancelled",
        status_reason="Te weinig aanmeldingen.",
        updated="2026-11-20 10:00",
        registration={"url": "https://example.org/a", "deadline": "2026-12-01"},
    )
    project.event(
        "2026-12-11-y", title="Later", status="postponed", updated="2026-11-20 10:00", start="2026-12-11 14:00"
    )
    _, out, _ = run(project, capsys)
    out = "\n".join(squeezed(out))
    assert "aanmelding sluit" not in out and "afgelopen" not in out
    assert "10 december 2026, 14:00 zou beginnen events/2026-12-10-x.md Lab (gaat niet door)" in out
    assert "11 december 2026, 14:00 zou beginnen events/2026-12-11-y.md Later (uitgesteld)" in out


def test_the_agenda_changes_are_in_time_order_across_events_with_their_end(project: Project, capsys):
    project.event("2026-12-10-lab", title="Lab", start="2026-12-10 14:00", end="2026-12-10 17:00")
    project.event("2026-12-05-dag", title="Studiedag", start="2026-12-05")  # all day: it has no end to announce
    project.event("2026-11-25-avond", title="Avond", start="2026-11-25 19:30", end="2026-11-25 21:30")
    _, out, _ = run(project, capsys)
    lines = squeezed(out)
    changes = lines[lines.index("Activiteiten die de komende 4 weken veranderen:") + 1 :]
    assert changes == [
        "25 november 2026, 19:30 begint events/2026-11-25-avond.md Avond",
        "25 november 2026, 21:30 afgelopen events/2026-11-25-avond.md Avond",
        "5 december 2026 begint events/2026-12-05-dag.md Studiedag",
        "10 december 2026, 14:00 begint events/2026-12-10-lab.md Lab",
        "10 december 2026, 17:00 afgelopen events/2026-12-10-lab.md Lab",
    ]


def test_fewer_weeks_see_less_of_the_agenda_and_say_how_many(project: Project, capsys):
    project.event("2026-12-10-lab", title="Lab", start="2026-12-10 14:00", end="2026-12-10 17:00")
    _, out, _ = run(project, capsys, "--weeks", "2")
    assert out.splitlines()[-2:] == ["Activiteiten die de komende 2 weken veranderen:", "  geen"]


def test_what_is_past_is_not_listed_and_a_draft_event_is_only_a_draft(project: Project, capsys):
    project.event(
        "2026-12-10-lab",
        title="Lab",
        registration={"url": "https://example.org/a", "deadline": "2026-11-20"},  # already closed
    )
    project.event("2026-11-01-voorbij", title="Voorbij", start="2026-11-01 14:00", end="2026-11-01 17:00")
    project.event("2026-12-01-concept", title="Conceptavond", start="2026-12-01 19:30", draft=True)
    _, out, _ = run(project, capsys)
    lines = squeezed(out)
    assert lines[:3] == [
        "Concepten (alleen in de preview):",
        "events/2026-12-01-concept.md Conceptavond",
        "Gepland (verschijnt vanzelf bij de eerste build op of na de datum):",
    ]
    changes = lines[lines.index("Activiteiten die de komende 4 weken veranderen:") + 1 :]
    assert changes == [
        "10 december 2026, 14:00 begint events/2026-12-10-lab.md Lab",
        "10 december 2026, 17:00 afgelopen events/2026-12-10-lab.md Lab",
    ]


def test_scheduled_columns_are_listed_soonest_first(project: Project, capsys):
    project.column("2026-12-20-kerst", title="Kerststuk", date="2026-12-20")
    project.column("2026-11-30-maandag", title="Maandagstuk", date="2026-11-30 08:00")
    project.column("2026-11-01-oud", title="Al verschenen", date="2026-11-01")
    _, out, _ = run(project, capsys)
    lines = squeezed(out)
    start = lines.index("Gepland (verschijnt vanzelf bij de eerste build op of na de datum):") + 1
    assert lines[start : start + 3] == [
        "30 november 2026, 08:00 columns/2026-11-30-maandag.md Maandagstuk",
        "20 december 2026 columns/2026-12-20-kerst.md Kerststuk",
        "Activiteiten die de komende 4 weken veranderen:",
    ]

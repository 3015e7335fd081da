"""The editor's workflow: scaffold, check, build; every common mistake gets a message that teaches."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from mkdocs.livereload import LiveReloadServer
from PIL import Image

from association.commands import main
from support.sites import Project

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def planned(project: Project, **kwargs) -> dict[str, str]:
    """The pages the build would make, URL to title (``Project.plan``: validated and planned,
    not rendered; the build tests render every kind of page)."""
    return {p.url: p.title for p in project.plan(**kwargs).plan.pages}


def run(project: Project, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    project.write("mkdocs.yml", project.config_text("site"))
    code = main(["-f", str(project.root / "mkdocs.yml"), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(NOW.timestamp())))


def test_new_column_scaffold_passes_check_and_appears_in_the_build(project: Project, capsys):
    code, out, _ = run(
        project, "new", "column", "Wat een jaar!", "--author", "greet-bouman", "--category", "Nieuws", capsys=capsys
    )
    assert code == 0 and out.strip() == "columns/2026-11-23-wat-een-jaar.md"
    text = (project.root / "columns/2026-11-23-wat-een-jaar.md").read_text()
    for field in (
        "title:",
        "date: 2026-11-23",
        "author: greet-bouman",
        'category: "Nieuws"',
        "tags:",
        "summary:",
        "image:",
        "image_alt:",
        "draft: false",
    ):
        assert field in text
    assert run(project, "check", capsys=capsys)[0] == 0
    assert planned(project, now=NOW)["columns/2026/wat-een-jaar/"] == "Wat een jaar!"


def test_new_event_scaffold_has_a_stable_uid_passes_check_and_appears_in_the_agenda(project: Project, capsys):
    code, out, _ = run(
        project,
        "new",
        "event",
        "Bijeenkomst 2027",
        "--start",
        "2027-03-12 14:00",
        "--end",
        "2027-03-12 17:00",
        "--category",
        "Bijeenkomst",
        "--location",
        "Amersfoort",
        capsys=capsys,
    )
    assert code == 0 and out.strip() == "events/2027-03-12-bijeenkomst-2027.md"
    text = (project.root / out.strip()).read_text()
    assert "uid: 2027-03-12-bijeenkomst-2027@example.nl" in text and "status: scheduled" in text
    assert run(project, "check", capsys=capsys)[0] == 0
    state = project.plan(now=NOW)
    page = next(p for p in state.plan.pages if p.url == "agenda/2027/bijeenkomst-2027/")
    assert page.title == "Bijeenkomst 2027" and page.event.location.city == "Amersfoort"
    upcoming = next(p for p in state.plan.pages if p.url == "agenda/")
    assert "Bijeenkomst 2027" in {o.event.title for g in upcoming.view.agenda_groups for o in g.occurrences}


def test_new_never_overwrites_an_existing_file(project: Project, capsys):
    run(project, "new", "column", "Dubbel", capsys=capsys)
    code, _, err = run(project, "new", "column", "Dubbel", capsys=capsys)
    assert code == 2 and "bestaat al" in err


def test_new_with_an_unknown_author_names_the_known_ones(project: Project, capsys):
    code, _, err = run(project, "new", "column", "X", "--author", "piet", capsys=capsys)
    assert code == 2 and "greet-bouman, sofie-vriends" in err


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "---\ntitle: X\ndate: 2026-01-01\n\tauthor: sofie-vriends\n---\n",
            "columns/2026-01-01-x.md:4: verwacht spaties voor het inspringen, gevonden een tab",
        ),
        (
            "---\ntitle: X\ndate: 2026-01-01\nauthor: sofie-vriends\ncategory: Column\n\nTekst zonder einde.\n",
            "columns/2026-01-01-x.md:1: verwacht een tweede regel '---'",
        ),
        (
            "---\ntitle: Besturen: hoe dan\ndate: 2026-01-01\nauthor: sofie-vriends\ncategory: Column\n---\n",
            'Zet de waarde tussen aanhalingstekens, bijvoorbeeld title: "Besturen: hoe dan?"',
        ),
    ],
)
def test_yaml_mistakes_get_a_message_that_says_how_to_fix_them(project: Project, capsys, text, expected):
    project.write("columns/2026-01-01-x.md", text)
    code, out, _ = run(project, "check", capsys=capsys)
    assert code == 1 and expected in out


def test_image_without_alt_text_is_explained(project: Project, capsys):
    project.write("columns/2026-01-01-x/foto.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
    project.column("2026-01-01-x/", date="2026-01-01", image="foto.svg")
    code, out, _ = run(project, "check", capsys=capsys)
    assert code == 1 and "image_alt: verwacht een korte beschrijving van de afbeelding" in out


def test_file_name_date_that_differs_from_the_date_is_a_warning_not_an_error(project: Project, capsys):
    project.column("2026-01-01-x", date="2026-02-01")
    code, out, _ = run(project, "check", capsys=capsys)
    assert code == 0
    assert (
        "columns/2026-01-01-x.md:3: let op: date: de datum in de bestandsnaam (1 januari 2026) verschilt van date (1 februari 2026); klopt de bestandsnaam nog?"
        in out
    )
    assert "columns/2026/x/" in planned(project, now=NOW)  # a strict build still goes on


def test_bom_and_windows_line_endings_are_accepted(project: Project, capsys):
    text = "---\r\ntitle: Met BOM\r\ndate: 2026-01-01\r\nauthor: sofie-vriends\r\ncategory: Column\r\n---\r\nTekst.\r\n"
    project.write("columns/2026-01-01-bom.md", "\ufeff".encode() + text.encode())
    assert run(project, "check", capsys=capsys)[0] == 0
    assert planned(project, now=NOW)["columns/2026/bom/"] == "Met BOM"


def test_every_option_of_every_command_has_help(capsys):
    from association.commands import parser as _parser

    def walk(parser):
        for action in parser._actions:
            if action.dest != "help" and action.help is None and not action.choices:
                yield f"{parser.prog}: {action.dest}"
            for sub in (action.choices or {}).values() if isinstance(action.choices, dict) else ():
                yield from walk(sub)

    assert list(walk(_parser())) == []


def test_new_column_with_map_makes_a_folder_with_an_attachments_example_and_says_what_next(project: Project, capsys):
    code, out, err = run(project, "new", "column", "Met bijlagen", "--date", "2026-01-05", "--map", capsys=capsys)
    assert code == 0 and out.strip() == "columns/2026-01-05-met-bijlagen/index.md"
    text = project.read_source("columns/2026-01-05-met-bijlagen/index.md")
    assert "attachments: []" in text and "#     - file: verslag.pdf" in text
    assert "Zet foto's en PDF's in columns/2026-01-05-met-bijlagen/." in err and "make serve" in err
    assert "columns/2026/met-bijlagen/" in planned(project)


def test_new_event_asks_for_the_category_and_puts_a_place_in_city(project: Project, capsys):
    code, _, err = run(project, "new", "event", "Avond", "--start", "2027-03-12 19:30", capsys=capsys)
    assert code == 2 and "Geef --category met een van: Bijeenkomst, Workshop, Webinar, Lezing, Werkbezoek" in err
    code, out, _ = run(
        project,
        "new",
        "event",
        "Avond",
        "--start",
        "2027-03-12 19:30",
        "--category",
        "Lezing",
        "--location",
        "Utrecht",
        "--venue",
        "Zaal 1",
        capsys=capsys,
    )
    text = project.read_source(out.strip())
    assert code == 0 and 'city: "Utrecht"' in text and 'venue: "Zaal 1"' in text


def test_python_dash_m_association_is_the_same_command(project: Project):
    project.write("mkdocs.yml", project.config_text("site"))
    result = subprocess.run(
        [sys.executable, "-m", "association", "-f", "mkdocs.yml", "check"],
        cwd=project.root,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and "In orde" in result.stderr


def test_serve_watches_columns_events_authors_and_overrides(project: Project, tmp_path: Path):
    from mkdocs.config import load_config

    project.write("overrides/main.html", '{% extends "base.html" %}')
    project.write("events/.keep", "")
    project.extra_config = {"theme": {"name": "material", "language": "nl", "font": False, "custom_dir": "overrides"}}
    project.write("mkdocs.yml", project.config_text("site"))
    config = load_config(str(project.root / "mkdocs.yml"))
    config.plugins.on_startup(command="serve", dirty=False)
    config = config.plugins.on_config(config)
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    try:
        config.plugins.on_serve(server, config=config, builder=lambda: None)
        watched = {Path(p).resolve() for p in server._watched_paths}
    finally:
        server.server_close()
    for folder in ("columns", "events", "columns/authors.yml", "overrides"):
        assert (project.root / folder).resolve() in watched, folder


def test_an_image_without_alt_text_and_a_hash_heading_are_warnings_with_their_line(project: Project, capsys):
    picture = io.BytesIO()
    Image.new("RGB", (8, 4)).save(picture, "PNG")  # a real one: the build reads every image it resizes
    project.write("columns/2026-01-01-a/wijk.png", picture.getvalue())
    project.column(
        "2026-01-01-a/",
        date="2026-01-01",
        body="# Mijn titel\n\nTekst.\n\n![](wijk.png)\n\n```\n# geen kop\n![](code.png)\n```",
    )
    code, out, _ = run(project, "check", capsys=capsys)
    assert code == 0
    assert out.splitlines() == [
        "columns/2026-01-01-a/index.md:8: let op: de kop '# Mijn titel' is een tweede titel: de titel staat al in de kop van "
        "het bestand. Maak er een tussenkop van met ## ",
        "columns/2026-01-01-a/index.md:12: let op: de afbeelding wijk.png heeft geen beschrijving (alt-tekst); schrijf "
        "tussen de haken wat erop staat: ![Leden in gesprek](wijk.png)",
    ]
    project.build()  # warnings do not stop the build


def test_an_event_body_gets_the_same_warnings(project: Project, capsys):
    project.event("2026-12-10-x", body="# Programma\n\nTekst.")
    code, out, _ = run(project, "check", capsys=capsys)
    assert code == 0 and "events/2026-12-10-x.md:" in out and "'# Programma' is een tweede titel" in out

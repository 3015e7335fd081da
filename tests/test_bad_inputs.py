"""Every case in tests/bad_inputs/ through a real build: a clear error, or correct output.

An error must name the file, the line where there is one, the field and what was expected,
and stop the build without a traceback. Legitimate input (BOM, CRLF, emoji, markup in a
title, commas and semicolons in event text) must come out right and escaped in HTML,
feeds, iCalendar and JSON-LD.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import icalendar
import pytest
import yaml
from mkdocs.exceptions import PluginError

from association.adapter import sitecheck
from association.content.errors import ContentErrors
from support.sites import BuildFailed, Project, count_build, shared_project

CASES_DIR = Path(__file__).parent / "bad_inputs"
CASES = yaml.safe_load((CASES_DIR / "cases.yml").read_text(encoding="utf-8"))
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def install(project: Project, name: str, *, own_slug: bool = False) -> None:
    """``own_slug``: the case's files under its own name instead of ``geval``, so that all
    legitimate cases fit in one site (``legitimate``)."""
    for source, target in CASES[name]["files"].items():
        destination = project.root / (target.replace("-geval", f"-{name}") if own_slug else target)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(CASES_DIR / source, destination)


def test_the_corpus_has_at_least_thirty_cases():
    assert len(CASES) + 1 >= 30  # +1: the 5 MB file made below


@pytest.mark.parametrize(
    "name", sorted(n for n, c in CASES.items() if c["expect"] == "error" and c.get("through") != "check")
)
def test_broken_input_stops_the_build_with_a_clear_error(project: Project, name: str):
    install(project, name)
    with pytest.raises(BuildFailed) as info:
        project.plan(now=NOW)
    assert_clear_report(name, info.value.messages)


@pytest.mark.parametrize("name", sorted(n for n, c in CASES.items() if c.get("through") == "check"))
def test_hostile_input_is_refused_before_rendering(project: Project, name: str):
    """The same report as a build's, from MkDocs' steps up to on_files and every page's links
    (``association check``): what a build would stop on before it renders a page."""
    install(project, name)
    config_file = project.write("mkdocs.yml", project.config_text("site"))
    try:
        problems = sitecheck.problems(str(config_file))
    except PluginError as exc:
        report = str(exc)
    else:
        assert problems, "no problem found"
        report = ContentErrors(problems).report()
    assert_clear_report(name, report)


def assert_clear_report(name: str, report: str) -> None:
    assert "fout" in report and "Traceback" not in report
    for part in CASES[name]["messages"]:
        assert part in report, f"{part!r} not in:\n{report}"
    # Every reported line names a file (and the build says how many problems there were).
    problems = [line.strip() for line in report.splitlines() if line.startswith("  ")]
    assert problems and all(re.match(r"^(columns|events)/\S+:", p) for p in problems), problems
    assert [p for p in problems if NOT_FOR_EDITORS.search(p)] == []


NOT_FOR_EDITORS = re.compile(
    r"\b(?:expected|found|not allowed|mapping|scalar|token|unpack|invalid literal|object|NoneType|Traceback|"
    r"(?-i:\w+Error)|could not|while (?:parsing|scanning)|must be|out of range|front matter|YAML)\b"
    r"|\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}",  # a timestamp as Python prints it
    re.IGNORECASE,
)
"""A parser's or Python's words, or "front matter" where editors say *kop*: never in a message.
(Python's exceptions are named in CamelCase: the attribute ``onerror=`` is the editor's own word.)"""


def test_a_5_mb_file_is_refused_with_a_clear_error(project: Project):
    project.column("2026-01-05-groot", date="2026-01-05", body="Lange tekst. " * 400_000)
    assert (project.root / "columns/2026-01-05-groot.md").stat().st_size > 5_000_000
    with pytest.raises(BuildFailed) as info:
        project.plan(now=NOW)
    assert (
        "columns/2026-01-05-groot.md: verwacht een tekstbestand van hoogstens 1 MB, gevonden 5.2 MB"
        in info.value.messages
    )


def test_mkdocs_build_exits_nonzero_without_a_traceback_for_broken_input(project: Project):
    """The command itself, end to end: exit status, the Dutch messages and their hints."""
    install(project, "impossible-date")
    project.column("2026-01-01-fout", date="22-11-2026")
    project.write("mkdocs.yml", project.config_text("site"))
    count_build()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=project.root,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 1
    assert "columns/2026-02-28-geval.md:3: date: verwacht een datum die bestaat" in result.stderr
    assert "columns/2026-01-01-fout.md:3: date: verwacht een datum" in result.stderr
    assert "Schrijf eerst het jaar: 2026-11-22" in result.stderr
    assert "Traceback" not in result.stderr


def site_texts(site: Path, *suffixes: str) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text("utf-8") for p in site.rglob("*") if p.suffix in suffixes}


OK_CASES = sorted(n for n, c in CASES.items() if c["expect"] == "ok")


@pytest.fixture(scope="module")
def legitimate(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """Every legitimate odd input of the corpus, each under its own name, in one build."""

    def write(project: Project) -> None:
        for name in OK_CASES:
            install(project, name, own_slug=True)

    return shared_project(tmp_path_factory, "legitimate-inputs", write, now=NOW)


def entry(project: Project, feed: str, slug: str):
    return next(e for e in feedparser.parse(project.read(feed)).entries if e.link.endswith(f"/{slug}/"))


@pytest.mark.parametrize(
    "name, title", [("bom", "Met BOM"), ("crlf", "Met Windows-regeleinden"), ("emoji", "Samen sterk 💪🏽 in de wijk 🏘️")]
)
def test_legitimate_odd_input_builds_correctly(legitimate: Project, name: str, title: str):
    assert f'<h1 id="av-column-title">{title}</h1>' in legitimate.read(f"columns/2026/{name}/index.html")
    assert entry(legitimate, "feed.xml", name).title == title


def test_a_300_character_title_appears_whole_in_page_feed_and_search(legitimate: Project):
    name = "title-300-characters"
    title = ("Lange titel " * 25)[:300].strip()
    assert title in legitimate.read(f"columns/2026/{name}/index.html")
    assert entry(legitimate, "feed.xml", name).title == title
    assert any(d["title"] == title for d in json.loads(legitimate.read("search/search_index.json"))["docs"])


def test_markup_in_a_title_is_text_everywhere_it_lands(legitimate: Project):
    name = "html-and-script-in-title"
    title = "<script>alert(1)</script> & <b>vet</b>"
    for path, text in site_texts(legitimate.root / "site", ".html", ".xml").items():
        assert "<script>alert(" not in text and "<b>vet</b>" not in text and "<i>schuin</i>" not in text, path
    page = legitimate.read(f"columns/2026/{name}/index.html")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;vet&lt;/b&gt;" in page
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1))
    assert data["headline"] == title
    for feed in ("feed.xml", "atom.xml"):
        found = entry(legitimate, feed, name)
        assert found.title == title and "alert(2)" in found.summary


def test_commas_semicolons_and_newlines_in_event_text_are_escaped_in_ics_and_json_ld(legitimate: Project):
    name = "commas-semicolons-newlines-in-event"
    raw = (legitimate.root / f"site/agenda/2026/{name}/{name}.ics").read_bytes()
    assert b"LOCATION:Zaal A\\, B\\; C\\, Utrecht\r\n" in raw
    event = next(iter(icalendar.Calendar.from_ical(raw).walk("VEVENT")))
    assert event["LOCATION"] == "Zaal A, B; C, Utrecht"
    assert "Eerste regel; met, tekens Tweede regel \\ backslash" in event["DESCRIPTION"]
    page = legitimate.read(f"agenda/2026/{name}/index.html")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1))
    assert (
        data["location"]["name"] == "Zaal A, B; C"
        and data["description"] == "Eerste regel; met, tekens Tweede regel \\ backslash"
    )


def test_a_cancelled_event_with_punctuation_in_its_reason(legitimate: Project):
    name = "event-cancelled-with-reason"
    calendar = icalendar.Calendar.from_ical((legitimate.root / "site/agenda.ics").read_bytes())
    event = next(e for e in calendar.walk("VEVENT") if str(e["URL"]).endswith(f"/{name}/"))
    assert event["STATUS"] == "CANCELLED" and event["SUMMARY"] == "Geannuleerd: Activiteit"
    assert "Ziek; excuses, en tot ziens" in event["DESCRIPTION"]
    assert "<strong>Gaat niet door.</strong> Ziek; excuses, en tot ziens" in legitimate.read(
        f"agenda/2026/{name}/index.html"
    )

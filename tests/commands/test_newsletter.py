"""The newsletter made from the demo site: golden HTML and text, valid HTML, a multipart
message that Python's email package reads, and no relative URL anywhere."""

from __future__ import annotations

import email
import email.policy
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from association.commands import main
from support.sites import DEMO, REAL_NOW, ROOT

GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
"""`make golden` sets it: the golden files are written anew, and the diff is for review."""


@pytest.fixture(scope="module")
def issue(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str | bytes]:
    """The demo's newsletter since 1 November 2026, the next 8 weeks, as the guide makes it."""
    site = tmp_path_factory.mktemp("demo-newsletter") / "demo"
    shutil.copytree(DEMO, site, ignore=shutil.ignore_patterns("site"))
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", str(int(REAL_NOW.timestamp())))
    try:
        code = main(
            [
                "-f",
                str(site / "mkdocs.yml"),
                "nieuwsbrief",
                "--sinds",
                "2026-11-01",
                "--weken",
                "8",
                "--eml",
                "--van",
                "Voorbeeldvereniging <info@example.org>",
            ]
        )
    finally:
        mp.undo()
    assert code == 0
    folder = site / "nieuwsbrieven" / "2026-01"
    files: dict[str, str | bytes] = {
        p.suffix: (p.read_bytes() if p.suffix == ".eml" else p.read_text("utf-8")) for p in folder.iterdir()
    }
    files["state"] = (site / "nieuwsbrief.yml").read_text("utf-8")
    return files


@pytest.mark.parametrize("suffix", [".html", ".txt", ".md"])
def test_the_issue_matches_its_golden_file(issue, suffix: str):
    golden = GOLDEN / f"nieuwsbrief-demo{suffix}"
    if UPDATE:
        golden.write_text(issue[suffix], encoding="utf-8")
    assert issue[suffix] == golden.read_text("utf-8"), (
        f"regenerate with `make golden` and review the diff of {golden.name}"
    )


def test_it_holds_the_new_column_the_coming_activities_and_the_changes(issue):
    text = issue[".txt"]
    assert text.startswith("Nieuwsbrief Voorbeeldvereniging: De kring van stoelen\n")
    assert "Gaat niet door: Workshop: subsidies aanvragen" in text and "Verplaatst: Webinarreeks" in text
    assert "Uitgesteld: Workshop: toezicht in de buurt" in text
    assert "Ledenavond winter 2026" in text and "Jaarlezing 2027" not in text  # June is past the 8 weeks
    assert "Concept voor het jaarplan" not in text and "Terugblik op het jaar" not in text  # draft, scheduled
    assert "nummer: 1" in issue["state"] and "datum: '2026-11-23'" in issue["state"]


def test_every_link_and_image_is_absolute_and_every_image_has_size_and_alt(issue):
    html = issue[".html"]
    urls = re.findall(r'(?:href|src)="([^"]*)"', html)
    assert urls and all(u.startswith("https://www.example.org/") for u in urls), [
        u for u in urls if not u.startswith("https://")
    ]
    images = re.findall(r"<img [^>]*>", html)
    assert len(images) == 3 and all(re.search(r'width="\d+" height="\d+" alt="[^"]+"', i) for i in images)
    # The site's copy in the original format (the build makes it under this name), not the original.
    assert re.search(
        r'src="https://www.example.org/columns/2026/de-kring-van-stoelen/kring-600w-\w{10}\.png" width="560" height="280"',
        html,
    )
    assert re.search(
        r'src="https://www.example.org/assets/beelden/heuvels-in-de-avond-1440w-\w{10}\.jpg" width="560" height="373"',
        html,
    )
    assert all(re.match(r"https://", u) for u in re.findall(r"\((https?://[^)]*)\)", issue[".md"]))
    assert "](/" not in issue[".md"] and "](." not in issue[".md"]


def test_the_html_is_mail_shaped_tables_inline_styles_and_dark_mode(issue):
    html = issue[".html"]
    assert html.count('<table role="presentation"') >= 2 and '<div class="md-' not in html
    assert '<meta name="color-scheme" content="light dark">' in html and "@media (prefers-color-scheme: dark)" in html
    assert 'style="display:none;max-height:0;overflow:hidden;">1 nieuw stuk' in html  # the preheader
    assert "<link" not in html and "<script" not in html


def test_the_html_passes_the_nu_checker(issue, tmp_path: Path):
    java = shutil.which("java")
    assert java, "the Nu HTML Checker needs Java"
    page = tmp_path / "nieuwsbrief.html"
    page.write_text(issue[".html"], encoding="utf-8")
    vnu = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
    result = subprocess.run(
        [java, "-jar", str(vnu), "--format", "json", str(page)], capture_output=True, text=True, timeout=120
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    assert [m["message"] for m in messages] == []


def test_pythons_email_package_reads_the_multipart_message(issue):
    message = email.message_from_bytes(issue[".eml"], policy=email.policy.default)
    assert message["Subject"] == "Nieuwsbrief Voorbeeldvereniging: De kring van stoelen"
    assert (
        message["From"] == "Voorbeeldvereniging <info@example.org>"
        and message.get_content_type() == "multipart/alternative"
    )
    parts = {part.get_content_type(): part.get_content() for part in message.iter_parts()}
    assert list(parts) == ["text/plain", "text/html"]
    assert parts["text/plain"] == issue[".txt"] and parts["text/html"] == issue[".html"]


def test_the_first_issue_needs_a_start_date_and_the_next_continues_from_the_last(tmp_path: Path, capsys):
    site = tmp_path / "demo"
    shutil.copytree(DEMO, site, ignore=shutil.ignore_patterns("site"))
    assert main(["-f", str(site / "mkdocs.yml"), "nieuwsbrief"]) == 2
    assert "geef met --sinds aan vanaf welke datum" in capsys.readouterr().err
    (site / "nieuwsbrief.yml").write_text("vorige: {nummer: 4, jaar: 2026, datum: 2026-11-10}\n")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(REAL_NOW.timestamp()))
    try:
        assert main(["-f", str(site / "mkdocs.yml"), "nieuwsbrief", "--proef"]) == 0
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]
    out = capsys.readouterr()
    assert "nieuwsbrieven/2026-05/nieuwsbrief-2026-05.html" in out.out
    assert "De kring van stoelen" in (site / "nieuwsbrieven/2026-05/nieuwsbrief-2026-05.txt").read_text()
    assert "nummer: 4" in (site / "nieuwsbrief.yml").read_text()  # a trial run remembers nothing

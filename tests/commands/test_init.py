"""`association init`: a new association's site that builds, checks and publishes as it
comes, whatever its name, and never over anything that was there."""

from __future__ import annotations

import argparse
import os
import stat
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest
import yaml
from lxml import etree, html

from association import starter
from association.commands import init
from association.linkcheck import broken_links
from support.sites import ROOT, build_site
from support.starter import ENGINE, HOSTILE_BUT_ALLOWED, front_matter, options
from test_publishing import actionlint, schema_check

FILES = {
    ".ci/run",
    ".github/dependabot.yml",
    ".github/workflows/check.yml",
    ".github/workflows/site.yml",
    ".gitignore",
    ".gitlab-ci.yml",
    "Makefile",
    "README.md",
    "columns/authors.yml",
    "constraints.txt",
    "docs/assets/logo.svg",
    "docs/assets/stylesheets/site.css",
    "docs/index.md",
    "docs/over.md",
    "docs/privacy.md",
    "events/.gitkeep",
    "gepubliceerd.yml",
    "mkdocs.yml",
}


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    init.add(parser.add_subparsers(dest="command"))
    return parser.parse_args(["init", *argv])


def test_a_new_site_has_every_file_and_builds_strictly_with_a_name_full_of_punctuation(tmp_path: Path):
    site = tmp_path / "nieuw"
    written = starter.init_site(site, options(name=HOSTILE_BUT_ALLOWED, site_url="https://www.wonen-werken.example/"))
    assert {p.relative_to(site).as_posix() for p in written} == FILES
    config = yaml.safe_load((site / "mkdocs.yml").read_text("utf-8"))
    assert config["site_name"] == HOSTILE_BUT_ALLOWED and config["site_url"] == "https://www.wonen-werken.example/"
    association = config["plugins"][1]["association"]
    assert association["uid_domain"] == "wonen-werken.example"
    assert association["column_categories"] == ["Column", "Nieuws", "Artikel"]
    assert front_matter((site / "docs/index.md").read_text("utf-8"))["description"] == (
        f"De website van {HOSTILE_BUT_ALLOWED}."
    )
    assert os.stat(site / ".ci/run").st_mode & stat.S_IXUSR
    assert (site / ".ci/run").read_text("utf-8").splitlines()[-1] == "make test"
    assert etree.fromstring((site / "docs/assets/logo.svg").read_bytes()).get("aria-label") == HOSTILE_BUT_ALLOWED

    out = build_site(site / "mkdocs.yml", tmp_path / "site")

    home = html.fromstring((out / "index.html").read_text("utf-8"))
    assert home.findtext(".//title") == HOSTILE_BUT_ALLOWED
    assert "".join(home.xpath("//article//h1/text()")).strip() == HOSTILE_BUT_ALLOWED
    assert home.xpath("string(//*[contains(@class, 'md-header__topic')][1])").strip() == HOSTILE_BUT_ALLOWED
    assert "Nog in te vullen" in home.text_content()
    for page in ("over/index.html", "privacy/index.html", "columns/index.html", "agenda/index.html"):
        assert (out / page).is_file(), page
    calendar = icalendar.Calendar.from_ical((out / "agenda.ics").read_bytes())
    assert calendar.walk("VEVENT") == [] and str(calendar["X-WR-CALNAME"]) == f"{HOSTILE_BUT_ALLOWED} agenda"
    assert broken_links(out) == []
    checked = subprocess.run(
        [str(Path(sys.executable).with_name("association")), "check"],
        cwd=site,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "0 columns, 0 activiteiten" in checked.stderr


@pytest.mark.skipif(
    os.environ.get("ASSOCIATION_PLATFORM") == "properdocs", reason="the new site runs its own MkDocs, in its own .venv"
)
def test_make_site_and_make_test_pass_in_a_new_site_with_its_own_venv(tmp_path: Path):
    """What a new association does on a fresh machine; only the engine comes from this checkout."""
    site = tmp_path / "vereniging"
    starter.init_site(site, options())
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHONPATH"))},
        "ENGINE": str(ROOT),
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PIP_NO_INPUT": "1",
        "MAKEFLAGS": "",
    }
    env["PATH"] = os.pathsep.join(p for p in env["PATH"].split(os.pathsep) if ".venv" not in p)
    for target in ("site", "test"):
        result = subprocess.run(
            ["make", target], cwd=site, env=env, capture_output=True, text=True, timeout=300, check=False
        )
        assert result.returncode == 0, f"make {target}:\n{result.stdout}\n{result.stderr}"
    assert "Alle links werken." in result.stderr
    assert "Nog in te vullen: docs/index.md" in result.stdout
    assert (site / "site/index.html").is_file()
    again = subprocess.run(["make", "site"], cwd=site, env=env, capture_output=True, text=True, check=False)
    assert again.returncode == 0 and "pip install" not in again.stdout  # the same ENGINE: nothing reinstalled
    other = "ENGINE=association @ git+https://example.org/e.git@v2"
    subprocess.run(["make", ".venv/.engine", other], cwd=site, env=env, capture_output=True, check=True)
    assert subprocess.run(["make", "-q", ".venv/.installed", other], cwd=site, env=env, check=False).returncode == 1
    # The installed (not editable) engine carries its templates as package data.
    planned = subprocess.run(
        [
            str(site / ".venv/bin/python"),
            "-c",
            "from association import starter; print(len(starter.plan(starter.StarterOptions('A', 'https://a.example/', 'association'))))",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert planned.stdout.strip() == str(len(FILES)), planned.stderr


def test_the_new_sites_ci_files_pass_actionlint_and_the_forges_schemas(tmp_path: Path):
    starter.init_site(tmp_path, options())
    workflows = sorted((tmp_path / ".github/workflows").glob("*.yml"))
    assert actionlint(*workflows) == []
    for schema, files in (
        ("vendor.github-workflows", workflows),
        ("vendor.gitlab-ci", [tmp_path / ".gitlab-ci.yml"]),
        ("vendor.dependabot", [tmp_path / ".github/dependabot.yml"]),
    ):
        result = schema_check(schema, *files)
        assert result.returncode == 0, result.stdout + result.stderr


def test_the_new_site_pins_the_same_libraries_as_this_engine():
    assert starter.plan(options())["constraints.txt"] == (ROOT / "constraints.txt").read_text("utf-8")


def test_the_engine_line_of_the_makefile_is_the_given_pin_and_the_readme_shows_it():
    files = starter.plan(options(engine="association @ git+https://example.org/a$b.git@v2"))
    assert "\nENGINE ?= association @ git+https://example.org/a$$b.git@v2\n" in files["Makefile"]
    assert "ENGINE ?= association @ git+https://example.org/a$$b.git@v2" in files["README.md"]


def test_a_folder_with_something_in_it_is_refused_and_left_as_it_was(tmp_path: Path):
    (tmp_path / "notities.txt").write_text("van mij", encoding="utf-8")
    with pytest.raises(starter.StarterError) as refused:
        starter.init_site(tmp_path, options())
    assert refused.value.problems == (
        f"{tmp_path}: verwacht een nieuwe of lege map, gevonden notities.txt; er wordt niets overschreven",
    )
    assert [p.name for p in tmp_path.iterdir()] == ["notities.txt"]


def test_an_empty_folder_or_one_with_only_git_is_used(tmp_path: Path):
    (tmp_path / ".git").mkdir()
    assert len(starter.init_site(tmp_path, options())) == len(FILES)


def test_the_command_says_what_is_wrong_in_dutch_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    target = tmp_path / "site"
    args = parse(
        str(target), "--name", 'De "Brug"', "--site-url", "geen adres", "--engine", ENGINE, "--color", "#ffcc00"
    )
    assert init.run(args, None, ask=None) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        'association init: --name: verwacht een naam zonder " (MkDocs zet de naam onbewerkt in elke pagina), '
        "gevonden 'De \"Brug\"'; gebruik „ ” of ‘ ’ als aanhalingstekens",
        "association init: --site-url: verwacht het adres van de site, zoals https://www.example.org/, gevonden 'https://geen adres/'",
        "association init: --color: verwacht een kleur waarop witte tekst leesbaar is (contrast met wit minstens 4,5:1), gevonden #ffcc00 met 1,5:1; kies een donkerder tint",
    ]
    assert not target.exists()


def test_the_command_makes_the_site_from_its_options_and_says_what_next(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    target = tmp_path / "site"
    args = parse(
        str(target),
        "--name=Kring Noord",
        "--site-url=kring-noord.example",
        "--color=#7a1f4f",
        "--column-categories=Blog, Nieuws",
        "--event-categories=Borrel",
        "--description=Een kring van buren.",
        f"--engine={ENGINE}",
    )
    assert init.run(args, None, ask=None) == 0
    out, err = capsys.readouterr()
    assert f"{target.as_posix()}/mkdocs.yml" in out.splitlines()
    assert "cd " in err and "make site && make test" in err
    config = yaml.safe_load((target / "mkdocs.yml").read_text("utf-8"))
    assert config["site_url"] == "https://kring-noord.example/" and config["site_description"] == "Een kring van buren."
    association = config["plugins"][1]["association"]
    assert association["column_categories"] == ["Blog", "Nieuws"] and association["event_categories"] == ["Borrel"]
    assert association["uid_domain"] == "kring-noord.example" and association["newsletter_color"] == "#7a1f4f"
    assert "--md-primary-fg-color: #7a1f4f;" in (target / "docs/assets/stylesheets/site.css").read_text("utf-8")


def test_missing_values_are_asked_for_at_a_terminal_with_the_defaults_offered(tmp_path: Path):
    questions: list[str] = []
    answers = iter(["Vereniging Zuid", "www.zuid.example", "", "Column", "", "Wij zijn Zuid."])

    def ask(question: str) -> str:
        questions.append(question)
        return next(answers)

    made = init.options_from(parse(str(tmp_path), "--engine", ENGINE), ask)
    assert made == starter.StarterOptions(
        name="Vereniging Zuid",
        site_url="https://www.zuid.example/",
        engine=ENGINE,
        description="Wij zijn Zuid.",
        column_categories=("Column",),
    )
    assert questions[2] == "Hoofdkleur [#1f4e79]: "
    assert questions[4] == "Soorten activiteiten [Bijeenkomst, Workshop, Webinar, Lezing, Werkbezoek]: "


def test_without_a_terminal_a_name_and_an_address_are_required():
    with pytest.raises(starter.StarterError) as refused:
        init.options_from(parse("map", "--engine", ENGINE), None)
    assert refused.value.problems == (
        "--name: verwacht een waarde, gevonden niets (geef de optie mee)",
        "--site-url: verwacht een waarde, gevonden niets (geef de optie mee)",
    )


def test_a_folder_that_cannot_be_made_is_a_dutch_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    (tmp_path / "bestand").write_text("", encoding="utf-8")
    target = tmp_path / "bestand" / "site"
    args = parse(str(target), "--name=Kring", "--site-url=kring.example", f"--engine={ENGINE}")
    assert init.run(args, None, ask=None) == 1
    assert capsys.readouterr().err.startswith(f"association init: {target}: kan de site niet schrijven (")

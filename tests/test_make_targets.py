"""The editor's make targets work as the guide writes them (make column TITEL="...")."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from support.sites import ROOT


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A copy of the real site's sources, with this checkout's .venv (nothing reinstalled)."""
    for name in ("Makefile", "mkdocs.yml", "pyproject.toml", "constraints.txt"):
        shutil.copy(ROOT / name, tmp_path / name)
        os.utime(tmp_path / name, (0, 0))  # older than .venv's install stamps
    for folder in ("docs", "columns", "events"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def make(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-s", f"VENV={ROOT / '.venv'}", *args],
        cwd=site,
        capture_output=True,
        text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1795435200"},
        check=False,
    )


def test_make_column_writes_a_column_that_passes_check(site: Path):
    result = make(site, "column", "TITEL=Proef")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "columns/2026-11-23-proef.md"
    assert "Bekijk het met make serve" in result.stderr
    assert make(site, "check").returncode == 0


def test_make_column_with_map_and_make_event_with_a_place(site: Path):
    assert make(site, "column", "TITEL=Met foto's", "MAP=1").stdout.strip() == "columns/2026-11-23-met-foto-s/index.md"
    result = make(
        site, "event", "TITEL=Proefactiviteit", "START=2027-03-18 13:30", "SOORT=Verdiwel College", "PLAATS=Utrecht"
    )
    assert result.returncode == 0, result.stderr
    assert 'city: "Utrecht"' in (site / result.stdout.strip()).read_text("utf-8")


def test_make_column_without_a_title_says_how(site: Path):
    result = make(site, "column")
    assert result.returncode == 2 and 'make column TITEL="Titel van de column"' in result.stderr

"""The demo site's feeds and calendars as golden files: a change to what feed readers and
calendar apps receive shows up as a reviewed diff (`make golden` writes them anew)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from support.sites import ROOT

GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
OUTPUTS = ["feed.xml", "atom.xml", "agenda.ics", "agenda/2027/webinarreeks-buurtwerk/webinarreeks-buurtwerk.ics"]


@pytest.mark.parametrize("output", OUTPUTS)
def test_the_demo_output_matches_its_golden_file(demo_site: Path, output: str):
    golden = GOLDEN / ("demo-" + output.replace("/", "-"))
    written = (demo_site / output).read_bytes()
    if UPDATE:
        golden.write_bytes(written)
    assert written == golden.read_bytes(), f"regenerate with `make golden` and review the diff of {golden.name}"

"""The plugin's per-stage timings: off unless asked for, one JSON line a build when asked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from association.adapter.speed.timing import Stopwatch


def test_a_stage_entered_twice_adds_up_and_counts_even_when_it_raises():
    watch = Stopwatch()
    with watch.stage("plan"):
        pass
    with pytest.raises(ValueError), watch.stage("plan"):
        raise ValueError
    assert list(watch.stages) == ["plan"] and watch.stages["plan"] >= 0


def test_timings_are_appended_as_one_json_line_only_when_a_file_is_named(tmp_path: Path, monkeypatch):
    watch = Stopwatch()
    with watch.stage("feeds"):
        pass
    monkeypatch.delenv("ASSOCIATION_TIMINGS", raising=False)
    watch.write()  # nowhere to write: nothing happens
    target = tmp_path / "timings.jsonl"
    monkeypatch.setenv("ASSOCIATION_TIMINGS", str(target))
    watch.write()
    watch.write()
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [list(json.loads(line)) for line in lines] == [["feeds"], ["feeds"]]

"""Every occurrence in a calendar file, as two independent parsers read it.

- ``icaljs``: ical.js under node (Thunderbird's parser), which takes each zone only from the
  file's own VTIMEZONE components;
- ``python``: icalendar for the properties, zoneinfo for the zone (the file's VTIMEZONE is
  not used) and recurring-ical-events to expand a series with its RDATEs and its
  overrides (RECURRENCE-ID).

Both give ``{uid: [(start, status), ...]}`` in time order, with ``start`` an ISO instant in
UTC ("...Z"), or a plain date for all-day events, so that a test can compare them whole.
"""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import recurring_ical_events

ROOT = Path(__file__).resolve().parents[2]
READER = Path(__file__).with_name("icaljs_read.mjs")
Occurrences = dict[str, list[tuple[str, str]]]


def icaljs(paths: list[Path]) -> dict[Path, Occurrences]:
    """Run ical.js over ``paths`` in one node process."""
    result = subprocess.run(
        ["node", str(READER), *map(str, paths)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"ical.js could not read a calendar:\n{result.stderr}"
    read = json.loads(result.stdout)
    out: dict[Path, Occurrences] = {}
    for path in paths:
        events: Occurrences = {}
        for event in read[str(path)]["events"]:
            events[event["uid"]] = sorted((_js_instant(o["start"]), o["status"] or "") for o in event["occurrences"])
        out[path] = events
    return out


def _js_instant(value: dict[str, str]) -> str:
    if "date" in value:
        return value["date"]
    if "utc" in value:
        return value["utc"]
    return "floating " + value["floating"]


def python(path: Path) -> Occurrences:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events: Occurrences = {}
    for component in recurring_ical_events.of(calendar).between(datetime(1990, 1, 1), datetime(2060, 1, 1)):
        start = component.decoded("DTSTART")
        events.setdefault(str(component["UID"]), []).append((_py_instant(start), str(component.get("STATUS", ""))))
    return {uid: sorted(starts) for uid, starts in events.items()}


def _py_instant(value: date) -> str:
    if isinstance(value, datetime):
        assert value.tzinfo is not None, f"floating time {value}"
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()

"""JSON-LD for events: one Event, or an EventSeries of at most fifty dates, with the image as
served; and inlined in a page, safe in a script element whatever a title holds."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from association.content.occurrences import expand
from association.render import jsonld
from association.render.jsonld import for_script
from support.made import event

SITE = "https://www.example.org/"
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def test_inlined_json_cannot_end_its_script_or_open_a_comment_and_reads_back_the_same():
    payload = {"name": '</script><!-- & "x" ü'}
    text = for_script(payload)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == payload


def test_an_event_names_its_image_as_served_and_the_original_only_without_copies():
    one = event(
        "2026-12-10-avond",
        start="2026-12-10 19:00",
        image="/assets/zaal.jpg",
        image_alt="De zaal",
        exists=lambda p: True,
    )
    served = (SITE + "agenda/2026/avond/zaal-1440w-abc.webp", SITE + "agenda/2026/avond/social-abc.png")
    data = json.loads(jsonld.script(expand(one, NOW), SITE, SITE, served))
    assert data["@type"] == "Event" and data["image"] == list(served)
    plain = json.loads(jsonld.script(expand(one, NOW), SITE, SITE))
    assert plain["image"] == [SITE + one.image]


def test_a_long_series_names_at_most_fifty_dates_and_carries_the_image_itself():
    daily = event(
        "2026-12-01-wandeling",
        start="2026-12-01 10:00",
        recurrence="FREQ=DAILY;COUNT=80",
        image="/assets/pad.jpg",
        image_alt="Het pad",
        exists=lambda p: True,
    )
    occurrences = expand(daily, NOW)
    assert len(occurrences) == 80
    data = json.loads(jsonld.script(occurrences, SITE, SITE, (SITE + "pad-960w.jpg",)))
    assert data["@type"] == "EventSeries" and len(data["subEvent"]) == jsonld.MAX_DATES == 50
    assert data["startDate"] == occurrences[0].start.isoformat()
    assert data["endDate"] == occurrences[49].start.isoformat()  # the last date it names
    assert data["image"] == [SITE + "pad-960w.jpg"] and data["subEvent"][0]["image"] == [SITE + "pad-960w.jpg"]

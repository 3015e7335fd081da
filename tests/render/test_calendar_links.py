"""Subscription links to a calendar: webcal, Google, Outlook and the file itself."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from association.render.calendar_links import subscribe


def test_subscribe_links_carry_the_calendars_address_each_as_its_service_wants_it():
    links = subscribe("https://www.example.org/agenda.ics", "Agenda & meer")
    assert links.webcal == "webcal://www.example.org/agenda.ics"
    assert links.download == "https://www.example.org/agenda.ics"
    assert parse_qs(urlsplit(links.google).query) == {"cid": ["webcal://www.example.org/agenda.ics"]}
    assert parse_qs(urlsplit(links.outlook).query) == {
        "url": ["https://www.example.org/agenda.ics"],
        "name": ["Agenda & meer"],
    }

"""The demo association: every feature shown once, on a site that is obviously fictional."""

from __future__ import annotations

import json
import re
from pathlib import Path

import icalendar

from support.sites import ROOT


def everything(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text("utf-8", "ignore") for p in site.rglob("*") if p.is_file()}


def test_the_demo_names_the_real_association_nowhere_and_neither_does_the_package(demo_site: Path):
    assert [name for name, text in everything(demo_site).items() if re.search("verdiwel", text, re.I)] == []
    package = ROOT / "scripts" / "association"
    assert [
        p.relative_to(ROOT).as_posix()
        for p in package.rglob("*")
        if p.is_file() and p.suffix != ".pyc" and re.search("verdiwel", p.read_text("utf-8", "ignore"), re.I)
    ] == []


def test_every_address_in_the_demo_is_on_example_org(demo_site: Path):
    hosts = set()
    for name, text in everything(demo_site).items():
        if name.endswith((".html", ".xml", ".ics")) and not name.startswith("assets/"):
            if name.endswith(".ics"):
                text = text.replace("\n ", "")  # a line folded at 75 octets is one line (read_text made \r\n \n)
            hosts.update(re.findall(r"mailto:[\w.-]+@([\w.-]+)", text))
            hosts.update(re.findall(r"https?://(?:www\.)?([\w.-]*example[\w.-]*)", text))
    assert hosts == {"example.org"}


def test_the_demo_agenda_calendar_holds_a_cancelled_and_a_recurring_event(demo_site: Path):
    calendar = icalendar.Calendar.from_ical((demo_site / "agenda.ics").read_bytes())
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT") if "RECURRENCE-ID" not in e}
    assert str(events["Geannuleerd: Workshop: subsidies aanvragen"]["STATUS"]) == "CANCELLED"
    assert events["Webinarreeks: buurtwerk in de praktijk"]["RRULE"]["COUNT"] == [6]
    assert str(events["Uitgesteld: Workshop: toezicht in de buurt"]["STATUS"]) == "TENTATIVE"
    overrides = [e for e in calendar.walk("VEVENT") if "RECURRENCE-ID" in e]
    assert {str(e["STATUS"]) for e in overrides} == {"CANCELLED", "CONFIRMED"} and len(overrides) == 3


def test_every_event_state_is_shown(demo_site: Path):
    def event(path: str) -> str:
        return (demo_site / "agenda" / path / "index.html").read_text("utf-8")

    assert "Er waren te weinig aanmeldingen" in event("2026/workshop-subsidies")
    assert "De workshop schuift door naar het najaar" in event("2027/workshop-toezicht")
    assert "Vol: aanmelden is niet meer mogelijk." in event("2027/werkbezoek-proefdorp")
    assert "De aanmeldtermijn is verlopen." in event("2026/ledenavond-winter-2026")
    assert "Donderdag 3 – vrijdag 4 december 2026" in event("2026/najaarsdagen-2026")
    hybrid = event("2027/lezing-2027")
    assert "Zaal Voorbeeld" in hybrid and "https://www.example.org/live/lezing-2027" in hybrid
    assert "https://www.example.org/webinars/buurtwerk" in event("2027/webinarreeks-buurtwerk")


def test_drafts_and_scheduled_items_stay_out(demo_site: Path):
    text = "".join(everything(demo_site).values())
    assert "Concept voor het jaarplan" not in text and "Terugblik op het jaar" not in text
    assert "Concept voor een bijeenkomst" not in text


def test_a_column_with_an_image_and_a_pdf_attachment_and_several_authors(demo_site: Path):
    html = (demo_site / "columns/2022/verslag-van-de-najaarsdagen/index.html").read_text("utf-8")
    assert 'src="schets.svg"' in html and "Programma van de najaarsdagen" in html and "PDF" in html
    authors = {p.parent.name for p in (demo_site / "columns/auteur").glob("*/index.html")}
    assert authors == {"anna-voorbeeld", "bram-proef", "redactie"}


def test_a_superseded_koers_points_to_its_successor(demo_site: Path):
    html = (demo_site / "koers/koers-2016-2020/index.html").read_text("utf-8")
    assert "Vervangen" in html and "koers-2021-en-verder" in html
    index = (demo_site / "koers/index.html").read_text("utf-8")
    assert index.index("Koers 2021 en verder") < index.index("Koers 2016–2020")


def test_demo_columns_carry_schema_org_article(demo_site: Path):
    html = (demo_site / "columns/2019/samen-doen-in-de-wijk/index.html").read_text("utf-8")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    assert data["@type"] == "Article" and data["datePublished"] == "2019-02-20T00:00:00+01:00"


EVENT_TYPES = {"Event", "EventSeries"}
"""schema.org's Event and the one subtype we write; Google's event rules hold for both."""


def _event_nodes(node: object) -> list[dict]:
    """Every Event-typed node in a JSON-LD document, nested ones (a series' subEvents) too."""
    found = []
    if isinstance(node, dict):
        if node.get("@type") in EVENT_TYPES:
            found.append(node)
        for value in node.values():
            found += _event_nodes(value)
    elif isinstance(node, list):
        for value in node:
            found += _event_nodes(value)
    return found


def test_every_event_typed_node_of_every_page_carries_what_search_engines_require(demo_site: Path, real_site: Path):
    """Google's event rules: name, startDate and location are required, and endDate,
    eventAttendanceMode and eventStatus expected, of anything typed as an Event; an
    EventSeries is one, so the series itself carries them besides its subEvents."""
    script = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
    checked, missing, series = 0, [], []
    for site in (demo_site, real_site):
        for page in site.rglob("*.html"):
            for text in script.findall(page.read_text("utf-8")):
                for node in _event_nodes(json.loads(text)):
                    checked += 1
                    keys = ("name", "startDate", "location", "eventAttendanceMode", "eventStatus")
                    needed = (*keys, "endDate") if node["@type"] == "EventSeries" else keys
                    missing += [f"{page.relative_to(site)} {node['@type']}: {k}" for k in needed if k not in node]
                    if node["@type"] == "EventSeries":
                        series.append(node)
    assert missing == [] and checked > 10
    [webinars] = series
    starts = [e["startDate"] for e in webinars["subEvent"]]
    assert webinars["startDate"] == starts[0] == min(starts) == "2027-01-14T16:00:00+01:00"
    assert webinars["endDate"] == webinars["subEvent"][-1]["endDate"] == "2027-07-08T17:00:00+02:00"
    assert webinars["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert webinars["location"] == {"@type": "VirtualLocation", "url": "https://www.example.org/webinars/buurtwerk"}


def test_no_page_fetches_a_script_before_its_first_paint_and_only_agenda_pages_carry_the_agenda_script(
    demo_site: Path,
):
    # adapter/scripts.py: Material's bundle waits as an inert tag for the inline loader;
    # the agenda script is inline, and only where it has something to update.
    pages = {name: text for name, text in everything(demo_site).items() if name.endswith(".html")}
    pages = {name: text for name, text in pages.items() if not name.startswith("admin/")}  # Decap's own page
    assert [name for name, text in pages.items() if re.search(r"<script[^>]* src=", text)] == []
    assert all(
        'data-av-src="' in text and "bundle." in text.split('data-av-src="', 1)[1][:60] for text in pages.values()
    )
    with_agenda = {name for name, text in pages.items() if "function ended(iso)" in text}
    assert {"index.html", "agenda/index.html", "agenda/2026/najaarsdagen-2026/index.html"} <= with_agenda
    assert not with_agenda & {
        "columns/index.html",
        "agenda/2026/12/index.html",
        "koers/koers-2021-en-verder/index.html",
    }
    assert "agenda/archief/index.html" not in with_agenda  # past events only: nothing for it to move

"""No leaks, nothing dropped, and the same output for the same input."""

from __future__ import annotations

import gzip
import re
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import icalendar

from support.sites import Project

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
MARKERS = ("zwoegvogel", "kwispelkoe", "plofkikker", "Conceptcolumn", "Toekomstcolumn", "Geheime bijeenkomst")


def everything_written(site: Path) -> dict[str, str]:
    texts = {}
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        texts[path.relative_to(site).as_posix()] = data.decode("utf-8", "ignore")
    return texts


def test_drafts_and_future_columns_leak_nowhere(project: Project):
    for n, day in enumerate(("2026-01-05", "2026-03-05", "2026-06-05")):
        project.column(f"{day}-open-{n}", title=f"Open {day}", date=day, tags=["netwerken"], category="Nieuws")
    project.column(
        "2026-04-01-concept",
        title="Conceptcolumn",
        date="2026-04-01",
        draft=True,
        tags=["netwerken"],
        category="Nieuws",
        body="Markeerwoord zwoegvogel.",
    )
    project.column(
        "2026-12-24-toekomst",
        title="Toekomstcolumn",
        date="2026-12-24",
        tags=["netwerken"],
        category="Nieuws",
        body="Markeerwoord kwispelkoe.",
    )
    project.event("2026-12-10-geheim", title="Geheime bijeenkomst", draft=True, body="Markeerwoord plofkikker.")
    project.event("2026-12-11-open", title="Open activiteit")
    site = project.build(now=NOW)
    texts = everything_written(site)
    assert any("sitemap.xml.gz" in name for name in texts)  # the check reads compressed files too
    leaks = {name: [m for m in MARKERS if m in text] for name, text in texts.items()}
    assert {name: found for name, found in leaks.items() if found} == {}
    assert not (site / "columns/2026/concept").exists() and not (site / "agenda/2026/geheim").exists()
    # Previous/next of the published neighbours skip the draft: its title is among the markers.
    assert 'href="../open-0/" rel="prev"' in texts["columns/2026/open-1/index.html"]


def test_every_valid_column_and_event_appears_everywhere_it_belongs(project: Project):
    project.plugin_options["per_page"] = 4
    categories = ["Column", "Nieuws", "Artikel"]
    columns = []
    for n in range(25):
        year, month = 2022 + n % 5, 1 + n % 12
        slug = f"stuk-{n:02d}"
        project.column(
            f"{year}-{month:02d}-01-{slug}",
            title=f"Stuk {n:02d}",
            date=f"{year}-{month:02d}-01",
            category=categories[n % 3],
            tags=[f"thema-{n % 4}"],
        )
        columns.append((year, slug, categories[n % 3]))
    for n in range(10):
        project.event(f"2026-{n + 1:02d}-10-act-{n}", title=f"Activiteit {n}", start=f"2026-{n + 1:02d}-10")
    project.event(
        "2026-12-03-reeks",
        title="Reeks",
        start="2026-12-03 16:00",
        end="2026-12-03 17:00",
        recurrence="FREQ=WEEKLY;COUNT=4",
    )
    site = project.build(now=NOW)
    texts = everything_written(site)

    for year, slug, _ in columns:
        assert (site / f"columns/{year}/{slug}/index.html").exists()

    def titles(html: str) -> list[str]:
        """Column titles in a listing: cards on the index, a compact list elsewhere."""
        return [
            a or b
            for a, b in re.findall(
                r'<h2 class="av-card__title"><a href="[^"]*">([^<]+)</a>|</time>\s*<a href="[^"]*">([^<]+)</a>', html
            )
        ]

    def items(prefix: str) -> list[str]:
        return [
            t for n, html in texts.items() if n.startswith(prefix) and n.endswith("index.html") for t in titles(html)
        ]

    index_pages = [n for n in texts if re.fullmatch(r"columns/(pagina/\d+/)?index\.html", n)]
    index_titles = [
        t for n in index_pages for t in re.findall(r'<h2 class="av-card__title"><a href="[^"]*">([^<]+)</a>', texts[n])
    ]
    assert sorted(index_titles) == sorted(f"Stuk {n:02d}" for n in range(25)) and len(index_pages) == 7
    for kind in ("categorie", "trefwoord"):
        assert sorted(items(f"columns/{kind}/")) == sorted(f"Stuk {n:02d}" for n in range(25)), kind
    year_titles = [
        t for n, html in texts.items() if re.fullmatch(r"columns/20\d\d/index\.html", n) for t in titles(html)
    ]
    assert sorted(year_titles) == sorted(f"Stuk {n:02d}" for n in range(25))
    assert len(feedparser.parse(texts["feed.xml"]).entries) == 20  # the limit
    for category in ("column", "nieuws", "artikel"):
        count = sum(1 for _, _, c in columns if c.lower() == category)
        assert len(feedparser.parse(texts[f"feed-{category}.xml"]).entries) == count

    occurrences = re.findall(
        r'class="av-occ__title"><a href="[^"]*">([^<]+)</a>',
        texts["agenda/index.html"] + texts["agenda/archief/index.html"],
    )
    assert sorted(occurrences) == sorted([f"Activiteit {n}" for n in range(10)] + ["Reeks"] * 4)
    for n in range(10):
        assert (site / f"agenda/2026/act-{n}/act-{n}.ics").exists()
    in_feed = {str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(texts["agenda.ics"].encode()).walk("VEVENT")}
    window = {f"Activiteit {n}" for n in range(10) if n + 1 >= 6} | {"Reeks"}  # ended within 180 days, or upcoming
    assert in_feed == window

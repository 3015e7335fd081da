"""Hostile input that is not text: paths out of the site, huge YAML and files, markup that
runs code; and one real build of a site full of hostile text, every file read back.

The loader and ``association check``'s steps (MkDocs up to ``on_files``) are used where
they suffice; the one full build checks the templates end to end.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import icalendar
import pytest
import yaml

from association.content import unsafe
from association.content.errors import ContentErrors
from association.content.frontmatter import FrontMatterError, parse
from association.content.loader import Paths, load
from support.calendars import READER, ROOT
from support.sites import BuildFailed
from test_hostile import SETTINGS, folded, html_tree, json_ld, text_of


def site_paths(root: Path) -> Paths:
    (root / "docs").mkdir(parents=True, exist_ok=True)
    (root / "columns").mkdir(exist_ok=True)
    (root / "events").mkdir(exist_ok=True)
    (root / "columns/authors.yml").write_text("a:\n  name: Anna\n")
    return Paths(root, root / "docs", root / "columns", root / "columns/authors.yml", root / "events")


COLUMN = "---\ntitle: Een column\ndate: 2026-01-05\nauthor: a\ncategory: Column\n{extra}---\n\nTekst.\n"


def load_problems(paths: Paths) -> list[str]:
    try:
        load(paths, SETTINGS)
    except ContentErrors as exc:
        return [str(e) for e in exc.errors]
    return []


def test_a_bundle_file_that_is_a_symlink_out_of_the_site_is_refused_and_not_published(tmp_path: Path):
    secret = tmp_path / "geheim.pdf"
    secret.write_bytes(b"%PDF- geheim")
    paths = site_paths(tmp_path / "site")
    bundle = paths.columns / "2026-01-05-bundel"
    bundle.mkdir()
    (bundle / "index.md").write_text(COLUMN.format(extra="attachments: [verslag.pdf]\n"))
    (bundle / "verslag.pdf").symlink_to(secret)
    (bundle / "foto.jpg").symlink_to("/etc/hostname")
    problems = load_problems(paths)
    outside = "verwacht een bestand in de map van de site, gevonden een snelkoppeling (symlink) naar een bestand buiten de site"
    assert f"columns/2026-01-05-bundel/verslag.pdf: {outside}. Zet het bestand zelf in de map" in problems
    assert f"columns/2026-01-05-bundel/foto.jpg: {outside}. Zet het bestand zelf in de map" in problems
    assert any("attachments: verwacht een bestand in de map columns/2026-01-05-bundel/" in p for p in problems)


def test_a_symlink_inside_the_site_is_fine_and_a_source_linked_from_outside_is_refused(tmp_path: Path):
    paths = site_paths(tmp_path / "site")
    (paths.docs / "assets").mkdir()
    (paths.docs / "assets/logo.svg").write_text("<svg/>")
    bundle = paths.columns / "2026-01-05-bundel"
    bundle.mkdir()
    (bundle / "index.md").write_text(COLUMN.format(extra="image: logo.svg\nimage_alt: Het logo\n"))
    (bundle / "logo.svg").symlink_to(paths.docs / "assets/logo.svg")  # inside the repository: allowed
    assert load_problems(paths) == []
    outside_source = tmp_path / "elders.md"
    outside_source.write_text(COLUMN.format(extra=""))
    (paths.columns / "2026-01-06-elders.md").symlink_to(outside_source)
    (paths.columns / "2026-01-07-map").symlink_to(tmp_path, target_is_directory=True)
    problems = load_problems(paths)
    assert [p.split(":")[0] for p in problems] == ["columns/2026-01-06-elders.md", "columns/2026-01-07-map"]


def test_an_image_path_that_climbs_out_of_docs_is_refused(tmp_path: Path):
    paths = site_paths(tmp_path / "site")
    (tmp_path / "buiten.png").write_bytes(b"png")
    for image in ("/../../buiten.png", "/assets/../../buiten.png", str(tmp_path / "buiten.png")):
        (paths.columns / "2026-01-05-x.md").write_text(COLUMN.format(extra=f"image: {image}\nimage_alt: Iets\n"))
        (problem,) = load_problems(paths)  # a long value is shortened in the message: compare its start
        assert problem.startswith(
            f"columns/2026-01-05-x.md:6: image: verwacht een bestaand bestand in docs/, gevonden '{image[:30]}"
        ), image


def test_a_docs_file_that_is_a_symlink_out_of_the_site_or_too_big_stops_the_build_before_it_is_copied(project):
    (project.root / "docs/assets/wachtwoorden.txt").symlink_to("/etc/hostname")
    project.write("docs/groot.md", "# Groot\n\n" + "Tekst. " * 200_000)
    (project.root / "docs/weg.md").symlink_to(project.root / "docs/bestaat-niet.md")
    with pytest.raises(BuildFailed) as info:
        project.plan()  # MkDocs up to on_files, where a build stops: nothing is copied or rendered
    assert (
        "docs/assets/wachtwoorden.txt: verwacht een bestand in de map van de site, gevonden een snelkoppeling"
        in info.value.messages
    )
    assert "docs/groot.md: verwacht een tekstbestand van hoogstens 1 MB" in info.value.messages
    assert "docs/weg.md: verwacht een bestand, gevonden een snelkoppeling (symlink) die nergens heen wijst" in (
        info.value.messages
    )


def test_a_billion_laughs_kop_is_refused_at_once(tmp_path: Path):
    laughs = "".join(f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]\n" for n in range(1, 12))
    text = "---\nl0: &l0 [ha, ha, ha, ha, ha, ha, ha, ha, ha]\n" + laughs + "---\n"
    started = time.perf_counter()
    with pytest.raises(FrontMatterError) as info:
        parse("columns/x.md", text)
    assert time.perf_counter() - started < 1
    assert str(info.value.error).startswith("columns/x.md:3: verwacht gewone waarden, gevonden een verwijzing")


def test_a_kop_over_64_kb_is_refused():
    with pytest.raises(FrontMatterError) as info:
        parse("columns/x.md", "---\ntitle: X\nsummary: " + "lang " * 14_000 + "\n---\n")
    assert str(info.value.error) == (
        "columns/x.md:1: verwacht een kop van hoogstens 64 kB, gevonden 68 kB. Zet lange tekst onder de kop, "
        "in de tekst zelf"
    )


MEASURE = """
import resource, sys
from pathlib import Path
from association.content.errors import ContentErrors
from association.content.loader import Paths, load
from association.content.settings import ContentSettings
root = Path(sys.argv[1])
paths = Paths(root, root / "docs", root / "columns", root / "columns/authors.yml", root / "events")
try:
    load(paths, ContentSettings())
    print("built")
except ContentErrors as exc:
    print(exc.report())
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def test_a_10_mb_body_is_refused_in_dutch_within_bounded_memory(tmp_path: Path):
    """In a fresh interpreter, so that the peak is the load's own (recorded in BENCHMARKS.md)."""
    paths = site_paths(tmp_path)
    body = ("Een heel lange tekst zonder einde. " * 40 + "\n\n") * 7_500
    (paths.columns / "2026-01-05-groot.md").write_text(COLUMN.format(extra="") + body)
    (paths.docs / "koers").mkdir()
    (paths.docs / "koers/groot.md").write_text("---\ntitle: Koers\nstatus: adopted\n---\n\n" + body)
    assert (paths.columns / "2026-01-05-groot.md").stat().st_size > 10_000_000
    result = subprocess.run([sys.executable, "-c", MEASURE, str(tmp_path)], capture_output=True, text=True, check=True)
    *report, peak_kb = result.stdout.strip().splitlines()
    assert "columns/2026-01-05-groot.md: verwacht een tekstbestand van hoogstens 1 MB, gevonden 10.5 MB" in report[1]
    assert any(
        line.startswith("  docs/koers/groot.md: verwacht een tekstbestand van hoogstens 1 MB") for line in report
    )
    # Against the same load of a tiny site: a fresh interpreter's peak also holds what the
    # process that started it had (an xdist worker's pages count until exec), so compare.
    tiny = tmp_path / "klein"
    site_paths(tiny)
    baseline = subprocess.run([sys.executable, "-c", MEASURE, str(tiny)], capture_output=True, text=True, check=True)
    baseline_kb = int(baseline.stdout.strip().splitlines()[-1])
    assert int(peak_kb) - baseline_kb < 40_000, f"peak {int(peak_kb) // 1024} MB, a tiny site {baseline_kb // 1024} MB"


FOUND = re.compile(r"gevonden (het attribuut \S+?=|een [^\s:-]+)")


def test_markup_that_runs_code_is_found_with_its_line_and_ordinary_html_is_not():
    body = "\n".join(
        [
            "Een regel met <br> en <sup>2</sup> en a < b, en online = ja.",  # 10
            "<details><summary>Meer</summary>Tekst</details>",
            "<IMG SRC=x",  # 12: a tag over three lines
            "  alt=x",
            "  OnError=alert(1)>",
            '<a title=">" onclick="x">y</a>',  # 15: a > inside quotes does not end the tag
            "`<script>` in code, and:",
            "```",
            "<script>fenced</script>",
            "```",
            "<a href=' &#x6A;ava&#x09;script:alert(1)'>z</a>",  # 20: entities, a tab, a space
            "<Svg/OnLoad=alert(1)>",
            '[x](y){: href="vbscript:x" }',
        ]
    )
    found = [(line, FOUND.search(message).group(0)) for line, message in unsafe.problems(body, 10)]
    assert found == [
        (12, "gevonden het attribuut onerror="),
        (15, "gevonden het attribuut onclick="),
        (20, "gevonden een javascript"),
        (21, "gevonden een <svg>"),
        (22, "gevonden een vbscript"),
    ]


# --- One real build of a hostile site: the templates, end to end ---

EVIL = (
    '</script><script>alert("t")</script> <img src=x onerror=alert(1)> "dubbel" \'enkel\' '
    "& &amp; ]]> <!-- \u202eomgekeerd\u202c \u2028 " + "W" * 120
)


def test_a_hostile_site_builds_with_every_text_as_text_in_every_file(project, tmp_path: Path):
    (project.root / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    project.plugin_options["cms_backend"] = {"name": "gitlab", "repo": "v/site", "auth_type": "pkce", "app_id": "a"}
    project.write("columns/authors.yml", yaml.safe_dump({"sofie-vriends": {"name": f"Sofie {EVIL}", "role": EVIL}}))
    project.column(
        "2026-11-05-kwaad",
        title=f"Titel {EVIL}",
        summary=f"Samenvatting {EVIL}\r\nen verder",
        tags=[f"tag {EVIL}"],
        aliases=["/columns/2025/oud/"],
        body=f"Tekst met een [link](https://www.example.org/?q=%22%3E) en `{EVIL}` als code.",
    )
    project.event(
        "2026-12-10-kwaad",
        title=f"Activiteit {EVIL}",
        summary=f"Over {EVIL}",
        location={"venue": f"Zaal {EVIL}", "address": f"Straat {EVIL}", "city": "Utrecht"},
        online="https://meet.example.org/\"'><x>",
        registration={"url": "https://www.example.org/aanmelden?a=1&b=\"'<>"},
        speakers=[{"name": f"Spreker {EVIL}", "role": EVIL}],
        status="cancelled",
        status_reason=f"Reden {EVIL}",
        updated="2026-11-20 10:00",
    )
    project.write(
        "docs/koers/kwaad.md",
        "---\n"
        + yaml.safe_dump({"title": f"Koers {EVIL}", "period": "2021-2025", "status": "draft", "summary": EVIL})
        + "---\n\n## Deel\n\nTekst.\n",
    )
    project.write(
        "docs/over.md", "---\n" + yaml.safe_dump({"title": f"Over {EVIL}", "description": EVIL}) + "---\n\nTekst.\n"
    )
    project.write(
        "gepubliceerd.yml",
        "columns:\n- columns/2025/oud/\n- columns/2026/kwaad/\nevents:\n  2026-12-10-kwaad@example.nl:\n"
        "  - agenda/2026/kwaad/\n",
    )
    project.extra_config["nav"] = ["index.md", "over.md"]
    site = project.build()

    pages = {p.relative_to(site).as_posix(): html_tree(p.read_text("utf-8")) for p in site.rglob("*.html")}
    for path, tree in pages.items():
        for element in tree.iter():
            assert not [a for a in element.attrib if a.lower().startswith("on")], (path, element.tag, element.attrib)
            assert not (element.tag == "img" and element.get("src") == "x"), path
            assert element.tag != "x", path
        for script in tree.iter("script"):
            if script.get("type") == "application/ld+json":
                json.loads(text_of(script))
            else:
                assert "alert(" not in text_of(script), path
    evil = folded(EVIL)

    def title(path: str) -> str:
        return text_of(pages[path].find(".//title"))

    column = pages["columns/2026/kwaad/index.html"]
    assert text_of(column.find(".//h1")) == f"Titel {evil}" and title("columns/2026/kwaad/index.html").startswith(
        f"Titel {evil} - "
    )
    (article,) = json_ld(column)
    assert article["headline"] == f"Titel {evil}" and article["author"]["name"] == f"Sofie {EVIL}"
    assert article["description"] == f"Samenvatting {evil} en verder"
    metas = {m.get("property") or m.get("name"): m.get("content") for m in column.iter("meta")}
    assert metas["og:title"] == f"Titel {evil}" and metas["description"] == f"Samenvatting {evil} en verder"
    assert f"`{EVIL}`"[1:-1] in [text_of(c) for c in column.iter("code")]

    event = pages["agenda/2026/kwaad/index.html"]
    assert text_of(event.find(".//h1")) == f"Activiteit {evil}"
    (data,) = json_ld(event)
    assert data["name"] == f"Activiteit {evil}" and data["location"][0]["name"] == f"Zaal {evil}"
    assert data["location"][1]["url"] == "https://meet.example.org/\"'><x>"
    assert data["performer"] == [{"@type": "Person", "name": f"Spreker {evil}"}]
    hrefs = {a.get("href") for a in event.iter("a")}
    assert "https://meet.example.org/\"'><x>" in hrefs  # cancelled: no registration button, but the offer stays
    assert data["offers"]["url"] == "https://www.example.org/aanmelden?a=1&b=\"'<>"
    assert f"Reden {evil}" in text_of(event.find(".//body"))

    assert title("columns/2025/oud/index.html") == f"Verplaatst: Titel {evil}"
    assert text_of(pages["koers/kwaad/index.html"].find(".//h1")) == f"Koers {evil}"
    assert title("koers/kwaad/index.html").startswith(f"Koers {evil} - ")
    assert title("over/index.html").startswith(f"Over {EVIL} - ")  # a docs page's kop is MkDocs' own: as written
    assert {m.get("name"): m.get("content") for m in pages["over/index.html"].iter("meta")}["description"] == EVIL

    for feed in ("feed.xml", "atom.xml"):
        parsed = feedparser.parse((site / feed).read_bytes())
        assert not parsed.bozo and [e.title for e in parsed.entries] == [f"Titel {evil}"]
    ics = site / "agenda/2026/kwaad/kwaad.ics"
    (vevent,) = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == f"Geannuleerd: Activiteit {evil}"
    assert str(vevent["LOCATION"]) == f"Zaal {evil}, Straat {evil}, Utrecht"
    result = subprocess.run(["node", str(READER), str(ics)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert [e["summary"] for e in json.loads(result.stdout)[str(ics)]["events"]] == [f"Geannuleerd: Activiteit {evil}"]

    config = yaml.safe_load((site / "admin/config.yml").read_text("utf-8"))
    (authors_file,) = next(c for c in config["collections"] if c["name"] == "authors")["files"]
    assert [g["label"] for g in authors_file["fields"]] == [f"Sofie {EVIL}"]
    search = json.loads((site / "search/search_index.json").read_text("utf-8"))
    assert search["docs"]

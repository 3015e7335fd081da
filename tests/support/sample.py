"""The sample site: one throw-away site with the columns and events that the build tests of
columns and the agenda read (tests/test_build_columns.py, tests/test_build_events.py).

It is built once per test run as ``mkdocs build`` and once as ``mkdocs serve`` (the
``sample`` and ``sample_preview`` fixtures) instead of a build per test: each test reads
the pages of the columns or events it is about. Names and titles are unique across the
whole site, so that a test's "X is not on this page" stays true whatever else is here.
"""

from __future__ import annotations

from .sites import Project

HOOKS = """
import os
seen = {}


def on_page_markdown(markdown, page, **kwargs):
    return markdown + "Aanvulling met **nadruk**." if page.url == "columns/2026/" else markdown


def on_files(files, config, **kwargs):
    seen["file"] = files.get_file_from_path("agenda.ics")
    seen["before"] = seen["file"].content_bytes


def on_post_build(config, **kwargs):
    with open(os.path.join(config.site_dir, "gelezen.ics"), "wb") as out:
        out.write(seen["before"] if seen["before"] == seen["file"].content_bytes else b"verschillend")
"""
"""Another plugin's hooks: Markdown added to a generated list, and a calendar's bytes read
before and after MkDocs writes it."""

HOME = (
    '{% extends "main.html" %}{% block content %}{{ super() }}'
    '{% include "partials/association/agenda-home.html" %}{% endblock %}'
)


def write_sample(project: Project) -> None:
    configure_sample(project)
    project.write("hooks.py", HOOKS)
    project.write("docs/index.md", "---\ntemplate: home.html\n---\n# Home\n\nWelkom.\n")
    project.write("overrides/home.html", HOME)
    project.write(
        "docs/over.md", "# Over\n\n[Abonneer](agenda.ics) of [alleen dit webinar](agenda/2026/webinar/webinar.ics).\n"
    )
    _columns(project)
    _events(project)


def configure_sample(project: Project) -> None:
    """The sample's mkdocs.yml settings (another plugin's hooks, an edit link, a home page
    template in ``overrides``)."""
    project.extra_config = {
        "repo_url": "https://example.org/repo",
        "edit_uri": "edit/main/docs/",
        "hooks": ["hooks.py"],
        "theme": {
            "name": "material",
            "language": "nl",
            "font": False,
            "custom_dir": "overrides",
            "features": ["content.action.edit"],
        },
    }


def _columns(project: Project) -> None:
    project.column(
        "2019-02-20-netwerksamenwerking",
        title="Netwerksamenwerking, gewoon doen!",
        date="2019-02-20",
        category="Nieuws",
        tags=["netwerken"],
        body="woord " * 420,
    )
    project.write("columns/2022-03-01-lokaal-netwerk/verslag-sessie.pdf", b"%PDF-1.4\n" + b"x" * 2400)
    project.write("columns/2022-03-01-lokaal-netwerk/foto.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    project.column(
        "2022-03-01-lokaal-netwerk/",
        title="Lokaal netwerk",
        date="2022-03-01",
        category="Artikel",
        image="foto.svg",
        image_alt="Tekening van een netwerk",
        body="Zie de bijlage.\n\n![Schets](foto.svg)",
        attachments=[{"file": "verslag-sessie.pdf", "title": "Verbinden, verwonderen, vertellen!"}],
    )
    for day, slug in [("2020-01-01", "oud"), ("2021-01-01", "midden"), ("2022-01-01", "nieuw")]:
        project.column(f"{day}-{slug}", title=slug.capitalize(), date=day)
    project.column(
        "2017-02-20-warme-coalities",
        title="Warme coalities",
        date="2017-02-20",
        author="greet-bouman",
        tags=["Aanbesteden", "samenwerking"],
    )
    project.column(
        "2019-02-21-gewoon-doen", title="Gewoon doen", date="2019-02-21", category="Nieuws", tags=["samenwerking"]
    )
    # Published, a draft and one dated later than the build.
    project.column("2026-01-04-gepubliceerd", title="Gepubliceerd stuk", date="2026-01-04")
    project.column(
        "2026-01-06-concept", title="Conceptstuk", date="2026-01-06", draft=True, body="Markeerwoord zwoegvogel."
    )
    project.column("2026-12-01-later", title="Later stuk", date="2026-12-01", body="Markeerwoord kwispelkoe.")
    project.column(
        "2026-01-05-zichtbaar", title="Zichtbaar", date="2026-01-05", tags=["wijk"], body="Uniekwoord vogelvlucht."
    )
    # What is skipped: names starting with a dot or an underscore.
    project.column("_2026-01-06-kladje", title="Kladje", date="2026-01-06")
    project.write("columns/.DS_Store", "\x00")
    project.write("columns/_oud/notitie.txt", "oud")
    project.write("columns/2022-03-02-bundel/bijlage.pdf", b"%PDF-1.4\n")
    project.column("2022-03-02-bundel/", title="Bundel", date="2022-03-02")
    project.write("columns/2022-03-02-bundel/.verborgen.txt", "niet publiceren")
    project.write("columns/2022-03-02-bundel/beeld/grafiek.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
    # The newest published column: its title and tag are markup, to be escaped.
    project.column("2026-11-01-markup", title="<script>alert(1)</script> & co", date="2026-11-01", tags=["<b>vet</b>"])


def _events(project: Project) -> None:
    project.event(
        "2026-12-10-najaarsworkshop",
        title="Najaarsworkshop",
        category="Workshop",
        location={"venue": "Kwadraad", "address": "Stationsplein 1", "postcode": "1234 AB", "city": "Utrecht"},
        registration={"url": "https://example.org/aanmelden", "deadline": "2026-12-01"},
        cost=75,
        speakers=[{"name": "Jack de Vries", "role": "spindoctor"}],
    )
    project.event("2026-12-10-vol", title="Vol", registration={"url": "https://example.org/a", "full": True})
    project.event(
        "2026-12-10-verlopen", title="Verlopen", registration={"url": "https://example.org/a", "deadline": "2026-11-20"}
    )
    project.event(
        "2026-12-10-afgelast",
        title="Afgelast",
        status="cancelled",
        status_reason="Te weinig aanmeldingen.",
        registration="https://example.org/a",
        updated="2026-11-20 10:00",
    )
    # The agenda and its archive.
    project.event("2026-01-10-januari", title="Januaribijeenkomst", start="2026-01-10")
    project.event("2026-11-01-recent", title="Recente bijeenkomst", start="2026-11-01")
    project.event("2026-12-09-komt", title="Komende bijeenkomst", start="2026-12-09")
    project.event("2027-02-01-februari", title="Februaribijeenkomst", start="2027-02-01")
    # Month grids, summer and winter time, all day, a series.
    project.event("2026-10-25-nacht", title="Nacht", start="2026-10-25 00:30", end="2026-10-25 02:00")
    project.event("2027-01-02-nieuwjaar", title="Nieuwjaar", start="2026-12-31", end="2027-01-02")
    project.event(
        "2027-01-14-reeks",
        title="Reeks",
        start="2027-01-14 16:00",
        end="2027-01-14 17:00",
        recurrence="FREQ=MONTHLY;BYDAY=2TH;COUNT=3",
    )
    project.event("2026-12-10-winter", title="Winter", start="2026-12-10 14:00", end="2026-12-10 17:00")
    project.event("2027-06-17-zomer", title="Zomer", start="2027-06-17 16:00", end="2027-06-17 18:30")
    project.event("2026-12-03-twee-dagen", title="Twee dagen", start="2026-12-03", end="2026-12-04")
    # What the calendar files say.
    project.event(
        "2026-12-10-x",
        title="X",
        category="Webinar",
        location={"venue": "Zaal", "city": "Utrecht"},
        summary="Korte uitleg; met, tekens.",
        registration="https://example.org/a",
    )
    project.event("2026-12-12-bijgewerkt", title="Bijgewerkt", updated="2026-11-20 10:00")
    project.event("2026-12-13-weer-bijgewerkt", title="Weer bijgewerkt", updated="2026-11-22 10:00")
    project.event("2026-12-10-bron", title="Bron")
    project.event("2026-12-11-eigen", title="Eigen", uid="najaarsworkshop-2026@verdiwel.nl")
    project.event("2026-07-01-binnen", title="Binnen", start="2026-07-01")
    project.event("2026-03-01-buiten", title="Buiten", start="2026-03-01")
    project.event("2026-12-10-webinar", title="Webinar")
    project.event("2026-12-11-college", title="Een college", category="Bijeenkomst")
    project.event(
        "2027-06-17-lezing",
        title="Lezing",
        start="2027-06-17 16:00",
        end="2027-06-17 18:30",
        category="Lezing",
        location={"venue": "Zaal", "address": "Straat 1", "postcode": "1234 AB", "city": "Utrecht"},
        online="https://example.org/live",
        cost=10,
        registration="https://example.org/a",
    )
    project.event(
        "2026-12-02-verplaatst",
        title="Verplaatst",
        start="2026-12-02",
        end="2026-12-04",
        status="postponed",
        updated="2026-11-20 10:00",
    )
    project.event("2026-12-10-geheim", title="Geheime bijeenkomst", draft=True, body="Markeerwoord plofkikker.")

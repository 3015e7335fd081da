"""``association import wordpress`` on a small export of our own (tests/fixtures/wordpress-own):
The Events Calendar, Gutenberg blocks, a gallery, an embed, a draft, a scheduled post, private
and password-protected posts, an unknown shortcode and hostile text. One strict build."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import lxml.html
import pytest
import yaml

from association.commands import import_wordpress as command
from association.commands import main
from association.commands.site import Site, open_site
from association.importer import CategoryError
from association.importer.report import Need
from support.imports import OWN, OWN_UPLOADS, ROOT, prepare, run, snapshot
from support.sites import DEFAULT_NOW, Project

GOLDEN = ROOT / "tests" / "golden" / "import"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
GOLDEN_SOURCES = {
    "gutenberg-column.md": "columns/2026-05-12-terugblik-op-de-ledenavond/index.md",
    "classic-column.md": "columns/2026-04-02-een-netwerk-is-geen-vergadering/index.md",
    "tribe-event.md": "events/2026-09-24-werkbezoek-aan-de-bibliotheek/index.md",
    "page.md": "docs/over-de-vereniging/index.md",
}


@pytest.mark.parametrize("golden", sorted(GOLDEN_SOURCES))
def test_imported_sources_match_their_golden_markdown(project: Project, golden: str):
    run(project)
    text = project.read_source(GOLDEN_SOURCES[golden])
    if UPDATE:
        (GOLDEN / golden).write_text(text, encoding="utf-8")
    assert text == (GOLDEN / golden).read_text(encoding="utf-8")


def test_private_and_password_protected_posts_are_not_written_anywhere(project: Project):
    report = run(project)
    everything = b"".join(snapshot(project.root).values()).decode("utf-8", "replace")
    assert "Alleen voor het bestuur" not in everything and "geheime ledenverslag" not in everything
    assert report.counts["skipped:privé"] == 1 and report.counts["skipped:beveiligd met een wachtwoord"] == 1
    assert report.needs_person


def test_drafts_stay_drafts_and_a_scheduled_post_keeps_its_later_date(project: Project):
    run(project)
    assert "draft: true" in project.read_source("columns/2026-11-01-plannen-voor-2027.md")
    scheduled = project.read_source("columns/2027-01-15-het-voorjaar-in-zicht.md")
    assert "date: 2027-01-15 10:00" in scheduled and "draft" not in scheduled


def test_events_keep_their_zone_all_day_place_cost_and_get_a_uid(project: Project):
    run(project)
    all_day = project.read_source("events/2026-10-08-najaarsdagen-2026.md")
    assert "start: 2026-10-08\nend: 2026-10-09\n" in all_day and 'cost: "Gratis voor leden"' in all_day
    new_york = project.read_source("events/2026-12-03-webinar-new-york.md")
    assert 'timezone: "America/New_York"' in new_york and "start: 2026-12-03 10:00" in new_york
    assert 'online: "https://meet.example.org/webinar"' in new_york
    cancelled = project.read_source("events/2026-12-10-webinar-dat-niet-doorgaat.md")
    # UTC+1 is no zone with summer time: the time is the UTC time, in the site's zone.
    assert "start: 2026-12-10 16:00" in cancelled and 'status: "cancelled"' in cancelled
    assert "updated: 2026-11-02 09:15" in cancelled
    assert 'uid: "2026-12-10-webinar-dat-niet-doorgaat@example.nl"' in cancelled


def test_uploads_are_copied_beside_the_text_and_a_missing_one_is_reported(project: Project):
    run(project)
    folder = project.root / "columns" / "2026-05-12-terugblik-op-de-ledenavond"
    assert sorted(p.name for p in folder.iterdir()) == ["index.md", "kring.png", "zaal-300x169.png", "zaal.png"]
    assert (folder / "zaal.png").read_bytes() == (OWN_UPLOADS / "2026/05/zaal.png").read_bytes()
    bare = Project(project.root / "zonder-uploads", project._monkeypatch, project._caplog)
    report = run(bare, uploads=None)
    missing = [f for f in report.findings if "niet in de uploads" in f.what]
    assert any(
        f.title == "Terugblik op de ledenavond"
        and f.old_url == "https://oud.example.org/2026/05/12/terugblik-op-de-ledenavond/"
        and "https://oud.example.org/wp-content/uploads/2026/05/zaal.png" in f.what
        for f in missing
    )
    text = bare.read_source("columns/2026-05-12-terugblik-op-de-ledenavond.md")
    assert "](https://oud.example.org/wp-content/uploads/2026/05/kring.png)" in text and "image:" not in text


def test_the_unknown_shortcode_stays_visible_and_is_reported_with_title_and_old_url(project: Project):
    report = run(project)
    assert '`[contact-form-7 id="5" title="Aanmelden"]`' in project.read_source(
        "columns/2026-04-02-een-netwerk-is-geen-vergadering/index.md"
    )
    [finding] = [f for f in report.findings if "contact-form-7" in f.what]
    assert finding.old_url == "https://oud.example.org/2026/04/02/een-netwerk-is-geen-vergadering/"
    assert "[contact-form-7" in report.render()


def test_running_twice_changes_nothing(project: Project):
    run(project)
    before = snapshot(project.root)
    second = run(project)
    assert snapshot(project.root) == before
    assert second.written == [] and len(second.unchanged) == len(before) - 3  # not mkdocs.yml, docs/index, svg


def test_a_changed_file_is_never_overwritten_but_reported(project: Project):
    run(project)
    path = project.root / "events" / "2026-10-08-najaarsdagen-2026.md"
    path.write_text(path.read_text("utf-8").replace("Twee dagen", "Drie dagen"), encoding="utf-8")
    report = run(project)
    assert "Drie dagen" in path.read_text("utf-8")
    assert any("bestaat al en is anders: niet overschreven" in f.what for f in report.findings)
    assert report.needs_person


def test_authors_are_added_to_the_authors_file_and_existing_ones_kept(project: Project):
    before = project.read_source("columns/authors.yml")
    run(project)
    after = project.read_source("columns/authors.yml")
    assert after.startswith(before) and after[len(before) :] == 'redactie:\n  name: "De Redactie"\n'


def test_old_permalinks_become_aliases_and_the_register_records_them(project: Project):
    run(project)
    text = project.read_source("columns/2026-05-12-terugblik-op-de-ledenavond/index.md")
    old = "/2026/05/12/terugblik-op-de-ledenavond/"
    assert f'aliases: ["{old}", "{old}zaal/", "{old}kring/"]' in text  # with the pages of its two photos
    register = project.read_source("gepubliceerd.yml")
    assert "- 2026/05/12/terugblik-op-de-ledenavond/\n" in register
    assert "- columns/2026/terugblik-op-de-ledenavond/\n" in register
    assert (
        "2026-09-24-werkbezoek-aan-de-bibliotheek@example.nl:\n  - event/werkbezoek-aan-de-bibliotheek/\n" in register
    )
    assert "het-voorjaar-in-zicht" not in register  # not public yet: check adds it on its day


def test_the_old_archive_addresses_of_public_columns_redirect_to_their_listings(project: Project):
    report = run(project)
    archives = {
        "category/nieuwtjes/": "columns/categorie/nieuws/",
        "category/column/": "columns/categorie/column/",
        "tag/ledenavond/": "columns/trefwoord/ledenavond/",
        "tag/netwerk/": "columns/trefwoord/netwerk/",
        "author/redactie/": "columns/auteur/redactie/",
        "author/sofie-vriends/": "columns/auteur/sofie-vriends/",
        "2026/": "columns/2026/",
        "2026/04/": "columns/2026/",
        "2026/05/": "columns/2026/",
    }
    for old, new in archives.items():
        assert f'url=https://www.example.nl/{new}"' in project.read_source(f"docs/{old}index.html"), old
    written = {p.removeprefix("docs/").removesuffix("index.html") for p in report.written if p.endswith(".html")}
    assert written == set(archives)  # nothing else: the pages kept their addresses
    assert report.counts["archives"] == len(archives) and "      9  archiefadressen doorgestuurd\n" in report.render()
    # the draft (2026/11) and the scheduled post (2027/01) are named nowhere yet
    assert not (project.root / "docs" / "2026" / "11").exists() and not (project.root / "docs" / "2027").exists()


def test_an_archive_redirect_someone_changed_is_kept_and_reported(project: Project):
    run(project)
    changed = project.write("docs/tag/netwerk/index.html", "<p>eigen pagina</p>\n")
    report = run(project)
    assert changed.read_text("utf-8") == "<p>eigen pagina</p>\n" and report.needs_person
    [conflict] = [f for f in report.findings if f.file == "docs/tag/netwerk/index.html"]
    assert "bestaat al en is anders: niet overschreven" in conflict.what
    assert conflict.old_url == "https://oud.example.org/tag/netwerk/"


def test_the_old_sites_own_category_and_tag_bases_are_used(project: Project):
    report = run(project, category_base="categorie", tag_base="onderwerp")
    assert "docs/categorie/nieuwtjes/index.html" in report.written
    assert "docs/onderwerp/netwerk/index.html" in report.written
    assert not (project.root / "docs" / "category").exists() and not (project.root / "docs" / "tag").exists()


OLD_QUERIES = {
    "p=10": "/columns/2026/terugblik-op-de-ledenavond/",
    "p=11": "/columns/2026/een-netwerk-is-geen-vergadering/",
    "p=20": "/over-de-vereniging/",
    "p=21": "/over-de-vereniging/bestuur/",
    "p=30": "/agenda/2026/werkbezoek-aan-de-bibliotheek/",
    "p=31": "/agenda/2026/najaarsdagen-2026/",
    "p=32": "/agenda/2026/webinar-new-york/",
    "p=33": "/agenda/2026/webinar-dat-niet-doorgaat/",
    "page_id=20": "/over-de-vereniging/",
    "page_id=21": "/over-de-vereniging/bestuur/",
}


def test_the_old_query_addresses_of_public_pages_go_into_oude_adressen_yml_and_stay_there(project: Project):
    report = run(project)
    text = project.read_source("oude-adressen.yml")
    assert yaml.safe_load(text) == OLD_QUERIES  # not p=12 (a draft) nor p=13 (later), not the private ones
    assert list(yaml.safe_load(text)) == list(OLD_QUERIES) and text.startswith("# Oude adressen in de vorm /?p=123")
    assert "oude-adressen.yml" in report.written
    [listed] = [f for f in report.findings if f.title == "10 oude adressen in de vorm /?p=123"]
    assert "in oude-adressen.yml" in listed.what and "JavaScript" in listed.what and "canonieke link" in listed.what
    [left_out] = [f for f in report.findings if "niet in oude-adressen.yml (p=12, p=13)" in f.what]
    assert left_out.need is Need.NOTE and not any("niet doorsturen" in f.what for f in report.findings)
    second = run(project)
    assert project.read_source("oude-adressen.yml") == text
    assert "oude-adressen.yml" in second.unchanged and "oude-adressen.yml" not in second.written


def test_an_old_query_with_another_address_is_kept_and_makes_the_command_exit_1(project: Project, capsys):
    export = project.write("klein.xml", SMALL_EXPORT)
    site = prepare_site(project)
    assert run_command(site, export) == 0 and "1 oud adres in de vorm /?p=123" in capsys.readouterr().out
    assert yaml.safe_load(project.read_source("oude-adressen.yml")) == {"p=7": "/columns/2016/een-bericht/"}
    project.write("oude-adressen.yml", "# eigen\np=7: /over/\npage_id=2: /contact/\n")
    assert run_command(site, export) == 1
    out = capsys.readouterr().out
    assert "oude-adressen.yml stuurt /?p=7 al naar /over/, niet naar /columns/2016/een-bericht/" in out
    assert project.read_source("oude-adressen.yml") == "# eigen\np=7: /over/\npage_id=2: /contact/\n"


def test_a_dry_run_lists_oude_adressen_yml_but_writes_it_not(project: Project):
    report = run(project, dry_run=True)
    assert "oude-adressen.yml" in report.written and not (project.root / "oude-adressen.yml").exists()


def test_unmapped_categories_are_a_dutch_error_listing_them_and_nothing_is_written(project: Project):
    with pytest.raises(CategoryError) as error:
        run(project, categories={})
    assert set(error.value.unmapped) == {"Nieuwtjes", "Werkbezoeken", "Webinars"}
    assert "--map-category" in str(error.value) and "passen bij geen categorie" in str(error.value)
    assert not (project.root / "events").exists()


def test_a_dry_run_writes_nothing(project: Project):
    prepare(project)
    before = snapshot(project.root)
    report = run(project, dry_run=True)
    assert snapshot(project.root) == before and report.written


SMALL_EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<title>Oude site</title><link>https://oud.example.org</link><wp:wxr_version>1.2</wp:wxr_version>
<item>
  <title>Een bericht</title>
  <link>https://oud.example.org/2016/05/12/een-bericht/</link>
  <guid isPermaLink="false">https://oud.example.org/?p=7</guid>
  <dc:creator>redactie</dc:creator>
  <content:encoded><![CDATA[<p>Een korte tekst.</p>]]></content:encoded>
  <excerpt:encoded><![CDATA[]]></excerpt:encoded>
  <wp:post_id>7</wp:post_id>
  <wp:post_date>2016-05-12 10:30:00</wp:post_date>
  <wp:post_date_gmt>2016-05-12 08:30:00</wp:post_date_gmt>
  <wp:post_name>een-bericht</wp:post_name>
  <wp:status>publish</wp:status>
  <wp:post_parent>0</wp:post_parent>
  <wp:menu_order>0</wp:menu_order>
  <wp:post_type>post</wp:post_type>
  <category domain="category" nicename="nieuwtjes"><![CDATA[Nieuwtjes]]></category>
</item>
</channel></rss>
"""
"""One published post and nothing a person must look at."""


def prepare_site(project: Project) -> Site:
    prepare(project)
    return open_site(str(project.root / "mkdocs.yml"))


def run_command(site: Site, export: Path, *more: str) -> int:
    parser = argparse.ArgumentParser()
    command.add(parser.add_subparsers())
    args = parser.parse_args(["import", "wordpress", str(export), "--map-category", "Nieuwtjes=Nieuws", *more])
    return args.func(args, site)


def test_the_command_prints_the_report_and_exits_1_when_a_person_must_look(project: Project, capsys, monkeypatch):
    prepare(project)
    site = open_site(str(project.root / "mkdocs.yml"))
    parser = argparse.ArgumentParser()
    command.add(parser.add_subparsers())
    maps = [
        a
        for pair in ("Nieuwtjes=Nieuws", "Werkbezoeken=Werkbezoek", "Webinars=Webinar")
        for a in ("--map-category", pair)
    ]
    args = parser.parse_args(["import", "wordpress", str(OWN), "--uploads", str(OWN_UPLOADS), *maps])
    assert args.func(args, site) == 1
    out = capsys.readouterr().out
    assert "4  columns" in out and "4  activiteiten" in out and "Moet iemand naar kijken" in out
    wrong = parser.parse_args(["import", "wordpress", str(OWN), "--map-category", "Nieuwtjes=Onbekend"])
    assert wrong.func(wrong, site) == 2 and "verwacht als NIEUW een categorie" in capsys.readouterr().err
    no_folder = parser.parse_args(["import", "wordpress", str(OWN), "--uploads", str(project.root / "nergens")])
    assert no_folder.func(no_folder, site) == 2 and "--uploads" in capsys.readouterr().err
    not_xml = project.write("oud.xml", "dit is geen export")
    broken = parser.parse_args(["import", "wordpress", str(not_xml)])
    assert broken.func(broken, site) == 2 and "geen geldige XML" in capsys.readouterr().err
    unmapped = parser.parse_args(["import", "wordpress", str(OWN)])
    assert unmapped.func(unmapped, site) == 1 and "'Nieuwtjes'" in capsys.readouterr().err


def test_the_imported_site_passes_check_and_builds_strictly_with_every_old_address(
    project: Project, capsys, monkeypatch
):
    run(project)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(DEFAULT_NOW.timestamp())))
    assert main(["-f", str(project.root / "mkdocs.yml"), "check"]) == 0, capsys.readouterr()
    site = project.build()
    for old, new in {
        "2026/05/12/terugblik-op-de-ledenavond/": "columns/2026/terugblik-op-de-ledenavond/",
        "2026/04/02/een-netwerk-is-geen-vergadering/": "columns/2026/een-netwerk-is-geen-vergadering/",
        "event/werkbezoek-aan-de-bibliotheek/": "agenda/2026/werkbezoek-aan-de-bibliotheek/",
        "event/webinar-new-york/": "agenda/2026/webinar-new-york/",
    }.items():
        redirect = (site / old / "index.html").read_text("utf-8")
        assert f'url=https://www.example.nl/{new}"' in redirect and (site / new / "index.html").is_file()
    assert (site / "over-de-vereniging" / "bestuur" / "index.html").is_file()
    assert (site / "columns/2026/terugblik-op-de-ledenavond/zaal.png").is_file()
    assert not (site / "columns/2026/plannen-voor-2027").exists()
    page = lxml.html.fromstring((site / "columns/2026/een-netwerk-is-geen-vergadering/index.html").read_bytes())
    [body] = page.find_class("av-column__body")
    assert not body.findall(".//script") and not [a for e in body.iter() for a in e.attrib if a.startswith("on")]
    assert not [a for a in body.iter("a") if not a.get("href", "").startswith(("verslag.pdf", "../"))]
    assert '<script>alert(1)</script> {: onclick="alert(2)"} [x](javascript:alert(3)) klik' in body.text_content()

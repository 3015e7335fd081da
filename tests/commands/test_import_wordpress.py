"""commands/import_wordpress.py: ``association import wordpress``'s options, the site's
settings as the import's target, and its exit codes (0 done, 1 a person must look, 2 a wrong
option), on a small export into a new site made by ``association init`` (no build)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from association import starter
from association.commands import import_wordpress as command
from association.commands.site import Site, open_site
from support.imports import BLOG, snapshot
from support.starter import options

POST = """<item><title>Ledenavond in mei</title><link>{blog}/2026/05/12/ledenavond/</link>
<dc:creator>redactie</dc:creator><guid isPermaLink="false">{blog}/?p=10</guid>
<content:encoded><![CDATA[<p>Een goede avond.</p>]]></content:encoded>
<wp:post_id>10</wp:post_id><wp:post_date>2026-05-12 10:30:00</wp:post_date>
<wp:post_date_gmt>2026-05-12 08:30:00</wp:post_date_gmt><wp:post_name>ledenavond</wp:post_name>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="nieuwtjes"><![CDATA[Nieuwtjes]]></category></item>"""
PAGE = """<item><title>{title}</title><link>{blog}/{path}/</link><dc:creator>redactie</dc:creator>
<content:encoded><![CDATA[<p>Over ons.</p>]]></content:encoded><wp:post_id>{id}</wp:post_id>
<wp:post_date>2020-01-01 10:00:00</wp:post_date><wp:post_date_gmt>2020-01-01 09:00:00</wp:post_date_gmt>
<wp:post_name>{slug}</wp:post_name><wp:status>publish</wp:status><wp:post_parent>{parent}</wp:post_parent>
<wp:post_type>page</wp:post_type></item>"""


def wxr(*items: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
        f"<title>Oude site</title><link>{BLOG}</link><wp:wxr_version>1.2</wp:wxr_version>"
        "<wp:author><wp:author_login>redactie</wp:author_login><wp:author_display_name>De Redactie"
        "</wp:author_display_name></wp:author>" + "".join(items) + "</channel></rss>"
    )


def page(id: int, title: str, slug: str, path: str, parent: int = 0) -> str:
    return PAGE.format(blog=BLOG, id=id, title=title, slug=slug, path=path, parent=parent)


@pytest.fixture
def site(tmp_path: Path) -> Site:
    root = tmp_path / "site"
    starter.init_site(root, options())
    return open_site(str(root / "mkdocs.yml"))


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "export.xml"
    path.write_text(
        wxr(POST.format(blog=BLOG), page(20, "Wie we zijn", "wie-we-zijn", "wie-we-zijn")), encoding="utf-8"
    )
    return path


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    command.add(parser.add_subparsers(dest="command"))
    return parser.parse_args(["import", "wordpress", *argv])


# --- the options ----------------------------------------------------------------------------------


def test_the_command_takes_an_export_and_by_default_no_uploads_no_mapping_and_writes():
    args = parse("export.xml")
    assert (args.export, args.uploads, args.map_category, args.dry_run) == ("export.xml", None, [], False)
    assert args.func is command.run


def test_map_category_may_be_given_more_than_once_and_dry_run_is_a_switch():
    args = parse(
        "export.xml", "--map-category", "A=Nieuws", "--map-category", "*=Column", "--dry-run", "--uploads", "u"
    )
    assert (args.map_category, args.dry_run, args.uploads) == (["A=Nieuws", "*=Column"], True, "u")


def test_the_old_sites_archive_bases_are_category_and_tag_unless_told_otherwise():
    assert (parse("export.xml").category_base, parse("export.xml").tag_base) == ("category", "tag")
    args = parse("export.xml", "--category-base", "categorie", "--tag-base", "onderwerp")
    assert (args.category_base, args.tag_base) == ("categorie", "onderwerp")


@pytest.mark.parametrize("option", ["--category-base", "--tag-base"])
def test_a_base_that_is_no_single_part_of_an_address_is_a_wrong_option(site: Site, export: Path, capsys, option):
    root = site.config_file.parent
    before = snapshot(root)
    assert command.run(parse(str(export), "--map-category", "Nieuwtjes=Nieuws", option, "oud/archief"), site) == 2
    assert f"{option} 'oud/archief': verwacht één deel van een adres" in capsys.readouterr().err
    assert snapshot(root) == before


def test_the_archive_bases_reach_the_import(site: Site, export: Path, capsys):
    args = parse(str(export), "--map-category", "Nieuwtjes=Nieuws", "--category-base", "/categorie/")
    assert command.run(args, site) == 0
    assert "      4  archiefadressen doorgestuurd\n" in capsys.readouterr().out
    docs = site.config_file.parent / "docs"
    assert (docs / "categorie" / "nieuwtjes" / "index.html").is_file() and not (docs / "category").exists()


def test_import_needs_to_be_told_where_from(capsys):
    parser = argparse.ArgumentParser()
    command.add(parser.add_subparsers(dest="command"))
    with pytest.raises(SystemExit):
        parser.parse_args(["import"])
    assert "wordpress" in capsys.readouterr().err


@pytest.mark.parametrize("pair", ["Nieuwtjes", "=Nieuws", "Nieuwtjes= "])
def test_a_mapping_that_is_not_old_is_new_is_a_wrong_option(site: Site, export: Path, capsys, pair: str):
    assert command.run(parse(str(export), "--map-category", pair), site) == 2
    assert "verwacht OUD=NIEUW, bijvoorbeeld --map-category 'Nieuwtjes=Nieuws'" in capsys.readouterr().err
    assert not (site.config_file.parent / "columns" / "2026-05-12-ledenavond.md").exists()


# --- the site as target -----------------------------------------------------------------------------


def test_the_target_is_the_sites_folders_zone_categories_uid_domain_address_and_config(site: Site):
    target = command.target_of(site.settings, site.config_file)
    root = site.config_file.parent
    assert (target.paths.root, target.paths.columns, target.paths.events) == (root, root / "columns", root / "events")
    assert target.timezone.key == "Europe/Amsterdam"
    assert target.column_categories == ("Column", "Nieuws", "Artikel")
    assert (target.uid_domain, target.site_url, target.config_file) == (
        "example.org",
        "https://www.example.org/",
        site.config_file,
    )
    assert command.target_of(site.settings).config_file is None


# --- a run ----------------------------------------------------------------------------------------------


def test_a_clean_import_exits_0_prints_the_report_and_writes_the_sources(site: Site, export: Path, capsys):
    assert command.run(parse(str(export), "--map-category", " Nieuwtjes = Nieuws "), site) == 0
    out = capsys.readouterr().out
    assert out.startswith("Import uit WordPress\n") and "      1  columns\n" in out and "      1  pagina's\n" in out
    assert "Alles is overgezet." in out
    root = site.config_file.parent
    column = (root / "columns" / "2026-05-12-ledenavond.md").read_text("utf-8")
    assert 'category: "Nieuws"\n' in column and 'aliases: ["/2026/05/12/ledenavond/"]' in column
    assert (root / "docs" / "wie-we-zijn.md").is_file()
    assert "wie-we-zijn.md" in site.config_file.read_text("utf-8")  # the page is in the menu


def test_a_dry_run_says_so_and_changes_nothing(site: Site, export: Path, capsys):
    root = site.config_file.parent
    before = snapshot(root)
    assert command.run(parse(str(export), "--map-category", "Nieuwtjes=Nieuws", "--dry-run"), site) == 0
    assert capsys.readouterr().out.startswith("Import uit WordPress (proefrun: niets geschreven)\n")
    assert snapshot(root) == before


def test_a_mapping_onto_an_event_category_is_allowed_by_the_option_but_lands_no_column(
    site: Site, export: Path, capsys
):
    assert command.run(parse(str(export), "--map-category", "Nieuwtjes=Werkbezoek"), site) == 1
    assert "'Nieuwtjes' (1 bericht(en), bijvoorbeeld 'Ledenavond in mei')" in capsys.readouterr().err


def test_a_page_never_silently_takes_the_address_of_a_page_the_site_already_has(site: Site, tmp_path: Path, capsys):
    path = tmp_path / "over.xml"
    path.write_text(
        wxr(page(20, "Over", "over", "over"), page(21, "Bestuur", "bestuur", "over/bestuur", 20)), encoding="utf-8"
    )
    status = command.run(parse(str(path)), site)
    written = (site.config_file.parent / "docs" / "over" / "index.md").exists()
    assert status == 1 or not written, capsys.readouterr().out

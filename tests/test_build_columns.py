"""Real builds: column pages and listings as MkDocs writes them."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from support.sites import BuildFailed, Project


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_column_page_shows_byline_date_reading_time_and_signature(project: Project):
    project.column(
        "2019-02-20-netwerksamenwerking",
        title="Netwerksamenwerking, gewoon doen!",
        date="2019-02-20",
        category="Nieuws",
        tags=["netwerken"],
        body="woord " * 420,
    )
    project.build()
    html = project.read("columns/2019/netwerksamenwerking/index.html")
    text = text_of(html)
    assert '<h1 id="av-column-title">Netwerksamenwerking, gewoon doen!</h1>' in html
    assert '<time datetime="2019-02-20">20 februari 2019</time>' in html
    assert "3 minuten leestijd" in text
    assert 'src="../../../assets/sofie.svg"' in html
    assert '>Sofie Vriends</a><span class="av-byline__role">, voorzitter</span>' in html
    signature = html.split('class="av-signature"')[1].split("</footer>")[0]
    assert "Sofie Vriends" in signature and "voorzitter" in signature
    assert 'href="../../categorie/nieuws/"' in html
    assert 'href="../../trefwoord/netwerken/"' in html
    assert '<html lang="nl"' in html


def test_bundle_column_publishes_images_and_lists_attachments_with_type_and_size(project: Project):
    project.write("columns/2022-03-01-lokaal-netwerk/verslag-sessie.pdf", b"%PDF-1.4\n" + b"x" * 2400)
    project.write("columns/2022-03-01-lokaal-netwerk/foto.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    project.column(
        "2022-03-01-lokaal-netwerk/",
        date="2022-03-01",
        category="Artikel",
        image="foto.svg",
        image_alt="Tekening van een netwerk",
        body="Zie de bijlage.\n\n![Schets](foto.svg)",
        attachments=[{"file": "verslag-sessie.pdf", "title": "Verbinden, verwonderen, vertellen!"}],
    )
    project.build()
    html = project.read("columns/2022/lokaal-netwerk/index.html")
    assert project.exists("columns/2022/lokaal-netwerk/verslag-sessie.pdf")
    assert project.exists("columns/2022/lokaal-netwerk/foto.svg")
    assert 'href="verslag-sessie.pdf" download>Verbinden, verwonderen, vertellen!</a>' in html
    assert "(PDF, 2,4 kB)" in html
    assert '<img src="foto.svg" alt="Tekening van een netwerk">' in html


def test_previous_and_next_follow_the_date_order(project: Project):
    for day, slug in [("2020-01-01", "oud"), ("2021-01-01", "midden"), ("2022-01-01", "nieuw")]:
        project.column(f"{day}-{slug}", title=slug.capitalize(), date=day)
    project.build()
    middle = project.read("columns/2021/midden/index.html")
    assert re.search(r'href="../../2020/oud/" rel="prev">\s*<span[^>]*>Vorige</span>\s*<span[^>]*>Oud</span>', middle)
    assert re.search(r'href="../../2022/nieuw/" rel="next">', middle)
    newest = project.read("columns/2022/nieuw/index.html")
    assert "Volgende</span>" not in newest and "Vorige</span>" in newest


def test_index_paginates_newest_first(project: Project):
    project.plugin_options["per_page"] = 2
    for n in range(1, 6):
        project.column(f"2025-0{n}-01-stuk-{n}", title=f"Stuk {n}", date=f"2025-0{n}-01")
    project.build()
    first = text_of(project.read("columns/index.html"))
    assert first.index("Stuk 5") < first.index("Stuk 4") and "Stuk 3" not in first
    second = project.read("columns/pagina/2/index.html")
    assert "Stuk 3" in second and "Stuk 2" in second
    assert 'href="../../" rel="prev"' in second and 'href="../3/" rel="next"' in second
    assert "Stuk 1" in project.read("columns/pagina/3/index.html")
    assert not project.exists("columns/pagina/4/index.html")


def test_long_index_pagination_links_first_last_and_neighbours_with_gaps(project: Project):
    project.plugin_options["per_page"] = 1
    for n in range(1, 13):
        project.column(f"2025-{n:02d}-01-stuk-{n}", title=f"Stuk {n}", date=f"2025-{n:02d}-01")
    project.build()
    sixth = project.read("columns/pagina/6/index.html")
    pagination = re.search(r'<nav class="av-pagination".*?</nav>', sixth, re.S).group(0)
    linked = [int(n) for n in re.findall(r'aria-label="Pagina (\d+)"', pagination)]
    assert linked == [1, 4, 5, 7, 8, 12]
    assert '<span aria-current="page">6</span>' in pagination
    assert pagination.count("av-pagination__gap") == 2
    assert 'href="../12/" aria-label="Pagina 12"' in pagination


def test_year_category_author_and_tag_listings_hold_exactly_their_columns(project: Project):
    project.column(
        "2017-02-20-warme-coalities",
        title="Warme coalities",
        date="2017-02-20",
        author="greet-bouman",
        tags=["Aanbesteden", "samenwerking"],
    )
    project.column(
        "2019-02-20-gewoon-doen", title="Gewoon doen", date="2019-02-20", category="Nieuws", tags=["samenwerking"]
    )
    project.build()
    assert "Warme coalities" in project.read("columns/2017/index.html")
    assert "Gewoon doen" not in project.read("columns/2017/index.html")
    nieuws = project.read("columns/categorie/nieuws/index.html")
    assert "Gewoon doen" in nieuws and "Warme coalities" not in nieuws
    greet = project.read("columns/auteur/greet-bouman/index.html")
    assert "Warme coalities" in greet and "Gewoon doen" not in greet
    sofie = project.read("columns/auteur/sofie-vriends/index.html")
    assert '<p class="av-author__bio">Voorzitter sinds 2021.</p>' in sofie
    samenwerking = project.read("columns/trefwoord/samenwerking/index.html")
    assert "Warme coalities" in samenwerking and "Gewoon doen" in samenwerking
    assert "Trefwoord: Aanbesteden" in project.read("columns/trefwoord/aanbesteden/index.html")
    archive = text_of(project.read("columns/archief/index.html"))
    assert "2019 (1)" in archive and "2017 (1)" in archive and "samenwerking (2)" in archive


def test_drafts_and_future_columns_are_absent_from_the_built_site(project: Project):
    project.column("2026-01-05-gepubliceerd", title="Gepubliceerd stuk", date="2026-01-05")
    project.column(
        "2026-01-06-concept", title="Conceptstuk", date="2026-01-06", draft=True, body="Markeerwoord zwoegvogel."
    )
    project.column("2026-12-01-later", title="Later stuk", date="2026-12-01", body="Markeerwoord kwispelkoe.")
    site = project.build(now=datetime(2026, 11, 23, 12, tzinfo=UTC))
    assert project.exists("columns/2026/gepubliceerd/index.html")
    leaks = [
        p
        for p in site.rglob("*")
        if p.is_file()
        and p.suffix in {".html", ".json", ".xml", ".gz"}
        and any(
            w in p.read_bytes().decode("utf-8", "ignore")
            for w in ("Conceptstuk", "zwoegvogel", "Later stuk", "kwispelkoe")
        )
    ]
    assert leaks == []
    assert not project.exists("columns/2026/concept/index.html")
    assert not project.exists("columns/2026/later/index.html")


def test_a_future_column_appears_once_its_date_has_come(project: Project):
    project.column("2026-12-01-later", title="Later stuk", date="2026-12-01 09:00")
    project.build(now=datetime(2026, 12, 1, 7, 59, tzinfo=UTC))
    assert not project.exists("columns/2026/later/index.html")
    project.build(now=datetime(2026, 12, 1, 8, 0, tzinfo=UTC))  # 09:00 in Amsterdam
    assert "Later stuk" in project.read("columns/index.html")


def test_preview_shows_drafts_and_scheduled_columns_marked(project: Project):
    project.column("2026-01-06-concept", title="Conceptstuk", date="2026-01-06", draft=True)
    project.column("2026-12-01-later", title="Later stuk", date="2026-12-01")
    project.build(serve=True)
    assert "<strong>Concept</strong>" in project.read("columns/2026/concept/index.html")
    assert "<strong>Gepland</strong> · verschijnt op 1 december 2026" in project.read("columns/2026/later/index.html")
    index = project.read("columns/index.html")
    assert '<span class="av-badge">Concept</span>' in index and '<span class="av-badge">Gepland</span>' in index


def test_search_index_and_sitemap_list_columns_but_no_drafts(project: Project):
    project.column("2026-01-05-zichtbaar", title="Zichtbaar", date="2026-01-05", body="Uniekwoord vogelvlucht.")
    project.column("2026-01-06-concept", title="Concept", date="2026-01-06", draft=True)
    project.build()
    index = json.loads(project.read("search/search_index.json"))
    locations = {doc["location"] for doc in index["docs"]}
    assert "columns/2026/zichtbaar/" in locations
    assert not any("concept" in loc for loc in locations)
    sitemap = project.read("sitemap.xml")
    assert "https://www.example.nl/columns/2026/zichtbaar/" in sitemap and "concept" not in sitemap


def test_search_finds_columns_and_events_but_not_the_generated_lists_that_repeat_their_titles(project: Project):
    project.column(
        "2026-01-05-zichtbaar", title="Zichtbaar", date="2026-01-05", tags=["wijk"], body="Uniekwoord vogelvlucht."
    )
    project.event("2026-12-10-webinar", title="Webinar")
    project.build()
    locations = {doc["location"].split("#")[0] for doc in json.loads(project.read("search/search_index.json"))["docs"]}
    assert {"columns/2026/zichtbaar/", "agenda/2026/webinar/"} <= locations
    lists = {
        "columns/",
        "columns/2026/",
        "columns/trefwoord/wijk/",
        "columns/archief/",
        "agenda/",
        "agenda/2026/12/",
        "agenda/archief/",
    }
    assert all(project.exists(url + "index.html") for url in lists)
    assert lists & locations == set()
    assert "https://www.example.nl/columns/trefwoord/wijk/" in project.read("sitemap.xml")  # still findable by crawlers


def test_generated_lists_skip_markdown_unless_another_plugin_gives_them_some(project: Project):
    """List pages are made by their template alone (``TemplatePage``): MkDocs' Markdown run on
    their empty source is skipped. Markdown that a hook adds is still converted."""
    project.column("2026-01-05-zichtbaar", title="Zichtbaar", date="2026-01-05")
    project.write(
        "hooks.py",
        """
        def on_page_markdown(markdown, page, **kwargs):
            return markdown + "Aanvulling met **nadruk**." if page.url == "columns/2026/" else markdown
    """,
    )
    project.extra_config["hooks"] = ["hooks.py"]
    project.build()
    docs = json.loads(project.read("search/search_index.json"))["docs"]
    assert [d["text"] for d in docs if d["location"] == "columns/2026/"] == [
        "<p>Aanvulling met nadruk.</p>"
    ]  # converted: ** gone, <p> added
    assert not any(d["location"] == "columns/" for d in docs)


def test_all_content_errors_are_reported_together_and_fail_the_build(project: Project):
    project.column("2026-01-01-een", author="onbekend")
    project.column("2026-01-02-twee", category="Blog")
    project.write("columns/2026-01-03-drie.md", "---\ntitle: [kapot\n---\n")
    with pytest.raises(BuildFailed) as info:
        project.plan()
    report = info.value.messages
    assert "3 fouten in de inhoud" in report
    assert "columns/2026-01-01-een.md:4: author:" in report
    assert "columns/2026-01-02-twee.md:5: category:" in report
    assert "columns/2026-01-03-drie.md:" in report


def test_a_folder_without_index_md_and_a_file_that_is_not_markdown_are_errors_naming_them(project: Project):
    project.column("2026-01-05-goed", title="Goed", date="2026-01-05")
    project.write("columns/2026-01-06-map/foto.jpg", "geen tekst")
    project.write("columns/notitie.txt", "losse notitie")
    project.write("events/2026-12-10-x/kaart.pdf", "%PDF")
    with pytest.raises(BuildFailed) as info:
        project.plan()
    report = info.value.messages
    assert "3 fouten in de inhoud" in report
    assert "columns/2026-01-06-map: verwacht een bestand index.md in deze map (de tekst van het column)" in report
    assert "columns/notitie.txt: verwacht een column als .md-bestand of als map met index.md" in report
    assert "events/2026-12-10-x: verwacht een bestand index.md in deze map (de tekst van het evenement)" in report


def test_files_and_folders_starting_with_a_dot_or_underscore_are_skipped(project: Project):
    project.column("2026-01-05-goed", title="Goed", date="2026-01-05")
    project.column("_2026-01-06-kladje", title="Kladje", date="2026-01-06")
    project.write("columns/.DS_Store", "\x00")
    project.write("columns/_oud/notitie.txt", "oud")
    project.column("2026-01-07-bundel/", title="Bundel", date="2026-01-07")
    project.write("columns/2026-01-07-bundel/.verborgen.txt", "niet publiceren")
    project.write("columns/2026-01-07-bundel/beeld/grafiek.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
    site = project.build()
    assert (site / "columns/2026/goed/index.html").is_file() and (
        site / "columns/2026/bundel/beeld/grafiek.svg"
    ).is_file()
    assert not (site / "columns/2026/bundel/.verborgen.txt").exists()
    assert "Kladje" not in project.read("columns/index.html")


def test_two_columns_with_the_same_url_are_an_error(project: Project):
    project.column("2026-01-01-zelfde")
    project.column("2026-02-01-ander", slug="zelfde")
    with pytest.raises(BuildFailed) as info:
        project.plan()
    assert "columns/2026/zelfde/" in info.value.messages and "2026-01-01-zelfde.md" in info.value.messages


def test_a_docs_page_at_a_generated_url_is_an_error_not_an_overwrite(project: Project):
    project.write("docs/columns/archief/index.md", "# Eigen archief\n")
    with pytest.raises(BuildFailed) as info:
        project.plan()
    assert "/columns/archief/" in info.value.messages


def test_mkdocs_build_exits_nonzero_with_a_readable_error_and_no_traceback(project: Project):
    project.column("2026-01-01-fout", date="22-11-2026")
    project.write("mkdocs.yml", project.config_text("site"))
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=project.root,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode != 0
    assert "columns/2026-01-01-fout.md:3: date: verwacht een datum" in result.stderr
    assert "Schrijf eerst het jaar: 2026-11-22" in result.stderr
    assert "Traceback" not in result.stderr


def snapshot(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for folder in ("docs", "columns", "events")
        if (root / folder).exists()
        for p in sorted((root / folder).rglob("*"))
        if p.is_file()
    }


def test_two_builds_in_one_process_are_byte_identical_and_sources_untouched(project: Project):
    project.write("columns/2022-03-01-bundel/bijlage.pdf", b"%PDF-1.4\n")
    project.column("2022-03-01-bundel/", date="2022-03-01")
    for n in range(1, 4):
        project.column(f"2024-0{n}-01-stuk-{n}", date=f"2024-0{n}-01", tags=["a", "b"])
    before = snapshot(project.root)
    first = project.build(site_dir="site-a")
    second = project.build(site_dir="site-b")
    assert snapshot(project.root) == before
    files_a = {p.relative_to(first): p.read_bytes() for p in first.rglob("*") if p.is_file()}
    files_b = {p.relative_to(second): p.read_bytes() for p in second.rglob("*") if p.is_file()}
    assert files_a.keys() == files_b.keys()
    assert [k for k in files_a if files_a[k] != files_b[k]] == []


def test_edit_link_points_at_the_column_source_not_a_generated_path(project: Project):
    project.column("2026-01-05-bewerk-mij", date="2026-01-05")
    project.extra_config = {
        "repo_url": "https://example.org/repo",
        "edit_uri": "edit/main/docs/",
        "theme": {"name": "material", "language": "nl", "font": False, "features": ["content.action.edit"]},
    }
    project.build()
    html = project.read("columns/2026/bewerk-mij/index.html")
    assert 'href="https://example.org/repo/edit/main/columns/2026-01-05-bewerk-mij.md"' in html


def test_markup_in_a_title_is_escaped_on_the_page_and_in_listings(project: Project):
    project.column("2026-01-05-markup", title="<script>alert(1)</script> & co", date="2026-01-05", tags=["<b>vet</b>"])
    project.build()
    for path in ("columns/2026/markup/index.html", "columns/index.html", "columns/trefwoord/b-vet-b/index.html"):
        html = project.read(path)
        assert "<script>alert(1)</script>" not in html, path
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in project.read("columns/index.html")

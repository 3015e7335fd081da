"""Column pages and listings as MkDocs writes them: read from the sample site
(``support/sample.py``), built once per run, but for what needs a build of its own."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from support.sample import configure_sample
from support.sites import BuildFailed, Project


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_column_page_shows_byline_date_reading_time_and_signature(sample: Project):
    html = sample.read("columns/2019/netwerksamenwerking/index.html")
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


def test_bundle_column_publishes_images_and_lists_attachments_with_type_and_size(sample: Project):
    html = sample.read("columns/2022/lokaal-netwerk/index.html")
    assert sample.exists("columns/2022/lokaal-netwerk/verslag-sessie.pdf")
    assert sample.exists("columns/2022/lokaal-netwerk/foto.svg")
    assert 'href="verslag-sessie.pdf" download>Verbinden, verwonderen, vertellen!</a>' in html
    assert "(PDF, 2,4 kB)" in html
    assert '<img src="foto.svg" alt="Tekening van een netwerk">' in html


def test_previous_and_next_follow_the_date_order(sample: Project):
    middle = sample.read("columns/2021/midden/index.html")
    assert re.search(r'href="../../2020/oud/" rel="prev">\s*<span[^>]*>Vorige</span>\s*<span[^>]*>Oud</span>', middle)
    assert re.search(r'href="../../2022/nieuw/" rel="next">', middle)
    newest = sample.read("columns/2026/markup/index.html")
    assert "Volgende</span>" not in newest and "Vorige</span>" in newest


@pytest.fixture(scope="module")
def paginated(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """Twelve columns, one per page: the index runs to page 12."""
    from support.sites import shared_project

    def write(project: Project) -> None:
        project.plugin_options["per_page"] = 1
        for n in range(1, 13):
            project.column(f"2025-{n:02d}-01-stuk-{n}", title=f"Stuk {n}", date=f"2025-{n:02d}-01")

    return shared_project(tmp_path_factory, "paginated", write)


def test_index_paginates_newest_first(paginated: Project):
    first = text_of(paginated.read("columns/index.html"))
    assert "Stuk 12" in first and "Stuk 11" not in first
    second = paginated.read("columns/pagina/2/index.html")
    assert "Stuk 11" in second and "Stuk 12" not in second
    assert 'href="../../" rel="prev"' in second and 'href="../3/" rel="next"' in second
    assert "Stuk 1<" in paginated.read("columns/pagina/12/index.html")
    assert not paginated.exists("columns/pagina/13/index.html")


def test_long_index_pagination_links_first_last_and_neighbours_with_gaps(paginated: Project):
    sixth = paginated.read("columns/pagina/6/index.html")
    pagination = re.search(r'<nav class="av-pagination".*?</nav>', sixth, re.S).group(0)
    linked = [int(n) for n in re.findall(r'aria-label="Pagina (\d+)"', pagination)]
    assert linked == [1, 4, 5, 7, 8, 12]
    assert '<span aria-current="page">6</span>' in pagination
    assert pagination.count("av-pagination__gap") == 2
    assert 'href="../12/" aria-label="Pagina 12"' in pagination


def test_year_category_author_and_tag_listings_hold_exactly_their_columns(sample: Project):
    assert "Warme coalities" in sample.read("columns/2017/index.html")
    assert "Gewoon doen" not in sample.read("columns/2017/index.html")
    nieuws = sample.read("columns/categorie/nieuws/index.html")
    assert "Gewoon doen" in nieuws and "Warme coalities" not in nieuws
    greet = sample.read("columns/auteur/greet-bouman/index.html")
    assert "Warme coalities" in greet and "Gewoon doen" not in greet
    sofie = sample.read("columns/auteur/sofie-vriends/index.html")
    assert '<p class="av-author__bio">Voorzitter sinds 2021.</p>' in sofie
    samenwerking = sample.read("columns/trefwoord/samenwerking/index.html")
    assert "Warme coalities" in samenwerking and "Gewoon doen" in samenwerking
    assert "Trefwoord: Aanbesteden" in sample.read("columns/trefwoord/aanbesteden/index.html")
    archive = text_of(sample.read("columns/archief/index.html"))
    assert "2019 (2)" in archive and "2017 (1)" in archive and "samenwerking (2)" in archive


def test_drafts_and_future_columns_are_absent_from_the_built_site(sample: Project):
    site = sample.root / "site"
    assert sample.exists("columns/2026/gepubliceerd/index.html")
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
    assert not sample.exists("columns/2026/concept/index.html")
    assert not sample.exists("columns/2026/later/index.html")


def test_a_future_column_appears_once_its_date_has_come(project: Project):
    """Decided when the build plans the site (``Project.plan``): no page needs rendering."""
    project.column("2026-12-01-later", title="Later stuk", date="2026-12-01 09:00")
    before = project.plan(now=datetime(2026, 12, 1, 7, 59, tzinfo=UTC)).plan
    assert "columns/2026/later/" not in {p.url for p in before.pages}
    after = project.plan(now=datetime(2026, 12, 1, 8, 0, tzinfo=UTC)).plan  # 09:00 in Amsterdam
    index = next(p for p in after.pages if p.url == "columns/")
    assert "columns/2026/later/" in {p.url for p in after.pages}
    assert [c.title for c in index.listing.columns] == ["Later stuk"]


def test_preview_shows_drafts_and_scheduled_columns_marked(sample_preview: Project):
    assert "<strong>Concept</strong>" in sample_preview.read("columns/2026/concept/index.html")
    later = sample_preview.read("columns/2026/later/index.html")
    assert "<strong>Gepland</strong> · verschijnt op 1 december 2026" in later
    index = sample_preview.read("columns/index.html")
    assert '<span class="av-badge">Concept</span>' in index and '<span class="av-badge">Gepland</span>' in index


def test_search_index_and_sitemap_list_columns_but_no_drafts(sample: Project):
    index = json.loads(sample.read("search/search_index.json"))
    locations = {doc["location"] for doc in index["docs"]}
    assert "columns/2026/zichtbaar/" in locations
    assert not any("concept" in loc for loc in locations)
    sitemap = sample.read("sitemap.xml")
    assert "https://www.example.nl/columns/2026/zichtbaar/" in sitemap and "concept" not in sitemap


def test_search_finds_columns_and_events_but_not_the_generated_lists_that_repeat_their_titles(sample: Project):
    locations = {doc["location"].split("#")[0] for doc in json.loads(sample.read("search/search_index.json"))["docs"]}
    assert {"columns/2026/zichtbaar/", "agenda/2026/webinar/"} <= locations
    lists = {
        "columns/",
        "columns/2019/",
        "columns/trefwoord/wijk/",
        "columns/archief/",
        "agenda/",
        "agenda/2026/12/",
        "agenda/archief/",
    }
    assert all(sample.exists(url + "index.html") for url in lists)
    assert lists & locations == set()
    assert "https://www.example.nl/columns/trefwoord/wijk/" in sample.read("sitemap.xml")  # still findable by crawlers


def test_generated_lists_skip_markdown_unless_another_plugin_gives_them_some(sample: Project):
    """List pages are made by their template alone (``TemplatePage``): MkDocs' Markdown run on
    their empty source is skipped. Markdown that a hook adds (the sample's hooks.py, to
    columns/2026/) is still converted."""
    docs = json.loads(sample.read("search/search_index.json"))["docs"]
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


def test_files_and_folders_starting_with_a_dot_or_underscore_are_skipped(sample: Project):
    site = sample.root / "site"
    assert (site / "columns/2026/zichtbaar/index.html").is_file() and (
        site / "columns/2022/bundel/beeld/grafiek.svg"
    ).is_file()
    assert not (site / "columns/2022/bundel/.verborgen.txt").exists()
    assert not [p for p in site.rglob("*") if "kladje" in p.name.lower() or p.name == "notitie.txt"]
    assert "Kladje" not in sample.read("columns/index.html")


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


def snapshot(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for folder in ("docs", "columns", "events")
        if (root / folder).exists()
        for p in sorted((root / folder).rglob("*"))
        if p.is_file()
    }


def test_two_builds_in_one_process_are_byte_identical_and_sources_untouched(sample: Project, project: Project):
    """A second build of the sample's sources writes the sample's bytes: columns, bundles,
    tags, the agenda and its calendars; and neither build touched a source."""
    for folder in ("docs", "columns", "events", "overrides"):
        shutil.copytree(sample.root / folder, project.root / folder, dirs_exist_ok=True)
    shutil.copy(sample.root / "hooks.py", project.root / "hooks.py")
    configure_sample(project)
    before = snapshot(project.root)
    assert before == snapshot(sample.root)
    second = project.build(site_dir="site-b")
    assert snapshot(project.root) == before
    first = sample.root / "site"
    files_a = {p.relative_to(first): p.read_bytes() for p in first.rglob("*") if p.is_file()}
    files_b = {p.relative_to(second): p.read_bytes() for p in second.rglob("*") if p.is_file()}
    assert files_a.keys() == files_b.keys()
    assert [k for k in files_a if files_a[k] != files_b[k]] == []


def test_edit_link_points_at_the_column_source_not_a_generated_path(sample: Project):
    html = sample.read("columns/2026/zichtbaar/index.html")
    assert 'href="https://example.org/repo/edit/main/columns/2026-01-05-zichtbaar.md"' in html


def test_markup_in_a_title_is_escaped_on_the_page_and_in_listings(sample: Project):
    for path in ("columns/2026/markup/index.html", "columns/index.html", "columns/trefwoord/b-vet-b/index.html"):
        html = sample.read(path)
        assert "<script>alert(1)</script>" not in html, path
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in sample.read("columns/index.html")

"""The link checker on hand-made site folders: every internal link, asset and ``#anchor`` of
the written pages is resolved as a browser would, and only what leads nowhere is reported."""

from __future__ import annotations

from pathlib import Path

from association.linkcheck import broken_links


def write(site: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return site


def test_the_link_check_finds_a_missing_page_and_a_missing_anchor(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<a href="a/">a</a> <a href="b/">b</a> <a href="a/#x">x</a> <a id="y" href="#y">y</a>'
    )
    (tmp_path / "a" / "index.html").write_text("<p>geen anker</p>")
    assert broken_links(tmp_path) == ["index.html: b/", "index.html: a/#x (dit anker bestaat niet)"]


def test_a_site_whose_links_all_resolve_has_none_broken(tmp_path: Path):
    write(
        tmp_path,
        {
            "index.html": '<a href="columns/">Columns</a><img src="assets/logo.svg"><a href="feed.xml">RSS</a>',
            "columns/index.html": '<a href="../">Home</a><a href="2026/warme-coalities/#reacties">Lees</a>',
            "columns/2026/warme-coalities/index.html": '<h2 id="reacties">Reacties</h2><a href="/columns/">Terug</a>',
            "assets/logo.svg": "<svg/>",
            "feed.xml": "<rss/>",
        },
    )
    assert broken_links(tmp_path) == []


def test_links_are_resolved_relative_to_their_page_and_root_relative_from_the_site(tmp_path: Path):
    write(
        tmp_path,
        {
            "agenda/2026/ledenavond/index.html": (
                '<a href="../../">agenda</a><a href="../../../index.html">home</a>'
                '<a href="/agenda/">agenda</a><a href="../../archief/">archief</a><a href="/nergens/">weg</a>'
            ),
            "agenda/index.html": "",
            "index.html": "",
        },
    )
    assert broken_links(tmp_path) == [
        "agenda/2026/ledenavond/index.html: ../../archief/",
        "agenda/2026/ledenavond/index.html: /nergens/",
    ]


def test_a_folder_linked_without_its_trailing_slash_is_its_index_page(tmp_path: Path):
    write(tmp_path, {"index.html": '<a href="volgen">Volgen</a><a href="leeg/">Leeg</a>', "volgen/index.html": ""})
    (tmp_path / "leeg").mkdir()
    assert broken_links(tmp_path) == ["index.html: leeg/"]


def test_other_hosts_and_schemes_that_are_no_page_are_not_checked(tmp_path: Path):
    write(
        tmp_path,
        {
            "index.html": (
                '<a href="https://www.example.org/nergens/">extern</a>'
                '<a href="//cdn.example.org/x.js">cdn</a>'
                '<a href="mailto:secretaris@example.org">mail</a>'
                '<a href="webcal://www.example.org/agenda.ics">agenda</a>'
                '<a href="tel:+31000000000">bel</a>'
                '<img src="data:image/png;base64,AAAA">'
                '<a href="javascript:void(0)">niets</a>'
            )
        },
    )
    assert broken_links(tmp_path) == []


def test_images_scripts_and_stylesheets_are_checked_but_the_canonical_link_is_not(tmp_path: Path):
    write(
        tmp_path,
        {
            "index.html": (
                '<link rel="canonical" href="oud/">'
                '<link rel="stylesheet" href="assets/stijl.css">'
                '<script src="assets/app.js"></script>'
                '<img src="foto.jpg" alt="Leden in gesprek">'
            ),
            "assets/app.js": "",
        },
    )
    assert broken_links(tmp_path) == ["index.html: assets/stijl.css", "index.html: foto.jpg"]


def test_an_anchor_may_be_any_elements_id_or_an_a_name(tmp_path: Path):
    write(
        tmp_path,
        {
            "index.html": (
                '<a href="pagina/#kop">kop</a><a href="pagina/#oud">oud</a>'
                '<a href="pagina/#geen">geen</a><a href="#boven">boven</a><a href="#">leeg</a>'
                '<div id="boven"></div>'
            ),
            "pagina/index.html": '<h2 id="kop">Kop</h2><a name="oud"></a><span name="geen"></span>',
        },
    )
    assert broken_links(tmp_path) == ["index.html: pagina/#geen (dit anker bestaat niet)"]


def test_a_missing_anchor_on_the_page_itself_is_reported(tmp_path: Path):
    write(tmp_path, {"index.html": '<a href="#inhoud">naar de inhoud</a>'})
    assert broken_links(tmp_path) == ["index.html: #inhoud (dit anker bestaat niet)"]


def test_percent_encoded_paths_and_anchors_are_decoded_before_they_are_looked_up(tmp_path: Path):
    write(
        tmp_path,
        {
            "index.html": '<a href="caf%C3%A9/#over-%C3%A9%C3%A9n">café</a><a href="na%20afloop/">na afloop</a>',
            "café/index.html": '<h2 id="over-één">Over één</h2>',
            "na afloop/index.html": "",
        },
    )
    assert broken_links(tmp_path) == []


def test_a_query_string_does_not_change_the_page_a_link_leads_to(tmp_path: Path):
    write(
        tmp_path,
        {"index.html": '<a href="zoeken/?q=leden">zoek</a><a href="weg/?q=1">weg</a>', "zoeken/index.html": ""},
    )
    assert broken_links(tmp_path) == ["index.html: weg/?q=1"]


def test_an_anchor_into_a_file_that_is_no_page_is_not_checked(tmp_path: Path):
    write(tmp_path, {"index.html": '<a href="verslag.pdf#page=2">verslag</a>', "verslag.pdf": "%PDF"})
    assert broken_links(tmp_path) == []


def test_pages_under_assets_are_not_checked_themselves(tmp_path: Path):
    write(tmp_path, {"index.html": "", "assets/javascripts/lunr/index.html": '<a href="nergens/">x</a>'})
    assert broken_links(tmp_path) == []


def test_broken_links_are_listed_page_by_page_in_name_order_as_page_colon_link(tmp_path: Path):
    write(
        tmp_path,
        {
            "z/index.html": '<a href="../weg-z/">z</a>',
            "a/index.html": '<a href="../weg-a2/">a2</a><a href="../weg-a1/">a1</a>',
        },
    )
    assert broken_links(tmp_path) == ["a/index.html: ../weg-a2/", "a/index.html: ../weg-a1/", "z/index.html: ../weg-z/"]

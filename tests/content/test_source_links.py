"""Links between sources: written as MkDocs users write them, checked against the site."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from association.content import source_links as links
from support.sites import BuildFailed, Project

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)

INDEX = links.SiteIndex(
    sources={
        "columns/2017-02-27-warme-coalities.md": "columns/2017/warme-coalities/index.md",
        "events/2017-02-15-werkbezoek.md": "agenda/2017/werkbezoek/index.md",
        "columns/2027-01-01-later.md": None,
    },
    uris=frozenset(
        {
            "index.md",
            "over.md",
            "assets/logo.png",
            "columns/2017/warme-coalities/index.md",
            "agenda/2017/werkbezoek/index.md",
            "columns/2019/gewoon-doen/index.md",
            "columns/2019/gewoon-doen/foto.jpg",
        }
    ),
    urls=frozenset(
        {
            "",
            "over/",
            "assets/logo.png",
            "columns/2017/warme-coalities/",
            "agenda/2017/werkbezoek/",
            "columns/2019/gewoon-doen/",
            "columns/2019/gewoon-doen/foto.jpg",
            "feed.xml",
        }
    ),
    docs_prefix="docs/",
    host="www.example.org",
)
COLUMN = ("columns/2019-02-20-gewoon-doen.md", "columns/2019/gewoon-doen/index.md", "columns/2019/gewoon-doen/")


@pytest.mark.parametrize(
    "target, expected",
    [
        ("2017-02-27-warme-coalities.md", "../../2017/warme-coalities/index.md"),
        ("2017-02-27-warme-coalities.md#kop", "../../2017/warme-coalities/index.md#kop"),
        ("../events/2017-02-15-werkbezoek.md", "../../../agenda/2017/werkbezoek/index.md"),
        ("../docs/over.md", "../../../over.md"),
        ("../../2017/warme-coalities/index.md", "../../2017/warme-coalities/index.md"),
        ("foto.jpg", "foto.jpg"),
        ("/columns/2017/warme-coalities/", "/columns/2017/warme-coalities/"),
        ("/feed.xml", "/feed.xml"),
        ("https://www.example.org/over/", "https://www.example.org/over/"),
        ("https://elders.example.net/x", "https://elders.example.net/x"),
        ("mailto:a@example.org", "mailto:a@example.org"),
        ("#kop", "#kop"),
    ],
)
def test_a_link_to_a_source_file_points_at_its_page_and_others_stay(target, expected):
    assert links.resolve(target, *COLUMN, INDEX) == links.Resolved(expected)


@pytest.mark.parametrize(
    "target, problem",
    [
        (
            "2017-02-27-warme-coalitie.md",
            "columns/2017-02-27-warme-coalitie.md bestaat niet. Bedoel je columns/2017-02-27-warme-coalities.md?",
        ),
        (
            "/columns/2017/warme-coalitie/",
            "de build maakt geen /columns/2017/warme-coalitie/. Bedoel je /columns/2017/warme-coalities/?",
        ),
        ("https://www.example.org/overr/", "de build maakt geen /overr/."),
        ("2027-01-01-later.md", "is een concept of staat gepland"),
    ],
)
def test_a_link_to_nothing_is_a_problem_that_says_what_is_missing(target, problem):
    resolved = links.resolve(target, *COLUMN, INDEX)
    assert resolved.problem is not None and problem in resolved.problem


def test_links_in_code_are_not_links_and_lines_are_counted_from_the_file():
    markdown = "Tekst [a](x.md).\n\n```\n[b](y.md)\n```\n\n`[c](z.md)` en ![foto](f.jpg)\n\n[ref]: r.md\n"
    assert [(link.line, link.target, link.image) for link in links.find(markdown, first_line=8)] == [
        (8, "x.md", False),
        (14, "f.jpg", True),
        (16, "r.md", False),
    ]


def _two_columns(project: Project, body: str) -> None:
    project.column("2017-02-27-warme-coalities", title="Warme coalities", date="2017-02-27")
    project.column("2019-02-20-gewoon-doen", title="Gewoon doen", date="2019-02-20", body=body)


def test_a_column_links_to_the_column_file_next_to_it(project: Project):
    _two_columns(
        project, "Zie [Warme coalities](2017-02-27-warme-coalities.md) en [de agenda](/agenda/).\n\n## Kop\n\nTekst."
    )
    project.event("2026-12-10-x")
    project.write("docs/over.md", "# Over\n\nLees [de column](../columns/2019-02-20-gewoon-doen.md#kop).\n")
    project.build(now=NOW)
    assert '<a href="../../2017/warme-coalities/">Warme coalities</a>' in project.read(
        "columns/2019/gewoon-doen/index.html"
    )
    assert '<a href="../columns/2019/gewoon-doen/#kop">de column</a>' in project.read("over/index.html")


BROKEN = {
    "2019-02-20-gewoon-doen": (
        "Zie\n[Warme coalities](2017-02-27-warme-coalitie.md).",
        "columns/2019-02-20-gewoon-doen.md:9: link (2017-02-27-warme-coalitie.md): verwacht een bestaand bestand, maar "
        "columns/2017-02-27-warme-coalitie.md bestaat niet. Bedoel je columns/2017-02-27-warme-coalities.md?",
    ),
    "2019-02-21-pagina": (
        "Zie [Warme coalities](/columns/2017/warme-coalitie/).",
        "columns/2019-02-21-pagina.md:8: link (/columns/2017/warme-coalitie/): verwacht een pagina of bestand van deze "
        "site, maar de build maakt geen /columns/2017/warme-coalitie/. Bedoel je /columns/2017/warme-coalities/?",
    ),
    "2019-02-22-foto": (
        "![Een foto](wijk.png)",
        "columns/2019-02-22-foto.md:8: afbeelding (wijk.png): verwacht een bestaand bestand, maar columns/wijk.png bestaat niet.",
    ),
}


def test_a_link_to_a_missing_file_or_page_fails_the_build_in_dutch_with_file_and_line(project: Project):
    """One build with a broken link of each kind in its own column: all three are reported."""
    project.column("2017-02-27-warme-coalities", title="Warme coalities", date="2017-02-27")
    for name, (body, _) in BROKEN.items():
        project.column(name, title=name, date=name[:10], body=body)
    with pytest.raises(BuildFailed) as failed:
        project.build(now=NOW)
    for _, message in BROKEN.values():
        assert message in failed.value.messages
    assert "doesn't exist" not in failed.value.messages and "not found" not in failed.value.messages


def test_association_check_reports_the_same_link_problems_without_building(project: Project, capsys, monkeypatch):
    from association.commands import main

    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(NOW.timestamp())))
    _two_columns(
        project, "Zie [Warme coalities](2017-02-27-warme-coalitie.md) en [goed](2017-02-27-warme-coalities.md)."
    )
    project.write("docs/over.md", "# Over\n\n[Weg](/columns/2017/warme-coalitie/)\n")
    project.write("mkdocs.yml", project.config_text("site"))
    code = main(["-f", str(project.root / "mkdocs.yml"), "check"])
    out, err = capsys.readouterr()
    assert code == 1
    assert out.splitlines() == [
        "columns/2019-02-20-gewoon-doen.md:8: link (2017-02-27-warme-coalitie.md): verwacht een bestaand bestand, maar "
        "columns/2017-02-27-warme-coalitie.md bestaat niet. Bedoel je columns/2017-02-27-warme-coalities.md?",
        "docs/over.md:3: link (/columns/2017/warme-coalitie/): verwacht een pagina of bestand van deze site, maar de build "
        "maakt geen /columns/2017/warme-coalitie/. Bedoel je /columns/2017/warme-coalities/?",
    ]
    assert "2 fout(en)" in err and not (project.root / "site").exists()

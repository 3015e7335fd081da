"""Koers documents: front-matter rules, the page and the index."""

from __future__ import annotations

import pytest
import yaml

from association.content.frontmatter import parse
from association.content.koers import KoersStatus, parse_koers
from association.content.settings import ContentSettings
from support.sites import BuildFailed, Project, changed, shared_project

VALID = {
    "title": "Koers 2021 en verder",
    "period": "2021-",
    "status": "adopted",
    "adopted": {"date": "2021-06-24", "body": "algemene ledenvergadering"},
}


def parse_fields(fields):
    text = "---\n" + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False) + "---\n## Pijler 1\n"
    return parse_koers(parse("docs/koers/k.md", text), "docs/koers/k.md", "koers/k.md", ContentSettings())


def only_error(fields):
    koers, errors = parse_fields(fields)
    assert koers is None and len(errors) == 1, errors
    return errors[0]


def test_open_ended_period_reads_as_vanaf():
    koers, errors = parse_fields(VALID)
    assert errors == [] and koers.period == "vanaf 2021" and koers.status is KoersStatus.ADOPTED
    assert koers.adopted.body == "algemene ledenvergadering"


def test_closed_period():
    koers, _ = parse_fields(changed(VALID, period="2016-2020"))
    assert (koers.start, koers.end, koers.period) == (2016, 2020, "2016–2020")


@pytest.mark.parametrize("period", ["twintig", "2025-2020", "21-25"])
def test_bad_period_is_an_error(period):
    assert only_error(changed(VALID, period=period)).field == "period"


def test_unknown_status_is_an_error():
    assert only_error(changed(VALID, status="vastgesteld")).field == "status"


def test_adopted_koers_needs_its_adoption():
    assert only_error(changed(VALID, adopted=None)).field == "adopted"


def test_superseded_koers_needs_its_successor():
    assert only_error(changed(VALID, status="superseded")).field == "superseded_by"


def write_koers(project: Project) -> None:
    project.write(
        "docs/koers/nieuw.md",
        "---\n"
        + yaml.safe_dump(VALID, allow_unicode=True)
        + "---\n\nInleiding.\n\n## Pijler 1\n\nA.\n\n## Pijler 2\n\nB.\n",
    )
    old = changed(
        VALID,
        title="Koers 2016–2020",
        period="2016-2020",
        status="superseded",
        superseded_by="koers/nieuw.md",
        adopted={"date": "2016-03-17", "body": "algemene ledenvergadering"},
    )
    project.write("docs/koers/oud.md", "---\n" + yaml.safe_dump(old, allow_unicode=True) + "---\n\nTekst.\n")


@pytest.fixture(scope="module")
def koers(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """``write_koers``'s two documents, built once per test run."""
    return shared_project(tmp_path_factory, "koers", write_koers)


def test_koers_page_shows_status_period_adoption_and_table_of_contents(koers: Project):
    html = koers.read("koers/nieuw/index.html")
    assert "Vastgesteld</span>" in html and "Periode: vanaf 2021" in html
    assert "Vastgesteld door de algemene ledenvergadering op" in html and "24 juni 2021" in html
    toc = html.split('class="av-toc"')[1].split("</nav>")[0]
    assert 'href="#pijler-1"' in toc and 'href="#pijler-2"' in toc
    assert "md-status" not in html


def test_superseded_koers_links_to_its_successor_and_the_index_puts_the_adopted_first(koers: Project):
    old = koers.read("koers/oud/index.html")
    assert 'Deze koers is vervangen door\n      <a href="../nieuw/">Koers 2021 en verder</a>' in old
    index = koers.read("koers/index.html")
    assert index.index("Koers 2021 en verder") < index.index("Koers 2016–2020")
    # The badges are the statuses the editor set; the index calls nothing "current".
    assert "huidige koers" not in index and ">Vastgesteld</span>" in index and ">Vervangen</span>" in index


def test_successor_must_exist(project: Project):
    write_koers(project)
    project.write(
        "docs/koers/oud.md", project.read_source("docs/koers/oud.md").replace("koers/nieuw.md", "koers/weg.md")
    )
    with pytest.raises(BuildFailed) as info:
        project.plan()
    assert "docs/koers/oud.md: superseded_by:" in info.value.messages

"""adapter/site_index.py: the pages left at old addresses (``gepubliceerd.yml``, ``aliases:``),
the index of what a build contains, and every page's links resolved against it with the
line they are on in the source file."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, get_files
from mkdocs.utils import meta

from association.adapter import site_files
from association.adapter.site_index import add_redirects, build, resolve_links
from association.render.planned import PlannedPage
from support.handmade import Site

REGISTER = """\
columns:
- columns/2025/najaar/
- columns/2026/ledenavond/
events:
  2026-12-10-webinar@example.org:
  - agenda/2026/oude-naam/
  - agenda/2026/webinar/
"""


class Planned:
    """A site up to ``on_files``: its files with the planned pages in them."""

    def __init__(self, site: Site) -> None:
        self.config, self.site, self.content, self.plan = site.plan()
        self.files: Files = get_files(self.config)
        self.pages: dict[str, PlannedPage] = {
            site_files.add_page(self.files, self.config, p): p for p in self.plan.pages
        }

    def redirects(self) -> list:
        return add_redirects(self.files, self.config, self.content, self.pages, self.site)

    def index(self):
        return build(self.files, self.content, self.pages, self.plan.feeds, self.site)

    def links(self, src_uri: str) -> tuple[str, list]:
        """``resolve_links`` on the Markdown MkDocs hands ``on_page_markdown``: past the kop."""
        file = self.files.get_file_from_path(src_uri)
        assert file is not None
        markdown, _ = meta.get_data(file.content_string)
        return resolve_links(markdown, file, self.index(), self.site)


def a_site(root: Path) -> Site:
    site = Site(root)
    site.column("2026-01-10-ledenavond", body="Zie [het najaar](2026-01-12-najaar.md).\n\nEn [weg](2017-01-01-weg.md).")
    site.column("2026-01-12-najaar", title="Najaar", date="2026-01-12", aliases=["columns/2025/najaar/"])
    site.column("2026-01-14-concept", title="Concept", date="2026-01-14", draft=True)
    site.event("2026-12-10-webinar", title="Webinar over netwerken")
    site.write(
        "docs/over.md",
        "---\ntitle: Over ons\n---\n\n# Over ons\n\n"
        "Lees [de ledenavond](../columns/2026-01-10-ledenavond.md) en volg [de feed](/feed.xml).\n",
    )
    return site


@pytest.fixture
def planned(tmp_path: Path) -> Planned:
    return Planned(a_site(tmp_path))


def test_an_old_address_of_a_renamed_event_sends_on_to_its_page(tmp_path: Path):
    site = a_site(tmp_path)
    site.write("gepubliceerd.yml", REGISTER)
    planned = Planned(site)
    assert planned.redirects() == []
    page = planned.files.get_file_from_path("agenda/2026/oude-naam/index.html")
    assert page is not None and page.url == "agenda/2026/oude-naam/"
    text = page.content_string
    assert '<meta http-equiv="refresh" content="0; url=https://www.example.org/agenda/2026/webinar/">' in text
    assert "<title>Verplaatst: Webinar over netwerken</title>" in text
    assert planned.files.get_file_from_path("agenda/2026/webinar/index.html") is None  # the current one: no redirect


def test_a_published_address_a_column_claims_in_its_aliases_sends_on_to_it(tmp_path: Path):
    site = a_site(tmp_path)
    site.write("gepubliceerd.yml", REGISTER)
    planned = Planned(site)
    assert planned.redirects() == []
    page = planned.files.get_file_from_path("columns/2025/najaar/index.html")
    assert page is not None
    assert '<link rel="canonical" href="https://www.example.org/columns/2026/najaar/">' in page.content_string


def test_a_published_event_whose_uid_is_gone_is_a_problem_on_its_line_in_the_register(tmp_path: Path):
    site = a_site(tmp_path)
    site.write("gepubliceerd.yml", REGISTER + "  weg@example.org:\n  - agenda/2025/weg/\n")
    (problem,) = Planned(site).redirects()
    assert (problem.path, problem.line, problem.field) == ("gepubliceerd.yml", 8, "weg@example.org")
    assert problem.message.startswith("verwacht een activiteit met deze vaste id (ze stond op /agenda/2025/weg/)")


def test_a_redirect_never_replaces_a_page_at_its_address(tmp_path: Path):
    site = a_site(tmp_path)
    site.write("gepubliceerd.yml", REGISTER)
    site.write("docs/columns/2025/najaar/index.html", "<p>Een eigen pagina</p>")
    planned = Planned(site)
    with pytest.raises(PluginError, match=r"^columns/2025/najaar/: verwacht een unieke URL"):
        planned.redirects()


def test_the_index_knows_every_source_and_whether_this_build_publishes_it(planned: Planned):
    index = planned.index()
    assert dict(index.sources) == {
        "columns/2026-01-10-ledenavond.md": "columns/2026/ledenavond/index.md",
        "columns/2026-01-12-najaar.md": "columns/2026/najaar/index.md",
        "columns/2026-01-14-concept.md": None,  # a draft: not in this build
        "events/2026-12-10-webinar.md": "agenda/2026/webinar/index.md",
    }
    assert {"over.md", "columns/2026/ledenavond/index.md", "agenda.ics"} - index.uris == {"agenda.ics"}
    assert {"over/", "columns/2026/najaar/", "feed.xml", "atom.xml", "feed-column.xml"} <= index.urls
    assert index.docs_prefix == "docs/" and index.host == "www.example.org"


def test_a_link_to_a_columns_source_is_pointed_at_its_page(planned: Planned):
    markdown, problems = planned.links("over.md")
    assert problems == []
    assert "[de ledenavond](columns/2026/ledenavond/index.md)" in markdown
    assert "[de feed](/feed.xml)" in markdown  # a feed the build writes


def test_a_link_to_nothing_is_a_problem_on_its_line_in_the_source_past_the_kop(planned: Planned):
    markdown, problems = planned.links("columns/2026/ledenavond/index.md")
    assert "[het najaar](../najaar/index.md)" in markdown and "[weg](#)" in markdown
    assert [(p.path, p.line, p.message) for p in problems] == [
        (
            "columns/2026-01-10-ledenavond.md",
            10,
            "link (2017-01-01-weg.md): verwacht een bestaand bestand, maar columns/2017-01-01-weg.md bestaat niet.",
        )
    ]


def test_a_page_without_a_source_file_has_no_links_to_check(planned: Planned):
    listing = planned.files.get_file_from_path("columns/2026/index.md")
    assert listing is not None and listing.abs_src_path is None
    assert resolve_links("[x](weg.md)", listing, planned.index(), planned.site) == ("[x](weg.md)", [])


def test_markdown_that_is_not_the_end_of_the_file_counts_lines_from_the_top(planned: Planned):
    """Another plugin changed the Markdown before us: the lines are counted from line 1."""
    file: File = planned.files.get_file_from_path("over.md")
    _, problems = resolve_links("Tekst\n\n[kapot](nergens.md)\n", file, planned.index(), planned.site)
    assert [(p.path, p.line) for p in problems] == [("docs/over.md", 3)]

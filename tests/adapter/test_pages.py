"""adapter/pages.py: what MkDocs and Material read of a page (template, title, description,
author in ``page.meta``, escaped once), and the finished page's social tags, feed
discovery and last touches."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.structure.pages import Page

from association.adapter import pages, site_files
from association.adapter.problems import Mode, Problems
from association.adapter.state import BuildState
from association.content.errors import ContentError
from association.content.koers import Koers, KoersStatus
from association.render.views import KoersView
from support.handmade import Site, docs_file, files_of

MATERIAL_PAGE = (
    "<!doctype html>\n<html><head><title>Pagina</title></head>\n"
    '<body dir="ltr"><div data-md-component="skip">\n</div>\n'
    '<div class="md-search" data-md-component="search" role="dialog"></div>\n'
    '<main class="md-main" data-md-component="main"><h1>Pagina</h1></main>\n'
    '<script id="__config" type="application/json">{}</script><script src="assets/javascripts/bundle.js"></script>'
    "</body></html>\n"
)


class Planned:
    """The Voorbeeldvereniging up to ``on_files``: its state, and a page for any file."""

    def __init__(self, root: Path, *, preview: bool = False, **options) -> None:
        site = Site(root)
        site.write("columns/authors.yml", "anna-voorbeeld:\n  name: Anna Voorbeeld & <Zn>\n")
        site.column("2026-01-10-ledenavond", title="Leden & <gasten>", category="Nieuws", body='Koffie & "thee".')
        site.event("2026-12-10-webinar", title="Webinar")
        site.write("docs/over.md", "# Over ons\n")
        self.config, settings, _, plan = site.plan(preview=preview, column_categories=["Column", "Nieuws"], **options)
        self.state = BuildState(settings, Problems(Mode.PREVIEW if preview else Mode.BUILD), plan=plan)
        files = files_of(docs_file(self.config, "index.md"), docs_file(self.config, "over.md"))
        for planned in plan.pages:
            self.state.pages[site_files.add_page(files, self.config, planned)] = planned
        self.files = files

    def page(self, src_uri: str) -> Page:
        file = self.files.get_file_from_path(src_uri)
        assert file is not None
        return Page(None, file, self.config)

    def finished(self, src_uri: str) -> str:
        page = self.page(src_uri)
        planned = self.state.pages.get(src_uri)
        if planned is not None:
            pages.set_meta(page, planned)
        else:
            page.title = page.meta.get("title", "Over ons")
        return pages.finish(MATERIAL_PAGE, page, planned, self.state)


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Planned:
    return Planned(tmp_path_factory.mktemp("pages"))


def koers(**changes) -> Koers:
    fields = {"path": "koers/koers-2021.md", "title": "Koers 2021 & verder", "start": 2021, "end": None}
    return Koers(**{**fields, "status": KoersStatus.ADOPTED, **changes})


def test_a_columns_page_gets_its_template_its_escaped_title_and_description_and_its_author(planned: Planned):
    page = planned.page("columns/2026/ledenavond/index.md")
    page.meta["status"] = "new"  # as if from the column's kop: not Material's page status
    pages.set_meta(page, planned.state.pages["columns/2026/ledenavond/index.md"])
    assert page.meta == {
        "template": "association/column.html",
        "title": "Leden &amp; &lt;gasten&gt;",
        "description": "Koffie &amp; &quot;thee&quot;.",
        "author": "Anna Voorbeeld &amp; &lt;Zn&gt;",
    }
    assert page.title == "Leden &amp; &lt;gasten&gt;"


def test_a_list_page_has_no_author(planned: Planned):
    page = planned.page("columns/2026/index.md")
    pages.set_meta(page, planned.state.pages["columns/2026/index.md"])
    assert page.meta["template"] == "association/column-list.html" and "author" not in page.meta


def test_a_koers_document_gets_its_template_and_validated_title_and_loses_its_status(planned: Planned):
    page = planned.page("over.md")
    page.meta = {"title": "eigen titel", "status": "adopted", "description": "Wat we <willen>"}
    pages.set_docs_meta(page, koers())
    assert page.meta == {
        "title": "Koers 2021 &amp; verder",
        "template": KoersView.template,
        "description": "Wat we &lt;willen&gt;",
    }
    assert page.title == "Koers 2021 &amp; verder"


def test_a_koers_document_keeps_a_template_of_its_own(planned: Planned):
    page = planned.page("over.md")
    page.meta = {"template": "eigen.html"}
    pages.set_docs_meta(page, koers())
    assert page.meta["template"] == "eigen.html"


def test_a_page_of_docs_keeps_its_own_kop_escaped_once(planned: Planned):
    page = planned.page("over.md")
    page.meta = {"title": "Over <ons> & jullie", "description": "Wie & wat", "status": "new", "hide": ["toc"]}
    pages.set_docs_meta(page, None)
    assert page.meta == {
        "title": "Over &lt;ons&gt; &amp; jullie",
        "description": "Wie &amp; wat",
        "status": "new",  # Material's own page status, for a page that is not a koers document
        "hide": ["toc"],
    }
    assert page.title == "Over &lt;ons&gt; &amp; jullie"


def test_a_page_of_docs_without_a_title_in_its_kop_keeps_the_title_mkdocs_gives_it(planned: Planned):
    page = planned.page("over.md")
    pages.set_docs_meta(page, None)
    assert page.meta == {} and page.title is None  # MkDocs takes it from the rendered <h1> later
    page.meta = {"title": 2026}  # not text: left to MkDocs as it is
    pages.set_docs_meta(page, None)
    assert page.meta == {"title": 2026} and page.title == 2026


def test_a_column_is_an_article_with_its_own_text_in_the_social_tags(planned: Planned):
    page = planned.page("columns/2026/ledenavond/index.md")
    column = planned.state.pages["columns/2026/ledenavond/index.md"]
    pages.set_meta(page, column)
    tags = pages.head_tags(page, column, planned.state.site)
    assert '<meta property="og:type" content="article">' in tags
    assert '<meta property="og:title" content="Leden &amp; &lt;gasten&gt;">' in tags  # escaped once, not twice
    assert '<meta property="og:url" content="https://www.example.org/columns/2026/ledenavond/">' in tags
    assert '"@type":"Article"' in tags


def test_an_ordinary_page_is_a_website_with_mkdocs_title_and_the_sites_description(tmp_path: Path):
    planned = Planned(tmp_path)
    site = planned.state.site
    page = planned.page("over.md")
    page.title = "Over &amp; om"  # MkDocs' title of an ordinary page is HTML
    tags = pages.head_tags(page, None, site)
    assert '<meta property="og:type" content="website">' in tags
    assert '<meta property="og:title" content="Over &amp; om">' in tags
    assert "og:description" not in tags  # neither the page nor the site has one
    page.meta["description"] = "Wie &amp; wat"
    assert '<meta property="og:description" content="Wie &amp; wat">' in pages.head_tags(page, None, site)


def test_a_finished_column_announces_the_site_feed_and_its_categorys(planned: Planned):
    out = planned.finished("columns/2026/ledenavond/index.md")
    head = out.split("</head>")[0]
    assert head.count('rel="alternate"') == 4
    assert 'title="Voorbeeldvereniging: Nieuws (RSS)" href="../../../feed-nieuws.xml">' in head
    assert '<meta property="og:image" content="https://www.example.org/columns/2026/ledenavond/social-' in head


def test_an_ordinary_finished_page_announces_the_site_feed_only(planned: Planned):
    head = planned.finished("over.md").split("</head>")[0]
    assert head.count('rel="alternate"') == 2 and 'href="../feed.xml"' in head and "feed-nieuws" not in head
    assert "og:image" not in head  # no card for a page without a subject


def test_every_finished_page_gets_its_skip_link_named_search_and_waiting_scripts(planned: Planned):
    out = planned.finished("agenda/index.md")
    assert '<a href="#av-inhoud" class="md-skip">Ga naar inhoud</a>' in out
    assert 'role="dialog" aria-label="Zoeken"' in out
    assert 'data-av-src="assets/javascripts/bundle.js"' in out and '<script src="' not in out
    assert "av-problems" not in out


def test_without_feeds_no_page_announces_one(tmp_path: Path):
    site = Site(tmp_path)
    site.event("2026-12-10-webinar")
    config, settings, _, plan = site.plan()
    assert plan.feeds == ()
    state = BuildState(settings, Problems(Mode.BUILD), plan=plan)
    page = Page("Welkom", docs_file(config, "index.md"), config)
    assert 'rel="alternate"' not in pages.finish(MATERIAL_PAGE, page, None, state)


def test_the_preview_shows_its_problems_at_the_top_of_every_page_and_the_404(tmp_path: Path):
    planned = Planned(tmp_path, preview=True)
    planned.state.problems.add([ContentError("columns/2026-01-02-fout.md", 3, "date", "verwacht een datum")])
    for out in (planned.finished("over.md"), pages.finish_template(MATERIAL_PAGE, planned.state)):
        assert '<body dir="ltr"><section class="av-problems" role="alert"' in out
        assert "<code>columns/2026-01-02-fout.md:3</code> date: verwacht een datum" in out


def test_a_build_never_shows_problems_on_a_page(planned: Planned):
    state = planned.state
    state.problems.add([ContentError("columns/x.md", 1, None, "verwacht een kop")])
    try:
        assert "av-problems" not in pages.finish_template(MATERIAL_PAGE, state)
    finally:
        state.problems.found.clear()

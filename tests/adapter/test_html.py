"""adapter/html.py: the last touches to the HTML Material wrote (head tags, the skip link,
the search dialog's name, the preview's problem report), each pinned on a fragment as
Material writes it, and left alone where the fragment is not what the patch expects."""

from __future__ import annotations

from association.adapter.html import (
    SKIP_TARGET,
    add_to_head,
    alternate_links,
    with_named_search,
    with_problems,
    with_skip_link,
)
from association.content.errors import ContentError

SKIP_EMPTY = '<div data-md-component="skip">\n      \n    </div>'
SKIP_FROM_TOC = '<div data-md-component="skip">\n      <a href="#bestuur" class="md-skip">\n        Ga naar inhoud\n      </a>\n    </div>'
SEARCH = (
    '<div class="md-search" data-md-component="search" role="dialog">\n'
    '  <label class="md-search__overlay" for="__search"></label>\n</div>'
)


def material_page(skip: str = SKIP_EMPTY, search: str = SEARCH, body: str = '<body dir="ltr">') -> str:
    """The parts of a page as Material 9 writes it that the patches look for."""
    return (
        '<!doctype html>\n<html lang="nl" class="no-js">\n  <head>\n    <meta charset="utf-8">\n'
        "    <title>Agenda - Voorbeeldvereniging</title>\n  </head>\n"
        f"  {body}\n    {skip}\n"
        f'    <header class="md-header" data-md-component="header">{search}</header>\n'
        '    <div class="md-container" data-md-component="container">\n'
        '      <main class="md-main" data-md-component="main">\n        <h1>Agenda</h1>\n      </main>\n'
        "    </div>\n  </body>\n</html>\n"
    )


def test_head_tags_go_just_before_the_end_of_the_head():
    out = add_to_head(material_page(), '<meta property="og:title" content="Agenda">')
    assert '<title>Agenda - Voorbeeldvereniging</title>\n  <meta property="og:title" content="Agenda"></head>' in out
    assert out.count('property="og:title"') == 1


def test_only_the_first_end_of_head_gets_the_tags():
    """An inline SVG or a code sample quoting ``</head>`` in the body is left alone."""
    page = material_page().replace("<h1>Agenda</h1>", "<code>&lt;/head&gt;</code><svg></svg></head>")
    out = add_to_head(page, "<meta name=x>")
    assert out.count("<meta name=x>") == 1 and out.index("<meta name=x>") < out.index("<body")


def test_no_tags_leave_the_page_as_it_was():
    page = material_page()
    assert add_to_head(page, "") == page


def test_alternate_links_point_at_the_feeds_relative_to_the_page_with_an_escaped_title():
    links = alternate_links(
        [
            ("Voorbeeldvereniging (RSS)", "application/rss+xml", "feed.xml"),
            ("Leden & <gasten> (Atom)", "application/atom+xml", "atom-leden.xml"),
        ],
        "columns/2026/ledenavond/",
    )
    assert links == (
        '<link rel="alternate" type="application/rss+xml" title="Voorbeeldvereniging (RSS)" href="../../../feed.xml">'
        '<link rel="alternate" type="application/atom+xml" title="Leden &amp; &lt;gasten&gt; (Atom)" '
        'href="../../../atom-leden.xml">'
    )


def test_alternate_links_of_the_home_page_are_beside_it():
    link = alternate_links([("Feed", "application/rss+xml", "feed.xml")], "")
    assert link.endswith(' href="feed.xml">')


def test_a_page_without_a_table_of_contents_gets_a_skip_link_to_main():
    out = with_skip_link(material_page())
    assert f'<div data-md-component="skip"><a href="#{SKIP_TARGET}" class="md-skip">Ga naar inhoud</a>\n' in out
    assert f'<main id="{SKIP_TARGET}" class="md-main" data-md-component="main">' in out
    assert out.count('class="md-skip"') == 1 and out.count(f'id="{SKIP_TARGET}"') == 1


def test_a_page_whose_skip_link_material_made_is_left_alone():
    page = material_page(skip=SKIP_FROM_TOC)
    assert with_skip_link(page) == page


def test_adding_the_skip_link_twice_adds_it_once():
    once = with_skip_link(material_page())
    assert with_skip_link(once) == once


def test_a_page_without_materials_skip_block_gets_no_skip_link_and_no_id_on_main():
    """A site's own main.html that leaves the block out: nothing to point from."""
    page = material_page(skip="")
    assert with_skip_link(page) == page


def test_the_search_dialog_is_named_for_screen_readers():
    out = with_named_search(material_page())
    assert '<div class="md-search" data-md-component="search" role="dialog" aria-label="Zoeken">' in out
    assert out.count('aria-label="Zoeken"') == 1


def test_a_search_dialog_written_otherwise_is_left_alone():
    """Another Material release may write the dialog differently: the page is then untouched."""
    for other in (
        SEARCH.replace('role="dialog"', 'role="dialog" aria-label="Search"'),
        SEARCH.replace('class="md-search" data-md-component="search"', 'data-md-component="search" class="md-search"'),
        "",
    ):
        page = material_page(search=other)
        assert with_named_search(page) == page


def test_the_problem_report_opens_the_body_with_every_problem_escaped():
    problems = [
        ContentError("columns/2026-01-02-fout.md", 3, "date", "verwacht een datum, maar vond '22-11-2026'"),
        ContentError("events/2026-12-10-<webinar>.md", None, None, "verwacht een kop & een tekst"),
    ]
    out = with_problems(material_page(body='<body dir="ltr" data-md-color-scheme="default">'), problems)
    head, _, rest = out.partition('<body dir="ltr" data-md-color-scheme="default">')
    assert "av-problems" not in head
    assert rest.startswith('<section class="av-problems" role="alert" aria-labelledby="av-problems-title">')
    assert '<h2 id="av-problems-title">2 fouten in de inhoud</h2>' in rest
    assert (
        "<li><code>columns/2026-01-02-fout.md:3</code> date: verwacht een datum, maar vond &#x27;22-11-2026&#x27;</li>"
        in rest
    )
    assert "<li><code>events/2026-12-10-&lt;webinar&gt;.md</code> verwacht een kop &amp; een tekst</li>" in rest
    assert "laadt dan vanzelf opnieuw" in rest


def test_one_problem_is_one_fout():
    out = with_problems(material_page(), [ContentError("columns/x.md", None, "title", "verwacht een titel")])
    assert '<h2 id="av-problems-title">1 fout in de inhoud</h2>' in out


def test_a_page_without_a_body_tag_gets_the_report_at_its_start():
    out = with_problems("<p>Alleen tekst</p>", [ContentError("columns/x.md", 2, None, "verwacht een kop")])
    assert out.startswith('<section class="av-problems"') and out.endswith("</section><p>Alleen tekst</p>")

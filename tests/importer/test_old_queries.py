"""importer/old_queries.py: which old ``/?p=123`` addresses go into oude-adressen.yml (only
public pages, by their WordPress id), and how the file is added to: existing entries and
comments kept, an entry with another address reported and left alone, keys in order,
nothing to write when nothing is new, and YAML that reads back as exactly the mapping."""

from __future__ import annotations

import pytest
import yaml

from association.importer import wxr
from association.importer.addresses import Address
from association.importer.layout import Layout
from association.importer.old_queries import (
    HEADER,
    OldQuery,
    guid_key,
    is_target,
    merged,
    sort_key,
    wanted,
)
from association.importer.report import ImportReport, Need
from association.importer.select import Chosen
from support.imports import BLOG, export_of, item

PATH = "oude-adressen.yml"


def layout_of(*placed: tuple[wxr.Item, str, str, bool], draft: bool = False) -> Layout:
    """Items with their kind, new address and whether that is public, as ``plan_layout`` gives them."""
    entries = tuple(Chosen(i, kind, not shown) for i, kind, _, shown in placed)
    addresses = {
        i.id: Address(kind, f"x/{i.id}.md", url, shown)  # the source only goes into the report
        for i, kind, url, shown in placed
    }
    return Layout(entries, addresses, {}, {}, {}, frozenset(), {}, {}, {})


def query(key: str, target: str, title: str = "Terugblik") -> OldQuery:
    return OldQuery(key, target, title, f"{BLOG}/2026/05/12/terugblik/", "columns/2026-05-12-terugblik.md")


def read_back(text: str) -> dict[str, str]:
    loaded = yaml.safe_load(text)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in loaded.items())
    return loaded


# --- which addresses -------------------------------------------------------------------------


def test_a_post_an_event_and_a_page_get_p_and_the_page_also_page_id_with_slashes_around_the_address():
    post, event, page = item(10), item(30, type="tribe_events"), item(20, type="page", guid=f"{BLOG}/?page_id=20")
    layout = layout_of(
        (post, "column", "columns/2026/terugblik/", True),
        (event, "event", "agenda/2026/werkbezoek/", True),
        (page, "page", "over/bestuur/", True),
    )
    queries, hidden = wanted(layout, export_of(post, event, page))
    assert [(q.key, q.target) for q in queries] == [
        ("p=10", "/columns/2026/terugblik/"),
        ("p=20", "/over/bestuur/"),
        ("p=30", "/agenda/2026/werkbezoek/"),
        ("page_id=20", "/over/bestuur/"),
    ]
    assert hidden == []
    assert (queries[0].title, queries[0].old_url, queries[0].source) == (post.title, post.link, "x/10.md")


def test_drafts_and_scheduled_items_get_no_entry_but_are_named_as_left_out():
    public, draft, scheduled = item(10), item(12, status="draft"), item(13, status="future")
    layout = layout_of(
        (public, "column", "columns/2026/a/", True),
        (draft, "column", "columns/2026/b/", False),
        (scheduled, "event", "agenda/2027/c/", False),
    )
    queries, hidden = wanted(layout, export_of(public, draft, scheduled))
    assert [q.key for q in queries] == ["p=10"]
    assert hidden == ["p=12", "p=13"]
    assert not any("/b/" in q.target or "/c/" in q.target for q in queries)


def test_the_wordpress_post_id_counts_even_when_the_guid_is_a_permalink():
    post = item(10, guid=f"{BLOG}/2026/05/12/bericht-10/")
    queries, _ = wanted(layout_of((post, "column", "columns/2026/bericht-10/", True)), export_of(post))
    assert [q.key for q in queries] == ["p=10"]


def test_a_guid_from_an_earlier_site_adds_its_id_only_when_no_item_of_the_export_has_that_id():
    moved = item(10, guid=f"{BLOG}/?p=99")
    taken = item(11, guid=f"{BLOG}/?p=50")
    elsewhere = item(12, guid="https://ander.example.org/?p=98")
    menu = item(50, type="nav_menu_item")
    layout = layout_of(
        (moved, "column", "columns/2026/a/", True),
        (taken, "column", "columns/2026/b/", True),
        (elsewhere, "column", "columns/2026/c/", True),
    )
    queries, _ = wanted(layout, export_of(moved, taken, elsewhere, menu))
    assert {q.key: q.target for q in queries} == {
        "p=10": "/columns/2026/a/",
        "p=11": "/columns/2026/b/",
        "p=12": "/columns/2026/c/",
        "p=99": "/columns/2026/a/",
    }


def test_one_guid_id_claimed_by_two_items_goes_to_neither():
    first, second = item(10, guid=f"{BLOG}/?p=99"), item(11, guid=f"{BLOG}/?p=99")
    layout = layout_of((first, "column", "columns/2026/a/", True), (second, "column", "columns/2026/b/", True))
    queries, _ = wanted(layout, export_of(first, second))
    assert [q.key for q in queries] == ["p=10", "p=11"]


def test_a_guid_names_its_query_only_on_the_old_sites_home_address():
    assert guid_key(f"{BLOG}/?post_type=tribe_events&p=7", BLOG) == "p=7"
    assert guid_key(f"{BLOG}/?page_id=3", BLOG + "/") == "page_id=3"
    assert guid_key("https://OUD.example.org?p=4", BLOG) == "p=4"
    assert guid_key("https://ander.example.org/?p=4", BLOG) is None
    assert guid_key(f"{BLOG}/2026/05/x/?p=4", BLOG) is None
    assert guid_key(f"{BLOG}/?p=twaalf", BLOG) is None
    assert guid_key(f"{BLOG}/blog/?p=5", BLOG + "/blog") == "p=5"


def test_keys_sort_by_name_then_by_number():
    keys = ["page_id=3", "p=10", "p=9", "p=abc", "attachment_id=1"]
    assert sorted(keys, key=sort_key) == ["attachment_id=1", "p=9", "p=10", "p=abc", "page_id=3"]


def test_only_a_path_of_the_site_itself_is_an_address():
    assert is_target("/") and is_target("/columns/2013/titel/")
    for bad in ("columns/x/", "/columns/x", "//evil.example.org/", "/a b/", "/a#b/", "/a\\b/", "/a?p=1/", 12, None):
        assert not is_target(bad), bad


# --- adding to the file ------------------------------------------------------------------------


def test_a_new_file_has_the_header_and_one_plain_line_per_address_that_reads_back_exactly():
    report = ImportReport()
    result = merged(None, PATH, [query("p=10", "/columns/2026/terugblik/"), query("page_id=3", "/over/")], report)
    assert result.text == HEADER + "p=10: /columns/2026/terugblik/\npage_id=3: /over/\n"
    assert read_back(result.text) == {"p=10": "/columns/2026/terugblik/", "page_id=3": "/over/"}
    assert result.listed == ("p=10", "page_id=3") and report.findings == []


def test_the_home_page_and_an_address_that_needs_quotes_read_back_as_themselves():
    result = merged(None, PATH, [query("p=1", "/"), query("p=2", "/a:b/"), query("p=3", "/ja/")], ImportReport())
    assert result.text is not None
    assert read_back(result.text) == {"p=1": "/", "p=2": "/a:b/", "p=3": "/ja/"}


def test_existing_entries_and_comments_stay_and_new_keys_are_added_in_order():
    existing = (
        "# Van de vorige site.\n\n"
        "page_id=3: /over/\n"
        "# met de hand toegevoegd\n"
        "p=12: '/columns/2013/titel/'  # oude column\n"
    )
    result = merged(
        existing, PATH, [query("p=9", "/columns/2026/a/"), query("p=100", "/columns/2026/b/")], ImportReport()
    )
    assert result.text == (
        "# Van de vorige site.\n\n"
        "p=9: /columns/2026/a/\n"
        "# met de hand toegevoegd\n"
        "p=12: '/columns/2013/titel/'  # oude column\n"
        "p=100: /columns/2026/b/\n"
        "page_id=3: /over/\n"
    )
    assert read_back(result.text) == {
        "p=9": "/columns/2026/a/",
        "p=12": "/columns/2013/titel/",
        "p=100": "/columns/2026/b/",
        "page_id=3": "/over/",
    }


def test_a_second_time_there_is_nothing_to_write_and_the_addresses_are_still_listed():
    queries = [query("p=10", "/columns/2026/a/"), query("p=11", "/columns/2026/b/")]
    first = merged(None, PATH, queries, ImportReport())
    assert first.text is not None
    report = ImportReport()
    second = merged(first.text, PATH, queries, report)
    assert second.text is None and second.listed == ("p=10", "p=11") and report.findings == []


def test_an_entry_with_another_address_is_not_changed_but_a_conflict_for_a_person():
    existing = HEADER + "p=10: /elders/\n"
    report = ImportReport()
    result = merged(existing, PATH, [query("p=10", "/columns/2026/a/"), query("p=11", "/columns/2026/b/")], report)
    assert result.text == HEADER + "p=10: /elders/\np=11: /columns/2026/b/\n"
    assert result.listed == ("p=11",)
    [finding] = report.findings
    assert finding.need is Need.ACTION and report.needs_person
    assert "/?p=10 al naar /elders/, niet naar /columns/2026/a/" in finding.what
    assert (finding.title, finding.file) == ("Terugblik", "columns/2026-05-12-terugblik.md")


def test_only_a_conflict_means_nothing_to_write():
    report = ImportReport()
    result = merged("p=10: /elders/\n", PATH, [query("p=10", "/columns/2026/a/")], report)
    assert result.text is None and result.listed == () and report.needs_person


def test_a_file_with_only_comments_keeps_them_above_the_first_entries():
    result = merged("# eigen uitleg\n", PATH, [query("p=1", "/a/")], ImportReport())
    assert result.text == "# eigen uitleg\np=1: /a/\n"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("p=1: /a/\np=1: /b/\n", "twee keer"),
        ("{p=1: /a/}\n", "regel 1"),
        ("p=1:\n  /a/\n", "regel 1"),
        ("p=1: //evil.example.org/\n", "geen adres van de site"),
        ("p=1: [/a/]\n", "geen adres van de site"),
        ("p: /a/\n", "geen oud adres"),
        ("p=1: /a/\n---\np=2: /b/\n", "regel 2"),
        ("p=1: /a/\n: [\n", "regel 2"),
    ],
)
def test_a_file_that_is_not_one_entry_a_line_is_not_touched_but_reported(text: str, why: str):
    report = ImportReport()
    result = merged(text, PATH, [query("p=2", "/b/")], report)
    assert result == type(result)(None)
    [finding] = report.findings
    assert finding.need is Need.ACTION and why in finding.what and PATH in finding.what

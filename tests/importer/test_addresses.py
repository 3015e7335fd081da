"""importer/addresses.py: an old WordPress address as a site path of the new site (or
nothing), the id forms ``/?p=12``, an item's date, slug and file stem, and the two forms of
a column's or event's source."""

from __future__ import annotations

from datetime import datetime

import pytest

from association.content.columns import _aliases
from association.content.errors import FieldError
from association.importer.addresses import (
    Address,
    first_part,
    old_path,
    published,
    query_id,
    slug_of,
    stem,
    unique,
)
from support.imports import AMSTERDAM, BLOG, item

# --- old addresses --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("https://oud.example.org/2013/01/titel/", "2013/01/titel/"),
        ("https://oud.example.org//greek/%ce%b5%cf%80/", "greek/επ/"),
        ("https://oud.example.org/?p=12", None),
        ("https://oud.example.org", None),
        ("https://elders.example.org/x/", None),
        ("https://oud.example.org/a/../../etc/", None),
    ],
)
def test_an_old_permalink_becomes_a_site_path_or_nothing(link: str, expected: str | None):
    assert old_path(link, BLOG) == expected


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("HTTPS://OUD.EXAMPLE.ORG/Titel/", "Titel/"),  # the host in any case, the path as it was
        ("/over/bestuur", "over/bestuur/"),  # a relative link, and always a trailing slash
        ("https://oud.example.org/./x/", "x/"),
        ("https://oud.example.org/a%20b/", None),  # no space, quote or percent in a site path
        ('https://oud.example.org/a"b/', None),
        ("https://oud.example.org/a%2525/", None),
    ],
)
def test_an_old_address_is_only_a_site_path_when_a_static_host_can_serve_it(link: str, expected: str | None):
    assert old_path(link, BLOG) == expected


def test_a_blog_in_a_subfolder_loses_that_folder_in_the_site_path():
    assert old_path("https://oud.example.org/blog/2013/titel/", BLOG + "/blog") == "2013/titel/"
    assert old_path("https://oud.example.org/elders/titel/", BLOG + "/blog") == "elders/titel/"


def test_the_id_forms_of_old_addresses_are_understood():
    assert [query_id(u) for u in ("/?p=12", "/?page_id=3", "/?post_type=tribe_events&p=7", "/x/")] == [12, 3, 7, None]
    assert query_id("/?attachment_id=101") == 101 and query_id("/?p=twaalf") is None


def test_every_old_permalink_old_path_makes_is_an_alias_the_column_loader_accepts():
    """The importer writes ``/`` + old_path as a column's alias; content/columns reads it back."""
    links = ("https://oud.example.org/2013/01/11/titel/", "https://oud.example.org/greek/%ce%b5%cf%80/")
    paths = [old_path(link, BLOG) for link in links]
    assert _aliases(["/" + p for p in paths if p]) == ("2013/01/11/titel/", "greek/επ/")


def test_a_column_alias_may_be_an_old_wordpress_permalink_but_no_query_or_parent():
    assert _aliases(["/2013/01/11/titel/", "/greek/επ/"]) == ("2013/01/11/titel/", "greek/επ/")
    for bad in ("/?p=1", "/a/../b/", "/a b/", "/", "/a%20b/"):
        with pytest.raises(FieldError):
            _aliases([bad])


def test_the_first_part_of_a_site_path_is_what_reserved_names_are_checked_against():
    assert first_part("/columns/2026/x/") == "columns" and first_part("agenda") == "agenda"


# --- dates, slugs and names -------------------------------------------------------------------


def test_an_items_date_is_its_utc_time_in_the_sites_zone():
    assert published(item(date="2026-05-12 10:30:00", date_gmt="2026-05-12 08:30:00"), AMSTERDAM) == datetime(
        2026, 5, 12, 10, 30, tzinfo=AMSTERDAM
    )
    # WordPress's local time may be wrong (a zone changed later): UTC wins.
    assert published(item(date="2026-01-10 09:00:00", date_gmt="2026-01-10 12:00:00"), AMSTERDAM).hour == 13


def test_a_draft_that_never_had_a_date_uses_its_local_time_and_no_date_at_all_is_1970():
    draft = item(date="2026-11-01 10:00:00", date_gmt="0000-00-00 00:00:00")
    assert published(draft, AMSTERDAM) == datetime(2026, 11, 1, 10, 0, tzinfo=AMSTERDAM)
    assert published(item(date="nooit", date_gmt="ook niet"), AMSTERDAM) == datetime(1970, 1, 1, tzinfo=AMSTERDAM)


def test_the_slug_is_wordpress_s_own_else_the_titles_else_the_ids():
    assert slug_of(item(slug="terugblik-op-mei", title="Iets anders")) == "terugblik-op-mei"
    assert slug_of(item(slug="caf%c3%a9-avond")) == "cafe-avond"  # decoded, then made a slug
    assert slug_of(item(slug="", title="Één titel!")) == "een-titel"
    assert slug_of(item(5, slug="", title="")) == "bericht-5"


def test_a_slug_taken_already_gets_the_items_id_and_is_taken_from_then_on():
    taken: set[str] = set()
    assert [unique("avond", taken, 1), unique("avond", taken, 2), unique("ochtend", taken, 3)] == [
        "avond",
        "avond-2",
        "ochtend",
    ]
    assert taken == {"avond", "avond-2", "ochtend"}


def test_a_file_stem_is_the_day_then_the_slug():
    assert stem(datetime(2026, 5, 2, 23, 0).date(), "avond") == "2026-05-02-avond"


# --- the two forms of a source ----------------------------------------------------------------


def test_a_column_in_a_folder_and_as_a_file_are_each_others_other_form():
    folder = Address("column", "columns/2026-05-12-avond/index.md", "columns/2026/avond/", True)
    file = Address("column", "columns/2026-05-12-avond.md", "columns/2026/avond/", True)
    assert (folder.folder, folder.stem, folder.other_form) == (
        "columns/2026-05-12-avond",
        "2026-05-12-avond",
        "columns/2026-05-12-avond.md",
    )
    assert (file.folder, file.stem, file.other_form) == (
        "columns",
        "2026-05-12-avond",
        "columns/2026-05-12-avond/index.md",
    )


def test_a_page_in_a_folder_and_as_a_file_are_each_others_other_form_but_the_home_page_has_none():
    assert Address("page", "docs/over/index.md", "over/", True).other_form == "docs/over.md"
    assert Address("page", "docs/over.md", "over/", True).other_form == "docs/over/index.md"
    assert Address("page", "docs/index.md", "", True).other_form is None

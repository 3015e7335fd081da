"""The scaffold of a new column or event: the front matter an editor starts from."""

from __future__ import annotations

from datetime import UTC, date, datetime

import yaml

from association.content.scaffold import file_name, moment_text, quoted


def test_a_quoted_title_reads_back_as_the_same_text_whatever_it_holds():
    for title in ('Een "titel": met # en \\ en ü', "- lijst?", "yes", "12:30"):
        assert yaml.safe_load(f"title: {quoted(title)}") == {"title": title}


def test_the_file_name_is_the_date_and_the_titles_slug():
    assert file_name(date(2027, 3, 12), "Netwerk, gewoon doen!") == "2027-03-12-netwerk-gewoon-doen.md"


def test_a_moment_is_written_as_the_editor_guide_writes_it():
    assert moment_text(date(2027, 3, 12)) == "2027-03-12"
    assert moment_text(datetime(2027, 3, 12, 14, 0, tzinfo=UTC)) == "2027-03-12 14:00"

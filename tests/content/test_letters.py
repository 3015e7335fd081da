"""The record of the last newsletter sent: read, numbered on, written back."""

from __future__ import annotations

from datetime import date

from association.content.letters import HEADER, Sent, dump, next_number, read


def test_what_is_dumped_is_read_back_with_its_header_comment():
    sent = Sent(3, 2026, date(2026, 11, 2))
    text = dump(sent)
    assert text.startswith(HEADER) and read(text) == sent


def test_an_empty_or_foreign_file_means_no_newsletter_was_sent():
    assert read("") is None and read("iets: anders\n") is None


def test_numbers_count_on_within_a_year_and_start_at_one_in_a_new_year():
    last = Sent(3, 2026, date(2026, 11, 2))
    assert next_number(last, 2026) == 4 and next_number(last, 2027) == 1 and next_number(None, 2026) == 1

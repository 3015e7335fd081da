"""Slugs: what an address is made of, from a title or as the editor wrote it."""

from __future__ import annotations

import pytest

from association.content.errors import FieldError
from association.content.slugs import is_slug, parse_slug, slugify


def test_a_title_becomes_lower_case_words_joined_by_dashes_and_accents_keep_their_letter():
    assert slugify("Netwerksamenwerking, gewoon doen!") == "netwerksamenwerking-gewoon-doen"
    assert slugify("Mozaïek van  wijken") == "mozaiek-van-wijken"
    assert slugify("--Één--") == "een"


def test_an_explicit_slug_must_already_be_one_and_the_error_suggests_it():
    assert parse_slug("warme-coalities") == "warme-coalities"
    with pytest.raises(FieldError) as error:
        parse_slug("Warme Coalities")
    assert "warme-coalities" in str(error.value.hint)
    with pytest.raises(FieldError):
        parse_slug(12)


def test_is_slug_refuses_double_and_outer_dashes():
    assert is_slug("a-b1") and not is_slug("a--b") and not is_slug("-a") and not is_slug("")

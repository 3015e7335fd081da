"""adapter/config.py: the plugin's options in mkdocs.yml, their defaults, and what MkDocs'
own config machinery refuses (a wrong type, an unknown name) before our code sees them."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from association.adapter.config import AssociationConfig
from association.content.settings import DEFAULT_COLUMN_CATEGORIES, DEFAULT_EVENT_CATEGORIES
from support.handmade import Site, options_of


def validated(options: dict) -> tuple[AssociationConfig, list, list]:
    config = AssociationConfig()
    config.load_dict(options)
    failed, warnings = config.validate()
    return config, failed, warnings


def test_an_empty_options_block_is_valid_and_gets_the_documented_defaults():
    config, failed, warnings = validated({})
    assert failed == [] and warnings == []
    assert config.timezone == "Europe/Amsterdam"
    assert config.columns_dir == "columns" and config.authors_file == "columns/authors.yml"
    assert config.events_dir == "events" and config.published_file == "gepubliceerd.yml"
    assert config.column_categories == list(DEFAULT_COLUMN_CATEGORIES)
    assert config.event_categories == list(DEFAULT_EVENT_CATEGORIES)
    assert (config.per_page, config.words_per_minute, config.ical_past_days, config.ical_refresh_hours) == (
        10,
        200,
        180,
        12,
    )
    assert (config.feed_rss, config.feed_atom, config.feed_limit, config.feed_ttl) == ("feed.xml", "atom.xml", 20, 60)
    assert config.feed_full_content is True and config.cache_chrome is True and config.social_cards is True
    assert config.cms_editorial_workflow is True


def test_options_that_may_be_left_out_are_none_or_empty_and_not_a_made_up_value():
    config, _, _ = validated({})
    assert config.feed_logo is None and config.social_logo is None and config.social_font is None
    assert config.cms_backend is None
    # Empty means "derived later" (site name, newsletter colour), never a value of its own.
    assert config.uid_domain == "" and config.organizer == "" and config.calendar_name == ""
    assert config.social_color == ""


def test_each_config_gets_its_own_copy_of_the_default_category_lists():
    first, _, _ = validated({})
    first.column_categories.append("Persbericht")
    second, _, _ = validated({})
    assert second.column_categories == list(DEFAULT_COLUMN_CATEGORIES)
    assert "Persbericht" not in DEFAULT_COLUMN_CATEGORIES


@pytest.mark.parametrize(
    ("options", "key"),
    [
        ({"per_page": "tien"}, "per_page"),
        ({"feed_full_content": "ja"}, "feed_full_content"),
        ({"column_categories": "Nieuws"}, "column_categories"),
        ({"event_categories": ["Lezing", 3]}, "event_categories"),
        ({"cms_backend": "github"}, "cms_backend"),
    ],
)
def test_an_option_of_the_wrong_type_is_refused_by_name(options: dict, key: str):
    _, failed, _ = validated(options)
    assert [name for name, _ in failed] == [key]


def test_an_unknown_option_is_a_warning_naming_it():
    _, failed, warnings = validated({"per_pagina": 5})
    assert failed == []
    assert warnings == [("per_pagina", "Unrecognised configuration name: per_pagina")]


def test_mkdocs_yml_gives_the_plugin_its_options_and_refuses_a_wrong_one(tmp_path: Path, caplog):
    site = Site(tmp_path)
    options = options_of(site.config(per_page=5, event_categories=["Lezing"], feed_logo="assets/logo.png"))
    assert options.per_page == 5 and options.event_categories == ["Lezing"] and options.feed_logo == "assets/logo.png"
    with caplog.at_level(logging.ERROR, logger="mkdocs"), pytest.raises(Abort):
        site.config(per_page="tien")
    assert "Plugin 'association' option 'per_page'" in caplog.text

"""The content settings: their neutral defaults, and the warning while ``site_url`` is still
an example's address."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from association.content.settings import (
    DEFAULT_COLUMN_CATEGORIES,
    DEFAULT_EVENT_CATEGORIES,
    ContentSettings,
    example_site_url_warning,
)


def test_the_defaults_are_amsterdam_time_the_neutral_categories_and_the_example_domain():
    settings = ContentSettings()
    assert settings.timezone == ZoneInfo("Europe/Amsterdam")
    assert settings.column_categories == DEFAULT_COLUMN_CATEGORIES == ("Column", "Nieuws", "Artikel")
    assert settings.event_categories == DEFAULT_EVENT_CATEGORIES and "Webinar" in DEFAULT_EVENT_CATEGORIES
    assert (settings.words_per_minute, settings.organizer, settings.uid_domain) == (200, "", "example.org")


def test_settings_are_frozen_so_one_build_cannot_change_them_for_the_next():
    with pytest.raises(AttributeError):
        ContentSettings().organizer = "Ander"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("site_url", "warns"),
    [
        ("https://www.example.org/", True),
        ("https://www.example.nl/", True),
        ("https://example.com", True),
        ("https://WWW.EXAMPLE.ORG/", True),
        ("https://example.org./", True),
        ("https://vereniging.example.com/", True),
        ("https://vereniging.test/", True),
        ("https://vereniging.invalid/", True),
        ("https://site.example/", True),
        ("http://localhost:8000/", True),
        ("http://127.0.0.1:8000/", True),
        ("", True),
        ("https://www.verdiwel.nl/", False),
        ("https://vereniging.nl/site/", False),
        ("https://www.examples.nl/", False),
        ("https://testvereniging.nl/", False),
    ],
)
def test_an_examples_site_url_is_a_warning_that_names_the_setting_and_the_fix(site_url: str, warns: bool):
    warning = example_site_url_warning(site_url, "mkdocs.yml")
    assert (warning is not None) is warns
    if warning is not None:
        assert warning.warning and (warning.path, warning.field) == ("mkdocs.yml", "site_url")
        assert f"gevonden '{site_url}'" in warning.message and "echte domein" in warning.message


def test_the_warning_is_on_the_config_file_it_is_given():
    warning = example_site_url_warning("https://www.example.org/", "tests/demo/mkdocs.yml")
    assert warning is not None and (warning.path, warning.line) == ("tests/demo/mkdocs.yml", None)

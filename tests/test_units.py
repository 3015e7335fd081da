"""Unit tests of the loader and the plugin's options, with no site build: what the adapter
gets from content/, checked where it is decided (the planners' are in tests/render/)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from association.content.errors import ContentErrors
from association.content.loader import Paths, load
from association.content.settings import ContentSettings, example_site_url_warning

SETTINGS = ContentSettings(organizer="Testvereniging", uid_domain="example.nl")


def site(tmp_path: Path, columns: dict[str, dict], events: dict[str, dict] | None = None) -> Paths:
    (tmp_path / "docs").mkdir()
    (tmp_path / "columns").mkdir()
    (tmp_path / "columns/authors.yml").write_text("anna:\n  name: Anna\n")
    for name, front in columns.items():
        data = {"author": "anna", "category": "Column", **front}
        (tmp_path / f"columns/{name}.md").write_text("---\n" + yaml.safe_dump(data) + "---\n\nTekst.\n")
    (tmp_path / "events").mkdir()
    for name, front in (events or {}).items():
        data = {"category": "Webinar", "uid": f"{name}@example.nl", **front}
        (tmp_path / f"events/{name}.md").write_text("---\n" + yaml.safe_dump(data) + "---\n\nTekst.\n")
    return Paths(
        tmp_path, tmp_path / "docs", tmp_path / "columns", tmp_path / "columns/authors.yml", tmp_path / "events"
    )


def test_load_sorts_columns_newest_first_and_events_by_start(tmp_path: Path):
    paths = site(
        tmp_path,
        {
            "2019-01-01-oud": {"title": "Oud", "date": "2019-01-01"},
            "2026-01-01-nieuw": {"title": "Nieuw", "date": "2026-01-01"},
            "onbekend": {"title": "Zonder datum", "date": "onbekend"},
        },
        {
            "2027-01-01-b": {"title": "B", "start": "2027-01-01 10:00"},
            "2026-12-01-a": {"title": "A", "start": "2026-12-01 10:00"},
        },
    )
    content = load(paths, SETTINGS)
    assert [c.title for c in content.columns] == ["Nieuw", "Oud", "Zonder datum"]
    assert [e.title for e in content.events] == ["A", "B"]


def test_load_raises_every_problem_at_once_or_keeps_going_for_the_preview(tmp_path: Path):
    paths = site(
        tmp_path,
        {
            "2026-01-01-a": {"title": "A", "date": "01-01-2026"},
            "2026-01-02-b": {"title": "B", "date": "2026-01-02", "category": "Blog"},
            "2026-01-03-c": {"title": "C", "date": "2026-01-03"},
        },
    )
    with pytest.raises(ContentErrors) as failed:
        load(paths, SETTINGS)
    assert [e.field for e in failed.value.errors] == ["date", "category"]
    kept = load(paths, SETTINGS, keep_going=True)
    assert [c.title for c in kept.columns] == ["C"] and len(kept.errors) == 2


def test_the_options_become_settings_once_and_a_wrong_time_zone_is_a_dutch_error(tmp_path: Path):
    from mkdocs.config import load_config
    from mkdocs.exceptions import PluginError

    from association.adapter.options import content_settings

    (tmp_path / "docs").mkdir()
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(
        "site_name: T\nsite_url: https://www.example.nl/\ntheme: {name: material}\n"
        "plugins: [{association: {timezone: Europe/Amsterdam, uid_domain: example.nl, "
        "event_categories: [Lezing]}}]\n"
    )
    config = load_config(str(config_file))
    settings = content_settings(config.plugins["association"].config, config)
    assert (
        settings.event_categories == ("Lezing",) and settings.organizer == "T" and settings.uid_domain == "example.nl"
    )
    config_file.write_text(config_file.read_text().replace("Europe/Amsterdam", "Europa/Amsterdam"))
    config = load_config(str(config_file))
    with pytest.raises(PluginError, match=r"plugins\.association\.timezone: verwacht een bestaande tijdzone"):
        content_settings(config.plugins["association"].config, config)


@pytest.mark.parametrize(
    ("site_url", "warns"),
    [
        ("https://www.example.org/", True),
        ("https://www.example.nl/", True),
        ("https://example.com", True),
        ("https://vereniging.test/", True),
        ("http://localhost:8000/", True),
        ("http://127.0.0.1:8000/", True),
        ("", True),
        ("https://www.verdiwel.nl/", False),
        ("https://vereniging.nl/site/", False),
        ("https://www.examples.nl/", False),
    ],
)
def test_an_examples_site_url_is_a_warning_that_names_the_setting_and_the_fix(site_url: str, warns: bool):
    warning = example_site_url_warning(site_url, "mkdocs.yml")
    assert (warning is not None) is warns
    if warning is not None:
        assert warning.warning and (warning.path, warning.field) == ("mkdocs.yml", "site_url")
        assert f"gevonden '{site_url}'" in warning.message and "echte domein" in warning.message

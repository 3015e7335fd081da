"""Unit tests of the plugin's options, with no site build (the loader's are in
tests/content/test_loader.py, the planners' in tests/render/)."""

from __future__ import annotations

from pathlib import Path

import pytest


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

"""``open_site``: a command reads mkdocs.yml as the build does, and every way it can be wrong
(no file, no plugin, bad YAML, a bad option) is a Dutch ``UserError`` naming the file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from association.commands import main
from association.commands.site import Site, UserError, open_site
from support.sites import Project

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(NOW.timestamp())))


def config_file(project: Project) -> str:
    return str(project.write("mkdocs.yml", project.config_text("site")))


def test_a_missing_config_file_says_where_to_start_the_command(tmp_path: Path):
    missing = str(tmp_path / "mkdocs.yml")
    with pytest.raises(UserError) as refused:
        open_site(missing)
    assert str(refused.value) == f"{missing} niet gevonden; start dit commando in de map van de site"


def test_a_site_without_the_association_plugin_is_named(project: Project):
    project.write(
        "mkdocs.yml",
        "site_name: Testvereniging\nsite_url: https://www.example.nl/\nplugins: [search]\n",
    )
    path = str(project.root / "mkdocs.yml")
    with pytest.raises(UserError) as refused:
        open_site(path)
    assert str(refused.value) == f"{path}: plugins: verwacht de plugin association, maar die ontbreekt"


def test_broken_yaml_in_the_config_file_is_named_with_mkdocs_own_words(project: Project):
    project.write("mkdocs.yml", "site_name: Testvereniging\nplugins: [search\n")
    path = str(project.root / "mkdocs.yml")
    with pytest.raises(UserError) as refused:
        open_site(path)
    assert str(refused.value).startswith(f"{path}: MkDocs encountered an error parsing the configuration file")


def test_a_setting_the_plugin_refuses_is_said_in_dutch_with_the_file(project: Project):
    project.plugin_options["cms_backend"] = {"repo": "voorbeeldvereniging/site"}
    path = config_file(project)
    with pytest.raises(UserError) as refused:
        open_site(path)
    message = str(refused.value)
    assert message.startswith(str(Path(path).resolve()) + ": plugins.association.cms_backend.name:")
    assert "verwacht de soort opslag van de editor (github, gitlab of test-repo), maar het ontbreekt" in message


def test_an_option_of_the_wrong_type_is_a_user_error_naming_the_file(project: Project):
    project.plugin_options["per_page"] = "tien"
    path = config_file(project)
    with pytest.raises(UserError, match="per_page") as refused:
        open_site(path)
    assert str(refused.value).startswith(f"{path}: verwacht geldige instellingen, gevonden: ")
    assert "Aborted" not in str(refused.value)


def test_a_user_error_reaches_the_editor_as_one_line_and_exit_code_2(project: Project, capsys):
    project.write("mkdocs.yml", "site_name: Testvereniging\nplugins: [search]\n")
    path = str(project.root / "mkdocs.yml")
    assert main(["-f", path, "list"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == f"association: {path}: plugins: verwacht de plugin association, maar die ontbreekt\n"


def test_the_site_carries_the_settings_the_build_reads(project: Project):
    project.plugin_options["columns_dir"] = "stukken"
    path = config_file(project)
    site = open_site(path)
    assert isinstance(site, Site) and site.config_file == Path(path)
    assert site.settings.site_url == "https://www.example.nl/"
    assert site.settings.paths.root == project.root.resolve()
    assert site.settings.paths.columns == (project.root / "stukken").resolve()
    assert site.settings.editor is None


def test_a_wrong_social_card_logo_does_not_stop_a_command_from_reading_the_site(project: Project):
    """The cards' logo is read by a build only (``cards=False``)."""
    project.plugin_options["social_logo"] = "assets/bestaat-niet.png"
    assert open_site(config_file(project)).settings.site_url == "https://www.example.nl/"


def test_now_is_the_source_date_epoch_in_the_sites_zone(project: Project):
    now = open_site(config_file(project)).now
    assert now == NOW and now.utcoffset() == timedelta(hours=1)  # Amsterdam in November
    assert str(now.tzinfo) == "Europe/Amsterdam"


def test_now_follows_the_timezone_option(project: Project):
    project.plugin_options["timezone"] = "America/New_York"
    now = open_site(config_file(project)).now
    assert now == NOW and now.utcoffset() == timedelta(hours=-5) and now.hour == 7

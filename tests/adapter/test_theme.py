"""adapter/theme.py: the package's templates go between the site's own overrides and
Material's, and its stylesheet into the site once, however often a build installs them."""

from __future__ import annotations

from pathlib import Path

from association.adapter.theme import STYLESHEET, THEME_DIR, install
from support.handmade import Site


def test_the_templates_come_before_materials_when_the_site_has_no_overrides(tmp_path: Path):
    config = Site(tmp_path).config()
    material = list(config.theme.dirs)
    install(config)
    assert config.theme.dirs == [str(THEME_DIR), *material]
    assert (THEME_DIR / "association/column.html").is_file() and (THEME_DIR / STYLESHEET).is_file()


def test_a_sites_overrides_come_before_the_packages_templates(tmp_path: Path):
    site = Site(tmp_path)
    site.write("overrides/main.html", "{% extends 'base.html' %}\n")
    config = site.config({"theme": {"name": "material", "language": "nl", "custom_dir": "overrides"}})
    install(config)
    dirs = config.theme.dirs
    assert dirs[0] == str(tmp_path / "overrides") and dirs[1] == str(THEME_DIR)
    assert dirs[2].endswith("material/templates")


def test_the_stylesheet_is_added_after_the_sites_own(tmp_path: Path):
    config = Site(tmp_path).config({"extra_css": ["assets/huisstijl.css"]})
    install(config)
    assert list(map(str, config.extra_css)) == ["assets/huisstijl.css", STYLESHEET]


def test_installing_again_adds_nothing(tmp_path: Path):
    """``mkdocs serve`` keeps the plugin and may hand it a config it already installed into."""
    config = Site(tmp_path).config()
    install(config)
    dirs, css = list(config.theme.dirs), list(config.extra_css)
    install(config)
    assert config.theme.dirs == dirs and list(config.extra_css) == css
    assert dirs.count(str(THEME_DIR)) == 1 and css.count(STYLESHEET) == 1

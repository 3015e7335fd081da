"""adapter/editor_files.py: the browser editor at /admin/ (its page, its configuration, our
scripts and the two pinned packages) goes into MkDocs' file list, or the build says in
Dutch which package is missing."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from association import editor_bundle
from association.adapter.editor_files import OWN_SCRIPTS, add
from association.adapter.options import SiteSettings, site_settings
from association.content.loader import load
from support.handmade import Site, docs_file, files_of, options_of

BACKEND = {"name": "test-repo"}


CONTENTS = {
    "decap-cms": ("decap-cms.js", "1.decap-cms.js", "decap-cms.js.map", "README.md"),
    "yaml": ("index.js", "dist/schema.js"),
}
"""What each package's served folder holds here; decap-cms serves only some of it."""


def install(folder: Path, package: editor_bundle.Package, version: str | None = None) -> Path:
    """The package as ``npm ci`` or ``association cms --bundle`` leaves it: a manifest and
    its served folder."""
    (folder / "package.json").parent.mkdir(parents=True)
    (folder / "package.json").write_text(json.dumps({"name": package.name, "version": version or package.version}))
    for name in CONTENTS[package.name]:
        (folder / package.folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / package.folder / name).write_text(f"// {package.name}: {name}\n")
    return folder


def install_both(root: Path) -> None:
    for package in editor_bundle.PACKAGES:
        install(root / "node_modules" / package.name, package)


def with_editor(root: Path, **options) -> tuple[MkDocsConfig, SiteSettings]:
    config = Site(root).config(cms_backend=BACKEND, **options)
    return config, site_settings(options_of(config), config)


def added(config: MkDocsConfig, settings: SiteSettings, files: Files | None = None) -> Files:
    files = files if files is not None else files_of(docs_file(config, "index.md"))
    authors = load(settings.paths, settings.content).authors
    assert settings.editor is not None
    add(files, config, settings.editor, settings.content, authors, settings.paths.root)
    return files


def admin(files: Files) -> list[str]:
    return sorted(f.src_uri for f in files if f.src_uri.startswith("admin/"))


def test_the_editor_its_configuration_our_scripts_and_the_packages_served_files_are_added(tmp_path: Path):
    install_both(tmp_path)
    config, settings = with_editor(tmp_path)
    files = added(config, settings)
    assert admin(files) == [
        "admin/config.yml",
        "admin/decap-cms/1.decap-cms.js",  # not its source map nor its README
        "admin/decap-cms/decap-cms.js",
        *(f"admin/{p.name}" for p in sorted(OWN_SCRIPTS.glob("*.js"))),
        "admin/index.html",
        "admin/yaml/dist/schema.js",  # yaml serves its whole folder
        "admin/yaml/index.js",
    ]
    guard = files.get_file_from_path("admin/guard.js")
    assert guard is not None and guard.abs_src_path == str(OWN_SCRIPTS / "guard.js")
    decap = files.get_file_from_path("admin/decap-cms/decap-cms.js")
    assert decap is not None and decap.abs_src_path == str(tmp_path / "node_modules/decap-cms/dist/decap-cms.js")


def test_the_editors_configuration_is_decaps_with_the_sites_backend_and_authors(tmp_path: Path):
    install_both(tmp_path)
    config, settings = with_editor(tmp_path)
    files = added(config, settings)
    data = yaml.safe_load(files.get_file_from_path("admin/config.yml").content_string)
    assert data["backend"] == BACKEND and data["site_url"] == "https://www.example.org/" and data["locale"] == "nl"
    assert [c["name"] for c in data["collections"]] == ["columns", "events", "koers", "pages", "authors"]
    assert "Anna Voorbeeld" in json.dumps(data["collections"][-1], ensure_ascii=False)


def test_the_editor_previews_in_materials_and_the_sites_own_styles(tmp_path: Path):
    install_both(tmp_path)
    config, settings = with_editor(tmp_path)
    config.extra_css.append("assets/huisstijl.css")
    theme_css = File.generated(config, "assets/stylesheets/main.8608ea7d.min.css", content="")
    palette = File.generated(config, "assets/stylesheets/palette.06af60db.min.css", content="")
    other = File.generated(config, "assets/stylesheets/extra.css", content="")
    files = added(config, settings, files_of(theme_css, palette, other))
    page = files.get_file_from_path("admin/index.html").content_string
    styles = ["../assets/stylesheets/main.8608ea7d.min.css", "../assets/stylesheets/palette.06af60db.min.css"]
    styles.append("../assets/huisstijl.css")
    assert f'<script type="module" src="editor.js" data-styles="{html.escape(json.dumps(styles))}">' in page
    assert "<title>Redactie · Voorbeeldvereniging</title>" in page


def test_packages_unpacked_into_the_cache_serve_as_well(tmp_path: Path):
    for package in editor_bundle.PACKAGES:
        install(editor_bundle.cache(tmp_path, package), package)
    config, settings = with_editor(tmp_path)
    assert "admin/decap-cms/decap-cms.js" in admin(added(config, settings))


@pytest.mark.parametrize("version", [None, "3.0.0"])
def test_a_missing_package_or_one_of_another_version_is_a_dutch_error_naming_it(tmp_path: Path, version):
    if version:
        install(tmp_path / "node_modules/decap-cms", editor_bundle.DECAP, version)
    install(tmp_path / "node_modules/yaml", editor_bundle.YAML)
    config, settings = with_editor(tmp_path)
    with pytest.raises(PluginError) as info:
        added(config, settings)
    assert str(info.value) == (
        f"{tmp_path / 'mkdocs.yml'}: plugins.association.cms_backend: de editor heeft decap-cms "
        f"{editor_bundle.DECAP.version} nodig, maar die staat niet in node_modules/ of .cache/; haal hem op met "
        "`make site` of `association cms --bundle`"
    )


def test_an_editor_page_of_the_sites_own_is_never_replaced(tmp_path: Path):
    install_both(tmp_path)
    site = Site(tmp_path)
    site.write("docs/admin/index.html", "<p>Eigen beheer</p>")
    config, settings = with_editor(tmp_path)
    own = File("admin/index.html", config.docs_dir, config.site_dir, config.use_directory_urls)
    with pytest.raises(PluginError, match=r"^admin/index\.html: verwacht een unieke URL, maar /admin/ bestaat al"):
        added(config, settings, files_of(own))

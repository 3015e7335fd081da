"""The browser editor at /admin/: its page, its configuration (from the content schema) and
its JavaScript, served from the site itself, as files in MkDocs' list."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from .. import editor_bundle
from ..content.authors import Author
from ..content.settings import ContentSettings
from ..render import cms
from . import site_files

ADMIN = "admin/"
OWN_SCRIPTS = Path(__file__).resolve().parent.parent / "admin"
"""Our own scripts beside the editor, outside theme/ (MkDocs copies a theme's static files into every site)."""


def add(
    files: Files,
    config: MkDocsConfig,
    editor: cms.EditorSite,
    settings: ContentSettings,
    authors: Mapping[str, Author],
    root: Path,
) -> None:
    """``admin/index.html``, ``admin/config.yml``, our scripts and the two packages."""
    styles = [f"../{f.url}" for f in files if _is_material_stylesheet(f.src_uri)]
    styles += [f"../{css}" for css in map(str, config.extra_css)]
    configuration = yaml.safe_dump(cms.config(editor, settings, authors), allow_unicode=True, sort_keys=False)
    for name, text in (("index.html", cms.admin_page(editor.name, styles)), ("config.yml", configuration)):
        site_files.append(files, File.generated(config, ADMIN + name, content=text), ADMIN + name)
    for script in sorted(OWN_SCRIPTS.glob("*.js")):
        site_files.append(files, File.generated(config, ADMIN + script.name, abs_src_path=str(script)), ADMIN)
    for pinned in editor_bundle.PACKAGES:  # served as admin/decap-cms/ and admin/yaml/
        source = editor_bundle.installed(root, pinned)
        if source is None:
            raise PluginError(
                f"{config.config_file_path}: plugins.association.cms_backend: de editor heeft {pinned.name} "
                f"{pinned.version} nodig, maar die staat niet in node_modules/ of .cache/; "
                "haal hem op met `make site` of `association cms --bundle`"
            )
        for path in editor_bundle.served(source, pinned):
            uri = f"{ADMIN}{pinned.name}/{path.relative_to(source).as_posix()}"
            site_files.append(files, File.generated(config, uri, abs_src_path=str(path)), ADMIN)


def _is_material_stylesheet(src_uri: str) -> bool:
    return src_uri.startswith("assets/stylesheets/") and src_uri.endswith(".min.css")

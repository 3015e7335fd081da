"""What ``association check`` asks of MkDocs: the links of every page, resolved against the
files a build would have, without rendering anything.

It runs MkDocs' own steps up to ``on_files`` (config, plugins, the file list), so a link is
judged by exactly the index the build uses.
"""

from __future__ import annotations

from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.utils import meta

from ..content.errors import ContentError
from .plugin import AssociationPlugin


def link_problems(config_file: str) -> list[ContentError]:
    config = load_config(config_file)
    plugin = config.plugins["association"]
    assert isinstance(plugin, AssociationPlugin)
    config.plugins.on_startup(command="build", dirty=False)
    plugin.checking = True  # the register's problems are the command's own to report
    try:
        config = config.plugins.on_config(config)
        files = config.plugins.on_files(get_files(config), config=config)
        for file in files.documentation_pages():
            if file.abs_src_path is not None:
                markdown, _ = meta.get_data(file.content_string)
                plugin.resolve_links(markdown, file)
        return list(plugin.state.link_problems)
    finally:
        config.plugins.on_shutdown()

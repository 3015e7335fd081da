"""What ``association check`` asks of MkDocs: the problems a build would find in the links
of every page and in ``gepubliceerd.yml``, without rendering anything.

It runs MkDocs' own steps up to ``on_files`` (config, plugins, the file list), starting our
plugin as the command ``check`` (``problems.Mode.CHECK``: collect, never fail) and every
other plugin as for a build, so a link is judged by exactly the index the build uses.
"""

from __future__ import annotations

from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.utils import meta

from ..content.errors import ContentError
from .plugin import AssociationPlugin
from .problems import CHECK_COMMAND
from .site_index import resolve_links


def problems(config_file: str) -> list[ContentError]:
    config = load_config(config_file)
    plugin = config.plugins["association"]
    assert isinstance(plugin, AssociationPlugin)
    for other in config.plugins.values():  # the others start as for a build: they know MkDocs' commands only
        if other is not plugin and hasattr(other, "on_startup"):
            other.on_startup(command="build", dirty=False)
    plugin.on_startup(command=CHECK_COMMAND, dirty=False)
    try:
        config = config.plugins.on_config(config)
        files = config.plugins.on_files(get_files(config), config=config)
        state = plugin.state
        assert state.site_index is not None, "on_files makes the index"
        for file in files.documentation_pages():
            if file.abs_src_path is not None:
                markdown, _ = meta.get_data(file.content_string)
                state.problems.add(resolve_links(markdown, file, state.site_index, state.site)[1])
        return list(state.problems.found)
    finally:
        config.plugins.on_shutdown()

"""The one way a command gets into a site: ``mkdocs.yml`` read by MkDocs and turned into
``SiteSettings`` by the same function the plugin's ``on_config`` uses, so a command checks
and writes exactly what the build reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import ConfigurationError, PluginError
from mkdocs.utils import get_build_datetime

from ..adapter.options import SiteSettings, site_settings


class UserError(Exception):
    """A mistake in how a command was called, or in the site's settings: printed in Dutch,
    without a traceback."""


@dataclass(frozen=True)
class Site:
    config_file: Path
    settings: SiteSettings

    @property
    def now(self) -> datetime:
        """The build's "now" in the site's zone (``SOURCE_DATE_EPOCH`` when set, as MkDocs does)."""
        return get_build_datetime().astimezone(self.settings.content.timezone)


def open_site(config_file: str) -> Site:
    """Read ``config_file``; a missing file, a bad option or a site without our plugin is a
    ``UserError`` naming the file."""
    path = Path(config_file)
    if not path.is_file():
        raise UserError(f"{config_file} niet gevonden; start dit commando in de map van de site")
    try:
        config = load_config(config_file)
        plugin = config.plugins["association"]
    except KeyError:
        raise UserError(f"{config_file}: plugins: verwacht de plugin association, maar die ontbreekt") from None
    except (ConfigurationError, PluginError) as exc:
        raise UserError(f"{config_file}: {exc}") from None
    try:
        return Site(path, site_settings(plugin.config, config, cards=False))
    except PluginError as exc:
        raise UserError(str(exc)) from None

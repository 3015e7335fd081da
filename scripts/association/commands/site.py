"""The one way a command gets into a site: ``mkdocs.yml`` read by MkDocs and turned into
``SiteSettings`` by the same function the plugin's ``on_config`` uses, so a command checks
and writes exactly what the build reads."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, PluginError
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
        with _config_errors() as errors:
            config = load_config(config_file)
        plugin = config.plugins["association"]
    except KeyError:
        raise UserError(f"{config_file}: plugins: verwacht de plugin association, maar die ontbreekt") from None
    except (ConfigurationError, PluginError) as exc:
        raise UserError(f"{config_file}: {exc}") from None
    except Abort:
        found = "; ".join(errors) or "een instelling die MkDocs niet aanneemt"
        raise UserError(f"{config_file}: verwacht geldige instellingen, gevonden: {found}") from None
    try:
        return Site(path, site_settings(plugin.config, config, cards=False))
    except PluginError as exc:
        raise UserError(str(exc)) from None


@contextmanager
def _config_errors() -> Iterator[list[str]]:
    """What MkDocs' ``load_config`` finds wrong with an option: it logs each problem and then
    raises ``Abort`` (a ``SystemExit``) with only their count, so the messages are caught here
    to be named in the command's one line. Errors are kept from the log (the one line says
    them); warnings still show, and are named too when strict mode made them stop the load."""
    found: list[str] = []

    def collect(record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            found.append(record.getMessage())
        return record.levelno < logging.ERROR

    logger = logging.getLogger("mkdocs.config")
    logger.addFilter(collect)
    try:
        yield found
    finally:
        logger.removeFilter(collect)

"""From the validated plugin options to the settings and paths the content layer takes.

Shared by the plugin and the editor command (``association check``), so both read the
same folders with the same rules.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from ..content.dates import parse_timezone
from ..content.errors import FieldError
from ..content.loader import Paths
from ..content.settings import ContentSettings
from .config import AssociationConfig


def content_settings(options: AssociationConfig, config: MkDocsConfig) -> ContentSettings:
    try:
        timezone = parse_timezone(options.timezone)
    except FieldError as exc:
        raise PluginError(f"{config.config_file_path}: plugins.association.timezone: {exc.text()}") from None
    return ContentSettings(
        timezone=timezone,
        column_categories=tuple(options.column_categories),
        words_per_minute=options.words_per_minute,
        event_categories=tuple(options.event_categories),
        organizer=options.organizer or config.site_name,
        uid_domain=options.uid_domain or "example.org",
    )


def content_paths(options: AssociationConfig, config: MkDocsConfig) -> Paths:
    root = Path(config.config_file_path or ".").resolve().parent
    return Paths(
        root=root,
        docs=Path(config.docs_dir).resolve(),
        columns=root / options.columns_dir,
        authors_file=root / options.authors_file,
        events=root / options.events_dir,
        register=root / options.published_file,
    )

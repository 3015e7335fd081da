"""The package's templates, stylesheet and script, put into a site's theme."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

THEME_DIR = Path(__file__).resolve().parent.parent / "theme"
STYLESHEET = "assets/association/association.css"


def install(config: MkDocsConfig) -> None:
    """Our templates after the site's ``custom_dir`` (so overrides/ can replace any of
    them) and before Material's; our stylesheet once (our scripts go inline where a page
    needs them: ``scripts.py``)."""
    if str(THEME_DIR) not in config.theme.dirs:
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(THEME_DIR))
    if STYLESHEET not in config.extra_css:
        config.extra_css.append(STYLESHEET)

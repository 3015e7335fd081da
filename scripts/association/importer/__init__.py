"""Moving in: a WordPress export (WXR) into the site's sources.

``import_wordpress`` reads the export (``wxr``), decides where each post, page and event
goes (``layout``), converts each body (``convert``: ``shortcodes`` then
``html_to_markdown``), writes the sources without overwriting anything (``writer``) and
returns an ``ImportReport``. No MkDocs, no network.
"""

from __future__ import annotations

from .report import ImportReport
from .run import import_wordpress
from .target import CategoryError, ImportOptions, ImportTarget
from .wxr import ExportError

__all__ = ["CategoryError", "ExportError", "ImportOptions", "ImportReport", "ImportTarget", "import_wordpress"]

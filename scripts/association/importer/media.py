"""Files from WordPress's uploads folder: which URL is one, where it is on disk, where it goes.

Nothing is fetched: an upload that is not in the local ``wp-content/uploads`` folder stays
at its old address in the text and is listed as missing in the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

_SIZED = re.compile(r"-(?:\d+x\d+|scaled)(?=\.[A-Za-z0-9]+$)")
_UPLOADS = "/wp-content/uploads/"


def upload_path(url: str, blog: str) -> str | None:
    """``https://x.org/wp-content/uploads/2020/01/a.jpg`` -> ``2020/01/a.jpg``; also the
    ``files.wordpress.com`` host of WordPress.com; None for any other URL."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    if _UPLOADS in path:
        relative = path.split(_UPLOADS, 1)[1]
    elif parts.netloc.endswith(".files.wordpress.com"):
        relative = path.lstrip("/")
    else:
        return None
    pure = PurePosixPath(relative)
    if not relative or ".." in pure.parts or relative.startswith("/"):
        return None
    return pure.as_posix()


def find(uploads: Path | None, relative: str) -> Path | None:
    """The file, or the original of a resized copy (``a-300x200.jpg`` -> ``a.jpg``)."""
    if uploads is None:
        return None
    for candidate in (relative, _SIZED.sub("", relative)):
        path = uploads / candidate
        if path.is_file() and path.resolve().is_relative_to(uploads.resolve()):
            return path
    return None


@dataclass
class Bundle:
    """The files that go beside one source (a column or event folder, or docs/assets/...)."""

    names: dict[str, Path] = field(default_factory=dict)
    """File name in the folder -> the upload it is copied from."""
    missing: list[str] = field(default_factory=list)
    """Old URLs of uploads not found locally."""

    def add(self, upload: Path, relative: str) -> str:
        """The name the file gets in this folder (a second ``a.jpg`` from another month
        becomes ``2020-02-a.jpg``)."""
        for name, existing in self.names.items():
            if existing == upload:
                return name
        name = safe_name(PurePosixPath(relative).name)
        if name in self.names or name == "index.md":
            name = safe_name(relative.replace("/", "-"))
        self.names[name] = upload
        return name


def safe_name(name: str) -> str:
    """Letters, digits, dots, hyphens and underscores only: a name every host serves as is."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.") or "bestand"

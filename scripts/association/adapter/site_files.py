"""Planned pages, their assets and other generated files into MkDocs' file list."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from ..content.errors import ContentError
from ..content.limits import DANGLING, MAX_SOURCE_BYTES, OUTSIDE, outside, too_big
from ..content.loader import Paths
from ..render.planned import PlannedPage
from .speed.template_page import TemplatePage


def add_page(files: Files, config: MkDocsConfig, planned: PlannedPage) -> str:
    """Add one planned page (and its assets) without ever replacing an existing file;
    returns the page's ``src_uri``."""
    src_uri = planned.url + "index.md"
    if planned.preview_only:
        inclusion = InclusionLevel.DRAFT
    else:
        inclusion = InclusionLevel.UNDEFINED if planned.in_nav else InclusionLevel.NOT_IN_NAV
    if planned.source is not None:
        file = File.generated(config, src_uri, abs_src_path=planned.source.abs_path, inclusion=inclusion)
        file.edit_uri = Path(os.path.relpath(planned.source.abs_path, config.docs_dir)).as_posix()
    else:
        file = File.generated(config, src_uri, content="", inclusion=inclusion)
        TemplatePage(file, config)
    origin = planned.source.path if planned.source else planned.url
    append(files, file, origin)
    for asset in planned.assets:
        append(files, File.generated(config, asset.url, abs_src_path=asset.abs_path, inclusion=inclusion), origin)
    return src_uri


def append(files: Files, file: File, origin: str) -> None:
    """``Files.append`` silently replaces a file with the same src_uri: check first."""
    existing = files.get_file_from_path(file.src_uri)
    if existing is not None:
        other = existing.abs_src_path or existing.src_uri
        raise PluginError(f"{origin}: verwacht een unieke URL, maar /{file.url} bestaat al ({other})")
    files.append(file)


def refuse_docs(files: Files, docs_dir: str, paths: Paths) -> list[ContentError]:
    """Take out of the file list a file in docs/ that is a symbolic link to something outside
    the site (MkDocs would copy it into the public site, whatever it is: ``~/.ssh``, a
    password file), or a page over the size every source is held to; the problems say
    which (a build fails on them, a preview and a check go on without the files). And the
    second of two pages with one address (``over.md`` and ``over/index.md`` are both
    ``over/``): MkDocs only sees such a pair within one folder, and would write one page over
    the other without a word."""
    inside = os.path.join(docs_dir, "")
    problems: list[tuple[File, ContentError]] = []
    pages: dict[str, str] = {}
    for file in sorted(files, key=lambda f: f.src_uri):
        path = file.abs_src_path
        if not path or not path.startswith(inside):
            continue
        first = pages.setdefault(file.dest_uri, file.src_uri) if file.is_documentation_page() else file.src_uri
        if first != file.src_uri:
            url = file.url or "/"
            problems.append(
                (
                    file,
                    ContentError(
                        paths.rel(Path(path)),
                        None,
                        None,
                        f"verwacht een eigen adres voor deze pagina, maar docs/{first} heeft hetzelfde adres "
                        f"({url}): voeg de twee samen, of geef een van beide een andere naam",
                    ),
                )
            )
        elif outside(paths.root, path):
            problems.append((file, ContentError(paths.rel(Path(path)), None, None, OUTSIDE)))
        elif not os.path.exists(path):  # a symbolic link to nothing
            problems.append((file, ContentError(paths.rel(Path(path)), None, None, DANGLING)))
        elif path.endswith(".md") and (size := os.stat(path).st_size) > MAX_SOURCE_BYTES:
            problems.append((file, ContentError(paths.rel(Path(path)), None, None, too_big(size))))
    for file, _ in problems:
        files.remove(file)
    return [problem for _, problem in problems]

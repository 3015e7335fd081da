"""``association init``: a new association's site in one folder, ready for ``make site``.

The files are templates in ``files/`` (package data, so an installed engine has them),
rendered with Jinja2 under ``[[ ]]`` delimiters, because the GitHub workflows themselves
hold ``${{ }}``. A name ``dot-x`` becomes ``.x`` (setuptools' package data skips dot files).
Every value goes into a file through a filter for that file's language (YAML's own dumper,
Markdown and XML escaping, make's ``$$``), never pasted as is; ``options.py`` refuses what
no escaping can make safe. Nothing is ever overwritten: the folder must be new or empty.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import jinja2
import yaml

from ..content import register
from .options import StarterError, StarterOptions, categories, site_url

__all__ = ["StarterError", "StarterOptions", "categories", "init_site", "plan", "site_url"]

REGISTER = "gepubliceerd.yml"
_EXECUTABLE = {".ci/run"}
_KEPT_IN_EMPTY = {".git"}
"""An empty folder may already be a git repository (``git init`` first is common)."""
PLACEHOLDER = "Nog in te vullen"
"""The title of every block a person still has to write (``make todo`` lists them)."""


def init_site(target: Path, options: StarterOptions) -> list[Path]:
    """Write a new site into ``target`` (created if missing) and return the files written.

    Refuses, before writing anything, a target that is a file or holds anything but ``.git``."""
    if target.exists() and not target.is_dir():
        raise StarterError([f"{target}: verwacht een nieuwe of lege map, gevonden een bestand"])
    if target.is_dir():
        present = sorted(p.name for p in target.iterdir() if p.name not in _KEPT_IN_EMPTY)
        if present:
            shown = ", ".join(present[:5]) + (", ..." if len(present) > 5 else "")
            raise StarterError(
                [f"{target}: verwacht een nieuwe of lege map, gevonden {shown}; er wordt niets overschreven"]
            )
    files = plan(options)
    written = []
    for relative, text in files.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="utf-8", newline="\n") as out:  # "x": never over an existing file
            out.write(text)
        if relative in _EXECUTABLE:
            path.chmod(0o755)
        written.append(path)
    return written


def plan(options: StarterOptions) -> dict[str, str]:
    """Every file of the new site, by its path in the site: pure, nothing written."""
    env = _environment()
    context = {
        "name": options.name,
        "description": options.site_description,
        "site_url": options.site_url,
        "host": options.host,
        "uid_domain": options.uid_domain,
        "colors": options.colors,
        "initials": options.initials,
        "column_categories": list(options.column_categories),
        "event_categories": list(options.event_categories),
        "engine": options.engine,
    }
    files = {}
    for relative, template in _templates(resources.files(__package__) / "files", ""):
        files[relative] = env.from_string(template.read_text(encoding="utf-8")).render(context)
    files[REGISTER] = register.dump(register.Register())
    return dict(sorted(files.items()))


def _templates(folder: Traversable, prefix: str) -> Iterator[tuple[str, Traversable]]:
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        name = "." + entry.name.removeprefix("dot-") if entry.name.startswith("dot-") else entry.name
        if entry.is_dir():
            if name != "__pycache__":
                yield from _templates(entry, f"{prefix}{name}/")
        else:
            yield f"{prefix}{name}", entry


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        variable_start_string="[[",
        variable_end_string="]]",
        block_start_string="[%",
        block_end_string="%]",
        comment_start_string="[#",
        comment_end_string="#]",
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,  # each value goes through the filter of its file's language instead
    )
    env.filters.update(yaml=_yaml, md=_markdown, xml=_xml, make=_make)
    return env


def _yaml(value: object) -> str:
    """One YAML value on one line: a string, or a flow list of strings."""
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10**6)
    return text.removesuffix("\n").removesuffix("\n...")


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!>])")
"""The characters Python-Markdown (and CommonMark) take back from a backslash."""


def _markdown(value: str) -> str:
    """Text that Markdown shows as typed: HTML escaped, Markdown's punctuation backslashed."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(value, quote=False))


def _xml(value: str) -> str:
    return html.escape(value, quote=True)


def _make(value: str) -> str:
    """A value in a Makefile: ``$`` doubled (``options.py`` refuses quotes and line ends)."""
    return value.replace("$", "$$")

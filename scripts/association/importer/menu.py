"""The imported pages in the site's menu: a site whose ``mkdocs.yml`` has a ``nav:`` lists
every page there, and MkDocs (strict) refuses a page that is in docs/ but not in the menu.
So the import adds its pages at the end of the menu, in one section, with WordPress's
hierarchy as subsections; the editor moves them where they belong.

``mkdocs.yml`` is edited as text, at the end of its ``nav:`` block only: every other byte,
its comments and Material's ``!!python/name`` tags included, stays as it was. A page already
named anywhere in the menu is left alone, so a second run changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import yaml

SECTION = "Pagina's uit WordPress"
COMMENT = "# Toegevoegd door association import wordpress: zet elke pagina waar ze hoort.\n"

_NAV = re.compile(r"^nav:[ \t]*(#.*)?$", re.M)
_TOP_LEVEL = re.compile(r"^[^\s#-]", re.M)


@dataclass(frozen=True)
class MenuPage:
    path: str
    """Relative to docs/, as the menu names it (``over-ons/index.md``)."""
    title: str


def has_menu(config_text: str) -> bool:
    """Whether ``config_text`` has a ``nav:`` block this module can add to (a menu written
    inline, ``nav: [index.md]``, is left to the editor)."""
    return _NAV.search(config_text) is not None


def with_pages(config_text: str, pages: Sequence[MenuPage]) -> str | None:
    """``config_text`` with the pages that are not in its menu yet added at its end; None
    when there is no ``nav:`` (MkDocs then lists every page itself) or nothing to add."""
    nav = _NAV.search(config_text)
    if nav is None:
        return None
    following = _TOP_LEVEL.search(config_text, nav.end())
    block_end = following.start() if following else len(config_text)
    block = config_text[nav.end() : block_end]
    missing = [p for p in pages if not re.search(rf"(^|[\s:\[,'\"]){re.escape(p.path)}($|[\s\],'\"])", block, re.M)]
    if not missing:
        return None
    items = [line for line in block.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    indent = re.match(r"\s*", items[0]).group(0) if items else "  "  # type: ignore[union-attr]  # \s* always matches
    section = yaml.safe_dump([{SECTION: _tree(missing)}], allow_unicode=True, sort_keys=False, width=1000)
    added = indent + COMMENT + "".join(indent + line + "\n" for line in section.splitlines())
    head = config_text[:block_end].rstrip("\n") + "\n"
    return head + added + ("\n" + config_text[block_end:] if following else "")


def _tree(pages: Sequence[MenuPage]) -> list[object]:
    """Menu entries for ``pages``, by folder: a folder with an index.md becomes a subsection
    that starts with that page (Material's ``navigation.indexes``); a folder without one
    (its parent page was not imported) lists its pages in place."""
    titles = {p.path: p.title for p in pages}

    def entries(folder: str) -> list[object]:
        base = f"{folder}/" if folder else ""
        names = sorted({path[len(base) :].split("/", 1)[0] for path in titles if path.startswith(base)})
        result: list[object] = []
        for name in names:
            path = base + name
            if path in titles:  # a page in this folder (its own index is its section's first entry)
                if name != "index.md":
                    result.append({titles[path]: path})
                continue
            index, inner = f"{path}/index.md", entries(path)
            if index in titles:
                result.append({titles[index]: [index, *inner]})
            else:
                result.extend(inner)
        return result

    return entries("")

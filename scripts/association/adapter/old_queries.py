"""Old ``/?p=123`` addresses into the site: ``oude-adressen.json`` beside the home page, and
on the home page a script that sends a visitor who came with such a query on to the page.

A static host answers ``/?p=123`` with the home page, so only the browser can still read the
query. The script is a few hundred bytes and fetches the map only when the address has a
query (page weight: nothing for everyone else). Without JavaScript the visitor stays on the
home page, as before.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from ..content.errors import ContentError
from ..content.old_queries import OldQuery
from . import site_files

JSON = "oude-adressen.json"

SCRIPT = (
    "<script>(function(){var q=location.search;if(!/^\\?[\\w=&%.-]+$/.test(q))return;"
    f'fetch("{JSON}").then(function(r){{return r.ok?r.json():{{}}}}).then(function(m){{'
    "var p=new URLSearchParams(q),e,t;for(e of p){t=m[e[0]+'='+e[1]];"
    "if(typeof t==='string'){location.replace('./'+t);return}}}).catch(function(){})})()</script>"
)
"""For the home page's head. A target is a path below the site's root, made relative
(``./``) so that no map could ever name another site or a ``javascript:`` address."""


def add(files: Files, config: MkDocsConfig, queries: Mapping[str, OldQuery], source: str) -> list[ContentError]:
    """The map of every old query whose page this build has; a query whose page is not on
    the site (a typing error, a page since removed, a draft) is a problem at its line."""
    if not queries:
        return []
    pages = {f.url.removeprefix("./") for f in files.documentation_pages()}  # no draft: never sent to one
    problems = [
        ContentError(
            source,
            query.line,
            key,
            f"verwacht het adres van een pagina van deze site, gevonden '/{query.target}' (die pagina is er niet)",
        )
        for key, query in queries.items()
        if query.target not in pages
    ]
    found = {key: query.target for key, query in sorted(queries.items()) if query.target in pages}
    if found:
        text = json.dumps(found, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        site_files.append(files, File.generated(config, JSON, content=text), source)
    return problems

"""The page left at an old address: it sends browsers, search engines and feed readers on.

A static host cannot answer with a 301, so the page says it three ways: a ``<meta
http-equiv="refresh">`` (every browser), a canonical link (search engines), and a plain
link for whoever has neither.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from ..content.register import Redirect


def page(target: str, title: str) -> str:
    """``target`` is an absolute URL (or a path from the site's root); ``title`` the new page's."""
    url = escape(target, quote=True)
    return f"""<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Verplaatst: {escape(title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{url}">
<meta http-equiv="refresh" content="0; url={url}">
</head>
<body>
<p>Deze pagina is verplaatst naar <a href="{url}">{escape(title)}</a>.</p>
</body>
</html>
"""


def pages(redirects: Sequence[Redirect], titles: Mapping[str, str], base: str) -> list[tuple[str, str]]:
    """``(old site path + index.html, HTML)`` for every redirect; ``base`` is the site's
    absolute URL ending in /, ``titles`` the title of each page by its site path."""
    return [
        (redirect.old + "index.html", page(base + redirect.new, titles.get(redirect.new, redirect.new)))
        for redirect in redirects
    ]

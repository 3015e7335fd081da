"""Small additions to the HTML MkDocs wrote: head tags and a skip link.

Done on the finished output (``on_post_page``) rather than in a ``main.html`` override, so
a site's own overrides/main.html can never lose them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from mkdocs.utils import get_relative_url

from ..content.errors import ContentError

SKIP_TARGET = "av-inhoud"


def add_to_head(output: str, tags: str) -> str:
    return output.replace("</head>", tags + "</head>", 1) if tags else output


def alternate_links(links: Iterable[tuple[str, str, str]], page_url: str) -> str:
    """``<link rel="alternate">`` tags for (title, MIME type, site path), relative to the page."""
    return "".join(
        f'<link rel="alternate" type="{kind}" title="{escape(title)}" href="{get_relative_url(path, page_url)}">'
        for title, kind, path in links
    )


def with_skip_link(output: str) -> str:
    """Material adds "Ga naar inhoud" only on pages with a table of contents; listings, the
    agenda, event pages and the 404 have none. Point those at <main> (WCAG 2.4.1)."""
    if 'class="md-skip"' in output or '<div data-md-component="skip">' not in output:
        return output
    output = output.replace(
        '<div data-md-component="skip">',
        f'<div data-md-component="skip"><a href="#{SKIP_TARGET}" class="md-skip">Ga naar inhoud</a>',
        1,
    )
    return output.replace('<main class="md-main"', f'<main id="{SKIP_TARGET}" class="md-main"', 1)


_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def with_named_search(output: str) -> str:
    """Material's search is a ``role="dialog"`` without a name, which screen readers announce
    as just "dialog" (axe and Lighthouse: aria-dialog-name). Name it after what it is."""
    return output.replace(_SEARCH_DIALOG, _SEARCH_DIALOG[:-1] + ' aria-label="Zoeken">', 1)


def with_problems(output: str, problems: Sequence[ContentError]) -> str:
    """The preview's problem report at the top of the page: what is wrong, where, and that the
    page reloads by itself once the file is saved again (MkDocs' livereload)."""
    count = len(problems)
    items = "".join(
        f"<li><code>{escape(p.path)}{f':{p.line}' if p.line else ''}</code> "
        f"{escape(f'{p.field}: ' if p.field else '')}{escape(p.message)}</li>"
        for p in problems
    )
    box = (
        '<section class="av-problems" role="alert" aria-labelledby="av-problems-title">'
        f'<h2 id="av-problems-title">{count} {"fout" if count == 1 else "fouten"} in de inhoud</h2>'
        "<p>Wat hieronder staat, ontbreekt nu in deze voorvertoning, en de echte site wordt zo niet gebouwd. "
        "Verbeter het bestand en sla het op: deze pagina laadt dan vanzelf opnieuw.</p>"
        f"<ul>{items}</ul></section>"
    )
    start = output.find("<body")
    end = output.find(">", start) + 1 if start >= 0 else 0
    return output[:end] + box + output[end:]

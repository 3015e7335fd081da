"""Which scripts a finished page runs, and when: the agenda's own script inline and only
where the page has something for it to update, Material's bundle and the site's scripts
once the page is on screen.

Phones on slow connections are the reason (BENCHMARKS.md, "Page weight"). A script at the
end of ``<body>`` is fetched alongside the stylesheets and runs before the first paint:
the text waited for Material's bundle (35 kB compressed) and for the bundle's own layout of
the page. Now the bundle and ``extra_javascript`` wait as inert tags and ``loader.js``
(inline) starts them, in order, after the first contentful paint. The agenda script moves
and hides things, so it runs inline before the first paint, or the page would shift. Done
on the finished output, like ``html.py``, so that a site's own overrides/main.html keeps it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "theme" / "assets" / "association"
AGENDA_MARKS = ("data-av-upcoming", "data-av-event-ends=", "data-av-deadline=")
"""What agenda.js acts on (its own file says how); a page without any of them does not need it."""

_CONFIG = '<script id="__config"'
_PLAIN_SCRIPT = re.compile(r'<script src="([^"]*)"></script>')


@cache
def inline_script(name: str) -> str:
    """``assets/association/<name>`` as an inline ``<script>``, without its header comment."""
    text = (ASSETS / name).read_text(encoding="utf-8").strip()
    if text.startswith("/*"):
        text = text.split("*/", 1)[1].strip()
    assert "</script" not in text.lower(), f"{name} would end its own <script> element"
    return f"<script>{text}</script>"


def with_page_scripts(output: str) -> str:
    """Every plain ``<script src>`` after Material's ``__config`` (its bundle and
    ``extra_javascript``) left to the loader; the agenda script where the page needs it."""
    start = output.rfind(_CONFIG)  # Material's own, after anything a page's content holds
    if start < 0:
        return output
    page, scripts = output[:start], output[start:]
    scripts = _PLAIN_SCRIPT.sub(r'<script type="text/plain" data-av-src="\1"></script>', scripts)
    own = inline_script("agenda.js") if any(mark in page for mark in AGENDA_MARKS) else ""
    return page + scripts.replace("</body>", own + inline_script("loader.js") + "</body>", 1)

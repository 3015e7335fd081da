"""Every internal link, asset and ``#anchor`` of a built site, checked on the files written.

The build already refuses a Markdown link to nothing; this reads what was published
(templates, feeds' pages, the agenda), as a visitor's browser would. Pure standard library,
so the deploy step can run it on any ``site/`` folder: ``association linkcheck site``.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

_SKIPPED = ("mailto:", "webcal:", "data:", "javascript:", "tel:")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"] or "")
        for attribute in ("href", "src"):
            value = values.get(attribute)
            if value and not (tag == "link" and values.get("rel") == "canonical"):
                self.links.append(value)


def broken_links(site: Path) -> list[str]:
    """``page: link`` for every link on the site's own pages that leads nowhere."""
    parsed: dict[Path, _Links] = {}

    def parse(path: Path) -> _Links:
        if path not in parsed:
            parser = _Links()
            parser.feed(path.read_text(encoding="utf-8"))
            parsed[path] = parser
        return parsed[path]

    broken = []
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site)
        if "assets" in relative.parts:
            continue
        base = "http://site/" + relative.as_posix()
        for link in parse(page).links:
            if link.startswith(_SKIPPED):
                continue
            url = urlsplit(urljoin(base, link))
            if url.netloc != "site":
                continue  # another host: not ours to resolve
            target = site / unquote(url.path).lstrip("/")
            if target.is_dir() or url.path.endswith("/"):
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{relative.as_posix()}: {link}")
            elif url.fragment and target.suffix == ".html" and unquote(url.fragment) not in parse(target).ids:
                broken.append(f"{relative.as_posix()}: {link} (dit anker bestaat niet)")
    return broken

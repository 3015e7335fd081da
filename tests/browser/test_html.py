"""Valid HTML (Nu HTML Checker) and no broken internal link, asset or #anchor anywhere."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from .conftest import ROOT, SITES

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Each message of Material's own markup that the check drops: the message, the markup it
# must be about (the checker's extract), and why. Any other message fails the test.
IGNORED = [
    (r"Attribute “autocomplete” is only allowed when the input type is",
     r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox" id="__(drawer|search)" autocomplete="off">',
     "Material sets autocomplete=off on its two hidden checkbox toggles (drawer, search) so that"
     " browsers do not restore them on back/forward; harmless, and the markup is Material's."),
    (r"Bad value “” for attribute “tabindex” on element “label”",
     r'<label class="md-nav__link[^"]*" for="__nav_[0-9_]+" id="__nav_[0-9_]+_label" tabindex="">',
     "Material's navigation renders tabindex=\"\" on section labels it keeps out of the tab order."),
]


def dropped(message: dict) -> bool:
    return any(re.search(text, message["message"]) and re.search(markup, message.get("extract", ""))
               for text, markup, _why in IGNORED)


def page_file(site: Path, path: str) -> Path:
    return site / path if path.endswith(".html") else site / path / "index.html"


@pytest.fixture(params=list(SITES))
def site(request: pytest.FixtureRequest) -> tuple[str, Path]:
    """Each site by name with its built folder: the demo and the real one."""
    return request.param, request.getfixturevalue(f"{request.param}_site")


def test_every_page_type_is_valid_html(site: tuple[str, Path]):
    name, built = site
    java = shutil.which("java")
    assert java, "the Nu HTML Checker needs Java"
    files = [str(page_file(built, path)) for path in SITES[name].values()]
    result = subprocess.run([java, "-jar", str(VNU), "--format", "json", "--errors-only", *files],
                            capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stderr or result.stdout)["messages"]
    unexpected = [
        f"{m['url'].rsplit('/', 2)[-2]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if not dropped(m)
    ]
    assert unexpected == []


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"])
        for attribute in ("href", "src"):
            if values.get(attribute) and not (tag == "link" and values.get("rel") == "canonical"):
                self.links.append(values[attribute])


def test_every_internal_link_asset_and_anchor_resolves(site: tuple[str, Path]):
    real_site = site[1]
    parsed: dict[Path, _Links] = {}

    def parse(path: Path) -> _Links:
        if path not in parsed:
            parser = _Links()
            parser.feed(path.read_text(encoding="utf-8"))
            parsed[path] = parser
        return parsed[path]

    broken = []
    for page in sorted(real_site.rglob("*.html")):
        if "assets" in page.relative_to(real_site).parts:
            continue
        base = "http://site/" + page.relative_to(real_site).as_posix()
        for link in parse(page).links:
            if link.startswith(("mailto:", "webcal:", "data:", "javascript:")):
                continue
            url = urlsplit(urljoin(base, link))
            if url.netloc != "site":
                continue  # another host: not ours to resolve
            target = real_site / unquote(url.path).lstrip("/")
            if target.is_dir() or url.path.endswith("/"):
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{page.relative_to(real_site)}: {link}")
            elif url.fragment and target.suffix == ".html" and unquote(url.fragment) not in parse(target).ids:
                broken.append(f"{page.relative_to(real_site)}: {link} (no such anchor)")
    assert broken == []

"""Valid HTML (Nu HTML Checker) and no broken internal link, asset or #anchor anywhere."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from association.linkcheck import broken_links

from .conftest import ROOT, SITES

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Each message of Material's own markup that the check drops: the message, the markup it
# must be about (the checker's extract), and why. Any other message fails the test.
IGNORED = [
    (
        r"Attribute “autocomplete” is only allowed when the input type is",
        r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox" id="__(drawer|search)" autocomplete="off">',
        "Material sets autocomplete=off on its two hidden checkbox toggles (drawer, search) so that"
        " browsers do not restore them on back/forward; harmless, and the markup is Material's.",
    ),
    (
        r"Bad value “” for attribute “tabindex” on element “label”",
        r'<label class="md-nav__link[^"]*" for="__nav_[0-9_]+" id="__nav_[0-9_]+_label" tabindex="">',
        'Material\'s navigation renders tabindex="" on section labels it keeps out of the tab order.',
    ),
]


def dropped(message: dict) -> bool:
    return any(
        re.search(text, message["message"]) and re.search(markup, message.get("extract", ""))
        for text, markup, _why in IGNORED
    )


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
    result = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--errors-only", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    unexpected = [
        f"{m['url'].rsplit('/', 2)[-2]}:{m.get('lastLine')}: {m['message']}" for m in messages if not dropped(m)
    ]
    assert unexpected == []


def test_every_internal_link_asset_and_anchor_resolves(site: tuple[str, Path]):
    assert broken_links(site[1]) == []

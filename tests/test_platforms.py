"""ProperDocs (the maintained continuation of MkDocs 1.x) builds both sites as MkDocs does."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from support.sites import DEMO, REAL_NOW, ROOT

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def build_with(command: str, config: Path, out: Path) -> dict[str, bytes]:
    """Every file a strict build by ``command`` (``mkdocs`` or ``properdocs``) writes."""
    executable = Path(sys.executable).with_name(command)
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(int(REAL_NOW.timestamp())), "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [str(executable), "build", "--strict", "-f", str(config), "-d", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


@pytest.mark.parametrize("config", [ROOT / "mkdocs.yml", DEMO / "mkdocs.yml"], ids=["real", "demo"])
def test_properdocs_builds_the_site_byte_for_byte_as_mkdocs_but_for_the_generator_tag(config: Path, tmp_path: Path):
    mkdocs = build_with("mkdocs", config, tmp_path / "mkdocs")
    properdocs = build_with("properdocs", config, tmp_path / "properdocs")
    assert mkdocs.keys() == properdocs.keys()
    differing = [name for name in mkdocs if GENERATOR.sub(b"", mkdocs[name]) != GENERATOR.sub(b"", properdocs[name])]
    assert differing == []
    assert b"ProperDocs" in properdocs["index.html"] and b"ProperDocs" not in mkdocs["index.html"]


def test_the_suite_builds_with_the_platform_it_was_asked_for():
    """``ASSOCIATION_PLATFORM=properdocs`` really swaps MkDocs for ProperDocs in-process."""
    import mkdocs.commands.build

    expected = "properdocs" if os.environ.get("ASSOCIATION_PLATFORM") == "properdocs" else "mkdocs"
    assert mkdocs.commands.build.__name__.split(".")[0] == expected

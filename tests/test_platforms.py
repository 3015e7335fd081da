"""ProperDocs (the maintained continuation of MkDocs 1.x) builds both sites as MkDocs does,
and a second MkDocs build of the demo writes the same bytes as the first.

The MkDocs side is the session's own build of each site (``real_site``, ``demo_site``): the
comparison needs only the other platform's build, not a second MkDocs one of each site."""

from __future__ import annotations

import difflib
import os
import re
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest

from support.sites import DEMO, REAL_NOW, ROOT, built_once, count_build

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
ON_PROPERDOCS = os.environ.get("ASSOCIATION_PLATFORM") == "properdocs"


def build_with(command: str, config: Path, out: Path) -> dict[str, bytes]:
    """Every file a strict build by ``command`` (``mkdocs`` or ``properdocs``) writes."""
    executable = Path(sys.executable).with_name(command)
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(int(REAL_NOW.timestamp())), "NO_MKDOCS_2_WARNING": "1"}
    count_build()
    result = subprocess.run(
        [str(executable), "build", "--strict", "-f", str(config), "-d", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return files_of(out)


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def differences(first: dict[str, bytes], second: dict[str, bytes]) -> dict[str, str]:
    """The first few differing files, as unified diffs (short), for the assertion message."""
    differing = sorted(name for name in first if first[name] != second.get(name))
    return {
        name: "".join(
            difflib.unified_diff(
                first[name].decode(errors="replace").splitlines(True),
                second.get(name, b"").decode(errors="replace").splitlines(True),
            )
        )[:2000]
        for name in differing[:3]
    }


@pytest.mark.skipif(ON_PROPERDOCS, reason="compares ProperDocs with the session's MkDocs builds")
@pytest.mark.parametrize("name", ["real", "demo"])
def test_properdocs_builds_the_site_byte_for_byte_as_mkdocs_but_for_the_generator_tag(
    name: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
):
    """Also two builds of each site, one in-process (the session's) and one by the
    ``properdocs build`` command, written byte for byte the same: the suite's in-process
    builds write what the command does. The ProperDocs build is the one the ProperDocs pass
    of ``make test`` reads (``built_once``), so that pass builds nothing again."""
    config = {"real": ROOT / "mkdocs.yml", "demo": DEMO / "mkdocs.yml"}[name]
    mkdocs = files_of(request.getfixturevalue(f"{name}_site"))
    out = built_once(tmp_path_factory, f"{name}-site", partial(build_with, "properdocs", config), platform="properdocs")
    properdocs = files_of(out)
    assert mkdocs.keys() == properdocs.keys()
    without_generator = {n: GENERATOR.sub(b"", b) for n, b in mkdocs.items()}
    other = {n: GENERATOR.sub(b"", b) for n, b in properdocs.items()}
    assert differences(without_generator, other) == {}
    assert b"ProperDocs" in properdocs["index.html"] and b"ProperDocs" not in mkdocs["index.html"]


def test_the_suite_builds_with_the_platform_it_was_asked_for():
    """``ASSOCIATION_PLATFORM=properdocs`` really swaps MkDocs for ProperDocs in-process."""
    import mkdocs.commands.build

    expected = "properdocs" if ON_PROPERDOCS else "mkdocs"
    assert mkdocs.commands.build.__name__.split(".")[0] == expected

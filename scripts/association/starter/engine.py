"""Which engine a new site installs: one pip requirement, pinned by tag or commit.

The site's Makefile installs exactly this line (``ENGINE ?= ...``), so every machine and
CI build with the same engine. Without ``--engine`` it comes from how this engine itself
was installed: from git (pip records the URL and commit in ``direct_url.json``, PEP 610),
from the package's ``Source`` URL and version, or, in a git checkout of the engine, that
checkout at its current commit (which works on this computer only; the command says so).
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "association"


@dataclass(frozen=True)
class EngineSpec:
    requirement: str
    local: bool = False
    """A path on this computer: fine to try the site here, not for CI or a colleague."""


def default_engine() -> EngineSpec | None:
    try:
        dist = metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return _checkout()
    return _from_vcs(dist) or _from_source_url(dist) or _checkout()


def _from_vcs(dist: metadata.Distribution) -> EngineSpec | None:
    text = dist.read_text("direct_url.json")
    if not text:
        return None
    data = json.loads(text)
    vcs = data.get("vcs_info") or {}
    if vcs.get("vcs") != "git" or not vcs.get("commit_id"):
        return None
    url = str(data["url"])
    return EngineSpec(f"{DISTRIBUTION} @ git+{url}@{vcs['commit_id']}", local=url.startswith("file:"))


def _from_source_url(dist: metadata.Distribution) -> EngineSpec | None:
    for entry in dist.metadata.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "source" and url.strip():
            return EngineSpec(f"{DISTRIBUTION} @ git+{url.strip()}@v{dist.version}")
    return None


def _checkout() -> EngineSpec | None:
    root = Path(__file__).resolve().parents[3]
    if not (root / "pyproject.toml").is_file() or not (root / ".git").exists():
        return None
    try:
        commit = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return EngineSpec(f"{DISTRIBUTION} @ git+{root.as_uri()}@{commit}", local=True)

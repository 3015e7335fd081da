"""Which engine a new site installs: one pip line pinned to a commit or a version tag, taken
from how this engine was installed (git, a Source URL, a git checkout, in that order), and
marked local when it names a path on this computer only."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from association.starter import engine
from association.starter.engine import EngineSpec


def distribution(tmp_path: Path, *, direct_url: dict | None = None, project_urls: tuple[str, ...] = ()):
    """An installed ``association`` 0.1.0 as pip leaves it: METADATA and, when installed from a
    URL, ``direct_url.json`` (PEP 610)."""
    info = tmp_path / "association-0.1.0.dist-info"
    info.mkdir(exist_ok=True)
    lines = ["Metadata-Version: 2.1", "Name: association", "Version: 0.1.0"]
    lines += [f"Project-URL: {url}" for url in project_urls]
    (info / "METADATA").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if direct_url is not None:
        (info / "direct_url.json").write_text(json.dumps(direct_url), encoding="utf-8")
    return engine.metadata.PathDistribution(info)


def git(url: str, commit: str = "abc123") -> dict:
    return {"url": url, "vcs_info": {"vcs": "git", "commit_id": commit}}


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch):
    """Make ``default_engine`` see ``dist`` as the installed engine (None: not installed)."""

    def install(dist) -> None:
        def found(name: str):
            assert name == "association"
            if dist is None:
                raise engine.metadata.PackageNotFoundError(name)
            return dist

        monkeypatch.setattr(engine.metadata, "distribution", found)

    return install


def this_checkout() -> Path | None:
    root = Path(engine.__file__).resolve().parents[3]
    return root if (root / "pyproject.toml").is_file() and (root / ".git").exists() else None


def test_an_engine_installed_from_git_is_pinned_to_its_commit(tmp_path: Path):
    dist = distribution(tmp_path, direct_url=git("https://example.org/engine.git"))
    assert engine._from_vcs(dist) == EngineSpec("association @ git+https://example.org/engine.git@abc123")


def test_an_engine_with_a_source_url_is_pinned_to_its_version_tag(tmp_path: Path):
    dist = distribution(tmp_path, project_urls=("Source, https://example.org/e.git",))
    assert engine._from_source_url(dist) == EngineSpec("association @ git+https://example.org/e.git@v0.1.0")


def test_an_engine_installed_from_a_local_git_folder_is_local(tmp_path: Path):
    dist = distribution(tmp_path, direct_url=git("file:///home/redactie/engine", "0f1e2d"))
    assert engine._from_vcs(dist) == EngineSpec("association @ git+file:///home/redactie/engine@0f1e2d", local=True)


@pytest.mark.parametrize(
    "direct_url",
    [
        None,  # installed from an index: no direct_url.json
        {"url": "file:///work/engine", "dir_info": {"editable": True}},  # pip install -e .
        {"url": "https://example.org/engine", "vcs_info": {"vcs": "hg", "commit_id": "abc123"}},
        {"url": "https://example.org/engine.git", "vcs_info": {"vcs": "git"}},  # no commit to pin
    ],
)
def test_only_git_with_a_commit_counts_as_installed_from_git(tmp_path: Path, direct_url: dict | None):
    assert engine._from_vcs(distribution(tmp_path, direct_url=direct_url)) is None


def test_the_source_url_is_found_by_its_label_in_any_case_and_other_urls_are_not(tmp_path: Path):
    dist = distribution(
        tmp_path, project_urls=("Homepage, https://example.org/", "SOURCE ,  https://example.org/bron.git ")
    )
    assert engine._from_source_url(dist) == EngineSpec("association @ git+https://example.org/bron.git@v0.1.0")
    for urls in [(), ("Homepage, https://example.org/",), ("Source,  ",), ("Source",)]:
        assert engine._from_source_url(distribution(tmp_path, project_urls=urls)) is None, urls


def test_git_wins_over_the_source_url(tmp_path: Path, installed):
    installed(
        distribution(
            tmp_path,
            direct_url=git("https://example.org/fork.git", "fedcba"),
            project_urls=("Source, https://example.org/e.git",),
        )
    )
    assert engine.default_engine() == EngineSpec("association @ git+https://example.org/fork.git@fedcba")


def test_without_git_the_source_url_and_version_are_used(tmp_path: Path, installed):
    installed(distribution(tmp_path, project_urls=("Source, https://example.org/e.git",)))
    assert engine.default_engine() == EngineSpec("association @ git+https://example.org/e.git@v0.1.0")


@pytest.mark.skipif(this_checkout() is None, reason="the engine runs from an installed copy, not a git checkout")
@pytest.mark.parametrize("how", ["not installed", "installed without a pin"])
def test_a_git_checkout_of_the_engine_is_pinned_to_its_current_commit_and_is_local(tmp_path: Path, installed, how):
    installed(None if how == "not installed" else distribution(tmp_path))
    root = this_checkout()
    assert root is not None
    commit = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert len(commit) == 40
    assert engine.default_engine() == EngineSpec(f"association @ git+{root.as_uri()}@{commit}", local=True)


@pytest.mark.skipif(this_checkout() is None, reason="the engine runs from an installed copy, not a git checkout")
@pytest.mark.parametrize("failure", [OSError("git: niet gevonden"), subprocess.CalledProcessError(128, "git")])
def test_without_a_working_git_there_is_no_engine_to_propose(
    tmp_path: Path, installed, monkeypatch: pytest.MonkeyPatch, failure: Exception
):
    def broken(*args: object, **kwargs: object) -> None:
        raise failure

    installed(None)
    monkeypatch.setattr(engine.subprocess, "run", broken)
    assert engine.default_engine() is None

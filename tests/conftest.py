"""The suite's fixtures: a throw-away ``project``, and the real and the demo site built
once per session. What they are made of lives in ``support/sites.py``."""

from __future__ import annotations

import os

if os.environ.get("ASSOCIATION_PLATFORM") == "properdocs":
    # ProperDocs, MkDocs' maintained continuation: from here on every `mkdocs.*` import,
    # ours and Material's, is answered by ProperDocs (`make test` runs the suite both ways).
    import properdocs.replacement  # noqa: F401
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.sample import write_sample
from support.sites import BUILDS, DEMO, ROOT, Project, build_site, built_once, shared_project


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This repository's own site (the association's real one), built once per test run."""
    return built_once(tmp_path_factory, "real-site", lambda out: build_site(ROOT / "mkdocs.yml", out))


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fictional demo association in tests/demo/, which shows every feature."""
    return built_once(tmp_path_factory, "demo-site", lambda out: build_site(DEMO / "mkdocs.yml", out))


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> Iterator[Project]:
    yield Project(tmp_path, monkeypatch, caplog)


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # a pytest-xdist worker: its controller adds them up
        workeroutput["builds"] = BUILDS[0]


def pytest_testnodedown(node: Any, error: object) -> None:
    """pytest-xdist's hook on the controller, when a worker is done."""
    BUILDS[0] += int(node.workeroutput.get("builds", 0))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    terminalreporter.write_line(f"full builds in this run: {BUILDS[0]}")
    count_file = os.environ.get("ASSOCIATION_BUILD_COUNT")
    worker = hasattr(terminalreporter.config, "workerinput")  # its count reaches the controller's
    if count_file and not worker:  # `make test` adds up the runs' counts (one line each)
        with open(count_file, "a", encoding="utf-8") as out:
            out.write(f"{BUILDS[0]}\n")


@pytest.fixture(scope="session")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The sample site of ``support/sample.py`` as ``mkdocs build`` writes it."""
    return shared_project(tmp_path_factory, "sample", write_sample)


@pytest.fixture(scope="session")
def sample_preview(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The same site as ``mkdocs serve`` writes it: drafts and later columns shown."""
    return shared_project(tmp_path_factory, "sample-preview", write_sample, serve=True)

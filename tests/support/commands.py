"""A command run on a tiny site of files, as an editor runs it, with the build's clock pinned."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from association.commands import main
from support.sites import Project

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Imported into a test module, it pins ``now`` for every test there (SOURCE_DATE_EPOCH)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(NOW.timestamp())))


def runner(*command: str) -> Callable[..., tuple[int, str, str]]:
    """``run(project, capsys, *args)``: ``association -f <site>/mkdocs.yml <command> <args>``,
    its exit code, standard output and standard error."""

    def run(project: Project, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
        project.write("mkdocs.yml", project.config_text("site"))
        code = main(["-f", str(project.root / "mkdocs.yml"), *command, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run

"""A small real site in a temp folder, built in-process by MkDocs with our plugin, and
the repository's own two sites.

Tests write Markdown into a ``Project``, build with a pinned ``SOURCE_DATE_EPOCH`` under
strict settings, and read back the HTML that MkDocs wrote. No MkDocs object is mocked.
(``conftest.py`` makes the fixtures; a test imports what it needs from here.)
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import textwrap
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, PluginError
from mkdocs.structure.files import get_files

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

# 23 November 2026, 12:00 UTC: the "now" of every test build unless a test says otherwise.
DEFAULT_NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)

AUTHORS = """\
sofie-vriends:
  name: Sofie Vriends
  role: voorzitter
  photo: assets/sofie.svg
  bio: Voorzitter sinds 2021.
greet-bouman:
  name: Greet Bouman
  role: voorzitter
"""


def changed(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """``base`` with fields replaced; a value of None removes the field."""
    fields = {**base, **changes}
    return {k: v for k, v in fields.items() if v is not None}


SERVE_URL = "http://127.0.0.1:8000/"
BUILDS = [0]
"""Full MkDocs builds this test session has run (printed at its end, for BENCHMARKS.md)."""


def count_build() -> None:
    """A full build made outside ``Project.build``/``build_site``: a ``mkdocs build`` run as a
    command counts as much as one in-process (the suite's budget is of builds, not of calls)."""
    BUILDS[0] += 1


class BuildFailed(Exception):
    def __init__(self, messages: str) -> None:
        self.messages = messages
        super().__init__(messages)


def write_file(root: Path, relative: str, text: str | bytes) -> Path:
    """``root/relative`` with its folders: bytes as they are, text dedented (a test may indent it)."""
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


class Project:
    """A throw-away site: ``write`` sources, ``build`` it, ``read`` what was written."""

    def __init__(
        self,
        root: Path,
        monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture | None,
        *,
        fresh: bool = True,
    ) -> None:
        """``caplog`` None: a shared project (``shared_project``) that collects its own log;
        ``fresh`` False: the sources are already there (another worker wrote them)."""
        self.root = root
        self._monkeypatch = monkeypatch
        self._caplog = caplog
        self.plugin_options: dict[str, Any] = {"per_page": 10, "uid_domain": "example.nl"}
        self.extra_config: dict[str, Any] = {}
        self.last_files: Any = None
        self._log: Any = caplog
        if fresh:
            self.write("docs/index.md", "# Home\n\nWelkom.\n")
            self.write("docs/assets/sofie.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
            self.write("columns/authors.yml", AUTHORS)

    def write(self, relative: str, text: str | bytes) -> Path:
        return write_file(self.root, relative, text)

    def column(self, name: str, *, body: str = "Een alinea tekst.", **fields: Any) -> Path:
        """Write ``columns/<name>.md`` (or ``<name>/index.md`` when name ends in /)."""
        front = {"title": "Een column", "date": "2026-01-10", "author": "sofie-vriends", "category": "Column"}
        front.update({k: v for k, v in fields.items() if v is not None})
        text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n\n" + body + "\n"
        relative = f"columns/{name}index.md" if name.endswith("/") else f"columns/{name}.md"
        return self.write(relative, text)

    def event(self, name: str, *, body: str = "Over deze activiteit.", **fields: Any) -> Path:
        """Write ``events/<name>.md`` with a valid default event, overridden by ``fields``."""
        front: dict[str, Any] = {"title": "Een activiteit", "category": "Webinar"}
        if "start" not in fields:
            front.update(start="2026-12-10 14:00", end="2026-12-10 17:00")
        front.update(fields)
        front.setdefault("uid", f"{name}@example.nl")  # last, so that the other fields keep their lines
        front = {k: v for k, v in front.items() if v is not None}
        text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n\n" + body + "\n"
        return self.write(f"events/{name}.md", text)

    def config_text(self, site_dir: str) -> str:
        config = {
            "site_name": "Testvereniging",
            "site_url": "https://www.example.nl/",
            "site_dir": site_dir,
            "theme": {"name": "material", "language": "nl", "font": False},
            "plugins": ["search", {"association": self.plugin_options}],
            "validation": {
                "links": {"not_found": "warn", "anchors": "warn", "unrecognized_links": "warn"},
            },
        }
        config.update(self.extra_config)
        return yaml.safe_dump(config, sort_keys=False)

    def build(
        self,
        *,
        serve: bool = False,
        now: datetime = DEFAULT_NOW,
        site_dir: str = "site",
        dirty: bool = False,
        rebuild: bool = False,
        verbose: bool = False,
    ) -> Path:
        """Build as ``mkdocs build`` (or ``serve``; ``dirty``: only pages whose source is newer
        than their output, as ``--dirty`` does; ``rebuild``: a later build of the same
        ``serve`` session, which, like a save under ``mkdocs serve``, keeps the plugin object
        and does not start it again; ``verbose``: keep the debug log, as ``--verbose`` shows it,
        for ``logged``)."""
        config_file = self.write("mkdocs.yml", self.config_text(site_dir))
        self._monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(now.timestamp())))
        log = self._log = self._caplog if self._caplog is not None else _Collected()
        log.clear()
        # Strict, as `make site`; except dirty (MkDocs warns on every dirty build that it is
        # one) and serve (`make serve` is not strict, and reports content errors as errors).
        config = self.last_config = load_config(str(config_file), strict=not (dirty or serve))
        if not rebuild:
            config.plugins.on_startup(command="serve" if serve else "build", dirty=dirty)
        if serve:
            config.site_url = SERVE_URL  # as `mkdocs serve` does before every build
        BUILDS[0] += 1
        try:
            with log.at_level(logging.DEBUG if verbose else logging.WARNING, logger="mkdocs"):
                build(config, serve_url=SERVE_URL if serve else None, dirty=dirty)
        except Abort as exc:
            messages = "\n".join(r.getMessage() for r in log.records)
            raise BuildFailed(f"{exc}\n{messages}") from None
        finally:
            if not serve:
                config.plugins.on_shutdown()  # serve: only when it stops
        return self.root / site_dir

    def logged(self, start: str) -> list[str]:
        """The messages of the last build that start with ``start``."""
        return [m for m in (r.getMessage() for r in self._log.records) if m.startswith(start)]

    def plan(self, *, serve: bool = False, now: datetime = DEFAULT_NOW, rebuild: bool = False) -> Any:
        """MkDocs' own steps of a strict build up to ``on_files`` (config, plugins, the file
        list): there the plugin loads and validates all content and plans the site, and there
        a build with a content error fails. Nothing is rendered, so this is not a full build.
        Returns the plugin's state (``plan``, ``pages``); raises ``BuildFailed`` with the
        message the build would stop with. ``serve``: as a preview, whose problems are then
        settled as in ``on_env`` (said in the terminal, kept for every page); ``rebuild``: a
        later step of the same preview session (the plugin keeps its parse cache and
        calendars, as in ``build``). The file list, generated files included, is ``last_files``."""
        config_file = self.write("mkdocs.yml", self.config_text("site"))
        self._monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(now.timestamp())))
        config = self.last_config = load_config(str(config_file), strict=not serve)
        if not rebuild:
            config.plugins.on_startup(command="serve" if serve else "build", dirty=False)
        if serve:
            config.site_url = SERVE_URL
        log = self._log = self._caplog if self._caplog is not None else _Collected()
        log.clear()
        try:
            with log.at_level(logging.WARNING, logger="mkdocs"):
                config = config.plugins.on_config(config)
                config.plugins.on_pre_build(config=config)
                self.last_files = config.plugins.on_files(get_files(config), config=config)
                state = config.plugins["association"].state
                if serve:
                    state.problems.all_read()
        except PluginError as exc:
            raise BuildFailed(str(exc)) from None
        finally:
            if not serve:
                config.plugins.on_shutdown()
        return state

    def planned_bytes(self, site_path: str) -> bytes:
        """A generated file of the last ``plan`` (a calendar, a redirect) as it would be written."""
        file = self.last_files.get_file_from_path(site_path)
        assert file is not None, f"{site_path} is not in the plan"
        return bytes(file.content_bytes)

    def read_source(self, relative: str) -> str:
        return (self.root / relative).read_text(encoding="utf-8")

    def read(self, site_path: str, site_dir: str = "site") -> str:
        return (self.root / site_dir / site_path).read_text(encoding="utf-8")

    def exists(self, site_path: str, site_dir: str = "site") -> bool:
        return (self.root / site_dir / site_path).exists()


ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "tests" / "demo"
REAL_NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
"""The "now" of the real and the demo site in tests: the demo's agenda is built around it."""


def build_site(config_file: Path, out: Path, now: datetime = REAL_NOW) -> Path:
    """Build a site from its own mkdocs.yml, strictly, into ``out`` (its folder stays untouched)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", str(int(now.timestamp())))
    BUILDS[0] += 1
    try:
        config = load_config(str(config_file), site_dir=str(out), strict=True)
        config.plugins.on_startup(command="build", dirty=False)
        build(config)
        config.plugins.on_shutdown()
    finally:
        mp.undo()
    return out


class _Collected(logging.Handler):
    """What ``caplog`` gives a build, for a project shared by a whole session."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def clear(self) -> None:
        self.records = []

    def at_level(self, level: int, logger: str) -> _Attached:
        return _Attached(self, logging.getLogger(logger), level)


class _Attached:
    def __init__(self, handler: logging.Handler, logger: logging.Logger, level: int) -> None:
        self.handler, self.logger, self.level = handler, logger, level

    def __enter__(self) -> None:
        self.kept = self.logger.level, self.handler.level
        self.logger.setLevel(self.level)
        self.handler.setLevel(self.level)
        self.logger.addHandler(self.handler)

    def __exit__(self, *exc: object) -> None:
        self.logger.removeHandler(self.handler)
        self.logger.setLevel(self.kept[0])
        self.handler.setLevel(self.kept[1])


def built_once(
    factory: pytest.TempPathFactory, name: str, make: Callable[[Path], object], *, platform: str | None = None
) -> Path:
    """``make(folder)`` once per test run, also under pytest-xdist: the first worker to get
    here builds into a folder every worker shares, the others wait for it and read it. (A
    session fixture alone is made once per worker, which doubled every shared build.)

    ``make test`` runs pytest three times on the same sources; it names one folder for all
    three in ``ASSOCIATION_SHARED_BUILDS`` (emptied at its start), so that the browser suite
    reads the demo and the real site the first run built. Builds are kept apart by
    ``platform`` (MkDocs, ProperDocs: the one this run uses unless given)."""
    platform = platform or os.environ.get("ASSOCIATION_PLATFORM", "mkdocs")
    across = os.environ.get("ASSOCIATION_SHARED_BUILDS")
    if across:
        base = Path(across)
    else:
        base = factory.getbasetemp()
        if os.environ.get("PYTEST_XDIST_WORKER"):
            base = base.parent  # the run's own folder, above the workers' (pytest-N/popen-gwK)
        base = base / "shared"
    shared = base / platform
    shared.mkdir(parents=True, exist_ok=True)
    folder = shared / name
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / f"{name}.built").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            (shared / f"{name}.built").touch()
    return folder


def shared_project(
    factory: pytest.TempPathFactory, name: str, write: Callable[[Project], None], **build: Any
) -> Project:
    """A ``Project`` that ``write`` fills and that is built once per test run (``built_once``);
    tests read its pages. ``build``: what ``Project.build`` takes (``now``, ``serve``)."""
    made: list[Project] = []

    def make(folder: Path) -> None:
        mp = pytest.MonkeyPatch()
        try:
            project = Project(folder, mp, None)
            write(project)
            project.build(**build)
            made.append(project)
        finally:
            mp.undo()

    folder = built_once(factory, name, make)
    if made:
        return made[0]
    return Project(folder, pytest.MonkeyPatch(), None, fresh=False)  # to read what was built

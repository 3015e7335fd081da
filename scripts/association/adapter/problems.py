"""What a content problem does, decided in one place for the three ways a site is read.

- a **build** (``mkdocs build``) fails at the end of the stage that found a problem, so a
  broken commit never reaches the public site;
- a **preview** (``mkdocs serve``) carries on without the sources in error and shows the
  problems on every page and in the terminal, so the editor is never left with a dead server;
- a **check** (``association check``) collects everything and leaves the report to the
  command, which prints it in the format the forge wants.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

from mkdocs.exceptions import PluginError

from ..content.errors import ContentError, ContentErrors
from ..content.loader import Content

log = logging.getLogger("mkdocs.plugins.association")

CHECK_COMMAND = "check"
"""What ``association check`` passes as the command to ``on_startup`` (MkDocs itself passes
build, gh-deploy or serve)."""


class Mode(Enum):
    BUILD = "build"
    PREVIEW = "preview"
    CHECK = "check"

    @classmethod
    def of(cls, command: str) -> Mode:
        """The mode for the command ``on_startup`` was given."""
        return {"serve": cls.PREVIEW, CHECK_COMMAND: cls.CHECK}.get(command, cls.BUILD)


@dataclass
class Problems:
    mode: Mode
    found: list[ContentError] = field(default_factory=list)

    @property
    def keep_going(self) -> bool:
        """Whether the loader leaves a source in error out instead of stopping."""
        return self.mode is not Mode.BUILD

    @property
    def preview(self) -> bool:
        """Drafts and later columns are shown (as *Concept*, *Gepland*) only in a preview."""
        return self.mode is Mode.PREVIEW

    def add(self, problems: Iterable[ContentError]) -> None:
        self.found.extend(problems)

    def add_loaded(self, content: Content) -> None:
        """What the loader found: its errors (in a preview or a check, the sources it left
        out), and its warnings, logged as info (a warning would fail ``--strict``)."""
        self.add(content.errors)
        for warning in content.warnings:
            log.info(str(warning))

    def stage_done(self) -> None:
        """The end of a stage: a build stops here if the stage found anything."""
        if self.found and self.mode is Mode.BUILD:
            raise PluginError(ContentErrors(self.found).report())

    def all_read(self) -> None:
        """Every source and every page's Markdown has been read (``on_env``): a build fails,
        a preview reports in the terminal what its pages will show."""
        self.stage_done()
        self.found = list(ContentErrors(self.found).errors) if self.found else []
        if self.found and self.mode is Mode.PREVIEW:
            log.error(ContentErrors(self.found).report())

    @property
    def shown(self) -> list[ContentError]:
        """What every page shows at its top: only a preview gets this far with problems."""
        return self.found if self.mode is Mode.PREVIEW else []

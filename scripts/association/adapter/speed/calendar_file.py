"""An .ics file in MkDocs' file list whose bytes are rendered when MkDocs writes it.

A site has one calendar per event, per category and the subscription: hundreds of files.
They belong in MkDocs' file list (so that a Markdown link to one resolves, and so that a
clash with another file is caught), and MkDocs writes every file in that list once, in
``Files.copy_static_files``. Rendering the bytes at that moment, instead of adding an empty
placeholder and overwriting it at the end of the build, writes each file once, holds only
one calendar in memory at a time, and lets other plugins read the real bytes. (It saves
little time: creating each file and its folder is the cost, and that stays.) Once written,
the file answers from disk: its renderer, and with it the events and the serialised
VEVENTs it holds, are let go before the pages are built.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.utils import write_file

from ...render.event_plan import PlannedCalendar
from ...render.ical import Calendars
from .. import site_files
from .timing import Stopwatch


class CalendarFile(File):
    """A generated file whose content is ``render()`` until it is written, then what was written."""

    render: Callable[[], bytes]

    @classmethod
    def rendered_by(cls, config: MkDocsConfig, src_uri: str, render: Callable[[], bytes]) -> CalendarFile:
        # ``content`` only marks the file as generated and in memory (never copied from disk,
        # always "modified"); the bytes themselves come from ``render``.
        file = cls.generated(config, src_uri, content=b"")
        assert isinstance(file, CalendarFile)
        file.render = render
        return file

    @property
    def content_bytes(self) -> bytes:
        return self.render()

    @content_bytes.setter
    def content_bytes(self, value: bytes) -> None:
        # Another plugin may replace the calendar; MkDocs' own setter semantics, kept.
        self.render = lambda: value

    @property
    def content_string(self) -> str:
        return self.content_bytes.decode("utf-8")

    @content_string.setter
    def content_string(self, value: str) -> None:
        self.content_bytes = value.encode("utf-8")

    def copy_file(self, dirty: bool = False) -> None:
        """Write the rendered bytes (MkDocs' own ``copy_file`` would write the marker)."""
        write_file(self.content_bytes, self.abs_dest_path)
        self.render = partial(Path(self.abs_dest_path).read_bytes)


def add_calendars(
    files: Files, config: MkDocsConfig, planned: Sequence[PlannedCalendar], calendars: Calendars, stopwatch: Stopwatch
) -> None:
    """Every planned calendar into the file list; ``calendars`` serialises each event once for
    all the calendars it is in (and, in a preview, from one rebuild to the next)."""

    def render(calendar: PlannedCalendar) -> bytes:
        with stopwatch.stage("iCalendar"):
            return calendars.calendar(calendar.events, calendar.info)

    for calendar in planned:
        site_files.append(
            files, CalendarFile.rendered_by(config, calendar.url, partial(render, calendar)), calendar.url
        )

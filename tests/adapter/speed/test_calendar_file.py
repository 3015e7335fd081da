"""adapter/speed/calendar_file.py: a calendar in MkDocs' file list is rendered when MkDocs
writes it, written once, and read back from disk afterwards; another plugin may replace it."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from association.adapter.speed.calendar_file import CalendarFile, add_calendars
from association.adapter.speed.timing import Stopwatch
from association.render.ical import Calendars
from support.handmade import Site, docs_file, files_of

ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"


class Renderer:
    """Counts how often the calendar was rendered."""

    def __init__(self, data: bytes = ICS) -> None:
        self.data, self.calls = data, 0

    def __call__(self) -> bytes:
        self.calls += 1
        return self.data


@pytest.fixture
def config(tmp_path: Path) -> MkDocsConfig:
    return Site(tmp_path).config()


def test_the_bytes_are_rendered_when_read_not_when_the_file_is_listed(config: MkDocsConfig):
    render = Renderer()
    file = CalendarFile.rendered_by(config, "agenda.ics", render)
    assert render.calls == 0
    assert file.content_bytes == ICS and file.content_string == ICS.decode()
    assert render.calls == 2
    assert file.url == "agenda.ics" and file.abs_src_path is None and file.generated_by == "association"


def test_mkdocs_writes_the_rendered_bytes_and_later_reads_come_from_disk(config: MkDocsConfig):
    render = Renderer()
    file = CalendarFile.rendered_by(config, "agenda/categorie/webinar.ics", render)
    files_of(file).copy_static_files()  # where MkDocs writes every file that is not a page
    written = Path(config.site_dir) / "agenda/categorie/webinar.ics"
    assert written.read_bytes() == ICS and render.calls == 1
    written.write_bytes(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert file.content_bytes == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" and render.calls == 1


def test_another_plugin_may_replace_the_calendar_and_its_bytes_are_written(config: MkDocsConfig):
    render = Renderer()
    file = CalendarFile.rendered_by(config, "agenda.ics", render)
    file.content_string = "BEGIN:VCALENDAR\r\nX-EIGEN:ja\r\nEND:VCALENDAR\r\n"
    assert file.content_bytes == b"BEGIN:VCALENDAR\r\nX-EIGEN:ja\r\nEND:VCALENDAR\r\n"
    file.content_bytes = ICS.replace(b"2.0", b"2.0\r\nX-ANDER:ja")
    file.copy_file()
    assert b"X-ANDER:ja" in (Path(config.site_dir) / "agenda.ics").read_bytes()
    assert render.calls == 0


def test_every_planned_calendar_is_listed_at_its_address_with_its_events(tmp_path: Path):
    site = Site(tmp_path)
    site.event("2026-12-10-webinar", title="Webinar over netwerken")
    site.event("2026-12-17-lezing", title="Lezing", category="Lezing", start="2026-12-17 20:00", end=None)
    config, _, _, plan = site.plan()
    files, watch = files_of(docs_file(config, "index.md")), Stopwatch()
    add_calendars(files, config, plan.calendars, Calendars(), watch)
    urls = [c.url for c in plan.calendars]
    assert {"agenda.ics", "agenda/2026/webinar/webinar.ics", "agenda/categorie/lezing.ics"} <= set(urls)
    assert "iCalendar" not in watch.stages  # nothing rendered yet
    subscription = files.get_file_from_path("agenda.ics")
    assert isinstance(subscription, CalendarFile)
    assert subscription.content_bytes.count(b"BEGIN:VEVENT") == 2 and "iCalendar" in watch.stages
    own = files.get_file_from_path("agenda/2026/webinar/webinar.ics")
    assert own is not None and own.content_bytes.count(b"BEGIN:VEVENT") == 1
    assert b"SUMMARY:Webinar over netwerken\r\n" in own.content_bytes


def test_a_calendar_at_the_address_of_another_file_is_refused(tmp_path: Path):
    site = Site(tmp_path)
    site.event("2026-12-10-webinar")
    config, _, _, plan = site.plan()
    files = files_of(File("agenda.ics", config.docs_dir, config.site_dir, config.use_directory_urls))
    with pytest.raises(PluginError, match=r"^agenda\.ics: verwacht een unieke URL, maar /agenda\.ics bestaat al"):
        add_calendars(files, config, plan.calendars, Calendars(), Stopwatch())

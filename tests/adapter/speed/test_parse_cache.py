"""Rebuilds within one ``mkdocs serve`` session: the plugin keeps parsed sources and
serialised events from one rebuild to the next (adapter/speed/parse_cache.py). Every test
here edits something a kept parse depends on and checks that the next rebuild sees it. One
builds the whole site after edits and afresh, and compares every byte; the others follow
the session up to ``on_files`` (``Project.plan`` with ``rebuild``), where the cache is used
and the site is planned: that a plan reaches its page is what the byte comparison and the
build tests show."""

from __future__ import annotations

import filecmp
from typing import Any

from association.adapter.plugin import AssociationPlugin
from support.sites import Project

AGENDA_ICS = "agenda.ics"


class Session:
    """A preview session, planned at its start and after each edit (nothing rendered)."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.state: Any = project.plan(serve=True)

    def rebuild(self) -> None:
        self.state = self.project.plan(serve=True, rebuild=True)

    @property
    def reused(self) -> int:
        """Sources the parse cache reused in the last rebuild."""
        cache = _plugin(self.project).parse_cache
        assert cache is not None
        return cache.reused

    @property
    def problems(self) -> str:
        """The preview's problem report, as every page would show it (empty when there is none)."""
        return "\n".join(str(problem) for problem in self.state.problems.shown)

    def page(self, url: str) -> Any:
        (page,) = [p for p in self.state.plan.pages if p.url == url]
        return page

    def listed(self, url: str) -> list[str]:
        return [column.title for column in self.page(url).view.listing.columns]


def _plugin(project: Project) -> AssociationPlugin:
    plugin = project.last_config.plugins["association"]
    assert isinstance(plugin, AssociationPlugin)
    return plugin


def _write_session(project: Project) -> None:
    for day in range(1, 6):
        project.column(f"2026-01-0{day}-stuk-{day}", title=f"Stuk {day}", date=f"2026-01-0{day}")
    project.event("2026-12-10-webinar", title="Webinar over netwerken")
    project.event("2026-12-17-lezing", title="Lezing", category="Lezing")


def _session(project: Project) -> Session:
    """A session started on five columns and two events."""
    _write_session(project)
    return Session(project)


def test_a_serve_rebuild_parses_only_the_edited_file_and_shows_the_edit(project: Project):
    session = _session(project)
    project.column("2026-01-03-stuk-3", title="Stuk drie, herzien", date="2026-01-03")
    session.rebuild()
    assert session.reused == 6  # 7 sources, 1 edited
    assert session.page("columns/2026/stuk-3/").title == "Stuk drie, herzien"
    assert "Stuk drie, herzien" in session.listed("columns/")


def test_a_serve_rebuild_after_edits_writes_what_a_fresh_build_writes(project: Project):
    _write_session(project)
    project.build(serve=True)
    project.column("2026-01-02-stuk-2", title="Stuk twee", date="2026-01-02", tags=["netwerk"])
    project.event(
        "2026-12-10-webinar",
        title="Webinar over netwerken",
        status="cancelled",
        status_reason="Te weinig aanmeldingen.",
        updated="2026-11-20 10:00",
    )
    (project.root / "columns/2026-01-05-stuk-5.md").unlink()
    project.build(serve=True, rebuild=True, verbose=True)
    assert reused(project) == 4
    project.build(serve=True, site_dir="fresh", verbose=True)  # a new session: nothing kept
    assert reused(project) == 0
    comparison = filecmp.dircmp(project.root / "site", project.root / "fresh")
    assert _differences(comparison) == []
    assert "STATUS:CANCELLED" in project.read(AGENDA_ICS)
    assert not project.exists("columns/2026/stuk-5/index.html", site_dir="fresh")


def reused(project: Project) -> int:
    """Sources the parse cache reused in the last build, from the debug log."""
    (line,) = project.logged("Parse cache: ")
    return int(line.split()[2])


def _differences(comparison: filecmp.dircmp[str], prefix: str = "") -> list[str]:
    """Files that differ byte for byte, or that the fresh build wrote and the rebuild did not.

    The left side is a serve session's site_dir, which MkDocs does not clean between
    rebuilds (nor does `mkdocs serve`): a page of a deleted column may stay behind there."""
    _, mismatch, errors = filecmp.cmpfiles(comparison.left, comparison.right, comparison.common_files, shallow=False)
    found = [prefix + name for name in mismatch + errors + comparison.right_only]
    for name, sub in comparison.subdirs.items():
        found += _differences(sub, f"{prefix}{name}/")
    return found


def test_a_serve_rebuild_sees_that_a_columns_image_was_deleted(project: Project):
    project.write("docs/assets/beeld.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    project.column(
        "2026-01-01-met-beeld",
        title="Met beeld",
        date="2026-01-01",
        image="/assets/beeld.svg",
        image_alt="Een tekening",
    )
    session = Session(project)
    (project.root / "docs/assets/beeld.svg").unlink()
    session.rebuild()
    report = session.problems
    assert "columns/2026-01-01-met-beeld.md" in report and "image" in report and "assets/beeld.svg" in report
    project.write("docs/assets/beeld.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    session.rebuild()
    assert session.problems == ""
    assert session.page("columns/2026/met-beeld/").column.image_alt == "Een tekening"


def test_a_serve_rebuild_sees_a_renamed_author(project: Project):
    session = _session(project)
    project.write(
        "columns/authors.yml",
        project.read_source("columns/authors.yml").replace("Sofie Vriends", "Sofie Vriends-de Wit"),
    )
    session.rebuild()
    assert session.reused == 0  # the authors are an input of every column
    assert session.page("columns/2026/stuk-1/").column.author.name == "Sofie Vriends-de Wit"


def test_a_serve_rebuild_sees_a_replaced_attachment(project: Project):
    project.write("columns/2022-03-01-netwerk/verslag.pdf", b"%PDF-1.4\n" + b"x" * 2400)
    project.column("2022-03-01-netwerk/", date="2022-03-01", attachments=[{"file": "verslag.pdf", "title": "Verslag"}])
    session = Session(project)
    assert [a.size for a in session.page("columns/2022/netwerk/").column.attachments] == [2409]
    project.write("columns/2022-03-01-netwerk/verslag.pdf", b"%PDF-1.4\n" + b"x" * 5400)
    session.rebuild()
    assert [a.size for a in session.page("columns/2022/netwerk/").column.attachments] == [5409]


def test_a_serve_rebuild_repeats_the_errors_of_an_unchanged_file(project: Project):
    session = _session(project)
    project.column("2026-01-09-fout", title="Fout", date="2026-01-09", category="Onbekend")
    for _ in range(2):
        session.rebuild()
        assert "columns/2026-01-09-fout.md" in session.problems and "Onbekend" in session.problems


def test_a_plain_build_keeps_nothing_for_the_next(project: Project):
    """The build command's plugin keeps no parse nor calendar (up to ``on_files``, where a
    serve session starts keeping them, is enough to see it)."""
    _write_session(project)
    project.plan()
    assert _plugin(project).parse_cache is None and _plugin(project).calendars is None


def test_a_serve_rebuild_writes_an_edited_events_calendar_entry_anew(project: Project):
    session = _session(project)
    before = project.planned_bytes(AGENDA_ICS)
    project.event("2026-12-17-lezing", title="Lezing over toezicht", category="Lezing")
    session.rebuild()
    after = project.planned_bytes(AGENDA_ICS)
    assert b"SUMMARY:Lezing\r\n" in before and b"SUMMARY:Lezing over toezicht\r\n" in after
    assert after.count(b"BEGIN:VEVENT") == 2
    assert b"SUMMARY:Lezing over toezicht\r\n" in project.planned_bytes("agenda/2026/lezing/lezing.ics")


def test_a_serve_rebuild_applies_changed_settings_to_unchanged_files(project: Project):
    session = _session(project)
    project.plugin_options["column_categories"] = ["Nieuws"]  # mkdocs.yml edited: 'Column' is gone
    session.rebuild()
    assert "columns/2026-01-01-stuk-1.md" in session.problems and "category" in session.problems

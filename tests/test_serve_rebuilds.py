"""Rebuilds within one ``mkdocs serve`` session: the plugin keeps parsed sources and
serialised events from one rebuild to the next (adapter/speed/parse_cache.py). Every test here edits
something a kept parse depends on and checks that the next rebuild shows it, or builds
the same sources afresh and compares every byte."""

from __future__ import annotations

import filecmp

from association.adapter.plugin import AssociationPlugin
from support.sites import Project

AGENDA_ICS = "agenda.ics"


def _problems(project: Project) -> str:
    """The preview's problem report, as every page shows it (empty when there is none)."""
    html = project.read("index.html")
    return html.split('<section class="av-problems"', 1)[1].split("</section>", 1)[0] if "av-problems" in html else ""


def reused(project: Project) -> int:
    """Sources the parse cache reused in the last rebuild, from the debug log."""
    (line,) = project.logged("Parse cache: ")
    return int(line.split()[2])


def _plugin(project: Project) -> AssociationPlugin:
    plugin = project.last_config.plugins["association"]
    assert isinstance(plugin, AssociationPlugin)
    return plugin


def _session(project: Project) -> None:
    for day in range(1, 6):
        project.column(f"2026-01-0{day}-stuk-{day}", title=f"Stuk {day}", date=f"2026-01-0{day}")
    project.event("2026-12-10-webinar", title="Webinar over netwerken")
    project.event("2026-12-17-lezing", title="Lezing", category="Lezing")
    project.build(serve=True)


def test_a_serve_rebuild_parses_only_the_edited_file_and_shows_the_edit(project: Project):
    _session(project)
    project.column("2026-01-03-stuk-3", title="Stuk drie, herzien", date="2026-01-03")
    project.build(serve=True, rebuild=True, verbose=True)
    assert reused(project) == 6  # 7 sources, 1 edited
    assert "Stuk drie, herzien" in project.read("columns/2026/stuk-3/index.html")
    assert "Stuk drie, herzien" in project.read("columns/index.html")


def test_a_serve_rebuild_after_edits_writes_what_a_fresh_build_writes(project: Project):
    _session(project)
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
    project.build(serve=True)
    (project.root / "docs/assets/beeld.svg").unlink()
    project.build(serve=True, rebuild=True)
    report = _problems(project)
    assert "columns/2026-01-01-met-beeld.md" in report and "image" in report and "assets/beeld.svg" in report
    project.write("docs/assets/beeld.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    project.build(serve=True, rebuild=True)
    assert "Een tekening" in project.read("columns/2026/met-beeld/index.html")


def test_a_serve_rebuild_sees_a_renamed_author(project: Project):
    _session(project)
    project.write(
        "columns/authors.yml",
        project.read_source("columns/authors.yml").replace("Sofie Vriends", "Sofie Vriends-de Wit"),
    )
    project.build(serve=True, rebuild=True, verbose=True)
    assert reused(project) == 0  # the authors are an input of every column
    assert "Sofie Vriends-de Wit" in project.read("columns/2026/stuk-1/index.html")


def test_a_serve_rebuild_sees_a_replaced_attachment(project: Project):
    project.write("columns/2022-03-01-netwerk/verslag.pdf", b"%PDF-1.4\n" + b"x" * 2400)
    project.column("2022-03-01-netwerk/", date="2022-03-01", attachments=[{"file": "verslag.pdf", "title": "Verslag"}])
    project.build(serve=True)
    assert "(PDF, 2,4 kB)" in project.read("columns/2022/netwerk/index.html")
    project.write("columns/2022-03-01-netwerk/verslag.pdf", b"%PDF-1.4\n" + b"x" * 5400)
    project.build(serve=True, rebuild=True)
    assert "(PDF, 5,4 kB)" in project.read("columns/2022/netwerk/index.html")


def test_a_serve_rebuild_repeats_the_errors_of_an_unchanged_file(project: Project):
    _session(project)
    project.column("2026-01-09-fout", title="Fout", date="2026-01-09", category="Onbekend")
    for _ in range(2):
        project.build(serve=True, rebuild=True)
        assert "columns/2026-01-09-fout.md" in _problems(project) and "Onbekend" in _problems(project)


def test_a_plain_build_keeps_nothing_for_the_next(project: Project):
    """The build command's plugin keeps no parse nor calendar (up to ``on_files``, where a
    serve session starts keeping them, is enough to see it)."""
    for day in range(1, 6):
        project.column(f"2026-01-0{day}-stuk-{day}", title=f"Stuk {day}", date=f"2026-01-0{day}")
    project.event("2026-12-10-webinar", title="Webinar over netwerken")
    project.plan()
    assert _plugin(project).parse_cache is None and _plugin(project).calendars is None


def test_a_serve_rebuild_writes_an_edited_events_calendar_entry_anew(project: Project):
    _session(project)
    before = _ics(project, AGENDA_ICS)
    project.event("2026-12-17-lezing", title="Lezing over toezicht", category="Lezing")
    project.build(serve=True, rebuild=True)
    after = _ics(project, AGENDA_ICS)
    assert b"SUMMARY:Lezing\r\n" in before and b"SUMMARY:Lezing over toezicht\r\n" in after
    assert after.count(b"BEGIN:VEVENT") == 2
    assert b"SUMMARY:Lezing over toezicht\r\n" in _ics(project, "agenda/2026/lezing/lezing.ics")


def _ics(project: Project, site_path: str) -> bytes:
    return (project.root / "site" / site_path).read_bytes()


def test_a_serve_rebuild_applies_changed_settings_to_unchanged_files(project: Project):
    _session(project)
    project.plugin_options["column_categories"] = ["Nieuws"]  # mkdocs.yml edited: 'Column' is gone
    project.build(serve=True, rebuild=True)
    assert "columns/2026-01-01-stuk-1.md" in _problems(project) and "category" in _problems(project)

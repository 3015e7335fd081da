"""importer/writer.py: the new sources are written without ever overwriting (an equal file is
left alone, a different one is a conflict for the report, and a column never exists in both
its forms); the authors file and the register only gain what they lack."""

from __future__ import annotations

from pathlib import Path

from association.content import register
from association.importer.report import ImportReport, Need
from association.importer.writer import AUTHORS_HEADER, Planned, authors_text, register_text, write

OLD = "https://oud.example.org/2026/05/12/terugblik/"


def planned(path: str = "columns/2026-05-12-terugblik.md", text: str = "nieuw\n", **changes: object) -> Planned:
    return Planned(path, text, title="Terugblik", old_url=OLD, **changes)


# --- sources ----------------------------------------------------------------------------------


def test_a_new_file_is_written_with_its_folders_and_listed(tmp_path: Path):
    report = ImportReport()
    write([planned("columns/2026-05-12-terugblik/index.md")], tmp_path, report, dry_run=False)
    assert (tmp_path / "columns/2026-05-12-terugblik/index.md").read_text("utf-8") == "nieuw\n"
    assert report.written == ["columns/2026-05-12-terugblik/index.md"] and report.findings == []


def test_an_upload_is_copied_byte_for_byte(tmp_path: Path):
    upload = tmp_path / "uploads" / "zaal.png"
    upload.parent.mkdir()
    upload.write_bytes(b"\x89PNG\r\n\x00")
    write([Planned("columns/x/zaal.png", copy=upload)], tmp_path / "site", ImportReport(), dry_run=False)
    assert (tmp_path / "site/columns/x/zaal.png").read_bytes() == b"\x89PNG\r\n\x00"


def test_an_equal_file_is_left_alone_and_counted_as_unchanged(tmp_path: Path):
    (tmp_path / "columns").mkdir()
    (tmp_path / "columns/2026-05-12-terugblik.md").write_text("nieuw\n", encoding="utf-8")
    report = ImportReport()
    write([planned()], tmp_path, report, dry_run=False)
    assert report.unchanged == ["columns/2026-05-12-terugblik.md"] and report.written == [] and report.findings == []


def test_a_file_that_differs_is_never_overwritten_and_a_person_must_choose(tmp_path: Path):
    path = tmp_path / "columns/2026-05-12-terugblik.md"
    path.parent.mkdir()
    path.write_text("eigen versie\n", encoding="utf-8")
    report = ImportReport()
    write([planned()], tmp_path, report, dry_run=False)
    assert path.read_text("utf-8") == "eigen versie\n" and report.written == []
    [finding] = report.findings
    assert (finding.need, finding.title, finding.old_url, finding.file) == (
        Need.ACTION,
        "Terugblik",
        OLD,
        "columns/2026-05-12-terugblik.md",
    )
    assert finding.what == (
        "columns/2026-05-12-terugblik.md bestaat al en is anders: niet overschreven; vergelijk en kies zelf"
    )


def test_a_path_that_leaves_the_site_is_never_written_and_a_person_must_look(tmp_path: Path):
    site, outside = tmp_path / "site", tmp_path / "buiten"
    site.mkdir()
    outside.mkdir()
    (site / "docs").mkdir()
    (site / "docs" / "link").symlink_to(outside)
    report = ImportReport()
    paths = ["docs/tag/../../../buiten/index.html", "/tmp/x/index.html", "docs/link/index.html"]
    write([planned(p) for p in paths], site, report, dry_run=False)
    assert report.written == [] and list(outside.iterdir()) == [] and not (tmp_path / "buiten" / "index.html").exists()
    assert [(f.need, f.file, f.what) for f in report.findings] == [
        (Need.ACTION, p, f"{p} ligt buiten de map van de site: niets geschreven") for p in paths
    ]


def test_a_folder_where_the_file_should_be_is_a_conflict_too(tmp_path: Path):
    (tmp_path / "columns/2026-05-12-terugblik.md").mkdir(parents=True)
    report = ImportReport()
    write([planned()], tmp_path, report, dry_run=False)
    assert report.needs_person and report.written == [] and report.unchanged == []


def test_a_column_in_its_other_form_already_there_stops_the_new_one(tmp_path: Path):
    (tmp_path / "columns").mkdir()
    (tmp_path / "columns/2026-05-12-terugblik.md").write_text("oud\n", encoding="utf-8")
    report = ImportReport()
    new = planned("columns/2026-05-12-terugblik/index.md", other_form="columns/2026-05-12-terugblik.md")
    write([new], tmp_path, report, dry_run=False)
    assert not (tmp_path / "columns/2026-05-12-terugblik").exists() and report.written == []
    [finding] = report.findings
    assert finding.what.startswith("columns/2026-05-12-terugblik.md bestaat al (dezelfde tekst in de andere vorm)")


def test_a_dry_run_lists_what_it_would_write_and_writes_nothing(tmp_path: Path):
    report = ImportReport()
    write([planned(), planned("events/x.md")], tmp_path, report, dry_run=True)
    assert report.written == ["columns/2026-05-12-terugblik.md", "events/x.md"]
    assert list(tmp_path.iterdir()) == []


# --- the authors file -------------------------------------------------------------------------


def test_a_new_authors_file_gets_its_header_and_every_author_quoted_in_order():
    report = ImportReport()
    text = authors_text(None, "columns/authors.yml", {"sofie": 'Sofie "S" Vriends', "redactie": "De Redactie"}, report)
    assert text == AUTHORS_HEADER + 'redactie:\n  name: "De Redactie"\nsofie:\n  name: "Sofie \\"S\\" Vriends"\n'
    assert report.counts["authors"] == 2


def test_an_existing_authors_file_keeps_every_line_and_gains_only_the_missing_ones():
    existing = "# onze auteurs\nredactie:\n  name: Redactie\n  role: Bestuur"
    report = ImportReport()
    text = authors_text(existing, "columns/authors.yml", {"redactie": "De Redactie", "sofie": "Sofie"}, report)
    assert text == existing + '\nsofie:\n  name: "Sofie"\n' and report.counts["authors"] == 1


def test_an_authors_file_that_has_them_all_is_not_written_even_when_an_entry_has_a_problem():
    report = ImportReport()
    assert authors_text("redactie:\n  name: Redactie\n", "a.yml", {"redactie": "X"}, report) is None
    assert authors_text("sofie:\n  role: Lid\n", "a.yml", {"sofie": "Sofie"}, report) is None  # no name: check says so
    assert report.counts["authors"] == 0


# --- the register -----------------------------------------------------------------------------


def test_a_new_register_lists_the_columns_sorted_and_each_events_addresses_old_first():
    text = register_text(
        None,
        "gepubliceerd.yml",
        ["columns/2026/b/", "columns/2026/a/"],
        {"x@example.org": ["event/x/", "agenda/2026/x/"]},
    )
    assert text is not None
    read, errors = register.parse("gepubliceerd.yml", text)
    assert errors == [] and read.columns == ("columns/2026/a/", "columns/2026/b/")
    assert read.events == {"x@example.org": ("event/x/", "agenda/2026/x/")}


def test_a_register_that_has_every_address_is_not_written_again():
    first = register_text(None, "gepubliceerd.yml", ["columns/2026/a/"], {"x@example.org": ["agenda/2026/x/"]})
    assert register_text(first, "gepubliceerd.yml", ["columns/2026/a/"], {"x@example.org": ["agenda/2026/x/"]}) is None


def test_a_register_keeps_what_it_had_and_an_event_gains_only_its_new_addresses_after_them():
    first = register_text(None, "gepubliceerd.yml", ["columns/2026/b/"], {"x@example.org": ["agenda/2026/x/"]})
    text = register_text(
        first, "gepubliceerd.yml", ["columns/2026/a/"], {"x@example.org": ["event/x/", "agenda/2026/x/"]}
    )
    assert text is not None
    read, _ = register.parse("gepubliceerd.yml", text)
    assert read.columns == ("columns/2026/a/", "columns/2026/b/")
    assert read.events == {"x@example.org": ("agenda/2026/x/", "event/x/")}

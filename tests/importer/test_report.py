"""importer/report.py: what an import did, counted per kind, and what a person must still
do, grouped per WordPress item, in Dutch; only an action (not a note) needs a person."""

from __future__ import annotations

from association.importer.report import ImportReport, Need


def report_with(**counts: int) -> ImportReport:
    report = ImportReport()
    report.counts.update(counts)
    return report


def test_every_kind_is_counted_even_when_none_and_the_skipped_ones_sorted_after_them():
    report = report_with(columns=2, events=1, archives=7)
    report.counts["skipped:privé"] = 1
    report.counts["skipped:oude versies"] = 3
    report.written, report.unchanged = ["a.md", "b.md"], ["c.md"]
    lines = report.render().splitlines()
    assert lines[:2] == ["Import uit WordPress", ""]
    assert lines[2:11] == [
        "      2  columns",
        "      1  activiteiten",
        "      0  pagina's",
        "      0  bestanden gekopieerd",
        "      0  nieuwe auteurs",
        "      7  archiefadressen doorgestuurd",
        "      3  niet overgenomen: oude versies",
        "      1  niet overgenomen: privé",
        "      2  bestanden geschreven, 1 al aanwezig en gelijk",
    ]


def test_a_dry_run_says_so_in_its_heading():
    assert ImportReport().render(dry_run=True).startswith("Import uit WordPress (proefrun: niets geschreven)\n")


def test_a_report_without_actions_needs_no_person_and_says_all_is_moved():
    report = ImportReport()
    report.note("Een bericht", "https://oud.example.org/x/", "was een concept: overgenomen met draft: true")
    assert not report.needs_person
    text = report.render()
    assert "Moet iemand naar kijken" not in text and "Goed om te weten (1 punten):" in text
    assert text.endswith("Alles is overgezet. Voer make check uit en bekijk de site met make serve.\n")


def test_one_action_needs_a_person_and_the_report_ends_with_what_to_do():
    report = ImportReport()
    report.action("Een bericht", "https://oud.example.org/x/", "shortcode [poll] niet omgezet")
    assert report.needs_person and [f.need for f in report.findings] == [Need.ACTION]
    assert report.render().endswith(
        "Los de punten hierboven op, voer daarna make check uit en bekijk de site met make serve.\n"
    )


def test_findings_are_grouped_per_item_with_its_old_address_and_new_file():
    report = ImportReport()
    old = "https://oud.example.org/2026/05/12/terugblik/"
    report.action("Terugblik", old, "1 bestand(en) niet in de uploads")
    report.action("Elders", "", "een soort bericht van een plug-in")
    report.action("Terugblik", old, "shortcode [poll] niet omgezet", "columns/2026-05-12-terugblik.md")
    report.action("", "", "de tekst is leeg")
    text = report.render()
    assert (
        "Moet iemand naar kijken (4 punten):\n"
        f"  - Terugblik ({old}) -> columns/2026-05-12-terugblik.md\n"
        "      1 bestand(en) niet in de uploads\n"
        "      shortcode [poll] niet omgezet\n"
        "  - Elders (geen oud adres)\n"
        "      een soort bericht van een plug-in\n"
        "  - (zonder titel) (geen oud adres)\n"
        "      de tekst is leeg\n"
    ) in text


def test_actions_come_before_notes_each_under_their_own_heading():
    report = ImportReport()
    report.note("Een", "", "ingepland: verschijnt vanzelf op de datum")
    report.action("Twee", "", "privé: niet overgenomen")
    text = report.render()
    assert (
        text.index("Moet iemand naar kijken (1 punten):")
        < text.index("Twee")
        < text.index("Goed om te weten (1 punten):")
        < text.index("Een")
    )

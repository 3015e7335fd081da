"""importer/select.py: which WordPress items become a column, an event or a page (a draft
stays one), and which are left out: counted in the report, and named when a person may miss
them (private, password-protected, a post type the import does not know)."""

from __future__ import annotations

from association.importer import select, wxr
from association.importer.report import ImportReport, Need
from support.imports import OWN, export_of, item


def chosen(*items: wxr.Item) -> tuple[list[tuple[int, str, bool]], ImportReport]:
    report = ImportReport()
    found = [(c.item.id, c.kind, c.draft) for c in select.chosen(export_of(*items), report)]
    return found, report


def test_posts_events_and_pages_of_our_own_export_are_chosen_and_the_rest_counted():
    report = ImportReport()
    found = [(c.item.id, c.kind, c.draft) for c in select.chosen(wxr.read(OWN), report)]
    assert found == [
        (10, "column", False),
        (11, "column", False),
        (12, "column", True),
        (13, "column", False),
        (20, "page", False),
        (21, "page", False),
        (30, "event", False),
        (31, "event", False),
        (32, "event", False),
        (33, "event", False),
    ]
    assert report.counts["skipped:bijlagen (gekopieerd waar een bericht ze gebruikt)"] == 3
    assert report.counts["skipped:plaatsen (staan nu bij hun activiteiten)"] == 1
    assert report.counts["skipped:menu-items (zet het menu in mkdocs.yml onder nav:)"] == 1
    assert [f.title for f in report.findings if f.need is Need.ACTION] == ["Interne notitie", "Alleen voor leden"]


def test_trash_automatic_drafts_and_revisions_are_counted_not_named():
    found, report = chosen(
        item(1, status="trash"), item(2, status="auto-draft"), item(3, type="revision", status="inherit")
    )
    assert found == [] and report.findings == []
    assert report.counts["skipped:prullenbak en automatische concepten"] == 2
    assert report.counts["skipped:oude versies"] == 1


def test_a_password_protected_or_private_item_is_left_out_and_a_person_must_decide():
    found, report = chosen(
        item(1, title="Verslag", password="geheim", status="private"),
        item(2, title="Notitie", type="page", status="private"),
    )
    assert found == []
    assert report.counts["skipped:beveiligd met een wachtwoord"] == 1 and report.counts["skipped:privé"] == 1
    [password, private] = report.findings
    assert (password.need, password.title, password.old_url) == (Need.ACTION, "Verslag", item(1).link)
    assert password.what.startswith("beveiligd met een wachtwoord: niet overgenomen")
    assert private.title == "Notitie" and private.what.startswith("privé: niet overgenomen")


def test_a_draft_column_or_event_stays_a_draft_and_a_draft_page_is_left_out():
    found, report = chosen(
        item(1, status="draft"),
        item(2, type="tribe_events", status="pending"),
        item(3, type="page", status="draft", title="Halve pagina"),
        item(4, type="page", status="future"),
    )
    assert found == [(1, "column", True), (2, "event", True)]
    assert report.counts["skipped:pagina's die nog concept waren"] == 2
    assert not report.needs_person
    assert [f.what for f in report.findings if f.title == "Halve pagina"] == [
        "pagina in concept: niet overgenomen (een pagina kent geen concept)"
    ]


def test_a_scheduled_column_appears_on_its_day_but_a_scheduled_event_is_a_draft():
    found, report = chosen(item(1, status="future"), item(2, type="tribe_events", status="future"))
    assert found == [(1, "column", False), (2, "event", True)]
    assert [f.what for f in report.findings] == [
        "ingepland: verschijnt vanzelf op de datum",
        "ingepland: als concept",
    ]


def test_a_sticky_post_is_imported_with_a_note_that_the_site_does_not_pin_it():
    found, report = chosen(item(1, sticky=True))
    assert found == [(1, "column", False)]
    [note] = report.findings
    assert note.need is Need.NOTE and "vastgezet bovenaan" in note.what


def test_a_post_type_of_a_plugin_is_counted_per_type_and_named_once():
    found, report = chosen(item(1, type="product"), item(2, type="product"), item(3, type="portfolio"))
    assert found == []
    assert report.counts["skipped:soort 'product'"] == 2 and report.counts["skipped:soort 'portfolio'"] == 1
    assert [f.title for f in report.findings] == [
        "1 item(s) van de soort 'portfolio'",
        "2 item(s) van de soort 'product'",
    ]
    assert report.needs_person

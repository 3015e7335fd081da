"""The loader on tiny site folders: what it reads (columns, bundles, events, authors, koers,
the register), what it skips, and that every problem of every file comes back at once with
its file and line – or, for the preview, with the faulty sources left out."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
import yaml

from association.content.errors import ContentError, ContentErrors
from association.content.limits import MAX_SOURCE_BYTES, OUTSIDE
from association.content.loader import Content, Paths, load, load_authors
from association.content.settings import ContentSettings

SETTINGS = ContentSettings(organizer="Voorbeeldvereniging", uid_domain="example.org")
AUTHORS = "anna:\n  name: Anna Voorbeeld\n  role: voorzitter\n"


def kop(front: dict, body: str = "Tekst.\n") -> str:
    return "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n\n" + body


def column(title: str, day: str, **fields) -> str:
    return kop({"title": title, "date": day, "author": "anna", "category": "Column", **fields})


def event(name: str, title: str, start: str, **fields) -> str:
    return kop({"title": title, "start": start, "category": "Webinar", "uid": f"{name}@example.org", **fields})


def site(
    root: Path,
    columns: dict[str, str] | None = None,
    events: dict[str, str] | None = None,
    *,
    authors: str | None = AUTHORS,
    register: bool = False,
) -> Paths:
    """A site folder with ``columns/<name>`` and ``events/<name>`` written as given (a name
    with a / makes a bundle folder) and ``columns/authors.yml``."""
    (root / "docs").mkdir(parents=True, exist_ok=True)
    (root / "columns").mkdir(exist_ok=True)
    (root / "events").mkdir(exist_ok=True)
    if authors is not None:
        (root / "columns/authors.yml").write_text(authors, encoding="utf-8")
    for folder, files in (("columns", columns or {}), ("events", events or {})):
        for name, text in files.items():
            path = root / folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return Paths(
        root,
        root / "docs",
        root / "columns",
        root / "columns/authors.yml",
        root / "events",
        root / "gepubliceerd.yml" if register else None,
    )


def problems(paths: Paths, **kwargs) -> ContentErrors:
    with pytest.raises(ContentErrors) as failed:
        load(paths, SETTINGS, **kwargs)
    return failed.value


def where(errors: Sequence[ContentError]) -> list[tuple[str, int | None, str | None]]:
    return [(e.path, e.line, e.field) for e in errors]


def test_columns_come_newest_first_with_an_unknown_date_last_and_events_by_start(tmp_path: Path):
    paths = site(
        tmp_path,
        {
            "2019-01-01-oud.md": column("Oud", "2019-01-01"),
            "2026-01-01-nieuw.md": column("Nieuw", "2026-01-01"),
            "onbekend.md": column("Zonder datum", "onbekend"),
        },
        {
            "2027-01-01-b.md": event("b", "B", "2027-01-01 10:00"),
            "2026-12-01-a.md": event("a", "A", "2026-12-01 10:00"),
        },
    )
    content = load(paths, SETTINGS)
    assert [c.title for c in content.columns] == ["Nieuw", "Oud", "Zonder datum"]
    assert [e.title for e in content.events] == ["A", "B"]
    assert content.authors["anna"].role == "voorzitter" and content.errors == ()


def test_every_problem_is_raised_at_once_or_for_the_preview_the_faulty_sources_are_left_out(tmp_path: Path):
    paths = site(
        tmp_path,
        {
            "2026-01-01-a.md": column("A", "01-01-2026"),
            "2026-01-02-b.md": column("B", "2026-01-02", category="Blog"),
            "2026-01-03-c.md": column("C", "2026-01-03"),
        },
    )
    assert [e.field for e in problems(paths).errors] == ["date", "category"]
    kept = load(paths, SETTINGS, keep_going=True)
    assert [c.title for c in kept.columns] == ["C"] and len(kept.errors) == 2


def test_problems_across_columns_events_and_authors_each_name_their_file_and_line(tmp_path: Path):
    paths = site(
        tmp_path,
        {
            # line 1 ---, 2 title, 3 date
            "2026-11-22-a.md": "---\ntitle: A\ndate: 2026-02-30\nauthor: anna\ncategory: Column\n---\nTekst.\n",
            "2026-11-23-b.md": "---\ntitle: B\ntitle: C\n---\nTekst.\n",
        },
        {
            "2026-12-10-c.md": "---\ntitle: C\nstart: 2026-12-10 14:00\ncategory: Webinar\nuid: c@example.org\n"
            "online: www.example.org\n---\n"
        },
        authors=AUTHORS + "Bert:\n  name: Bert\n",
    )
    found = problems(paths).errors
    assert where(found) == [
        ("columns/2026-11-22-a.md", 3, "date"),
        ("columns/2026-11-23-b.md", 3, None),
        ("columns/authors.yml", 4, "Bert"),
        ("events/2026-12-10-c.md", 6, "online"),
    ]
    assert found[0].message.endswith("Februari 2026 heeft geen dag 30")
    assert "het veld 'title' staat twee keer" in found[1].message
    assert "Schrijf https://www.example.org" in found[3].message


def test_drafts_and_later_dates_are_loaded_like_any_other_source_publishing_decides_later(tmp_path: Path):
    paths = site(
        tmp_path,
        {
            "2026-11-01-concept.md": column("Concept", "2026-11-01", draft=True),
            "2099-01-01-later.md": column("Later", "2099-01-01"),
        },
        {"2026-12-10-concept.md": event("concept", "Concept", "2026-12-10 14:00", draft=True)},
    )
    content = load(paths, SETTINGS)
    assert [(c.title, c.draft) for c in content.columns] == [("Later", False), ("Concept", True)]
    assert [e.draft for e in content.events] == [True]
    assert {i.title for i in content.items} == {"Later", "Concept"} and len(content.items) == 3


def test_a_file_name_date_that_differs_is_a_warning_that_stops_nothing(tmp_path: Path):
    paths = site(tmp_path, {"2026-11-22-a.md": column("A", "2026-11-23")})
    content = load(paths, SETTINGS)
    assert [c.title for c in content.columns] == ["A"]
    assert [(w.path, w.line, w.field, w.warning) for w in content.warnings] == [
        ("columns/2026-11-22-a.md", 3, "date", True)
    ]


def test_warnings_travel_with_the_errors_when_loading_fails(tmp_path: Path):
    paths = site(
        tmp_path,
        {"2026-11-22-a.md": column("A", "2026-11-23"), "2026-11-24-b.md": column("B", "2026-11-24", kleur="rood")},
    )
    failed = problems(paths)
    assert where(failed.errors) == [("columns/2026-11-24-b.md", 6, "kleur")]
    assert where(failed.warnings) == [("columns/2026-11-22-a.md", 3, "date")]


def test_a_byte_order_mark_at_the_start_of_a_file_is_dropped_but_one_inside_a_field_is_refused(tmp_path: Path):
    paths = site(
        tmp_path,
        {
            "2026-11-22-a.md": "\ufeff" + column("A", "2026-11-22"),
            "2026-11-23-b.md": "---\ntitle: B\ndate: 2026-11-23\nauthor: anna\ncategory: Column\n"
            "summary: Een\ufeffzin\n---\nTekst.\n",
        },
    )
    (error,) = problems(paths).errors
    assert (error.path, error.line) == ("columns/2026-11-23-b.md", 6) and "U+FEFF" in error.message
    assert [c.title for c in load(paths, SETTINGS, keep_going=True).columns] == ["A"]


def test_windows_line_endings_are_read_as_newlines(tmp_path: Path):
    paths = site(tmp_path)
    (tmp_path / "columns/2026-11-22-a.md").write_bytes(column("A", "2026-11-22").replace("\n", "\r\n").encode())
    assert [c.title for c in load(paths, SETTINGS).columns] == ["A"]


def test_a_file_that_is_not_utf8_is_an_error_at_the_line_of_the_bad_byte(tmp_path: Path):
    paths = site(tmp_path)
    (tmp_path / "columns/2026-11-22-a.md").write_bytes(column("A", "2026-11-22").encode() + b"Caf\xe9\n")
    (error,) = problems(paths).errors
    assert (error.path, error.line) == ("columns/2026-11-22-a.md", 9) and "UTF-8" in error.message


def test_a_file_over_the_size_limit_is_refused_without_being_parsed(tmp_path: Path):
    paths = site(tmp_path, {"2026-11-22-a.md": column("A", "2026-11-22", summary="x" * MAX_SOURCE_BYTES)})
    (error,) = problems(paths).errors
    assert (error.path, error.line, error.field) == ("columns/2026-11-22-a.md", None, None)
    assert "hoogstens 1 MB" in error.message


def test_names_starting_with_an_underscore_or_dot_and_the_authors_file_are_not_columns(tmp_path: Path):
    paths = site(
        tmp_path,
        {
            "_sjabloon.md": "geen kop",
            ".concept.md": "geen kop",
            "_oud/index.md": "geen kop",
            "2026-11-22-a.md": column("A", "2026-11-22"),
        },
    )
    assert [c.title for c in load(paths, SETTINGS).columns] == ["A"]


def test_another_file_in_a_content_folder_is_reported_as_unused(tmp_path: Path):
    paths = site(tmp_path, {"foto.jpg": "x"}, {"notities.txt": "x"})
    assert [(e.path, e.message) for e in problems(paths).errors] == [
        (
            "columns/foto.jpg",
            "verwacht een column als .md-bestand of als map met index.md; dit bestand wordt niet gebruikt",
        ),
        (
            "events/notities.txt",
            "verwacht een evenement als .md-bestand of als map met index.md; dit bestand wordt niet gebruikt",
        ),
    ]


def test_a_folder_is_a_bundle_its_index_the_text_and_its_other_files_beside_it(tmp_path: Path):
    paths = site(
        tmp_path,
        {
            "2026-11-22-warme-coalities/index.md": column(
                "Warme coalities", "2026-11-22", image="foto.jpg", image_alt="Leden in gesprek"
            ),
            "2026-11-22-warme-coalities/foto.jpg": "jpg",
            "2026-11-22-warme-coalities/bijlagen/verslag.pdf": "pdf!",
            "2026-11-22-warme-coalities/.DS_Store": "x",
        },
    )
    (bundled,) = load(paths, SETTINGS).columns
    assert bundled.source.path == "columns/2026-11-22-warme-coalities/index.md"
    assert bundled.source.stem == "2026-11-22-warme-coalities" and bundled.slug == "warme-coalities"
    assert dict(bundled.source.bundle) == {"foto.jpg": 3, "bijlagen/verslag.pdf": 4}
    assert bundled.image == "columns/2026/warme-coalities/foto.jpg"


def test_a_folder_without_index_md_is_an_error_naming_the_folder(tmp_path: Path):
    paths = site(tmp_path, {"2026-11-22-a/foto.jpg": "x"}, {"2026-12-10-b/tekst.md": "x"})
    assert [(e.path, e.message.split(" (")[0]) for e in problems(paths).errors] == [
        ("columns/2026-11-22-a", "verwacht een bestand index.md in deze map"),
        ("events/2026-12-10-b", "verwacht een bestand index.md in deze map"),
    ]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_symbolic_link_to_a_file_outside_the_site_is_refused(tmp_path: Path):
    secret = tmp_path / "elders.md"
    secret.write_text(column("Geheim", "2026-11-22"))
    paths = site(tmp_path / "site", {"2026-11-22-b.md": column("B", "2026-11-22")})
    (tmp_path / "site/columns/2026-11-22-a.md").symlink_to(secret)
    (tmp_path / "site/columns/2026-11-23-c").mkdir()
    (tmp_path / "site/columns/2026-11-23-c/index.md").write_text(column("C", "2026-11-23"))
    (tmp_path / "site/columns/2026-11-23-c/bijlage.pdf").symlink_to(secret)
    assert [(e.path, e.message) for e in problems(paths).errors] == [
        ("columns/2026-11-22-a.md", OUTSIDE),
        ("columns/2026-11-23-c/bijlage.pdf", OUTSIDE),
    ]
    assert [c.title for c in load(paths, SETTINGS, keep_going=True).columns] == ["C", "B"]


def test_a_symbolic_link_inside_the_site_is_read(tmp_path: Path):
    paths = site(tmp_path)
    (tmp_path / "bron.md").write_text(column("A", "2026-11-22"))
    (tmp_path / "columns/2026-11-22-a.md").symlink_to(tmp_path / "bron.md")
    assert [c.title for c in load(paths, SETTINGS).columns] == ["A"]


def test_a_missing_authors_file_is_reported_alone_when_there_are_columns(tmp_path: Path):
    paths = site(tmp_path, {"2026-11-22-a.md": column("A", "2026-11-22", kleur="rood")}, authors=None)
    failed = problems(paths)
    assert where(failed.errors) == [("columns/authors.yml", None, None)]
    assert "verwacht een auteursbestand" in failed.errors[0].message
    preview = load(paths, SETTINGS, keep_going=True)
    assert preview == Content(errors=failed.errors)


def test_a_missing_authors_file_is_reported_alone_when_the_columns_are_bundle_folders(tmp_path: Path):
    paths = site(tmp_path, {"2026-11-22-a/index.md": column("A", "2026-11-22")}, authors=None)
    assert where(problems(paths).errors) == [("columns/authors.yml", None, None)]


def test_a_site_without_columns_needs_no_authors_file(tmp_path: Path):
    paths = site(tmp_path, events={"2026-12-10-a.md": event("a", "A", "2026-12-10 14:00")}, authors=None)
    content = load(paths, SETTINGS)
    assert content.authors == {} and [e.title for e in content.events] == ["A"]


def test_an_authors_photo_must_be_a_file_in_docs(tmp_path: Path):
    paths = site(
        tmp_path,
        authors="anna:\n  name: Anna\n  photo: assets/anna.jpg\nbert:\n  name: Bert\n  photo: assets/bert.jpg\n",
    )
    (tmp_path / "docs/assets").mkdir()
    (tmp_path / "docs/assets/bert.jpg").write_bytes(b"jpg")
    authors, found = load_authors(paths)
    assert set(authors) == {"anna", "bert"}
    assert found == [
        ContentError(
            "columns/authors.yml",
            None,
            "anna.photo",
            "verwacht een bestaand bestand in docs/, gevonden 'assets/anna.jpg'",
        )
    ]


def test_a_column_by_an_author_not_in_the_file_is_an_error_on_its_author_line(tmp_path: Path):
    paths = site(tmp_path, {"2026-11-22-a.md": column("A", "2026-11-22", author="bert")})
    assert where(problems(paths).errors) == [("columns/2026-11-22-a.md", 4, "author")]


def test_two_columns_with_the_same_address_are_an_error_and_the_preview_keeps_the_first(tmp_path: Path):
    paths = site(
        tmp_path,
        {"2026-11-22-a.md": column("A", "2026-11-22"), "2026-12-01-b.md": column("B", "2026-12-01", slug="a")},
    )
    (error,) = problems(paths).errors
    assert (error.path, error.field) == ("columns/2026-12-01-b.md", "slug")
    assert "/columns/2026/a/" in error.message and "columns/2026-11-22-a.md" in error.message
    assert [c.title for c in load(paths, SETTINGS, keep_going=True).columns] == ["A"]


def test_two_events_with_the_same_uid_are_an_error(tmp_path: Path):
    paths = site(
        tmp_path,
        events={
            "2026-12-10-a.md": event("x", "A", "2026-12-10 14:00"),
            "2026-12-11-b.md": event("x", "B", "2026-12-11 14:00"),
        },
    )
    (error,) = problems(paths).errors
    assert (error.path, error.field) == ("events/2026-12-11-b.md", "uid") and "x@example.org" in error.message


def test_koers_documents_are_read_from_docs_koers_without_its_index(tmp_path: Path):
    paths = site(tmp_path)
    koers = tmp_path / "docs/koers"
    koers.mkdir()
    (koers / "index.md").write_text("# Koers\n")
    (koers / "koers-2021.md").write_text(
        kop({"title": "Koers 2021", "period": "2021-2025", "status": "draft"}, "## Pijler 1\n")
    )
    (koers / "koers-2026.md").write_text(kop({"title": "Koers 2026", "period": "2026-"}, "## Pijler 1\n"))
    failed = problems(paths)
    assert where(failed.errors) == [("docs/koers/koers-2026.md", 1, "status")]
    (koers / "koers-2026.md").unlink()
    (document,) = load(paths, SETTINGS).koers
    assert (document.path, document.title, document.period) == ("koers/koers-2021.md", "Koers 2021", "2021–2025")


def test_the_register_is_read_when_the_site_has_one_and_empty_otherwise(tmp_path: Path):
    paths = site(tmp_path, register=True)
    assert load(paths, SETTINGS).register.columns == ()
    (tmp_path / "gepubliceerd.yml").write_text(
        "columns:\n- columns/2026/a/\nevents:\n  a@example.org:\n  - agenda/2026/a/\n"
    )
    register = load(paths, SETTINGS).register
    assert register.columns == ("columns/2026/a/",) and dict(register.events) == {"a@example.org": ("agenda/2026/a/",)}


def test_a_broken_register_is_a_problem_of_that_file(tmp_path: Path):
    paths = site(tmp_path, register=True)
    (tmp_path / "gepubliceerd.yml").write_text("columns: [\n")
    assert [e.path for e in problems(paths).errors] == ["gepubliceerd.yml"]


def test_paths_are_shown_relative_to_the_site_root_with_forward_slashes(tmp_path: Path):
    paths = site(tmp_path)
    assert paths.rel(tmp_path / "columns" / "a.md") == "columns/a.md"
    assert paths.rel(Path("/elders/a.md")) == "/elders/a.md"


class RecordingCache:
    """A cache that remembers the first parse of each source and answers from it."""

    def __init__(self) -> None:
        self.context: Sequence[object] = ()
        self.parsed: list[str] = []
        self.kept: dict[tuple[str, bytes], tuple[object, Sequence[ContentError]]] = {}

    def begin(self, context: Sequence[object]) -> None:
        self.context = context

    def parse(self, source, raw: bytes, exists, parse: Callable):
        key = (source.path, raw)
        if key not in self.kept:
            self.parsed.append(source.path)
            self.kept[key] = parse(exists)
        return self.kept[key]


def test_with_a_cache_an_unchanged_source_is_not_parsed_again(tmp_path: Path):
    paths = site(
        tmp_path,
        {"2026-11-22-a.md": column("A", "2026-11-22"), "2026-11-23-b.md": column("B", "2026-11-23")},
        {"2026-12-10-c.md": event("c", "C", "2026-12-10 14:00")},
    )
    cache = RecordingCache()
    first = load(paths, SETTINGS, cache)
    assert cache.parsed == ["columns/2026-11-22-a.md", "columns/2026-11-23-b.md", "events/2026-12-10-c.md"]
    assert cache.context[0] == paths and cache.context[1] == SETTINGS and "anna" in cache.context[2]
    (tmp_path / "columns/2026-11-23-b.md").write_text(column("B2", "2026-11-23"))
    second = load(paths, SETTINGS, cache)
    assert cache.parsed[3:] == ["columns/2026-11-23-b.md"]
    assert [c.title for c in second.columns] == ["B2", "A"] and second.columns[1] is first.columns[1]


def test_a_missing_content_folder_is_no_content_and_no_error(tmp_path: Path):
    paths = site(tmp_path)
    (tmp_path / "events").rmdir()
    assert load(paths, SETTINGS).events == ()

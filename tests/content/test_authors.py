"""The authors file: each mistake is reported with the file, line and author id."""

import pytest

from association.content.authors import parse_authors
from support.sites import BuildFailed, Project


def test_reads_name_role_photo_and_bio():
    authors, errors = parse_authors(
        "columns/authors.yml", "sofie:\n  name: Sofie\n  role: Voorzitter\n  photo: /assets/s.svg\n  bio: Hallo.\n"
    )
    assert errors == []
    assert (authors["sofie"].name, authors["sofie"].role, authors["sofie"].photo, authors["sofie"].bio) == (
        "Sofie",
        "Voorzitter",
        "assets/s.svg",
        "Hallo.",
    )


def test_author_without_name_is_an_error_on_its_line():
    _, errors = parse_authors("columns/authors.yml", "a:\n  name: A\nb:\n  role: Alleen een rol\n")
    assert [(e.line, e.field) for e in errors] == [(3, "b.name")]


def test_unknown_author_field_is_an_error():
    _, errors = parse_authors("columns/authors.yml", "a:\n  name: A\n  foto: x.svg\n")
    assert [e.field for e in errors] == ["a.foto"]


def test_author_id_must_be_a_slug():
    _, errors = parse_authors("columns/authors.yml", "Sofie Vriends:\n  name: Sofie\n")
    assert errors[0].field == "Sofie Vriends"


def test_yaml_error_in_authors_file_names_the_line():
    _, errors = parse_authors("columns/authors.yml", "a:\n  name: [kapot\n")
    assert errors[0].path == "columns/authors.yml" and errors[0].line is not None


def test_missing_author_photo_fails_the_build(project: Project):
    project.write("columns/authors.yml", "a:\n  name: A\n  photo: assets/weg.svg\n")
    project.column("2026-01-01-x", author="a")
    with pytest.raises(BuildFailed) as info:
        project.plan()
    assert "columns/authors.yml: a.photo: verwacht een bestaand bestand in docs/" in info.value.messages

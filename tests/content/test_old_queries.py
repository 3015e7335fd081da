"""oude-adressen.yml read: each old query with its page and line, every wrong line a Dutch
problem at its line, no file no map."""

from __future__ import annotations

from pathlib import Path

from association.content.old_queries import OldQuery, read


def written(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "oude-adressen.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_each_old_query_names_its_page_without_the_leading_slash_and_its_line(tmp_path: Path):
    path = written(tmp_path, "# uitleg\np=12: /columns/2019/samen/\npage_id=3: /over/\np=1: /\n")
    assert read(path, "oude-adressen.yml") == (
        {
            "p=12": OldQuery("columns/2019/samen/", 2),
            "page_id=3": OldQuery("over/", 3),
            "p=1": OldQuery("", 4),
        },
        [],
    )


def test_no_file_is_an_empty_map(tmp_path: Path):
    assert read(tmp_path / "oude-adressen.yml", "oude-adressen.yml") == ({}, [])
    assert read(None, "-") == ({}, [])


def test_a_key_that_is_no_query_is_a_problem_at_its_line(tmp_path: Path):
    path = written(tmp_path, "p=12: /over/\n?p=13: /over/\np: /over/\n")
    queries, problems = read(path, "oude-adressen.yml")
    assert list(queries) == ["p=12"]
    assert [(p.path, p.line, p.field) for p in problems] == [
        ("oude-adressen.yml", 2, None),
        ("oude-adressen.yml", 3, None),
    ]
    assert problems[0].message == "verwacht een oud adres zoals p=123 (wat na /? kwam), gevonden '?p=13'"


def test_a_target_that_is_no_path_of_this_site_is_refused_with_what_was_found(tmp_path: Path):
    path = written(
        tmp_path,
        "p=1: over/\np=2: /javascript:alert(1)/\np=3: https://www.example.org/x/\np=4: /over\np=5: /a//b/\np=6: 7\n",
    )
    queries, problems = read(path, "oude-adressen.yml")
    assert queries == {}
    assert [(p.line, p.field) for p in problems] == [(n, f"p={n}") for n in range(1, 7)]
    assert problems[1].message == (
        "verwacht het nieuwe adres als pad dat met / begint en eindigt, zoals /over/, gevonden '/javascript:alert(1)/'"
    )


def test_a_query_written_twice_is_refused_with_both_lines(tmp_path: Path):
    queries, problems = read(written(tmp_path, "p=1: /over/\np=1: /\n"), "oude-adressen.yml")
    assert queries == {} and [(p.line, "twee keer" in p.message) for p in problems] == [(2, True)]

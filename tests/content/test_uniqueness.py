"""content/uniqueness.py: two sources with one URL or uid are an error naming both files."""

from __future__ import annotations

from types import SimpleNamespace

from association.content.uniqueness import duplicates


def item(path: str, url: str | None) -> SimpleNamespace:
    return SimpleNamespace(source=SimpleNamespace(path=path), url=url)


def test_the_second_source_with_a_url_is_named_with_the_first():
    items = [
        item("columns/b.md", "columns/2026/x/"),
        item("columns/a.md", "columns/2026/x/"),
        item("columns/c.md", None),
    ]
    (error,) = duplicates(items, lambda i: i.url, "URL")  # type: ignore[arg-type, return-value]  # a stand-in for Column
    assert (error.path, error.field) == ("columns/b.md", "slug")
    assert error.message == "verwacht een unieke URL, maar /columns/2026/x/ is ook de URL van columns/a.md"


def test_distinct_values_give_no_error():
    assert list(duplicates([item("a.md", "x/"), item("b.md", "y/")], lambda i: i.url, "URL")) == []  # type: ignore[arg-type, return-value]  # stand-ins

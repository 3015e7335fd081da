"""content/limits.py: how big a source may be, and that it stays inside the site."""

from __future__ import annotations

from pathlib import Path

from association.content import limits


def test_a_file_over_the_limit_is_named_with_its_size_in_dutch():
    assert limits.too_big(10_500_000).startswith("verwacht een tekstbestand van hoogstens 1 MB, gevonden 10.5 MB")


def test_a_symlink_out_of_the_site_is_outside_and_a_file_in_it_is_not(tmp_path: Path):
    site, elsewhere = tmp_path / "site", tmp_path / "elders.txt"
    site.mkdir()
    elsewhere.write_text("geheim")
    (site / "gewoon.md").write_text("tekst")
    (site / "link.md").symlink_to(elsewhere)
    (site / "binnen.md").symlink_to(site / "gewoon.md")
    assert limits.outside(site, str(site / "link.md"))
    assert not limits.outside(site, str(site / "gewoon.md"))
    assert not limits.outside(site, str(site / "binnen.md"))

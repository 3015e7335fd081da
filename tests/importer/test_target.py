"""importer/target.py: where an import writes (the register's default place, oude-adressen.yml, paths relative
to the site), what it may choose from, and the Dutch error for categories that land nowhere."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from association.importer.target import CategoryError, ImportOptions
from support.imports import target_in
from support.sites import DEFAULT_NOW


def test_the_register_is_gepubliceerd_yml_in_the_site_unless_the_site_names_another(tmp_path: Path):
    target = target_in(tmp_path)
    assert target.register == tmp_path / "gepubliceerd.yml"
    elsewhere = target_in(tmp_path, paths=replace(target.paths, register=tmp_path / "r.yml"))
    assert elsewhere.register == tmp_path / "r.yml"


def test_the_old_query_addresses_are_in_oude_adressen_yml_beside_mkdocs_yml_wherever_the_register_is(tmp_path: Path):
    target = target_in(tmp_path)
    elsewhere = target_in(tmp_path, paths=replace(target.paths, register=tmp_path / "data" / "r.yml"))
    assert target.old_queries == elsewhere.old_queries == tmp_path / "oude-adressen.yml"


def test_the_old_query_addresses_are_where_the_sites_old_addresses_file_says(tmp_path: Path):
    target = target_in(tmp_path)
    named = target_in(tmp_path, paths=replace(target.paths, old_queries=tmp_path / "data" / "oud.yml"))
    assert named.old_queries == tmp_path / "data" / "oud.yml"


def test_paths_are_told_relative_to_the_site_and_outside_it_as_they_are(tmp_path: Path):
    target = target_in(tmp_path / "site")
    assert target.rel(tmp_path / "site" / "columns" / "x.md") == "columns/x.md"
    assert target.rel(tmp_path / "elders.md") == (tmp_path / "elders.md").as_posix()


def test_an_import_by_default_writes_with_no_uploads_and_no_mapping():
    options = ImportOptions(now=DEFAULT_NOW)
    assert (options.uploads, dict(options.categories), options.dry_run) == (None, {}, False)


def test_the_category_error_lists_the_sites_categories_and_each_unmapped_one_sorted_with_an_example():
    error = CategoryError({"Webinars": ("Webinar A", "Webinar B"), "Nieuwtjes": ("Mei",)}, ("Column",), ())
    assert error.unmapped == {"Webinars": ("Webinar A", "Webinar B"), "Nieuwtjes": ("Mei",)}
    assert str(error).splitlines()[1:4] == [
        "Categorieën voor columns: Column; voor activiteiten: (geen).",
        "  - 'Nieuwtjes' (1 bericht(en), bijvoorbeeld 'Mei')",
        "  - 'Webinars' (2 bericht(en), bijvoorbeeld 'Webinar A')",
    ]
    assert "--map-category '*=Column'" in str(error)

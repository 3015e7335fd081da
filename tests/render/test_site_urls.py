"""The generated sections' addresses, in one place."""

from __future__ import annotations

from association.render.site_urls import URLS, SiteUrls


def test_every_generated_section_has_its_own_address_ending_in_a_slash():
    values = [getattr(URLS, name) for name in SiteUrls.__dataclass_fields__]
    assert len(set(values)) == len(values) and all(v.endswith("/") and not v.startswith("/") for v in values)
    assert URLS.column_archive.startswith(URLS.columns) and URLS.agenda_archive.startswith(URLS.agenda)

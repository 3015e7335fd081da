"""Column validation: one test per rule, each checking the field, line and message."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import yaml

from association.content.authors import Author
from association.content.columns import Column, Source, parse_column
from association.content.frontmatter import parse
from association.content.settings import ContentSettings
from support.sites import changed

SETTINGS = ContentSettings()
AUTHORS = {"sofie-vriends": Author("sofie-vriends", "Sofie Vriends", "voorzitter")}
VALID = {"title": "Warme coalities", "date": "2017-02-20", "author": "sofie-vriends", "category": "Column"}


def parse_fields(
    fields: dict,
    *,
    body: str = "Tekst.",
    bundle: dict | None = None,
    docs=frozenset(),
    stem="2017-02-20-warme-coalities",
):
    text = "---\n" + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False) + "---\n" + body
    path = f"columns/{stem}/index.md" if bundle is not None else f"columns/{stem}.md"
    source = Source(path, "/abs/" + path, stem, bundle)
    result, problems = parse_column(parse(path, text), source, SETTINGS, AUTHORS, lambda p: p in docs)
    return result, [p for p in problems if not p.warning]  # the file-name warning has its own test


def only_error(fields: dict, **kwargs):
    column, errors = parse_fields(fields, **kwargs)
    assert column is None and len(errors) == 1, errors
    return errors[0]


def with_(**changes):
    return changed(VALID, **changes)


def test_valid_column_has_typed_fields_and_url():
    column, errors = parse_fields(with_(tags=["netwerken", "Bestuur"]))
    assert errors == []
    assert isinstance(column, Column)
    assert column.date == date(2017, 2, 20)
    assert column.author.name == "Sofie Vriends"
    assert column.tags == ("netwerken", "Bestuur")
    assert column.url == "columns/2017/warme-coalities/"


def test_date_with_time_is_aware_in_amsterdam():
    column, _ = parse_fields(with_(date="2017-02-20 09:15"))
    assert column.date == datetime(2017, 2, 20, 9, 15, tzinfo=ZoneInfo("Europe/Amsterdam"))


@pytest.mark.parametrize("field", ["title", "date", "author", "category"])
def test_required_field_missing_names_the_field(field):
    error = only_error(with_(**{field: None}))
    assert error.field == field and "ontbreekt" in error.message


def test_unknown_author_lists_the_known_ones():
    error = only_error(with_(author="sofie"))
    assert error.field == "author" and error.line == 4
    assert "sofie-vriends" in error.message and "'sofie'" in error.message


def test_unknown_category_lists_the_configured_ones_and_suggests_a_near_miss():
    error = only_error(with_(category="nieuws"))
    assert error.field == "category"
    assert "Column, Nieuws, Artikel" in error.message and "Bedoelde je 'Nieuws'?" in error.message


def test_image_requires_image_alt():
    error = only_error(with_(image="foto.jpg"), bundle={"foto.jpg": 10})
    assert error.field == "image_alt" and "image_alt" in error.message


def test_bundle_image_is_published_beside_the_page():
    column, errors = parse_fields(with_(image="foto.jpg", image_alt="Een zaal vol mensen"), bundle={"foto.jpg": 10})
    assert errors == [] and column.image == "columns/2017/warme-coalities/foto.jpg"


def test_image_missing_from_the_bundle_is_an_error():
    assert only_error(with_(image="weg.jpg", image_alt="x"), bundle={}).field == "image"


def test_image_in_docs_must_exist():
    assert only_error(with_(image="/assets/weg.png", image_alt="x")).field == "image"
    column, errors = parse_fields(with_(image="/assets/er.png", image_alt="x"), docs={"assets/er.png"})
    assert errors == [] and column.image == "assets/er.png"


def test_image_path_may_not_climb_out_of_docs():
    assert only_error(with_(image="/../geheim.png", image_alt="x"), docs={"../geheim.png"}).field == "image"


def test_relative_image_needs_a_bundle_folder():
    assert "map" in only_error(with_(image="foto.jpg", image_alt="x")).message


def test_image_must_be_an_image_file():
    assert only_error(with_(image="foto.docx", image_alt="x"), bundle={"foto.docx": 1}).field == "image"


def test_updated_before_date_is_an_error():
    assert only_error(with_(updated="2017-01-01")).field == "updated"


def test_draft_must_be_true_or_false():
    assert only_error(with_(draft="ja")).field == "draft"


@pytest.mark.parametrize("slug", ["../etc", "Hoofd Letters", "a/b"])
def test_explicit_slug_must_be_ascii_lowercase_with_hyphens(slug):
    assert only_error(with_(slug=slug)).field == "slug"


def test_an_empty_optional_field_means_the_same_as_a_missing_one():
    """What a form writes for a field left empty (the browser editor: ``summary: ""``,
    ``tags: []``) is accepted as absent."""
    column, errors = parse_fields(with_(summary="", slug=" ", tags=[], image_alt="", updated=""))
    assert errors == [] and column is not None
    assert column.slug == "warme-coalities" and column.tags == () and column.image_alt is None


def test_an_empty_required_field_says_it_is_empty_rather_than_missing():
    error = only_error(with_(title=""))
    assert error.field == "title" and "maar het veld is leeg" in error.message


def test_slug_comes_from_the_file_name_without_its_date():
    column, _ = parse_fields(VALID, stem="2017-02-20-Café Noïr")
    assert column.slug == "cafe-noir"


def test_unknown_field_is_an_error_with_a_suggestion():
    error = only_error(with_(auther="sofie-vriends"))
    assert error.field == "auther" and "Bedoelde je 'author'?" in error.message


def test_tags_must_be_words():
    assert only_error(with_(tags=[["genest"]])).field == "tags"


def test_tags_as_comma_separated_line_are_accepted():
    column, _ = parse_fields(with_(tags="netwerken, bestuur"))
    assert column.tags == ("netwerken", "bestuur")


def test_all_errors_of_a_file_are_reported_together():
    _, errors = parse_fields({"title": "", "date": "31-12-2020", "category": "Blog"})
    assert {e.field for e in errors} == {"title", "date", "author", "category"}


def test_attachments_only_in_a_bundle():
    assert only_error(with_(attachments=["a.pdf"])).field == "attachments"


def test_listed_attachment_must_exist():
    assert only_error(with_(attachments=[{"file": "weg.pdf", "title": "Weg"}]), bundle={}).field == "attachments"


def test_pdfs_in_the_bundle_are_attachments_listed_ones_first_with_their_title():
    bundle = {"b-verslag.pdf": 2048, "a-notulen.pdf": 1000, "foto.jpg": 5}
    column, errors = parse_fields(with_(attachments=[{"file": "b-verslag.pdf", "title": "Het verslag"}]), bundle=bundle)
    assert errors == []
    assert [(a.filename, a.title, a.size, a.media_type) for a in column.attachments] == [
        ("b-verslag.pdf", "Het verslag", 2048, "application/pdf"),
        ("a-notulen.pdf", "A notulen", 1000, "application/pdf"),
    ]


def test_summary_from_front_matter_wins():
    column, _ = parse_fields(with_(summary="Kort gezegd."), body="Eerste alinea.\n")
    assert column.summary == "Kort gezegd."


def test_summary_is_the_text_before_the_more_marker():
    column, _ = parse_fields(VALID, body="Dit is **de** [intro](x.md).\n\nTweede.\n\n<!-- more -->\n\nRest.\n")
    assert column.summary == "Dit is de intro. Tweede."


def test_summary_is_else_the_first_paragraph_of_prose():
    column, _ = parse_fields(VALID, body="## Kop\n\n![foto](f.jpg)\n\nDe eerste echte alinea.\n\nDe tweede.\n")
    assert column.summary == "De eerste echte alinea."


def test_reading_time_counts_words_at_the_configured_speed():
    column, _ = parse_fields(VALID, body="woord " * 450)
    assert column.reading_minutes == 3


def test_summary_drops_emphasis_that_spans_a_line_break():
    column, _ = parse_fields(
        VALID, body="Het motto *vrijwillig waar het kan\nen professioneel waar nodig*, zegt de koers.\n"
    )
    assert column.summary == "Het motto vrijwillig waar het kan en professioneel waar nodig, zegt de koers."

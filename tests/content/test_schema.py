"""The one description of every content type's fields: looked up by name, the validator's
texts for missing required fields, and kept in step with what the parsers accept."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from association.content import eventfields, schema
from association.content.authors import Author, parse_authors
from association.content.columns import Source, parse_column
from association.content.eventfields import Status
from association.content.events import parse_event
from association.content.frontmatter import parse
from association.content.koers import KoersStatus
from association.content.schema import Field, Kind
from association.content.settings import ContentSettings

SCHEMAS = {"column": schema.COLUMN, "event": schema.EVENT, "koers": schema.KOERS, "author": schema.AUTHOR}
SETTINGS = ContentSettings(uid_domain="example.org")


def every_field(fields: tuple[Field, ...]):
    for f in fields:
        yield f
        yield from every_field(f.fields)


def test_names_are_the_field_names_in_the_order_the_schema_gives_them():
    small = (Field("b", "B", Kind.TEXT), Field("a", "A", Kind.DATE))
    assert schema.names(small) == ("b", "a")
    assert schema.names(schema.COLUMN)[:4] == ("title", "date", "author", "category")


def test_field_finds_a_field_by_its_name():
    found = schema.field(schema.EVENT, "registration")
    assert found.kind is Kind.GROUP and schema.names(found.fields) == ("url", "email", "deadline", "full")


def test_required_texts_hold_only_the_required_fields_each_with_its_example():
    assert list(schema.required_texts(schema.COLUMN)) == ["title", "date", "author", "category"]
    assert list(schema.required_texts(schema.EVENT)) == ["title", "start", "category", "uid"]
    assert list(schema.required_texts(schema.KOERS)) == ["title", "period", "status"]
    assert schema.required_texts(schema.COLUMN)["date"] == "een datum, bijvoorbeeld date: 2026-11-22"


@pytest.mark.parametrize("kind", SCHEMAS)
def test_every_field_has_a_dutch_label_and_a_name_used_once_at_its_level(kind):
    for f in every_field(SCHEMAS[kind]):
        assert f.label.strip(), f.name
        assert len(set(schema.names(f.fields))) == len(f.fields)
    assert len(set(schema.names(SCHEMAS[kind]))) == len(SCHEMAS[kind])


@pytest.mark.parametrize("kind", SCHEMAS)
def test_only_groups_have_sub_fields_and_only_choices_have_choices(kind):
    for f in every_field(SCHEMAS[kind]):
        assert bool(f.fields) is (f.kind in (Kind.GROUP, Kind.GROUPS)), f.name
        assert bool(f.choices) is (f.kind is Kind.CHOICE), f.name


def test_the_status_choices_are_the_statuses_the_parsers_know():
    assert schema.field(schema.EVENT, "status").choices == tuple(s.value for s in Status)
    assert schema.field(schema.KOERS, "status").choices == tuple(s.value for s in KoersStatus)


def test_the_uid_text_names_the_files_stem_and_the_sites_domain():
    text = schema.required_texts(schema.EVENT)["uid"].format(stem="2026-12-10-ledenavond", uid_domain="example.org")
    assert "uid: 2026-12-10-ledenavond@example.org" in text


def test_the_place_and_registration_groups_have_exactly_the_sub_fields_the_event_parser_accepts():
    place = {name: "Utrecht" for name in schema.names(schema.field(schema.EVENT, "location").fields)}
    assert eventfields.location(place) is not None
    registration = {"url": "https://example.org/a", "email": "a@example.org", "deadline": "2026-12-01", "full": True}
    assert set(registration) == set(schema.names(schema.field(schema.EVENT, "registration").fields))
    assert eventfields.registration(registration, SETTINGS.timezone).deadline == date(2026, 12, 1)
    speaker = {name: "Anna Voorbeeld" for name in schema.names(schema.field(schema.EVENT, "speakers").fields)}
    assert eventfields.speakers([speaker])[0].role == "Anna Voorbeeld"


def _unknown(problems) -> list[str]:
    return [p.field for p in problems if p.message.startswith("onbekend veld")]


def _kop(names) -> str:
    return "---\n" + yaml.safe_dump({name: "x" for name in names}) + "---\nTekst.\n"


def test_the_column_parser_knows_every_column_field_of_the_schema_and_no_other():
    names = [*schema.names(schema.COLUMN), "kleur"]
    path = "columns/2026-11-22-x.md"
    _, problems = parse_column(
        parse(path, _kop(names)), Source(path, "/abs/" + path, "2026-11-22-x"), SETTINGS, {}, lambda p: False
    )
    assert _unknown(problems) == ["kleur"]


def test_the_event_parser_knows_every_event_field_of_the_schema_and_no_other():
    names = [*schema.names(schema.EVENT), "kleur"]
    path = "events/2026-12-10-x.md"
    _, problems = parse_event(
        parse(path, _kop(names)), Source(path, "/abs/" + path, "2026-12-10-x"), SETTINGS, lambda p: False
    )
    assert _unknown(problems) == ["kleur"]


def test_the_authors_file_takes_the_author_fields_of_the_schema():
    entry = {name: "Anna Voorbeeld" for name in schema.names(schema.AUTHOR) if name != "photo"}
    authors, problems = parse_authors("columns/authors.yml", yaml.safe_dump({"anna": entry}))
    assert problems == [] and authors["anna"] == Author(
        "anna", "Anna Voorbeeld", "Anna Voorbeeld", None, "Anna Voorbeeld"
    )

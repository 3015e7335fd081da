"""The view models are the templates' contract: each page template reads only its view's
fields (and the site-wide globals), and every field is read. No build needed."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from zoneinfo import ZoneInfo

import jinja2
import pytest
from jinja2 import meta, nodes

from association.adapter.filters import template_filters, template_tests
from association.render import views
from association.render.listings import ListingKind
from association.render.registration import RegistrationState

THEME = Path(__file__).resolve().parents[2] / "scripts/association/theme"
MKDOCS = {"page", "config", "nav", "base_url"}
"""What MkDocs itself gives every page template."""
GLOBALS = {
    "association_chrome",
    "agenda_home",
    "columns_home",
    "association_feeds",
    "association_has_agenda",
    "association_urls",
}
"""What the plugin gives every template (``on_env``)."""

TEMPLATES: dict[str, type[views.View]] = {view.template: view for view in views.View.__subclasses__()}
"""Every page template, by the view that names it."""


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(THEME)))
    env.filters.update(template_filters(ZoneInfo("Europe/Amsterdam"), None))  # type: ignore[arg-type]  # docs_url is never called here
    env.filters["url"] = str  # MkDocs' own filter
    env.tests.update(template_tests())
    return env


def _reads(name: str) -> tuple[set[str], set[str]]:
    """(names read, names set) in template ``name`` and every package partial it includes."""
    env = _environment()
    read: set[str] = set()
    stored: set[str] = set()
    todo, seen = [name], set()
    while todo:
        current = todo.pop()
        if current in seen or current == "main.html":  # Material's base, not ours
            continue
        seen.add(current)
        tree = env.parse(Path(THEME, current).read_text(encoding="utf-8"))
        read |= meta.find_undeclared_variables(tree)
        stored |= {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
        stored |= {m.name for m in tree.find_all(nodes.Macro)}
        todo += [t for t in meta.find_referenced_templates(tree) if t and t.startswith("partials/association/")]
    return read, stored


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_a_page_template_reads_only_its_views_fields_and_the_site_globals(template: str):
    read, stored = _reads(template)
    fields = {f.name for f in dataclasses.fields(TEMPLATES[template])}  # type: ignore[arg-type]  # a View is a dataclass
    assert read - fields - GLOBALS - MKDOCS - stored == set()


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_every_field_of_a_view_is_read_by_its_template(template: str):
    read, _ = _reads(template)
    fields = {f.name for f in dataclasses.fields(TEMPLATES[template])}  # type: ignore[arg-type]  # a View is a dataclass
    assert fields - read == set()


def test_a_templates_state_and_kind_tests_match_their_enums_only():
    tests = template_tests()
    assert tests["open"](RegistrationState.OPEN) and not tests["open"]("open")
    assert tests["past"](views.AgendaKind.PAST) and not tests["past"](views.AgendaKind.UPCOMING)
    assert tests["author"](ListingKind.AUTHOR) and not tests["index"](ListingKind.TAG)

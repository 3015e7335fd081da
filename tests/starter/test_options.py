"""The rules of `association init`'s options: what would break a file is refused in Dutch,
everything else reaches every file as typed."""

from __future__ import annotations

import pytest
import yaml
from lxml import etree

from association import starter
from association.starter.options import _SLATE_BACKGROUND, _contrast, _rgb
from support.starter import HOSTILE_BUT_ALLOWED, front_matter, options


@pytest.mark.parametrize(
    "name, expected",
    [
        ("<script>alert(1)</script>", "verwacht een naam zonder < >"),
        ('Vereniging "Oost"', 'verwacht een naam zonder "'),
        ("Twee\nregels", "verwacht tekst op één regel"),
        ("Wonen&Werken", "verwacht een & met een spatie erna"),
        ("   ", "verwacht een tekst, gevonden niets"),
    ],
)
def test_a_name_that_would_break_a_page_is_refused(name: str, expected: str):
    with pytest.raises(starter.StarterError) as refused:
        options(name=name)
    assert refused.value.problems[0].startswith(f"--name: {expected}")


@pytest.mark.parametrize(
    "name",
    [HOSTILE_BUT_ALLOWED, "key: value", "- lijst", "!ENV nope", "'t Hof", "{x}", "100%", "ja", "null", "Ærø & Öland"],
)
def test_every_yaml_file_and_front_matter_reads_back_the_name_as_given(name: str):
    files = starter.plan(options(name=name, column_categories=(name, "Nieuws"), event_categories=("Borrel", name)))
    config = yaml.safe_load(files["mkdocs.yml"])
    assert config["site_name"] == config["copyright"] == name
    assert config["plugins"][1]["association"]["column_categories"] == [name, "Nieuws"]
    assert config["plugins"][1]["association"]["event_categories"] == ["Borrel", name]
    assert front_matter(files["docs/index.md"])["description"] == f"De website van {name}."
    for path, text in files.items():
        if path.endswith(".yml"):
            yaml.safe_load(text)
    assert etree.fromstring(files["docs/assets/logo.svg"].encode()).get("aria-label") == name


def test_the_home_pages_heading_escapes_markdown_and_html():
    heading = starter.plan(options(name="A & B *C* [d](e) #1"))["docs/index.md"].split("\n# ")[1].splitlines()[0]
    assert heading == r"A &amp; B \*C\* \[d\]\(e\) \#1"


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("www.example.org", "https://www.example.org/"),
        ("http://example.org/vereniging", "http://example.org/vereniging/"),
    ],
)
def test_an_address_is_completed_to_an_absolute_url_ending_in_a_slash(typed: str, expected: str):
    assert starter.site_url(typed) == expected


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.org/",
        "https://localhost/",
        "https://example.org/?a=1",
        "https://ex ample.org/",
        "https://e.org/a'b/",
    ],
)
def test_an_address_that_is_no_site_address_is_refused(url: str):
    with pytest.raises(starter.StarterError, match="--site-url: verwacht het adres van de site"):
        options(site_url=url)


def test_categories_are_split_on_commas_and_empty_or_double_ones_refused():
    assert starter.categories(" Column ,Nieuws") == ("Column", "Nieuws")
    with pytest.raises(starter.StarterError) as refused:
        options(column_categories=starter.categories("Column,,Column"))
    assert refused.value.problems == (
        "--column-categories: verwacht een naam bij elke komma, gevonden een lege categorie",
        "--column-categories: verwacht elke categorie één keer, gevonden Column vaker",
    )


def test_the_dark_themes_link_colour_is_lightened_until_it_is_readable():
    colors = options(color="#0f5257").colors
    assert colors.primary == "#0f5257" and colors.dark_theme_link != colors.primary
    assert _contrast(_rgb(colors.dark_theme_link), _SLATE_BACKGROUND) >= 4.5


@pytest.mark.parametrize("spec", ["", "association @ x\ny", "association @ 'x'", "a b c"])
def test_an_engine_line_that_is_not_one_pip_requirement_is_refused(spec: str):
    with pytest.raises(starter.StarterError, match="--engine: verwacht één pip-regel"):
        options(engine=spec)

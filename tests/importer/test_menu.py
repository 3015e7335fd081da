"""The imported pages go at the end of mkdocs.yml's menu, as text: nothing else in the file
changes, a second run adds nothing, and a site without a menu is left alone."""

from __future__ import annotations

import yaml

from association.importer.menu import SECTION, MenuPage, has_menu, with_pages

CONFIG = """\
site_name: Test  # a comment that stays
nav:
  - Start: index.md
  - Over:
      - over.md
      # a comment inside the menu
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
"""
PAGES = [
    MenuPage("over-ons/index.md", "Over ons"),
    MenuPage("over-ons/bestuur.md", "Bestuur: wie, wat"),
    MenuPage("over-ons/team/index.md", "Team"),
    MenuPage("over-ons/team/leden.md", "Leden"),
    MenuPage("los/kind.md", "Kind van een pagina die niet mee kwam"),
    MenuPage("contact.md", "Contact"),
]


class _AnyTag(yaml.SafeLoader):
    """Reads Material's !!python/name tags as plain text, for the test only."""


_AnyTag.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: str(node.value))


def test_the_pages_end_the_menu_in_one_section_with_wordpress_hierarchy():
    changed = with_pages(CONFIG, PAGES)
    assert changed is not None
    nav = yaml.load(changed, _AnyTag)["nav"]
    assert nav[:2] == [{"Start": "index.md"}, {"Over": ["over.md"]}]
    assert nav[2] == {
        SECTION: [
            {"Contact": "contact.md"},
            {"Kind van een pagina die niet mee kwam": "los/kind.md"},
            {
                "Over ons": [
                    "over-ons/index.md",
                    {"Bestuur: wie, wat": "over-ons/bestuur.md"},
                    {"Team": ["over-ons/team/index.md", {"Leden": "over-ons/team/leden.md"}]},
                ]
            },
        ]
    }


def test_every_other_line_of_mkdocs_yml_stays_as_it_was():
    changed = with_pages(CONFIG, PAGES)
    assert changed is not None
    kept = [line for line in changed.splitlines() if line in CONFIG.splitlines()]
    assert kept == CONFIG.splitlines()
    assert changed.endswith(
        "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
    )


def test_a_second_run_and_a_site_without_a_menu_change_nothing():
    once = with_pages(CONFIG, PAGES)
    assert once is not None and with_pages(once, PAGES) is None
    assert with_pages("site_name: Test\n", PAGES) is None


def test_a_page_already_in_the_menu_is_not_added_again():
    changed = with_pages(CONFIG, [MenuPage("over.md", "Over"), MenuPage("nieuw.md", "Nieuw")])
    assert changed is not None
    assert changed.count("over.md") == 1 and "Nieuw: nieuw.md" in changed


def test_a_menu_at_the_end_of_the_file_gets_the_pages_too():
    changed = with_pages("site_name: T\nnav:\n- index.md\n", [MenuPage("a.md", "A")])
    assert changed is not None
    assert yaml.safe_load(changed)["nav"] == ["index.md", {SECTION: [{"A": "a.md"}]}]


def test_a_menu_written_inline_is_left_to_the_editor():
    text = "site_name: T\nnav: [index.md]\n"
    assert with_pages(text, [MenuPage("a.md", "A")]) is None and not has_menu(text)
    assert has_menu(CONFIG)

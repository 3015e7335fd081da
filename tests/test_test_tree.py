"""The test tree mirrors the package: every module of scripts/association has its unit test
module at the same place under tests/ (``content/columns.py`` -> ``tests/content/test_columns.py``),
so that a module's tests are found without a search and a new module without tests shows."""

from __future__ import annotations

from pathlib import Path

from support.sites import ROOT

PACKAGE = ROOT / "scripts" / "association"
TESTS = ROOT / "tests"

NOT_MIRRORED = {
    # Nothing to test on their own: package markers and the `python -m association` line
    # (tests/test_editor.py runs it).
    "__main__.py",
    # The MkDocs plugin's hooks: each is tested through a build of its own behaviour (the
    # tests/test_build_*.py files, tests/adapter/speed/test_parse_cache.py reads its state).
    "adapter/plugin.py",
}
"""Modules that need no test module of their own, each for the reason above it."""


def mirrored(module: Path) -> Path:
    relative = module.relative_to(PACKAGE)
    return TESTS / relative.parent / f"test_{relative.name}"


def package_modules() -> list[str]:
    """Every module but the package markers; ``starter/files/`` is not package code but the
    new site's own files, copied as they are (tests/commands/test_init.py builds them)."""
    return sorted(
        p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("*.py")
        if p.name != "__init__.py" and "__pycache__" not in p.parts and "files" not in p.relative_to(PACKAGE).parts
    )


def test_every_package_module_has_a_test_module_at_its_mirrored_place():
    missing = [m for m in package_modules() if m not in NOT_MIRRORED and not mirrored(PACKAGE / m).exists()]
    assert missing == [], "no test module at the mirrored place (tests/<folder>/test_<name>.py)"


def test_the_list_of_exceptions_names_only_modules_that_exist_and_lack_a_test_module():
    modules = set(package_modules())
    assert NOT_MIRRORED - modules == set()
    assert [m for m in sorted(NOT_MIRRORED) if mirrored(PACKAGE / m).exists()] == [], (
        "it has one: remove it from the list"
    )


def test_every_test_folder_is_a_package_so_that_test_module_names_may_repeat():
    folders = {p.parent for p in TESTS.rglob("test_*.py") if "demo" not in p.relative_to(TESTS).parts}
    assert [
        f.relative_to(TESTS).as_posix() for f in sorted(folders - {TESTS}) if not (f / "__init__.py").exists()
    ] == []

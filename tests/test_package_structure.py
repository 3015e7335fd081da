"""The package's shape, as ARCHITECTURE.md draws it: layers that never import upward, no
import cycle (function-local imports included), a local import only with a comment that
says why, and modules small enough to read."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "scripts" / "association"

LAYERS = {
    "content": {
        "forbidden": ("association.render", "association.adapter", "association.commands", "mkdocs", "material")
    },
    "render": {"forbidden": ("association.adapter", "association.commands", "mkdocs", "material")},
    "importer": {"forbidden": ("association.adapter", "association.commands", "mkdocs", "material")},
    "starter": {"forbidden": ("association.adapter", "association.commands", "association.render", "mkdocs")},
}
MAX_LINES = 350
MAX_PLUGIN_LINES = 200


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports(path: Path) -> list[tuple[str, int, bool]]:
    """(imported module, line, whether the import is inside a function) for every import."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    local_lines = {
        node.lineno
        for fn in ast.walk(tree)
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(fn)
        if isinstance(node, ast.Import | ast.ImportFrom)
    }
    found: list[tuple[str, int, bool]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno, node.lineno in local_lines) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            # `from . import x` imports the module x when there is one
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.append((sub if sub in MODULES else target, node.lineno, node.lineno in local_lines))
    return found


def ours(target: str) -> str | None:
    while target and target not in MODULES:
        target = target.rpartition(".")[0]
    return target or None


def test_no_import_cycle_in_the_package_local_imports_included():
    graph = {
        name: {t for target, _, _ in imports(path) if (t := ours(target)) and t != name}
        for name, path in MODULES.items()
    }
    cycles: list[list[str]] = []
    done: set[str] = set()

    def visit(node: str, trail: list[str]) -> None:
        if node in trail:
            cycles.append([*trail[trail.index(node) :], node])
            return
        if node in done:
            return
        for nxt in sorted(graph[node]):
            if not nxt.startswith(node + "."):  # a package's __init__ may import its own modules
                visit(nxt, [*trail, node])
        done.add(node)

    for name in sorted(graph):
        visit(name, [])
    assert cycles == []


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_a_layer_never_imports_upward(layer: str):
    wrong = [
        f"{module_name(path)}:{line} imports {target}"
        for name, path in MODULES.items()
        if name.startswith(f"association.{layer}.")
        for target, line, _ in imports(path)
        if target.startswith(LAYERS[layer]["forbidden"])
    ]
    assert wrong == []


def test_site_urls_imports_nothing_of_ours():
    assert [t for t, _, _ in imports(MODULES["association.render.site_urls"]) if t.startswith("association")] == []


def test_a_function_local_import_says_why():
    """A local import hides a dependency from the reader; it is fine where it keeps a heavy
    import out of a command that does not need it, or breaks no cycle, if a comment on the
    line or the one above says so."""
    unexplained = []
    for path in MODULES.values():
        lines = path.read_text(encoding="utf-8").splitlines()
        for _, line, local in imports(path):
            if local and "#" not in lines[line - 1] and not lines[line - 2].strip().startswith("#"):
                unexplained.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {lines[line - 1].strip()}")
    assert sorted(set(unexplained)) == []


def test_no_module_is_longer_than_a_reader_takes_in():
    long = {
        path.relative_to(PACKAGE.parent).as_posix(): n
        for path in MODULES.values()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_the_plugin_only_translates_in_a_few_screens():
    assert len((PACKAGE / "adapter" / "plugin.py").read_text(encoding="utf-8").splitlines()) <= MAX_PLUGIN_LINES

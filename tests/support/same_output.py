"""Do the real site and the demo site come out byte for byte the same at REV and now?

    .venv/bin/python tests/support/same_output.py [REV]     (make same-output REV=...)

For refactors: builds both sites from a worktree of REV (default HEAD) and from the
working tree, with the same fixed clock, and prints every file that differs. Exit 1 on a
difference. The package is imported from each tree's own scripts/ (PYTHONPATH comes before
the editable install)."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITES = {"real": "mkdocs.yml", "demo": "tests/demo/mkdocs.yml"}
CLOCK = "1795435200"  # 2026-11-21, any fixed moment will do


def build(tree: Path, out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(tree / "scripts"), "SOURCE_DATE_EPOCH": CLOCK, "NO_MKDOCS_2_WARNING": "1"}
    for name, config in SITES.items():
        subprocess.run(
            [
                str(ROOT / ".venv/bin/mkdocs"),
                "build",
                "-q",
                "--strict",
                "-f",
                str(tree / config),
                "-d",
                str(out / name),
            ],
            cwd=tree,
            env=env,
            check=True,
        )


def differences(left: Path, right: Path) -> list[str]:
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + n for n in cmp.left_only + cmp.right_only + cmp.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(prefix + n for n in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right), "")
    return sorted(found)


def main(rev: str = "HEAD") -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        subprocess.run(["git", "worktree", "add", "-q", "--detach", str(work / "tree"), rev], cwd=ROOT, check=True)
        try:
            if (ROOT / "node_modules").is_dir():  # the browser editor's packages, for a site that has it on
                (work / "tree" / "node_modules").symlink_to(ROOT / "node_modules")
            build(work / "tree", work / "before")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(work / "tree")], cwd=ROOT, check=True)
        build(ROOT, work / "after")
        diff = differences(work / "before", work / "after")
    for path in diff:
        print(f"anders: {path}")
    print(f"{len(diff)} bestand(en) anders dan {rev}" if diff else f"beide sites byte voor byte gelijk aan {rev}")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

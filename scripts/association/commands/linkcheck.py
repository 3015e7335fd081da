"""``association linkcheck``: every internal link, asset and ``#anchor`` of a built site."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..linkcheck import broken_links
from .site import Site


def add(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    links = subcommands.add_parser("linkcheck", help="controleer alle links, bestanden en ankers van een gebouwde site")
    links.add_argument("site", nargs="?", default="site", help="de map met de gebouwde site (standaard site)")
    links.set_defaults(func=run, needs_site=False)


def run(args: argparse.Namespace, site: Site | None) -> int:
    folder = Path(args.site)
    if not (folder / "index.html").is_file():
        print(f"association: {folder}/index.html niet gevonden; bouw de site eerst (make site)", file=sys.stderr)
        return 2
    broken = broken_links(folder)
    for line in broken:
        print(line)
    print(f"{len(broken)} kapotte link(s)" if broken else "Alle links werken.", file=sys.stderr)
    return 1 if broken else 0

"""``association``: the editor's command, one subcommand per module of this package.

    association new column "Titel" [--author ID] [--category NAAM] [--date 2026-11-23]
    association new event "Titel" --start "2027-03-12 14:00" [--end ...] [--category ...]
    association check [--format text|github|gitlab]   # every problem, exit 1 if any
    association list [--weeks 4]
    association linkcheck [site]   # every internal link of a built site, exit 1 if one is broken
    association nieuwsbrief [--sinds 2026-11-01] [--weken 8] [--eml]   # an issue of the newsletter
    association cms [--bundle [--if-enabled]]   # the browser editor's config; or fetch its JavaScript
    association import wordpress EXPORT.xml [--uploads DIR] [--map-category OUD=NIEUW]   # move a site in
    association init MAP [--name ...] [--site-url ...]   # a new association's site

Each module has ``add(subcommands)``, which registers its parser with
``set_defaults(func=run)``, and ``run(args, site)``. ``main`` reads the site once
(``site.open_site``) for every command that needs one and hands it over.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import check, cms, import_wordpress, init, linkcheck, listing, new, newsletter
from .site import UserError, open_site

COMMANDS = (new, check, listing, linkcheck, newsletter, cms, import_wordpress, init)
"""In the order ``association --help`` lists them."""


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    args = parser().parse_args(argv)
    try:
        site = open_site(args.config_file) if args.needs_site else None
        return int(args.func(args, site))
    except UserError as exc:
        print(f"association: {exc}", file=sys.stderr)
        return 2


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="association", description="Hulpmiddelen voor de redactie van de site.")
    top.add_argument("-f", "--config-file", default="mkdocs.yml", help="het mkdocs.yml van de site")
    top.set_defaults(needs_site=True)
    subcommands = top.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.add(subcommands)
    return top

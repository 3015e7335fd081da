"""``association init MAP``: a new association's site, asked for or given as options.

    association init mijn-site --name "Vereniging Voorbeeld" --site-url https://www.example.org/
        [--description ...] [--color "#1f4e79"] [--column-categories "Column, Nieuws"]
        [--event-categories "Bijeenkomst, Webinar"] [--engine "association @ git+URL@TAG"]

A value that is missing is asked for when someone types at a terminal, and otherwise
takes its default; a name and an address have none, so without a terminal they are
required. There is no site yet, so ``run`` takes none.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import starter
from ..content.settings import DEFAULT_COLUMN_CATEGORIES, DEFAULT_EVENT_CATEGORIES
from ..starter.engine import default_engine
from ..starter.options import DEFAULT_COLOR

Ask = Callable[[str], str]


def add(subparsers: Any) -> None:
    """Register ``init`` on the ``association`` parser's subcommands."""
    parser = subparsers.add_parser("init", help="maak de site van een nieuwe vereniging in een nieuwe map")
    parser.add_argument("map", metavar="MAP", help="de nieuwe (of lege) map voor de site")
    parser.add_argument("--name", help="de naam van de vereniging, zoals die boven elke pagina staat")
    parser.add_argument("--site-url", help="het adres van de site, zoals https://www.example.org/")
    parser.add_argument("--description", help="één zin over de vereniging (standaard: De website van <naam>.)")
    parser.add_argument(
        "--color", help=f"de hoofdkleur, zoals {DEFAULT_COLOR} (standaard); witte tekst moet erop leesbaar zijn"
    )
    parser.add_argument(
        "--column-categories",
        help=f"de soorten columns, met komma's (standaard: {', '.join(DEFAULT_COLUMN_CATEGORIES)})",
    )
    parser.add_argument(
        "--event-categories",
        help=f"de soorten activiteiten, met komma's (standaard: {', '.join(DEFAULT_EVENT_CATEGORIES)})",
    )
    parser.add_argument(
        "--engine",
        help="de pip-regel waarmee de site de engine installeert, vastgezet op een tag of commit "
        "(standaard: zoals deze engine zelf geïnstalleerd is)",
    )
    parser.set_defaults(func=run, needs_site=False)


def run(args: argparse.Namespace, site: object = None, *, ask: Ask | None = None) -> int:
    """Make the site; ``ask`` (default: ``input`` when stdin is a terminal) fills in what is missing."""
    del site  # there is no site yet
    if ask is None and sys.stdin.isatty():
        ask = input
    try:
        options = options_from(args, ask)
        written = starter.init_site(Path(args.map), options)
    except starter.StarterError as exc:
        for problem in exc.problems:
            print(f"association init: {problem}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"association init: {args.map}: kan de site niet schrijven ({exc.strerror or exc})", file=sys.stderr)
        return 1
    for path in written:
        print(path.as_posix())
    print(
        f"Gemaakt: de site van {options.name} in {args.map}/. Verder met: cd {args.map} && make site && make test. "
        f"De blokken '{starter.PLACEHOLDER}' wachten op jullie eigen tekst (make todo toont ze).",
        file=sys.stderr,
    )
    if _engine_is_local(args, options):
        print(
            "Let op: de engine komt uit een map op deze computer; CI en collega's kunnen die niet ophalen. "
            "Zet ENGINE in het Makefile op de repository van de engine, vastgezet op een tag of commit.",
            file=sys.stderr,
        )
    return 0


def options_from(args: argparse.Namespace, ask: Ask | None) -> starter.StarterOptions:
    """The options from the command line, asking for each one that is missing (when ``ask``)."""
    engine = args.engine or _engine_default()
    name = args.name or _ask(ask, "Naam van de vereniging", "")
    url = args.site_url or _ask(ask, "Adres van de site (zoals https://www.example.org/)", "")
    missing = [option for option, value in (("--name", name), ("--site-url", url)) if not value]
    if missing:
        raise starter.StarterError(
            [f"{option}: verwacht een waarde, gevonden niets (geef de optie mee)" for option in missing]
        )
    color = args.color or _ask(ask, "Hoofdkleur", DEFAULT_COLOR)
    columns = args.column_categories or _ask(ask, "Soorten columns", ", ".join(DEFAULT_COLUMN_CATEGORIES))
    events = args.event_categories or _ask(ask, "Soorten activiteiten", ", ".join(DEFAULT_EVENT_CATEGORIES))
    description = args.description if args.description is not None else _ask(ask, "Eén zin over de vereniging", "")
    return starter.StarterOptions(
        name=name.strip(),
        site_url=starter.site_url(url),
        engine=engine,
        description=description.strip(),
        color=color.strip(),
        column_categories=starter.categories(columns),
        event_categories=starter.categories(events),
    )


def _ask(ask: Ask | None, question: str, default: str) -> str:
    if ask is None:
        return default
    answer = ask(f"{question}{f' [{default}]' if default else ''}: ").strip()
    return answer or default


def _engine_default() -> str:
    spec = default_engine()
    if spec is None:
        raise starter.StarterError(
            [
                "--engine: verwacht een pip-regel voor de engine, zoals "
                "'association @ git+https://<forge>/<eigenaar>/<repository>.git@<tag>': "
                "deze engine weet niet waar ze vandaan komt"
            ]
        )
    return spec.requirement


def _engine_is_local(args: argparse.Namespace, options: starter.StarterOptions) -> bool:
    if args.engine:
        return False
    spec = default_engine()
    return spec is not None and spec.local

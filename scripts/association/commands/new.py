"""``association new column|event``: a new source with a filled-in kop, named after its date
and title, and what to do next."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from ..content import scaffold
from ..content.dates import Moment, parse_moment
from ..content.errors import ContentErrors, FieldError
from ..content.eventfields import recurrence as recurrence_rule
from ..content.loader import load_authors
from ..content.settings import ContentSettings
from .site import Site, UserError


def add(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    new = subcommands.add_parser("new", help="maak een nieuwe column of activiteit")
    kinds = new.add_subparsers(dest="kind", required=True)
    column = kinds.add_parser("column", help="een nieuwe column, nieuwsbericht of artikel")
    column.add_argument("title", help="de titel, tussen aanhalingstekens")
    column.add_argument("--author", help="de id van de auteur uit columns/authors.yml (standaard de eerste)")
    column.add_argument("--category", help="Column, Nieuws of Artikel (de lijst in mkdocs.yml; standaard de eerste)")
    column.add_argument("--date", help="publicatiedatum, standaard vandaag")
    column.add_argument(
        "--map", action="store_true", help="maak een map met index.md, voor foto's en PDF's bij de column"
    )
    column.add_argument("--draft", action="store_true", help="begin als concept")
    column.set_defaults(func=new_column)
    event = kinds.add_parser("event", help="een nieuwe activiteit in de agenda")
    event.add_argument("title", help="de titel, tussen aanhalingstekens")
    event.add_argument(
        "--start", required=True, help='bijvoorbeeld "2027-03-12 14:00", of 2027-03-12 voor een hele dag'
    )
    event.add_argument("--end", help='het einde: "2027-03-12 17:00", of de laatste dag')
    event.add_argument("--category", help="de soort activiteit (de lijst event_categories in mkdocs.yml)")
    event.add_argument("--location", default="", help="de plaats, bijvoorbeeld Utrecht")
    event.add_argument("--venue", default="", help="de zaal of het gebouw")
    event.add_argument("--online", default="", help="link om online mee te doen")
    event.add_argument(
        "--recurrence",
        default="",
        help="een herhaling, zoals FREQ=MONTHLY;BYDAY=2TH;COUNT=6; de kop "
        "toont dan hoe je één datum annuleert, verplaatst of wijzigt",
    )
    event.add_argument("--draft", action="store_true", help="begin als concept")
    event.set_defaults(func=new_event)


def new_column(args: argparse.Namespace, site: Site) -> int:
    """Only the authors file is read: a problem in another column is no reason to refuse a new one."""
    settings, paths = site.settings.content, site.settings.paths
    authors, problems = load_authors(paths)
    if problems:
        print(ContentErrors(problems).report(), file=sys.stderr)
        raise UserError(f"{paths.rel(paths.authors_file)} heeft een fout (zie hierboven); herstel die eerst")
    if not authors:
        raise UserError(f"geen auteurs in {paths.rel(paths.authors_file)}; voeg eerst een auteur toe")
    ids = sorted(authors)
    author = _pick(args.author, ids, "auteur")
    category = _pick(args.category, settings.column_categories, "categorie")
    day = moment(args.date, settings, "--date") if args.date else site.now.date()
    text = scaffold.column(
        args.title, day, author, ids, category, settings.column_categories, args.draft, folder=args.map
    )
    name = scaffold.file_name(day if not isinstance(day, datetime) else day.date(), args.title)
    _write_new(paths.columns, name, text, paths.root, as_folder=args.map)
    return 0


def new_event(args: argparse.Namespace, site: Site) -> int:
    settings, paths = site.settings.content, site.settings.paths
    start = moment(args.start, settings, "--start")
    end = moment(args.end, settings, "--end") if args.end else None
    if args.category is None and len(settings.event_categories) > 1:
        raise UserError(
            f"welke soort activiteit is het? Geef --category met een van: {', '.join(settings.event_categories)}"
        )
    category = _pick(args.category, settings.event_categories, "categorie")
    day = start.date() if isinstance(start, datetime) else start
    name = scaffold.file_name(day, args.title)
    uid = f"{name.removesuffix('.md')}@{site.settings.feed.uid_domain}"
    recurrence = ""
    if args.recurrence:
        try:
            recurrence = recurrence_rule(args.recurrence, start)
        except FieldError as exc:
            raise UserError(f"--recurrence: {exc.text()}") from None
    text = scaffold.event(
        args.title,
        start,
        end,
        category,
        settings.event_categories,
        args.location,
        args.online,
        uid,
        args.draft,
        venue=args.venue,
        recurrence=recurrence,
    )
    _write_new(paths.events, name, text, paths.root)
    return 0


def moment(value: str, settings: ContentSettings, what: str) -> Moment:
    """A date or date and time given on the command line, or a Dutch ``UserError`` naming the option."""
    try:
        return parse_moment(value, settings.timezone)
    except FieldError as exc:
        raise UserError(f"{what}: {exc.text()}") from None


def _pick(value: str | None, options: Sequence[str], what: str) -> str:
    if value is None:
        return options[0]
    if value not in options:
        raise UserError(f"onbekende {what} '{value}'; kies uit {', '.join(options)}")
    return value


def _write_new(folder: Path, name: str, text: str, root: Path, *, as_folder: bool = False) -> Path:
    """Write a new source (``<name>.md``, or ``<name>/index.md``) and say what to do next."""
    stem = name.removesuffix(".md")
    path = folder / stem / "index.md" if as_folder else folder / name
    if (folder / name).exists() or (folder / stem).exists():
        raise UserError(f"{(folder / name).relative_to(root)} bestaat al; kies een andere titel of datum")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(path.relative_to(root).as_posix())
    where = f" Zet foto's en PDF's in {path.parent.relative_to(root).as_posix()}/." if as_folder else ""
    print(
        f"Gemaakt. Open het bestand, vul de kop in en schrijf de tekst.{where} Bekijk het met make serve "
        "en controleer met make check.",
        file=sys.stderr,
    )
    return path

"""``association``: the editor's command. Create a column or event, check all content, list
what changes soon.

    association new column "Titel" [--author ID] [--category NAAM] [--date 2026-11-23]
    association new event "Titel" --start "2027-03-12 14:00" [--end ...] [--category ...]
    association check [--format text|github|gitlab]   # every problem, exit 1 if any
    association list [--weeks 4]
    association linkcheck [site]   # every internal link of a built site, exit 1 if one is broken
    association nieuwsbrief [--sinds 2026-11-01] [--weken 8] [--eml]   # an issue of the newsletter
    association cms [--bundle [--if-enabled]]   # the browser editor's config; or fetch its JavaScript

It reads mkdocs.yml for the folders and lists, so it checks exactly what the build checks.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from .content import publishing, register, report, scaffold
from .content.dates import Moment, parse_moment
from .content.errors import ContentError, ContentErrors, FieldError
from .content.eventfields import recurrence as recurrence_rule
from .content.events import Status, registration_deadline
from .content.loader import Content, Paths, load
from .content.occurrences import expand
from .content.settings import ContentSettings, example_site_url_warning

if TYPE_CHECKING:
    from .adapter.config import AssociationConfig
from .render import dutch


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    args = _parser().parse_args(argv)
    if args.command == "linkcheck":
        return linkcheck(Path(args.site))
    if args.command == "cms":
        return editor(args.config_file, bundle=args.bundle, if_enabled=args.if_enabled)
    try:
        settings, paths, options, site = _load_settings(args.config_file)
        now = _now(settings)
        if args.command == "check":
            return check(paths, settings, args.config_file, args.format, site["site_url"])
        if args.command == "list":
            return list_changes(paths, settings, now, args.weeks)
        if args.command == "nieuwsbrief":
            return newsletter(args, paths, settings, now, {**options, **site})
        if args.kind == "column":
            return new_column(args, paths, settings, now)
        return new_event(args, paths, settings, now, options.uid_domain)
    except UserError as exc:
        print(f"association: {exc}", file=sys.stderr)
        return 2


def editor(config_file: str, *, bundle: bool, if_enabled: bool) -> int:
    """Print the browser editor's configuration, or fetch its JavaScript (``--bundle``)."""
    import yaml
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError, PluginError

    from . import editor_bundle
    from .adapter.options import site_settings
    from .render import cms

    try:
        config = load_config(config_file)
        site = site_settings(config.plugins["association"].config, config)
    except (ConfigurationError, PluginError, KeyError) as exc:
        print(f"association: {config_file}: {exc}", file=sys.stderr)
        return 2
    if site.editor is None and (if_enabled or not bundle):
        if not if_enabled:
            print(
                f"association: {config_file}: de editor staat uit (zet plugins.association.cms_backend)",
                file=sys.stderr,
            )
        return 0 if if_enabled else 2
    if bundle:
        try:
            for package in editor_bundle.PACKAGES:
                print(editor_bundle.fetch(site.paths.root, package))
        except editor_bundle.BundleError as exc:
            print(f"association: {exc}", file=sys.stderr)
            return 1
        return 0
    assert site.editor is not None
    try:
        content = load(site.paths, site.content)
    except ContentErrors as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    print(yaml.safe_dump(cms.config(site.editor, site.content, content.authors), allow_unicode=True, sort_keys=False))
    return 0


class UserError(Exception):
    """A mistake in how the command was called; printed without a traceback."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="association", description="Hulpmiddelen voor de redactie van de site.")
    parser.add_argument("-f", "--config-file", default="mkdocs.yml", help="het mkdocs.yml van de site")
    commands = parser.add_subparsers(dest="command", required=True)
    new = commands.add_parser("new", help="maak een nieuwe column of activiteit")
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
    checking = commands.add_parser("check", help="controleer alle inhoud zonder de site te bouwen")
    checking.add_argument(
        "--format",
        choices=report.FORMATS,
        default="text",
        help="text: een regel per probleem (standaard); github: meldingen bij het bestand en de "
        "regel in GitHub Actions; gitlab: een Code Quality-rapport (JSON) voor GitLab",
    )
    links = commands.add_parser("linkcheck", help="controleer alle links, bestanden en ankers van een gebouwde site")
    links.add_argument("site", nargs="?", default="site", help="de map met de gebouwde site (standaard site)")
    browser = commands.add_parser(
        "cms", help="de configuratie van de editor in de browser (/admin/), of zijn JavaScript ophalen"
    )
    browser.add_argument(
        "--bundle",
        action="store_true",
        help="haal de JavaScript van de editor op (zonder Node, van de npm-registry, gecontroleerd op zijn hash)",
    )
    browser.add_argument(
        "--if-enabled", action="store_true", help="met --bundle: alleen als mkdocs.yml de editor aanzet (cms_backend)"
    )
    letter = commands.add_parser("nieuwsbrief", help="maak een nieuwsbrief van wat er sinds de vorige op de site kwam")
    letter.add_argument(
        "--sinds", help="columns en wijzigingen vanaf deze datum (standaard: de datum van de vorige nieuwsbrief)"
    )
    letter.add_argument(
        "--weken", type=int, default=8, metavar="N", help="de activiteiten van de komende N weken (standaard 8)"
    )
    letter.add_argument("--nummer", type=int, help="het nummer van deze nieuwsbrief (standaard: de vorige plus één)")
    letter.add_argument("--uit", default="nieuwsbrieven", help="de map voor de bestanden (standaard nieuwsbrieven/)")
    letter.add_argument(
        "--eml", action="store_true", help="maak ook een .eml, om te openen of te importeren in je mailprogramma"
    )
    letter.add_argument("--van", default="", help='afzender in de .eml, zoals "Secretariaat <naam@example.org>"')
    letter.add_argument(
        "--proef", action="store_true", help="een proefversie: onthoud deze nieuwsbrief niet als de vorige"
    )
    listing = commands.add_parser("list", help="concepten, geplande columns en wat er binnenkort verandert")
    listing.add_argument(
        "--weeks", type=int, default=4, metavar="N", help="hoeveel weken vooruit je wilt kijken (standaard 4)"
    )
    return parser


def newsletter(
    args: argparse.Namespace, paths: Paths, settings: ContentSettings, now: datetime, options: Mapping[str, object]
) -> int:
    """Write the newsletter as HTML, text and Markdown (and .eml) into ``--uit``."""
    from .adapter.options import newsletter_site
    from .content import letters
    from .render import newsletter as letter

    try:
        content = load(paths, settings)
    except ContentErrors as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    state_file = paths.root / str(options["newsletter_file"])
    previous = letters.read(state_file.read_text("utf-8") if state_file.is_file() else "")
    since = _moment(args.sinds, settings, "--sinds") if args.sinds else (previous.date if previous else None)
    if since is None:
        raise UserError(
            "dit is de eerste nieuwsbrief: geef met --sinds aan vanaf welke datum (bijvoorbeeld --sinds 2026-11-01)"
        )
    since_day = since.date() if isinstance(since, datetime) else since
    number = args.nummer or letters.next_number(previous, now.year)
    from mkdocs.exceptions import PluginError

    try:
        site, images = newsletter_site(options, paths, content)
    except PluginError as exc:
        raise UserError(str(exc)) from None
    published = publishing.visible(content.columns, now, settings, preview=False)
    issue = letter.plan(
        published,
        content.events,
        site=site,
        now=now,
        since=since_day,
        weeks=args.weken,
        number=number,
        tz=settings.timezone,
        image_file=images,
    )
    folder = paths.root / args.uit / issue.name
    folder.mkdir(parents=True, exist_ok=True)
    written = {
        f"nieuwsbrief-{issue.name}.html": letter.html(issue),
        f"nieuwsbrief-{issue.name}.txt": letter.text(issue),
        f"nieuwsbrief-{issue.name}.md": letter.markdown(issue),
    }
    for name, body in written.items():
        (folder / name).write_text(body, encoding="utf-8")
    if args.eml:
        (folder / f"nieuwsbrief-{issue.name}.eml").write_bytes(letter.eml(issue, sender=args.van, now=now))
    for name in sorted(p.name for p in folder.iterdir()):
        print(paths.rel(folder / name))
    if not args.proef:
        state_file.write_text(letters.dump(letters.Sent(number, now.year, now.date())), encoding="utf-8")
    print(
        f"Onderwerp: {issue.subject}\nVoorregel: {issue.preheader}\n"
        f"{len(issue.columns)} stuk(ken), {len(issue.activities)} activiteit(en), {len(issue.changes)} wijziging(en)."
        + ("" if args.proef else f" Onthouden in {state_file.name}: stuur het mee met je wijziging."),
        file=sys.stderr,
    )
    return 0


def _load_settings(config_file: str) -> tuple[ContentSettings, Paths, AssociationConfig, dict[str, str]]:
    """The site's settings and folders, its plugin options, and what the newsletter needs
    of its MkDocs config (name, address, docs folder)."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError, PluginError

    from .adapter.options import content_paths, content_settings

    if not Path(config_file).is_file():
        raise UserError(f"{config_file} niet gevonden; start dit commando in de map van de site")
    try:
        config = load_config(config_file)
        plugin = config.plugins["association"]
        site = {"site_name": config.site_name, "site_url": config.site_url or "", "docs_dir": config.docs_dir}
        return content_settings(plugin.config, config), content_paths(plugin.config, config), plugin.config, site
    except (ConfigurationError, PluginError, KeyError) as exc:
        raise UserError(f"{config_file}: {exc}") from None


def _now(settings: ContentSettings) -> datetime:
    from mkdocs.utils import get_build_datetime  # honours SOURCE_DATE_EPOCH, like the build

    return get_build_datetime().astimezone(settings.timezone)


def check(
    paths: Paths, settings: ContentSettings, config_file: str = "mkdocs.yml", fmt: str = "text", site_url: str = ""
) -> int:
    from mkdocs.exceptions import PluginError

    from .adapter.sitecheck import link_problems

    try:
        content = load(paths, settings)
        problems = link_problems(config_file)
        published = publishing.visible(content.columns, _now(settings), settings, preview=False)
        events = [e for e in content.events if not e.draft]
        register_file = paths.rel(paths.register) if paths.register else "gepubliceerd.yml"
        problems += register.check(content.register, register_file, content.columns, content.events, ())[0]
        if problems:
            raise ContentErrors(problems, content.warnings)
    except ContentErrors as exc:
        found = exc.errors + exc.warnings
        sys.stdout.write(report.render(found, fmt))
        if fmt != "text":  # the annotations or the report are for the forge; the log is for people
            sys.stderr.write(report.render(found, "text"))
        print(f"{len(exc.errors)} fout(en), {len(exc.warnings)} waarschuwing(en)", file=sys.stderr)
        return 1
    except PluginError as exc:
        print(exc, file=sys.stderr)
        return 1
    warnings: list[ContentError] = list(content.warnings)
    # In CI only: on an editor's machine the demo and a site being set up rightly use an example's address.
    if fmt != "text" and (example := example_site_url_warning(site_url, paths.rel(Path(config_file).resolve()))):
        warnings.append(example)
    if paths.register is not None and not register.is_complete(content.register, published, events):
        if fmt == "text":  # on the editor's machine: record what this change publishes
            paths.register.write_text(
                register.dump(register.updated(content.register, published, events)), encoding="utf-8"
            )
            print(
                f"{register_file} bijgewerkt met wat deze wijziging publiceert: stuur het bestand mee.", file=sys.stderr
            )
        else:  # in CI, which cannot commit: say it
            warnings.append(
                ContentError(
                    register_file,
                    None,
                    None,
                    "nog niet bijgewerkt met de nieuwe columns of activiteiten; "
                    "voer make check uit en stuur het bestand mee",
                    warning=True,
                )
            )
    sys.stdout.write(report.render(warnings, fmt))
    print(
        f"In orde: {len(content.columns)} columns, {len(content.events)} activiteiten, "
        f"{len(content.koers)} koersdocumenten; {len(warnings)} waarschuwing(en).",
        file=sys.stderr,
    )
    return 0


def linkcheck(site: Path) -> int:
    from .linkcheck import broken_links

    if not (site / "index.html").is_file():
        print(f"association: {site}/index.html niet gevonden; bouw de site eerst (make site)", file=sys.stderr)
        return 2
    broken = broken_links(site)
    for line in broken:
        print(line)
    print(f"{len(broken)} kapotte link(s)" if broken else "Alle links werken.", file=sys.stderr)
    return 1 if broken else 0


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


def _moment(value: str, settings: ContentSettings, what: str) -> Moment:
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


def new_column(args: argparse.Namespace, paths: Paths, settings: ContentSettings, now: datetime) -> int:
    content = _content_or_none(paths, settings)
    authors = sorted(content.authors) if content else []
    if not authors:
        raise UserError(f"geen auteurs in {paths.rel(paths.authors_file)}; voeg eerst een auteur toe")
    author = _pick(args.author, authors, "auteur")
    category = _pick(args.category, settings.column_categories, "categorie")
    day = _moment(args.date, settings, "--date") if args.date else now.date()
    text = scaffold.column(
        args.title, day, author, authors, category, settings.column_categories, args.draft, folder=args.map
    )
    name = scaffold.file_name(day if not isinstance(day, datetime) else day.date(), args.title)
    _write_new(paths.columns, name, text, paths.root, as_folder=args.map)
    return 0


def new_event(args: argparse.Namespace, paths: Paths, settings: ContentSettings, now: datetime, uid_domain: str) -> int:
    start = _moment(args.start, settings, "--start")
    end = _moment(args.end, settings, "--end") if args.end else None
    if args.category is None and len(settings.event_categories) > 1:
        raise UserError(
            f"welke soort activiteit is het? Geef --category met een van: {', '.join(settings.event_categories)}"
        )
    category = _pick(args.category, settings.event_categories, "categorie")
    day = start.date() if isinstance(start, datetime) else start
    name = scaffold.file_name(day, args.title)
    uid = f"{name.removesuffix('.md')}@{uid_domain or 'example.org'}"
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


def _content_or_none(paths: Paths, settings: ContentSettings) -> Content | None:
    try:
        return load(paths, settings)
    except ContentErrors:
        return None


def list_changes(paths: Paths, settings: ContentSettings, now: datetime, weeks: int) -> int:
    try:
        content = load(paths, settings)
    except ContentErrors as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    horizon = now + timedelta(weeks=weeks)
    drafts = [c for c in content.columns if c.draft] + [e for e in content.events if e.draft]
    scheduled = sorted(
        (c for c in content.columns if publishing.state(c, now, settings) is publishing.State.SCHEDULED),
        key=lambda c: c.published_at(settings),
    )
    print("Concepten (alleen in de preview):")
    for item in drafts:
        print(f"  {item.source.path}  {item.title}")
    if not drafts:
        print("  geen")
    print("Gepland (verschijnt vanzelf bij de eerste build op of na de datum):")
    for column in scheduled:
        print(f"  {dutch.long_date_time(column.date)}  {column.source.path}  {column.title}")
    if not scheduled:
        print("  geen")
    changes: list[tuple[datetime, str, str, str, str]] = []
    for event in content.events:
        if event.draft:
            continue
        state = {Status.CANCELLED: " (gaat niet door)", Status.POSTPONED: " (uitgesteld)"}.get(event.status, "")
        title, path = event.title + state, event.source.path
        deadline = registration_deadline(event)
        if event.status is Status.SCHEDULED and deadline is not None and now <= deadline <= horizon:
            changes.append((deadline, dutch.long_date(deadline), "aanmelding sluit", title, path))
        for occurrence in expand(event, now):
            begins = "zou beginnen" if event.status is not Status.SCHEDULED else "begint"
            if now <= occurrence.starts_at() <= horizon:
                changes.append((occurrence.starts_at(), dutch.long_date_time(occurrence.start), begins, title, path))
            if (
                event.status is Status.SCHEDULED
                and not occurrence.all_day
                and occurrence.end is not None
                and now <= occurrence.ends_at() <= horizon
            ):
                changes.append((occurrence.ends_at(), dutch.long_date_time(occurrence.end), "afgelopen", title, path))
    print(f"Activiteiten die de komende {weeks} weken veranderen:")
    for _, when, what, title, path in sorted(changes):
        print(f"  {when:26}  {what:17} {path}  {title}")
    if not changes:
        print("  geen")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""``association nieuwsbrief``: an issue of the newsletter from what the site published since
the previous one, as HTML, text and Markdown (and .eml); the issue is remembered in
``nieuwsbrief.yml``."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from ..adapter.options import newsletter_site
from ..content import letters, publishing
from ..content.errors import ContentErrors
from ..content.loader import load
from ..render import newsletter as letter
from .new import moment
from .site import Site, UserError


def add(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    letter = subcommands.add_parser(
        "nieuwsbrief", help="maak een nieuwsbrief van wat er sinds de vorige op de site kwam"
    )
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
    letter.set_defaults(func=run)


def run(args: argparse.Namespace, site: Site) -> int:
    settings, paths, now = site.settings.content, site.settings.paths, site.now
    try:
        content = load(paths, settings)
    except ContentErrors as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    state_file = site.settings.newsletter.state_file
    previous = letters.read(state_file.read_text("utf-8") if state_file.is_file() else "")
    since = moment(args.sinds, settings, "--sinds") if args.sinds else (previous.date if previous else None)
    if since is None:
        raise UserError(
            "dit is de eerste nieuwsbrief: geef met --sinds aan vanaf welke datum (bijvoorbeeld --sinds 2026-11-01)"
        )
    number = args.nummer or letters.next_number(previous, now.year)
    letter_site, images = newsletter_site(site.settings, content)
    issue = letter.plan(
        publishing.visible(content.columns, now, settings, preview=False),
        content.events,
        site=letter_site,
        now=now,
        since=since.date() if isinstance(since, datetime) else since,
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

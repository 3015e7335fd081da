"""``association import wordpress EXPORT.xml [--uploads DIR] [--map-category OUD=NIEUW]
[--category-base NAAM] [--tag-base NAAM] [--dry-run]``

Writes the posts, pages and events of a WordPress export into the current site and prints
a Dutch report; exit 1 when something needs a person, 2 when the export or an option is wrong.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from ..adapter.options import SiteSettings
from ..importer import CategoryError, ExportError, ImportOptions, ImportTarget, import_wordpress
from ..importer.archives import base
from .site import Site


def add(subparsers: Any) -> None:
    """Register ``import wordpress`` on the main parser's subcommands."""
    importing = subparsers.add_parser("import", help="zet een bestaande site over (uit WordPress)")
    sources = importing.add_subparsers(dest="source", required=True)
    parser = sources.add_parser(
        "wordpress",
        help="berichten, pagina's en activiteiten uit een WordPress-export (Extra > Exporteren)",
        description="Zet een WordPress-export (WXR, versie 1.1 of nieuwer) om in columns, activiteiten en "
        "pagina's van deze site. Bestaande bestanden worden nooit overschreven; twee keer draaien verandert niets.",
    )
    parser.add_argument("export", metavar="EXPORT.xml", help="het exportbestand van WordPress")
    parser.add_argument(
        "--uploads",
        metavar="MAP",
        help="een kopie van de map wp-content/uploads van de oude site, voor de foto's en PDF's",
    )
    parser.add_argument(
        "--map-category",
        metavar="OUD=NIEUW",
        action="append",
        default=[],
        help="zet een WordPress-categorie om in een categorie van deze site; * voor alle overige (mag vaker)",
    )
    parser.add_argument(
        "--category-base",
        metavar="NAAM",
        default="category",
        help="het woord voor categorieën in de oude adressen (/category/nieuws/); "
        "zie Instellingen > Permalinks, bijvoorbeeld categorie (standaard: category)",
    )
    parser.add_argument(
        "--tag-base",
        metavar="NAAM",
        default="tag",
        help="het woord voor tags in de oude adressen (/tag/ledenavond/), bijvoorbeeld trefwoord (standaard: tag)",
    )
    parser.add_argument("--dry-run", action="store_true", help="schrijf niets, laat alleen het verslag zien")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, site: Site) -> int:
    settings = site.settings
    try:
        mapping = _mapping(args.map_category, settings.content.column_categories, settings.content.event_categories)
        category_base = base(args.category_base, "--category-base")
        tag_base = base(args.tag_base, "--tag-base")
    except ValueError as exc:
        print(f"association: {exc}", file=sys.stderr)
        return 2
    uploads = Path(args.uploads) if args.uploads else None
    if uploads is not None and not uploads.is_dir():
        print(
            f"association: --uploads {uploads}: verwacht een map (wp-content/uploads), maar die bestaat niet",
            file=sys.stderr,
        )
        return 2
    options = ImportOptions(
        now=datetime.now(settings.content.timezone),
        uploads=uploads,
        categories=mapping,
        dry_run=args.dry_run,
        category_base=category_base,
        tag_base=tag_base,
    )
    try:
        report = import_wordpress(Path(args.export), target_of(settings, site.config_file), options)
    except ExportError as exc:
        print(f"association: {exc}", file=sys.stderr)
        return 2
    except CategoryError as exc:
        print(exc, file=sys.stderr)
        return 1
    sys.stdout.write(report.render(dry_run=args.dry_run))
    return 1 if report.needs_person else 0


def target_of(settings: SiteSettings, config_file: Path | None = None) -> ImportTarget:
    """The import's target from the site's settings (``adapter.options.SiteSettings``) and
    its mkdocs.yml, whose menu gets the imported pages."""
    return ImportTarget(
        paths=settings.paths,
        timezone=settings.content.timezone,
        column_categories=tuple(settings.content.column_categories),
        event_categories=tuple(settings.content.event_categories),
        uid_domain=settings.feed.uid_domain,
        site_url=settings.site_url,
        config_file=config_file,
    )


def _mapping(pairs: list[str], columns: tuple[str, ...], events: tuple[str, ...]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        old, sep, new = pair.partition("=")
        if not sep or not old.strip() or not new.strip():
            raise ValueError(
                f"--map-category {pair!r}: verwacht OUD=NIEUW, bijvoorbeeld --map-category 'Nieuwtjes=Nieuws'"
            )
        if new.strip() not in columns + events:
            raise ValueError(
                f"--map-category {pair!r}: verwacht als NIEUW een categorie van de site "
                f"({', '.join(columns + events)}), gevonden {new.strip()!r}"
            )
        mapping[old.strip()] = new.strip()
    return mapping

"""``association check``: every problem of every source and every link, without building;
on the editor's machine it also brings ``gepubliceerd.yml`` up to date."""

from __future__ import annotations

import argparse
import sys

from mkdocs.exceptions import PluginError

from ..adapter import sitecheck
from ..content import publishing, register, report
from ..content.errors import ContentError, ContentErrors
from ..content.loader import Content, Paths, load
from ..content.settings import example_site_url_warning
from .site import Site


def add(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    checking = subcommands.add_parser("check", help="controleer alle inhoud zonder de site te bouwen")
    checking.add_argument(
        "--format",
        choices=report.FORMATS,
        default="text",
        help="text: een regel per probleem (standaard); github: meldingen bij het bestand en de "
        "regel in GitHub Actions; gitlab: een Code Quality-rapport (JSON) voor GitLab",
    )
    checking.set_defaults(func=run)


def run(args: argparse.Namespace, site: Site) -> int:
    fmt: str = args.format
    paths, settings = site.settings.paths, site.settings.content
    try:
        content = load(paths, settings)
        problems = sitecheck.problems(str(site.config_file))  # links and gepubliceerd.yml
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
    warnings = [*content.warnings, *_register_update(site, content, fmt)]
    # In CI only: on an editor's machine the demo and a site being set up rightly use an example's address.
    if fmt != "text" and (
        example := example_site_url_warning(site.settings.site_url, paths.rel(site.config_file.resolve()))
    ):
        warnings.append(example)
    sys.stdout.write(report.render(warnings, fmt))
    print(
        f"In orde: {len(content.columns)} columns, {len(content.events)} activiteiten, "
        f"{len(content.koers)} koersdocumenten; {len(warnings)} waarschuwing(en).",
        file=sys.stderr,
    )
    return 0


def _register_file(paths: Paths) -> str:
    return paths.rel(paths.register) if paths.register else "gepubliceerd.yml"


def _register_update(site: Site, content: Content, fmt: str) -> list[ContentError]:
    """Record what this change publishes in ``gepubliceerd.yml`` on the editor's machine
    (text format); in CI (github, gitlab), which cannot commit, warn instead."""
    paths = site.settings.paths
    published = publishing.visible(content.columns, site.now, site.settings.content, preview=False)
    events = [e for e in content.events if not e.draft]
    if paths.register is None or register.is_complete(content.register, published, events):
        return []
    if fmt == "text":
        paths.register.write_text(
            register.dump(register.updated(content.register, published, events)), encoding="utf-8"
        )
        print(
            f"{_register_file(paths)} bijgewerkt met wat deze wijziging publiceert: stuur het bestand mee.",
            file=sys.stderr,
        )
        return []
    return [
        ContentError(
            _register_file(paths),
            None,
            None,
            "nog niet bijgewerkt met de nieuwe columns of activiteiten; voer make check uit en stuur het bestand mee",
            warning=True,
        )
    ]

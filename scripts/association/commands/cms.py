"""``association cms``: the browser editor's configuration, or (``--bundle``) its pinned
JavaScript fetched without Node."""

from __future__ import annotations

import argparse
import sys

import yaml

from .. import editor_bundle
from ..content.errors import ContentErrors
from ..content.loader import load
from ..render import cms
from .site import Site


def add(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    browser = subcommands.add_parser(
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
    browser.set_defaults(func=run)


def run(args: argparse.Namespace, site: Site) -> int:
    settings = site.settings
    if settings.editor is None and (args.if_enabled or not args.bundle):
        if not args.if_enabled:
            print(
                f"association: {site.config_file}: de editor staat uit (zet plugins.association.cms_backend)",
                file=sys.stderr,
            )
        return 0 if args.if_enabled else 2
    if args.bundle:
        try:
            for package in editor_bundle.PACKAGES:
                print(editor_bundle.fetch(settings.paths.root, package))
        except editor_bundle.BundleError as exc:
            print(f"association: {exc}", file=sys.stderr)
            return 1
        return 0
    assert settings.editor is not None
    try:
        content = load(settings.paths, settings.content)
    except ContentErrors as exc:
        print(exc.report(), file=sys.stderr)
        return 1
    config = cms.config(settings.editor, settings.content, content.authors)
    print(yaml.safe_dump(config, allow_unicode=True, sort_keys=False))
    return 0

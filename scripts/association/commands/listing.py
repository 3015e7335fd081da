"""``association list``: drafts, scheduled columns and what changes in the agenda soon."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta

from ..content import publishing
from ..content.errors import ContentErrors
from ..content.events import Event, Status, registration_deadline
from ..content.loader import load
from ..content.occurrences import expand
from ..render import dutch
from .site import Site

Change = tuple[datetime, str, str, str, str]
"""When, that moment in Dutch, what happens, the title and the source file."""


def add(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = subcommands.add_parser("list", help="concepten, geplande columns en wat er binnenkort verandert")
    listing.add_argument(
        "--weeks", type=int, default=4, metavar="N", help="hoeveel weken vooruit je wilt kijken (standaard 4)"
    )
    listing.set_defaults(func=run)


def run(args: argparse.Namespace, site: Site) -> int:
    settings, now = site.settings.content, site.now
    try:
        content = load(site.settings.paths, settings)
    except ContentErrors as exc:
        print(exc.report(), file=sys.stderr)
        return 1
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
    horizon = now + timedelta(weeks=args.weeks)
    changes = sorted(change for event in content.events if not event.draft for change in _changes(event, now, horizon))
    print(f"Activiteiten die de komende {args.weeks} weken veranderen:")
    for _, when, what, title, path in changes:
        print(f"  {when:26}  {what:17} {path}  {title}")
    if not changes:
        print("  geen")
    return 0


def _changes(event: Event, now: datetime, horizon: datetime) -> list[Change]:
    """What happens to one event between now and the horizon: its registration closes, a date
    begins or ends."""
    state = {Status.CANCELLED: " (gaat niet door)", Status.POSTPONED: " (uitgesteld)"}.get(event.status, "")
    title, path = event.title + state, event.source.path
    changes: list[Change] = []
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
    return changes

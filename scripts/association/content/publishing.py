"""Which columns the public may see, decided from ``now`` (never from the wall clock).

``mkdocs build`` publishes only columns that are neither drafts nor dated in the future.
``mkdocs serve`` (preview) shows those too, marked, so an editor can check a piece before
it goes out; the adapter keeps them out of the built site.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import Enum

from .columns import Column, is_future
from .events import Event
from .settings import ContentSettings


class State(str, Enum):
    PUBLISHED = "published"
    DRAFT = "draft"
    SCHEDULED = "scheduled"


def state(column: Column, now: datetime, settings: ContentSettings) -> State:
    if column.draft:
        return State.DRAFT
    if is_future(column, now, settings):
        return State.SCHEDULED
    return State.PUBLISHED


def visible(
    columns: tuple[Column, ...], now: datetime, settings: ContentSettings, *, preview: bool
) -> tuple[Column, ...]:
    """The columns that appear anywhere on the site, in the given (newest-first) order."""
    if preview:
        return columns
    return tuple(c for c in columns if state(c, now, settings) is State.PUBLISHED)


def visible_events(events: Sequence[Event], *, preview: bool) -> tuple[tuple[Event, ...], set[str]]:
    """The events a build shows (drafts only in the preview) and the URLs of those that are
    drafts, which the preview marks as such."""
    shown = tuple(e for e in events if preview or not e.draft)
    return shown, {e.url for e in shown if e.draft}

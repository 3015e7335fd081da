"""Two sources with the same URL or uid: an error, never a silent overwrite."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from .columns import Column
from .errors import ContentError
from .events import Event

T = TypeVar("T", Column, Event)


def duplicates(items: Sequence[T], key: Callable[[T], str | None], what: str) -> Iterator[ContentError]:
    """Two sources with the same URL (or uid) are an error, never a silent overwrite."""
    seen: dict[str, T] = {}
    for item in sorted(items, key=lambda i: i.source.path):
        value = key(item)
        if value is None:
            continue
        if value in seen:
            other = seen[value].source.path
            field = "slug" if what == "URL" else what
            shown = f"/{value}" if what == "URL" else value
            yield ContentError(
                item.source.path, None, field, f"verwacht een unieke {what}, maar {shown} is ook de {what} van {other}"
            )
        else:
            seen[value] = item

"""Columns and events made for unit tests without a site: an event through the same parser
as a source file (so that its defaults are the real ones), a column as the dataclass."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

import yaml

from association.content.authors import Author
from association.content.columns import Column, Source
from association.content.events import Event, parse_event
from association.content.frontmatter import parse
from association.content.settings import ContentSettings

SOFIE = Author("sofie", "Sofie de Vries")


def event(stem: str, *, exists: Callable[[str], bool] = lambda p: False, **fields: object) -> Event:
    """``events/<stem>.md`` with the given kop; title, category and uid filled in when not given."""
    data = {
        "title": stem.split("-", 3)[-1].replace("-", " ").capitalize(),
        "category": "Webinar",
        "uid": f"{stem}@example.org",
        **fields,
    }
    text = "---\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True) + "---\n"
    result, problems = parse_event(
        parse(f"events/{stem}.md", text),
        Source(f"events/{stem}.md", f"/site/events/{stem}.md", stem),
        ContentSettings(),
        exists,
    )
    assert result is not None and [p for p in problems if not p.warning] == [], problems
    return result


def column(slug: str, day: date | datetime, **changes: object) -> Column:
    """A column by Sofie de Vries in Nieuws, titled after its slug; ``changes`` replace fields."""
    made = Column(
        source=Source(f"columns/{slug}.md", f"/site/columns/{slug}.md", slug),
        slug=slug,
        title=slug.replace("-", " ").capitalize(),
        date=day,
        author=SOFIE,
        category="Nieuws",
        tags=(),
        summary="",
        reading_minutes=2,
    )
    return replace(made, **changes)  # type: ignore[arg-type]

"""The Open Graph image of a column or an event: what it says and where it goes.

Pure: the picture itself is drawn by ``card_drawing`` (Pillow). The file name carries a
hash of everything drawn, so a changed title gives a new address: platforms keep an
``og:image`` by its URL for weeks, and would go on showing the old title.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..content.columns import Column, Precision
from ..content.events import Event
from . import dutch

WIDTH, HEIGHT = 1200, 630
"""What Facebook, LinkedIn, Mastodon and X show large (1.91:1)."""
LAYOUT = 1
"""Raise when the drawing changes, so that every card is drawn anew."""


@dataclass(frozen=True)
class CardStyle:
    """The site's part of every card."""

    site_name: str
    color: str
    """``#rrggbb``: the background."""
    logo_digest: str = ""
    """SHA-256 of the logo's bytes; empty: no logo."""
    font_digest: str = ""
    """SHA-256 of the site's font, or the name and version of the default one."""
    library: str = ""


@dataclass(frozen=True)
class Card:
    title: str
    date: str
    """As the page shows it, in Dutch: "12 november 2026"."""
    style: CardStyle
    path: str
    """Site path of the PNG, beside the page."""
    key: str
    """Content hash of all of the above: the cache's file name."""

    @property
    def alt(self) -> str:
        return (
            f"{self.title} ({self.date}), {self.style.site_name}"
            if self.date
            else f"{self.title}, {self.style.site_name}"
        )


def card(title: str, date: str, page_url: str, style: CardStyle) -> Card:
    text = "\x1f".join(
        (str(LAYOUT), title, date, style.site_name, style.color, style.logo_digest, style.font_digest, style.library)
    )
    key = hashlib.sha256(text.encode()).hexdigest()
    return Card(title, date, style, f"{page_url}social-{key[:10]}.png", key)


def parse_color(value: str) -> tuple[int, int, int] | None:
    """``#0f5257`` or ``#fff`` as RGB; None for anything else."""
    text = value.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    if len(text) != 6 or any(ch not in "0123456789abcdefABCDEF" for ch in text):
        return None
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def for_subject(subject: Column | Event, style: CardStyle) -> Card:
    """A column's card shows its date, an event's card its (first) date and time."""
    if isinstance(subject, Column):
        date = "" if subject.precision is Precision.UNKNOWN else dutch.column_date(subject)
    else:
        date = dutch.when(subject.start, subject.end, subject.timezone, subject.time_note)
    return card(subject.title, date, subject.url, style)

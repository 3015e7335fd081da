"""Plain text from WordPress's HTML bits (titles, excerpts)."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from ..content.fields import CONTROL
from .wxr import Item


def plain(html: str) -> str:
    """Text without tags or entities, on one line."""
    if not html.strip():
        return ""
    text = BeautifulSoup(html, "html.parser").get_text(" ")
    text = CONTROL.sub("", text)  # what the loader would refuse in a kop
    return re.sub(r"\s+", " ", text).strip()


def title_of(item: Item) -> str:
    """The title as text; an item without one gets a title that says so (the report names it)."""
    return plain(item.title) or f"Zonder titel ({item.id})"

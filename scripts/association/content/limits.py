"""What a source may be: how big, and where. A column is text, and a file reached through a
symbolic link could publish any file of the machine that builds the site."""

from __future__ import annotations

import os
from pathlib import Path

MAX_SOURCE_BYTES = 1_000_000
"""A column, event or page is text: a file of over 1 MB is a mistake (a pasted image, a dump)."""

OUTSIDE = (
    "verwacht een bestand in de map van de site, gevonden een snelkoppeling (symlink) naar een bestand "
    "buiten de site. Zet het bestand zelf in de map"
)

DANGLING = (
    "verwacht een bestand, gevonden een snelkoppeling (symlink) die nergens heen wijst. "
    "Zet het bestand zelf in de map, of haal de snelkoppeling weg"
)


def too_big(size: int) -> str:
    return (
        f"verwacht een tekstbestand van hoogstens 1 MB, gevonden {size / 1e6:.1f} MB. Zet "
        "afbeeldingen en PDF's als apart bestand in de map"
    )


def outside(root: Path, path: str) -> bool:
    """Whether ``path``, its links followed, lies outside the folder ``root``."""
    return not Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root))

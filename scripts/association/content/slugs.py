"""ASCII slugs for URLs.

Slugs are the only part of a URL an editor controls, so they are checked hard: ASCII
letters, digits and single hyphens. That rules out ``../``, spaces and anything a web
server or a calendar app might read differently.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .errors import FieldError

_VALID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=4096)
def slugify(text: str) -> str:
    """``'Netwerksamenwerking, gewoon doen!'`` -> ``'netwerksamenwerking-gewoon-doen'``.

    NFKD splits accented letters into letter + accent, and the accent is then dropped, so
    ``Mozaïek`` becomes ``mozaiek`` rather than losing the letter. Remembered: the listings
    slug the same few dozen tags, categories and authors for every column (7 calls a column).
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_ALNUM.sub("-", ascii_text.lower()).strip("-")


def parse_slug(value: object) -> str:
    """An explicit ``slug`` field: must already be a valid slug."""
    if not isinstance(value, str) or not _VALID.match(value):
        hint = ""
        if isinstance(value, str) and slugify(value):
            hint = f"Bijvoorbeeld: {slugify(value)}"
        raise FieldError("kleine letters, cijfers en streepjes (zoals 'warme-coalities')", value, hint=hint)
    return value


def is_slug(text: str) -> bool:
    return bool(_VALID.match(text))

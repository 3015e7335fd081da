"""What the tests of `association init` share: valid options, and reading a page's kop."""

from __future__ import annotations

import yaml

from association import starter

ENGINE = "association @ git+https://example.org/engine.git@v1.0"
HOSTILE_BUT_ALLOWED = "Vereniging 't Hof: Wonen & Werken #1 [noord] *sterk*"


def options(**changes: object) -> starter.StarterOptions:
    fields: dict[str, object] = {
        "name": "Vereniging Voorbeeld",
        "site_url": "https://www.example.org/",
        "engine": ENGINE,
    }
    fields.update(changes)
    return starter.StarterOptions(**fields)  # type: ignore[arg-type]


def front_matter(text: str) -> dict:
    return yaml.safe_load(text.split("---\n")[1])

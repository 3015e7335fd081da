"""What a new site is made from, checked before a single file is written.

MkDocs and Material put ``site_name`` and ``site_description`` into HTML unescaped (in
text, in ``<title>`` and in double-quoted attributes), so a name with ``<``, ``>`` or ``"``
would break every page: such a name is refused with a Dutch error that says what to use
instead, rather than escaped (escaping would show ``&quot;`` in the feeds and calendars,
which do escape). Everything else (apostrophes, colons, ``#``, accents) is allowed; the
files are written with YAML's own dumper, so any allowed value stays one valid value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..content.settings import DEFAULT_COLUMN_CATEGORIES, DEFAULT_EVENT_CATEGORIES

DEFAULT_COLOR = "#1f4e79"
"""A dark blue on which white text and links on white pass WCAG AA (the newsletter's default)."""

_SLATE_BACKGROUND = (0x1E, 0x21, 0x29)
"""Material's dark ("slate") page background, for the link colour of the dark theme."""
_MIN_CONTRAST = 4.5
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_HOST = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+")


class StarterError(Exception):
    """Options a site cannot be made from: every problem, one per line, in Dutch."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class Colors:
    """The Material custom palette derived from one primary colour."""

    primary: str
    light: str
    dark: str
    dark_theme_link: str
    """Links in the dark theme: the primary lightened until it passes AA on slate."""


@dataclass(frozen=True)
class StarterOptions:
    """A new association's site: always valid (``__post_init__`` checks every field)."""

    name: str
    site_url: str
    engine: str
    """The pip requirement of the engine in the site's Makefile (``association @ git+...@<tag>``)."""
    description: str = ""
    """Empty: "De website van <name>."."""
    color: str = DEFAULT_COLOR
    column_categories: tuple[str, ...] = DEFAULT_COLUMN_CATEGORIES
    event_categories: tuple[str, ...] = DEFAULT_EVENT_CATEGORIES

    def __post_init__(self) -> None:
        problems = [
            *_text_problems("--name", self.name, required=True),
            *_text_problems("--description", self.description, required=False),
            *_url_problems(self.site_url),
            *_engine_problems(self.engine),
            *_color_problems(self.color),
            *_category_problems("--column-categories", self.column_categories),
            *_category_problems("--event-categories", self.event_categories),
        ]
        if problems:
            raise StarterError(problems)

    @property
    def host(self) -> str:
        return urlsplit(self.site_url).hostname or ""

    @property
    def uid_domain(self) -> str:
        """The site's domain without ``www.``: calendar apps know an event by it for good."""
        return self.host.removeprefix("www.")

    @property
    def site_description(self) -> str:
        return self.description or f"De website van {self.name}."

    @property
    def colors(self) -> Colors:
        primary = _rgb(self.color)
        return Colors(
            primary=_hex(primary),
            light=_hex(_mix(primary, (255, 255, 255), 0.2)),
            dark=_hex(_mix(primary, (0, 0, 0), 0.25)),
            dark_theme_link=_hex(_lightened_until_readable(primary, _SLATE_BACKGROUND)),
        )

    @property
    def initials(self) -> str:
        """Up to two capitals for the placeholder logo (words of the name, articles skipped)."""
        words = [w for w in re.findall(r"\w+", self.name) if w.lower() not in {"de", "het", "een", "van", "voor", "t"}]
        return "".join(w[0] for w in words[:2]).upper() or self.name.strip()[:1].upper()


def site_url(value: str) -> str:
    """An address as typed (``www.example.org``, ``https://example.org``) made absolute, ending in /."""
    value = value.strip()
    if value and "://" not in value:
        value = "https://" + value
    return value if value.endswith("/") else value + "/"


def categories(value: str) -> tuple[str, ...]:
    """A comma-separated list as typed (``Column, Nieuws``)."""
    return tuple(part.strip() for part in value.split(","))


def _text_problems(option: str, value: str, *, required: bool) -> list[str]:
    if required and not value.strip():
        return [f"{option}: verwacht een tekst, gevonden niets"]
    problems = []
    if any(ch in value for ch in "\r\n\t") or any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        problems.append(f"{option}: verwacht tekst op één regel, gevonden een regeleinde of stuurteken in {value!r}")
    found = sorted({ch for ch in value if ch in '<>"'})
    if found:
        problems.append(
            f"{option}: verwacht een naam zonder {' '.join(found)} (MkDocs zet de naam onbewerkt in elke pagina), "
            f"gevonden {value!r}; gebruik „ ” of ‘ ’ als aanhalingstekens"
        )
    if re.search(r"&(?!\s)", value):
        problems.append(f"{option}: verwacht een & met een spatie erna (zoals 'Wonen & Werken'), gevonden {value!r}")
    return problems


def _url_problems(value: str) -> list[str]:
    parts = urlsplit(value)
    if (
        parts.scheme not in ("http", "https")
        or not _HOST.fullmatch(parts.netloc)
        or parts.query
        or parts.fragment
        or not re.fullmatch(r"/[A-Za-z0-9._~/-]*", parts.path or "/")
        or not value.endswith("/")
    ):
        return [f"--site-url: verwacht het adres van de site, zoals https://www.example.org/, gevonden {value!r}"]
    return []


def _engine_problems(value: str) -> list[str]:
    if not value.strip() or re.search(r"[\s'\"\\`]", value.replace(" @ ", "@", 1)):
        return [
            "--engine: verwacht één pip-regel voor de engine, zoals "
            f"'association @ git+https://example.org/engine.git@v1.0', gevonden {value!r}"
        ]
    return []


def _color_problems(value: str) -> list[str]:
    if not _HEX.fullmatch(value):
        return [f"--color: verwacht een kleur als #1f4e79, gevonden {value!r}"]
    ratio = _contrast(_rgb(value), (255, 255, 255))
    if ratio < _MIN_CONTRAST:
        return [
            f"--color: verwacht een kleur waarop witte tekst leesbaar is (contrast met wit minstens 4,5:1), "
            f"gevonden {value} met {f'{ratio:.1f}'.replace('.', ',')}:1; kies een donkerder tint"
        ]
    return []


def _category_problems(option: str, values: Sequence[str]) -> list[str]:
    if not values:
        return [f"{option}: verwacht minstens één categorie, gevonden geen"]
    problems = []
    for value in values:
        if not value.strip():
            problems.append(f"{option}: verwacht een naam bij elke komma, gevonden een lege categorie")
            continue
        problems += _text_problems(option, value, required=True)
        if "," in value:
            problems.append(f"{option}: verwacht categorieën zonder komma, gevonden {value!r}")
    doubles = sorted({v for v in values if values.count(v) > 1})
    if doubles:
        problems.append(f"{option}: verwacht elke categorie één keer, gevonden {', '.join(doubles)} vaker")
    return problems


def _rgb(value: str) -> tuple[int, int, int]:
    digits = value[1:] if len(value) == 7 else "".join(ch * 2 for ch in value[1:])
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#" + "".join(f"{c:02x}" for c in rgb)


def _mix(rgb: tuple[int, int, int], other: tuple[int, ...], share: float) -> tuple[int, int, int]:
    r, g, b = (round(c + (o - c) * share) for c, o in zip(rgb, other, strict=True))
    return r, g, b


def _lightened_until_readable(rgb: tuple[int, int, int], background: tuple[int, int, int]) -> tuple[int, int, int]:
    """The colour mixed with ever more white until it passes AA on ``background`` (white always does)."""
    for step in range(21):
        mixed = _mix(rgb, (255, 255, 255), step / 20)
        if _contrast(mixed, background) >= _MIN_CONTRAST:
            return mixed
    return (255, 255, 255)


def _contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """WCAG 2's contrast ratio of two sRGB colours."""

    def luminance(rgb: tuple[int, int, int]) -> float:
        lin = [(c / 255 / 12.92) if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)

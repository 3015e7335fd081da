"""Drawing a social card with Pillow: bytes of the logo and font in, PNG bytes out.

The font is the site's own TTF/OTF when it names one, else Red Hat Display (SIL Open Font
License), which the PyPI package font-rhd installs beside us: nothing is downloaded at
build time. Not Pillow's own font: its Aileron has ASCII only, and Dutch needs é, ë and
the en dash of "13.30–16.30". Text is drawn as given, right-to-left and emoji included;
a glyph the font lacks shows as a box instead of failing the build.
"""

from __future__ import annotations

import io
import unicodedata
from importlib.metadata import version
from importlib.resources import files

from PIL import Image, ImageDraw, ImageFont

from .social_card import HEIGHT, WIDTH, Card, parse_color

MARGIN = 72
TITLE_SIZE = 68
TITLE_LINES = 3
SMALL_SIZE = 34
LOGO_SIZE = 96

Font = ImageFont.FreeTypeFont
_FONTS = files("font_rhd") / "files"
DEFAULT_FONT = f"Red Hat Display (font-rhd {version('font-rhd')})"
"""In the cards' cache key in place of a site font's digest."""


def draw(card: Card, *, font: bytes | None = None, logo: bytes | None = None) -> bytes:
    background = parse_color(card.style.color) or (31, 78, 121)
    ink = _ink(background)
    image = Image.new("RGB", (WIDTH, HEIGHT), background)
    pen = ImageDraw.Draw(image)
    title_font, small_font = load_font(font, TITLE_SIZE, bold=True), load_font(font, SMALL_SIZE)
    top = MARGIN
    left = MARGIN
    if logo:
        with Image.open(io.BytesIO(logo)) as opened:
            mark = opened.convert("RGBA")
        mark.thumbnail((LOGO_SIZE, LOGO_SIZE), Image.Resampling.LANCZOS)
        image.paste(mark, (MARGIN, MARGIN + (LOGO_SIZE - mark.height) // 2), mark)
        left = MARGIN + mark.width + 24
    pen.text((left, top + LOGO_SIZE // 2), _clean(card.style.site_name), font=small_font, fill=ink, anchor="lm")
    lines = wrap(_clean(card.title), title_font, WIDTH - 2 * MARGIN, TITLE_LINES)
    line_height = round(TITLE_SIZE * 1.2)
    y = top + LOGO_SIZE + 56
    for line in lines:
        pen.text((MARGIN, y), line, font=title_font, fill=ink)
        y += line_height
    if card.date:
        pen.text((MARGIN, HEIGHT - MARGIN), _clean(card.date), font=small_font, fill=ink, anchor="ls")
    pen.rectangle((0, HEIGHT - 16, WIDTH, HEIGHT), fill=ink)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def wrap(text: str, font: Font, width: int, max_lines: int) -> list[str]:
    """Greedy lines no wider than ``width``; a word wider than a line is cut; what does not
    fit in ``max_lines`` ends in an ellipsis."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if len(lines) > max_lines:
            break  # the rest is cut off anyway
        candidate = f"{line} {word}" if line else word
        if font.getlength(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while font.getlength(word) > width and len(lines) <= max_lines:  # a very long word: cut it
            cut = _fitting(word, font, width)
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    if len(lines) <= max_lines:
        return lines
    words = lines[max_lines - 1].split(" ")
    while len(words) > 1 and font.getlength(" ".join(words) + "…") > width:
        words.pop()  # drop whole words first
    last = " ".join(words)
    while last and font.getlength(last + "…") > width:
        last = last[:-1]
    return [*lines[: max_lines - 1], last.rstrip(" ,;:") + "…"]


def _fitting(word: str, font: Font, width: int) -> int:
    """How many of the word's first characters fit in ``width`` (at least one): a binary search."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if font.getlength(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def readable_font(data: bytes) -> bool:
    try:
        ImageFont.truetype(io.BytesIO(data), 12)
    except OSError:
        return False
    return True


def load_font(data: bytes | None, size: int, *, bold: bool = False) -> Font:
    """The site's font (``data``), else Red Hat Display: bold for the title."""
    if data:
        return ImageFont.truetype(io.BytesIO(data), size)
    name = "RedHatDisplay-Bold.ttf" if bold else "RedHatDisplay-Medium.ttf"
    return ImageFont.truetype(io.BytesIO((_FONTS / name).read_bytes()), size)


def _clean(text: str) -> str:
    """One line without control characters (a NUL or a line break has no place on a card)."""
    return " ".join("".join(" " if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") else ch for ch in text).split())


def _ink(background: tuple[int, int, int]) -> tuple[int, int, int]:
    """White on a dark colour, near-black on a light one (WCAG's relative luminance)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in background)
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return (255, 255, 255) if (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.05) else (17, 17, 17)

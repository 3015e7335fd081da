"""Which resized copies an image gets, under which names, and the HTML that offers them.

Pure: the caller gives the source's digest, size and format (``raster.probe``); the
Pillow work is in ``raster``, the files and the cache between builds in the adapter.

Why ``<picture>``: a WebP ``<source>`` lets a browser that reads WebP (all current ones)
take the smaller file, and the ``<img>`` inside keeps the original format in its own
``srcset`` for any that does not. ``srcset`` alone has no way to say a candidate's type,
so WebP-only candidates there would break such a browser. ``width``/``height`` give the
box its shape before the file arrives (no layout shift).
"""

from __future__ import annotations

import hashlib
import posixpath
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from urllib.parse import quote

WIDTHS = (480, 960, 1440)
"""Phone, tablet or laptop, and a wide screen at 2x; never more than the source has."""
SIZES = "(min-width: 76.25em) 830px, (min-width: 60em) calc(100vw - 274px), calc(100vw - 32px)"
"""How wide the content column of a column's or event's page is, measured in Chromium:
the full width less the margins on a phone, less the table of contents from 60em, and
from 76.25em Material's grid (688 px at 1280, 826 px at 2000 wide, where Material's own
font size grows). In px: ``rem`` in ``sizes`` is the browser's 16 px, not Material's root."""
RESIZED = {"jpeg": ".jpg", "png": ".png", "webp": ".webp"}
"""Formats that get resized copies; SVG (scales by itself) and GIF (may move) pass through."""
MEDIA_TYPES = {"jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp"}


@dataclass(frozen=True)
class Encoding:
    """What decides the bytes of a copy besides the source; all of it is in the cache key."""

    jpeg_quality: int = 82
    webp_quality: int = 80
    webp_method: int = 4
    library: str = ""
    """The encoder's name and version (``raster.LIBRARY``)."""


@dataclass(frozen=True)
class Source:
    path: str
    """Site path of the original, ``columns/2026/slug/foto.jpg``."""
    digest: str
    """SHA-256 of its bytes."""
    width: int
    height: int
    format: str


@dataclass(frozen=True)
class Variant:
    path: str
    """Site path of the copy, beside the original."""
    width: int
    height: int
    format: str
    key: str
    """Content hash of source and settings: the cache's file name."""

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.format]


@dataclass(frozen=True)
class ImagePlan:
    source: Source
    webp: tuple[Variant, ...]
    original: tuple[Variant, ...]
    """In the source's own format (for a WebP source, the same as ``webp``)."""

    @property
    def variants(self) -> tuple[Variant, ...]:
        return self.webp if self.webp == self.original else self.webp + self.original

    @property
    def fallback(self) -> Variant:
        """The ``src`` of the ``<img>``: at most 960 wide, for browsers without ``srcset``."""
        fitting = [v for v in self.original if v.width <= 960]
        return fitting[-1] if fitting else self.original[0]

    def fitting(self, width: int) -> Variant:
        """The smallest copy in the original format at least ``width`` wide, else the widest
        (a feed reader or mail program that takes one file, possibly no WebP)."""
        return next((v for v in self.original if v.width >= width), self.original[-1])


def variant_key(source: Source, width: int, kind: str, encoding: Encoding) -> str:
    settings = (encoding.jpeg_quality, encoding.webp_quality, encoding.webp_method, encoding.library)
    text = "|".join(str(part) for part in (source.digest, width, kind, *settings))
    return hashlib.sha256(text.encode()).hexdigest()


def resizable(path: str) -> bool:
    """Whether a file's name says it may get copies (its bytes decide in the end)."""
    return posixpath.splitext(path)[1].lower() in (".jpg", ".jpeg", ".png", ".webp")


def plan(source: Source, encoding: Encoding, widths: tuple[int, ...] = WIDTHS) -> ImagePlan | None:
    """The copies of one image, never wider than the source; None when it passes through."""
    if source.format not in RESIZED or source.width <= 0 or source.height <= 0:
        return None
    sizes = sorted({min(width, source.width) for width in widths})
    stem = posixpath.splitext(source.path)[0]

    def copies(kind: str) -> tuple[Variant, ...]:
        made = []
        for width in sizes:
            key = variant_key(source, width, kind, encoding)
            height = max(1, round(source.height * width / source.width))
            made.append(Variant(f"{stem}-{width}w-{key[:10]}{RESIZED[kind]}", width, height, kind, key))
        return tuple(made)

    webp = copies("webp")
    return ImagePlan(source, webp, webp if source.format == "webp" else copies(source.format))


def href(url: Callable[[str], str], path: str) -> str:
    """A file's address, percent-encoded: a space is no character of a URL (the HTML checker
    refuses it in ``src``) and splits the candidates of a ``srcset``, as a comma does."""
    return quote(url(path), safe="/:%#?=&~")


def srcset(variants: tuple[Variant, ...], url: Callable[[str], str]) -> str:
    return ", ".join(f"{href(url, v.path)} {v.width}w" for v in variants)


def picture(
    image: ImagePlan,
    alt: str,
    url: Callable[[str], str],
    *,
    lead: bool = False,
    lazy: bool = True,
    attributes: tuple[tuple[str, str | None], ...] = (),
    sizes: str = SIZES,
) -> str:
    """``<picture>`` with the WebP copies and the original format's; ``lead``: the page's
    first image (its largest paint: fetched first, never lazily); ``lazy`` otherwise.
    ``attributes``: the editor's own (class, title) kept on the ``<img>``."""
    fallback = image.fallback
    loading: list[tuple[str, str | None]]
    if lead:
        loading = [("fetchpriority", "high")]
    elif lazy:
        loading = [("loading", "lazy"), ("decoding", "async")]
    else:
        loading = []
    own = [(k, v) for k, v in attributes if k not in _REPLACED]
    attrs: list[tuple[str, str | None]] = [
        ("src", href(url, fallback.path)),
        ("srcset", srcset(image.original, url)),
        ("sizes", sizes),
        ("width", str(fallback.width)),
        ("height", str(fallback.height)),
        ("alt", alt),
        *own,
        *loading,
    ]
    tag = "".join(f' {k}="{escape(v)}"' if v is not None else f" {k}" for k, v in attrs)
    source = ""
    if image.webp != image.original:
        source = f'<source type="image/webp" srcset="{escape(srcset(image.webp, url))}" sizes="{escape(sizes)}">'
    return f"<picture>{source}<img{tag}></picture>"


_REPLACED = {"src", "srcset", "sizes", "width", "height", "alt", "loading", "decoding", "fetchpriority"}

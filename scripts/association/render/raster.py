"""The Pillow work on images: bytes in, bytes out, nothing on disk (the adapter caches).

Every output is deterministic: fixed quality and method, no metadata copied (EXIF with GPS
positions, XMP, comments: a photo from a phone tells where it was taken), so the same
source gives the same bytes on every build. The EXIF orientation is applied first, so
a portrait photo stays upright once its EXIF is gone.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import PIL
from PIL import Image, ImageOps

from .images import Encoding

LIBRARY = f"Pillow {PIL.__version__}"
"""Part of every cache key: another Pillow may encode other bytes."""

_FORMATS = {"JPEG": "jpeg", "MPO": "jpeg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
"""Pillow's format names as ours; MPO is the JPEG some cameras write with a second picture."""
_SWAPPED = {5, 6, 7, 8}
"""EXIF orientations that turn the picture a quarter: width and height change places."""


@dataclass(frozen=True)
class Probe:
    width: int
    height: int
    """As shown, after the EXIF orientation."""
    format: str
    """``jpeg``, ``png``, ``webp``, ``gif``; empty for what we do not resize."""


class UnreadableImage(ValueError):
    """The bytes are no image Pillow can read (a renamed file, a broken or truncated upload,
    or a header that claims more pixels than Pillow will decode: a "decompression bomb")."""


_PILLOW_ERRORS = (OSError, SyntaxError, ValueError, Image.DecompressionBombError)
"""What Pillow raises for a file it cannot or will not decode (the bomb error is no OSError)."""


def probe(data: bytes) -> Probe:
    """Size and format from the header only (Pillow reads no pixels for this)."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            orientation = image.getexif().get(0x0112, 1)
            kind = _FORMATS.get(image.format or "", "")
    except _PILLOW_ERRORS as exc:
        raise UnreadableImage(str(exc)) from None
    if orientation in _SWAPPED:
        width, height = height, width
    return Probe(width, height, kind)


def resized(data: bytes, width: int, kind: str, encoding: Encoding) -> bytes:
    """``data`` as ``kind`` (jpeg, png, webp), ``width`` pixels wide (never wider than the
    source), upright, without metadata; ``UnreadableImage`` when its pixels cannot be read
    (the header alone, which ``probe`` reads, may be fine)."""
    try:
        return _resized(data, width, kind, encoding)
    except _PILLOW_ERRORS as exc:
        raise UnreadableImage(str(exc)) from None


def _resized(data: bytes, width: int, kind: str, encoding: Encoding) -> bytes:
    with Image.open(io.BytesIO(data)) as opened:
        image = ImageOps.exif_transpose(opened)
    icc = image.info.get("icc_profile")  # colours, not private: keep them right
    image = image.convert("RGBA" if _has_alpha(image) else "RGB")  # a palette cannot be resampled
    if image.width > width:
        height = max(1, round(image.height * width / image.width))
        image = image.resize((width, height), Image.Resampling.LANCZOS)
    image.info = {}
    out = io.BytesIO()
    extra = {"icc_profile": icc} if icc else {}
    if kind == "jpeg":
        image.convert("RGB").save(out, "JPEG", quality=encoding.jpeg_quality, optimize=True, progressive=True, **extra)
    elif kind == "webp":
        image.save(out, "WEBP", quality=encoding.webp_quality, method=encoding.webp_method, **extra)
    elif kind == "png":
        image.save(out, "PNG", optimize=True, **extra)
    else:
        raise ValueError(f"no encoder for {kind!r}")
    return out.getvalue()


def stripped(data: bytes) -> bytes:
    """The original without its metadata, for its own address on the site: a JPEG keeps
    its pixels and quantisation (``quality="keep"``: no visible loss) and, as its only EXIF
    tag, its orientation; a PNG is turned upright losslessly; a WebP is encoded again."""
    try:
        return _stripped(data)
    except _PILLOW_ERRORS as exc:
        raise UnreadableImage(str(exc)) from None


def _stripped(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        kind = _FORMATS.get(image.format or "", "")
        icc = image.info.get("icc_profile")
        extra = {"icc_profile": icc} if icc else {}
        out = io.BytesIO()
        if kind == "jpeg":
            orientation = image.getexif().get(0x0112, 1)
            if orientation != 1:
                only = Image.Exif()
                only[0x0112] = orientation
                extra["exif"] = only.tobytes()
            image.info = {}
            image.save(out, "JPEG", quality="keep", subsampling="keep", **extra)
            return out.getvalue()
        upright = ImageOps.exif_transpose(image)
    transparency = upright.info.get("transparency")
    upright.info = {}
    if kind == "png":
        upright.save(
            out, "PNG", optimize=True, **extra, **({"transparency": transparency} if transparency is not None else {})
        )
    elif kind == "webp":
        upright.convert("RGBA" if upright.mode in ("RGBA", "LA", "PA", "P") else "RGB").save(
            out, "WEBP", quality=90, method=4, **extra
        )
    else:
        raise ValueError(f"no encoder for {kind!r}")
    return out.getvalue()


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)

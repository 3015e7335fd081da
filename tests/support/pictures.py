"""Small pictures made with Pillow for the tests of the images and social cards
(tests/render/test_images.py, test_raster.py, test_body_images.py, test_card_drawing.py,
test_social_card.py, tests/adapter/test_image_files.py, test_page_images.py)."""

from __future__ import annotations

import hashlib
import io

from PIL import Image

from association.render import card_drawing, images, raster, social_card

ENCODING = images.Encoding(library=raster.LIBRARY)
"""What the adapter resizes with."""

STYLE = social_card.CardStyle(
    "Voorbeeldvereniging", "#0f5257", font_digest=card_drawing.DEFAULT_FONT, library=raster.LIBRARY
)
"""The demo association's part of every card."""


def photo(width: int = 1600, height: int = 1000, *, kind: str = "JPEG", exif: Image.Exif | None = None) -> bytes:
    """A small picture: left half red, right half blue (so a turn can be seen)."""
    image = Image.new("RGB", (width, height), (200, 30, 30))
    image.paste((30, 30, 200), (width // 2, 0, width, height))
    out = io.BytesIO()
    image.save(out, kind, **({"exif": exif} if exif is not None else {}))
    return out.getvalue()


def source(data: bytes, path: str = "columns/2026/x/foto.jpg") -> images.Source:
    probe = raster.probe(data)
    return images.Source(path, hashlib.sha256(data).hexdigest(), probe.width, probe.height, probe.format)


def planned(data: bytes, path: str = "columns/2026/x/foto.jpg") -> images.ImagePlan:
    made = images.plan(source(data, path), ENCODING)
    assert made is not None
    return made


def opened(data: bytes) -> Image.Image:
    """The picture in ``data``, read whole."""
    image = Image.open(io.BytesIO(data))
    image.load()
    return image

"""The Pillow work on images (render/raster.py): size and format from the header, resized
copies and originals that are upright, deterministic and carry no metadata, and a clear
error for bytes that are no image."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageCms

from association.render import images, raster
from support.pictures import ENCODING, opened, photo


def test_resizing_gives_the_same_bytes_every_time_and_never_upscales():
    data = photo(1000, 500)
    for kind in ("jpeg", "webp", "png"):
        first = raster.resized(data, 480, kind, ENCODING)
        assert first == raster.resized(data, 480, kind, ENCODING)
        assert Image.open(io.BytesIO(first)).size == (480, 240)
    assert Image.open(io.BytesIO(raster.resized(data, 4000, "webp", ENCODING))).size == (1000, 500)


def test_exif_with_gps_is_stripped_and_the_orientation_applied():
    exif = Image.Exif()
    exif[0x0112] = 6  # turned a quarter clockwise: shown upright it is taller than wide
    exif[0x010F] = "Telefoonmerk"
    exif.get_ifd(0x8825)[2] = (52.0, 22.0, 1.0)  # GPS latitude
    data = photo(800, 400, exif=exif)
    assert raster.probe(data) == raster.Probe(400, 800, "jpeg")
    for kind in ("jpeg", "webp", "png"):
        out = Image.open(io.BytesIO(raster.resized(data, 200, kind, ENCODING)))
        assert out.size == (200, 400)
        assert not out.getexif() and "exif" not in out.info and "xmp" not in out.info
        top, bottom = out.convert("RGB").getpixel((100, 10)), out.convert("RGB").getpixel((100, 390))
        assert top[0] > 150 and bottom[2] > 150  # the red half came on top: turned, not mirrored


def test_the_original_is_served_without_metadata_and_a_jpeg_keeps_its_pixels_and_orientation():
    exif = Image.Exif()
    exif[0x0112] = 6
    exif.get_ifd(0x8825)[2] = (52.0, 22.0, 1.0)
    image = Image.new("RGB", (800, 400), (200, 30, 30))
    data = io.BytesIO()
    image.save(data, "JPEG", exif=exif, comment=b"Gemaakt bij Jan thuis", quality=90)
    clean = Image.open(io.BytesIO(raster.stripped(data.getvalue())))
    assert dict(clean.getexif()) == {0x0112: 6} and "comment" not in clean.info and clean.size == (800, 400)
    assert clean.quantization == Image.open(data).quantization  # the same tables: not compressed again
    assert raster.stripped(data.getvalue()) == raster.stripped(data.getvalue())
    png = io.BytesIO()
    Image.new("RGBA", (60, 30), (0, 0, 0, 0)).save(png, "PNG", exif=exif)
    upright = Image.open(io.BytesIO(raster.stripped(png.getvalue())))
    assert upright.size == (30, 60) and not upright.getexif() and upright.getpixel((1, 1))[3] == 0


def test_transparency_survives_and_a_broken_file_is_a_clear_error():
    image = Image.new("RGBA", (600, 300), (0, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    for kind in ("png", "webp"):
        assert Image.open(io.BytesIO(raster.resized(out.getvalue(), 300, kind, ENCODING))).getpixel((5, 5))[3] == 0
    with pytest.raises(raster.UnreadableImage):
        raster.probe(b"geen afbeelding")


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (10, 120, 90)).save(out, "PNG")
    return out.getvalue()


def test_a_header_that_claims_too_many_pixels_is_unreadable_not_a_crash():
    """A small file whose header claims 100000 x 100000 pixels: Pillow refuses to decode it
    (its DecompressionBombError is no OSError), and the engine says the image is unreadable."""
    data = bytearray(_png(2, 2))
    data[16:24] = (100_000).to_bytes(4, "big") + (100_000).to_bytes(4, "big")  # IHDR width, height
    with pytest.raises(raster.UnreadableImage):
        raster.probe(bytes(data))


def test_a_truncated_image_whose_header_reads_is_unreadable_when_resized():
    out = io.BytesIO()
    Image.effect_noise((800, 600), 64).convert("RGB").save(out, "JPEG", quality=90)
    truncated = out.getvalue()[: len(out.getvalue()) // 2]
    assert raster.probe(truncated).width == 800  # the header is whole
    encoding = images.Encoding(library=raster.LIBRARY)
    with pytest.raises(raster.UnreadableImage):
        raster.resized(truncated, 480, "jpeg", encoding)


SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
"""A colour profile to carry through."""


def _turned(orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    return photo(800, 400, exif=exif)


def _noise(kind: str = "PNG") -> bytes:
    out = io.BytesIO()
    Image.effect_noise((400, 300), 80).convert("RGB").save(out, kind)
    return out.getvalue()


def _with_colours(kind: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (200, 100), (40, 90, 160)).save(out, kind, icc_profile=SRGB)
    return out.getvalue()


@pytest.mark.parametrize(
    ("kind", "expected"), [("JPEG", "jpeg"), ("PNG", "png"), ("WEBP", "webp"), ("GIF", "gif"), ("BMP", "")]
)
def test_the_probe_names_the_format_in_our_words_and_none_for_what_is_not_resized(kind: str, expected: str):
    assert raster.probe(photo(120, 80, kind=kind)) == raster.Probe(120, 80, expected)


@pytest.mark.parametrize(("orientation", "size"), [(1, (800, 400)), (3, (800, 400)), (5, (400, 800)), (8, (400, 800))])
def test_the_probe_gives_the_size_as_shown_after_the_exif_orientation(orientation: int, size: tuple[int, int]):
    probe = raster.probe(_turned(orientation))
    assert (probe.width, probe.height) == size


def test_a_photo_upside_down_in_its_exif_is_turned_half_round_and_keeps_its_shape():
    out = opened(raster.resized(_turned(3), 400, "png", ENCODING)).convert("RGB")
    assert out.size == (400, 200)
    assert out.getpixel((10, 100))[2] > 150 and out.getpixel((390, 100))[0] > 150  # blue now on the left


def test_a_very_flat_image_is_at_least_one_pixel_high():
    out = io.BytesIO()
    Image.new("RGB", (1000, 1), (1, 2, 3)).save(out, "PNG")
    assert opened(raster.resized(out.getvalue(), 480, "png", ENCODING)).size == (480, 1)


@pytest.mark.parametrize("kind", ["jpeg", "webp", "png"])
def test_a_copy_keeps_the_colour_profile_of_its_source(kind: str):
    assert opened(raster.resized(_with_colours("JPEG"), 100, kind, ENCODING)).info.get("icc_profile") == SRGB


@pytest.mark.parametrize("kind", ["JPEG", "PNG", "WEBP"])
def test_the_original_keeps_its_colour_profile(kind: str):
    assert opened(raster.stripped(_with_colours(kind))).info.get("icc_profile") == SRGB


def test_the_jpeg_and_webp_quality_of_the_encoding_decide_the_bytes():
    data = _noise()
    low = images.Encoding(jpeg_quality=30, webp_quality=30, library=raster.LIBRARY)
    high = images.Encoding(jpeg_quality=95, webp_quality=95, library=raster.LIBRARY)
    for kind in ("jpeg", "webp"):
        assert len(raster.resized(data, 400, kind, low)) < len(raster.resized(data, 400, kind, high))


def test_a_copy_is_encoded_in_the_format_asked_whatever_the_source():
    data = photo(600, 300, kind="PNG")
    assert [opened(raster.resized(data, 300, kind, ENCODING)).format for kind in ("jpeg", "webp", "png")] == [
        "JPEG",
        "WEBP",
        "PNG",
    ]


def test_a_palette_image_with_a_transparent_colour_stays_transparent_in_its_copies_and_original():
    image = Image.new("P", (40, 20), 0)
    image.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    image.paste(1, (20, 0, 40, 20))
    out = io.BytesIO()
    image.save(out, "PNG", transparency=0)
    copy = opened(raster.resized(out.getvalue(), 20, "webp", ENCODING)).convert("RGBA")
    assert copy.getpixel((2, 5))[3] == 0 and copy.getpixel((18, 5)) == (255, 0, 0, 255)
    original = opened(raster.stripped(out.getvalue())).convert("RGBA")
    assert original.getpixel((2, 10))[3] == 0 and original.getpixel((30, 10)) == (255, 0, 0, 255)


def test_an_upright_jpeg_original_carries_no_exif_at_all():
    exif = Image.Exif()
    exif[0x0112] = 1
    exif[0x010F] = "Telefoonmerk"
    exif[0x0131] = "Bewerkprogramma"
    clean = opened(raster.stripped(photo(300, 200, exif=exif)))
    assert not clean.getexif() and "exif" not in clean.info


def test_a_webp_original_is_encoded_again_without_its_metadata():
    exif = Image.Exif()
    exif[0x010F] = "Telefoonmerk"
    exif.get_ifd(0x8825)[2] = (52.0, 22.0, 1.0)
    data = photo(300, 200, kind="WEBP", exif=exif)
    assert opened(data).getexif()  # the source had it
    clean = opened(raster.stripped(data))
    assert clean.format == "WEBP" and clean.size == (300, 200) and not clean.getexif() and "exif" not in clean.info
    assert raster.stripped(data) == raster.stripped(data)


@pytest.mark.parametrize(
    "work", [raster.probe, raster.stripped, lambda data: raster.resized(data, 480, "jpeg", ENCODING)]
)
def test_bytes_that_are_no_image_are_unreadable_for_every_step(work):
    with pytest.raises(raster.UnreadableImage):
        work(b"<html>geen afbeelding</html>")

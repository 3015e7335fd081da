"""Resized images and social cards without a build: the plan (render/images.py), the Pillow
work (render/raster.py, render/card_drawing.py), the body's <img> tags
(render/body_images.py) and the cache between builds (adapter/image_files.py)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import lxml.html
import pytest
from PIL import Image, ImageFont

from association.adapter.image_files import CardArt, ImageStore
from association.render import body_images, card_drawing, images, raster, social_card

ENCODING = images.Encoding(library=raster.LIBRARY)


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


# The plan


def test_a_wide_photo_gets_480_960_and_1440_in_webp_and_its_own_format_beside_the_original():
    plan = planned(photo(2000, 1000))
    assert [(v.width, v.height, v.format) for v in plan.webp] == [
        (480, 240, "webp"),
        (960, 480, "webp"),
        (1440, 720, "webp"),
    ]
    assert [v.format for v in plan.original] == ["jpeg"] * 3
    assert all(v.path.startswith("columns/2026/x/foto-") for v in plan.variants)
    assert plan.webp[0].path.endswith(".webp") and plan.original[0].path.endswith(".jpg")
    assert plan.fallback.width == 960 and plan.fitting(1120).width == 1440 and plan.fitting(2000).width == 1440


def test_a_small_image_is_never_made_larger():
    plan = planned(photo(600, 300, kind="PNG"), "assets/kaart.png")
    assert [v.width for v in plan.webp] == [480, 600] and [v.width for v in plan.original] == [480, 600]
    assert planned(photo(300, 200)).fallback.width == 300


def test_names_depend_on_the_bytes_the_settings_and_the_library_only():
    data = photo()
    assert planned(data) == planned(data)
    other = images.plan(source(photo(1601)), ENCODING)
    assert other is not None and other.webp[0].path != planned(data).webp[0].path
    newer = images.plan(source(data), images.Encoding(library="Pillow 99"))
    assert newer is not None and newer.webp[0].key != planned(data).webp[0].key


def test_svg_and_gif_pass_through_unplanned():
    assert not images.resizable("assets/logo.svg") and not images.resizable("columns/x/beweegt.gif")
    gif = source(photo(800, 400, kind="GIF"), "columns/x/beweegt.gif")
    assert gif.format == "gif" and images.plan(gif, ENCODING) is None


def test_the_picture_offers_webp_first_then_the_original_format_with_size_alt_and_lazy_loading():
    plan = planned(photo(2000, 1000))
    html = images.picture(plan, 'Een "zaal" <vol>', lambda p: "../" + p)
    picture = lxml.html.fragment_fromstring(html)
    source_tag, img = next(picture.iter("source")), next(picture.iter("img"))  # libxml2 knows no void <source>
    assert picture.tag == "picture" and source_tag.get("type") == "image/webp"
    assert source_tag.get("srcset").split(", ")[0].endswith(".webp 480w")
    assert img.get("srcset").count(".jpg") == 3 and img.get("src").endswith(".jpg")
    assert (img.get("width"), img.get("height")) == ("960", "480")
    assert img.get("alt") == 'Een "zaal" <vol>' and img.get("sizes") == source_tag.get("sizes") == images.SIZES
    assert img.get("loading") == "lazy" and img.get("decoding") == "async"
    lead = next(lxml.html.fragment_fromstring(images.picture(plan, "x", str, lead=True)).iter("img"))
    assert lead.get("fetchpriority") == "high" and lead.get("loading") is None


# The Pillow work


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


# Social cards


STYLE = social_card.CardStyle(
    "Voorbeeldvereniging", "#0f5257", font_digest=card_drawing.DEFAULT_FONT, library=raster.LIBRARY
)


def test_a_card_is_a_1200_by_630_png_with_the_same_bytes_for_the_same_page():
    card = social_card.card("De kring van stoelen", "12 november 2026", "columns/2026/kring/", STYLE)
    png = card_drawing.draw(card)
    image = Image.open(io.BytesIO(png))
    assert (image.format, image.size) == ("PNG", (1200, 630)) and png == card_drawing.draw(card)
    assert image.getpixel((600, 40)) == (15, 82, 87)  # the site's colour
    assert card.path.startswith("columns/2026/kring/social-") and card.path.endswith(".png")
    assert social_card.card("Een andere titel", card.date, "columns/2026/kring/", STYLE).path != card.path


@pytest.mark.parametrize(
    "title",
    [
        "Woord" * 200,
        " ".join(["Een heel lange titel die nooit op drie regels past"] * 10),
        "שלום עליכם: ledenavond في المساء \u200f",
        "Feest 🎉👩🏽‍🤝‍👩🏻 met emoji",
        "Nul\x00 en\r\nregeleinde",
        "",
    ],
)
def test_long_rtl_emoji_and_control_characters_draw_without_failing(title: str):
    image = Image.open(io.BytesIO(card_drawing.draw(social_card.card(title, "1 januari 2027", "x/", STYLE))))
    assert image.size == (1200, 630)


def test_a_title_wraps_over_at_most_three_lines_ending_in_an_ellipsis():
    font = card_drawing.load_font(None, card_drawing.TITLE_SIZE, bold=True)
    lines = card_drawing.wrap(" ".join(["vergadering"] * 40), font, 1056, 3)
    assert len(lines) == 3 and lines[-1].endswith("…") and all(font.getlength(line) <= 1056 for line in lines)
    assert card_drawing.wrap("Kort", font, 1056, 3) == ["Kort"]


def test_the_default_font_has_the_letters_of_dutch_text():
    font = card_drawing.load_font(None, 40, bold=True)

    def shape(text: str) -> tuple[tuple[float, ...], float]:
        return font.getbbox(text), font.getlength(text)

    missing = shape("\uffff")  # the box drawn for a glyph the font lacks
    assert [ch for ch in "éëïöü–…’€" if shape(ch) == missing] == []
    old = ImageFont.load_default(40)  # Pillow's own: ASCII only, a box for each of these
    assert [
        ch for ch in "éë–" if (old.getbbox(ch), old.getlength(ch)) == (old.getbbox("\uffff"), old.getlength("\uffff"))
    ] == list("éë–")


def test_the_sites_own_font_and_logo_are_used_when_given():
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    if not dejavu.exists():
        pytest.skip("no TTF on this machine")
    font = dejavu.read_bytes()
    assert card_drawing.readable_font(font) and not card_drawing.readable_font(b"geen font")
    card = social_card.card("Titel", "", "x/", STYLE)
    assert card_drawing.draw(card, font=font, logo=photo(96, 96, kind="PNG")) != card_drawing.draw(card)


# The body's <img> tags


def test_only_local_raster_images_in_a_body_are_rewritten_and_everything_else_stays_byte_for_byte():
    plan = planned(photo(2000, 1000))
    html = (
        '<p>Voor &amp; na</p>\n<p><img alt="Een zaal" class="rand" src="foto.jpg" /></p>\n'
        '<p><img src="https://elders.example/x.jpg" alt="Elders"><img src="kaart.svg" alt=""></p>\n'
        '<picture><img src="foto.jpg" alt="al zelf"></picture>\n<!-- <img src="foto.jpg"> -->'
    )
    resolve = {"foto.jpg": plan}.get
    page, feed = body_images.rewrite(html, resolve, lambda p: p.rsplit("/", 1)[-1], first_is_lead=False)
    before, after = html.split('<img alt="Een zaal" class="rand" src="foto.jpg" />')
    assert page.startswith(before + "<picture>") and page.endswith("</picture>" + after)
    img = next(lxml.html.fragment_fromstring(page[len(before) : -len(after)]).iter("img"))
    assert img.get("alt") == "Een zaal" and img.get("class") == "rand" and img.get("loading") == "lazy"
    assert feed.startswith(before) and feed.endswith(after) and "<picture>" not in feed.split("\n")[1]
    single = next(lxml.html.fragment_fromstring(feed.split("\n")[1]).iter("img"))
    assert single.get("src").endswith("-960w-" + plan.fitting(960).key[:10] + ".jpg") and single.get("width") == "960"


def test_without_an_image_above_the_text_the_bodys_first_image_is_not_lazy():
    plan = planned(photo())
    html = '<p><img src="a.jpg" alt="a"></p><p><img src="b.jpg" alt="b"></p>'
    page, _ = body_images.rewrite(html, lambda src: plan, str, first_is_lead=True)
    first, second = lxml.html.fragment_fromstring(page, create_parent="div").iter("img")
    assert first.get("loading") is None and second.get("loading") == "lazy"


# The cache between builds


def test_a_second_build_with_the_cache_in_place_does_no_pillow_work(tmp_path: Path):
    calls: list[str] = []

    def counting_probe(data: bytes) -> raster.Probe:
        calls.append("probe")
        return raster.probe(data)

    def counting_resize(data: bytes, width: int, kind: str, encoding: images.Encoding) -> bytes:
        calls.append(f"resize {width} {kind}")
        return raster.resized(data, width, kind, encoding)

    def counting_draw(card: social_card.Card) -> bytes:
        calls.append("card")
        return card_drawing.draw(card)

    data = photo(1000, 500)
    art = CardArt(STYLE)
    outputs = []
    for build in ("first", "second"):
        store = ImageStore(tmp_path / "cache", probe=counting_probe, resize=counting_resize)
        store.plan("columns/2026/x/foto.jpg", lambda: data, "columns/x.md")
        store.card(social_card.card("Titel", "", "columns/2026/x/", STYLE))
        store.write(str(tmp_path / build), art, counting_draw)
        outputs.append(
            {p.relative_to(tmp_path / build).as_posix(): p.read_bytes() for p in (tmp_path / build).rglob("*.*")}
        )
        if build == "first":
            assert calls.count("probe") == 1 and calls.count("card") == 1 and len(calls) == 2 + 6
            calls.clear()
    assert calls == [] and outputs[0] == outputs[1] and len(outputs[0]) == 7


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


def test_a_file_name_with_a_space_or_comma_stays_one_srcset_candidate():
    variant = images.Variant("columns/2026/x/foto 1,a-480w-abc.jpg", 480, 320, "jpeg", "abc")
    assert images.srcset((variant,), lambda p: p) == "columns/2026/x/foto%201%2Ca-480w-abc.jpg 480w"

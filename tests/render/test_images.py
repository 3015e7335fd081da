"""Which resized copies an image gets (render/images.py): the plan, the names, the
``<picture>`` that offers them, and the newsletter's pick of one copy."""

from __future__ import annotations

import lxml.html

from association.render import images
from support.pictures import ENCODING, photo, planned, source


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


def test_a_file_name_with_a_space_or_comma_stays_one_srcset_candidate():
    variant = images.Variant("columns/2026/x/foto 1,a-480w-abc.jpg", 480, 320, "jpeg", "abc")
    assert images.srcset((variant,), lambda p: p) == "columns/2026/x/foto%201%2Ca-480w-abc.jpg 480w"


def test_a_file_name_with_a_space_is_percent_encoded_in_src_too():
    """The Nu HTML checker refuses a space in ``src``: "Illegal character in path segment"."""
    variant = images.Variant("columns/2026/x/foto 1-480w-abc.jpg", 480, 320, "jpeg", "abc")
    plan = images.ImagePlan(images.Source("columns/2026/x/foto 1.jpg", "abc", 480, 320, "jpeg"), (variant,), (variant,))
    assert ' src="columns/2026/x/foto%201-480w-abc.jpg"' in images.picture(plan, "Foto", lambda p: p)

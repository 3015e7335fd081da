"""Drawing a social card with Pillow (render/card_drawing.py): a 1200 x 630 PNG in the
site's colour with readable ink, the logo, site name, title and date in their places, the
title wrapped inside the card, and the same bytes for the same card."""

from __future__ import annotations

import dataclasses
import io
from importlib.resources import files
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFont

from association.render import card_drawing, social_card
from support.pictures import STYLE, opened, photo

LONG = " ".join(["Ledenvergadering over de begroting en het jaarverslag van de vereniging"] * 6)
TITLE_TOP = card_drawing.MARGIN + card_drawing.LOGO_SIZE + 56
"""Where the title's first line starts; the site name is above it, the date below."""
THREE_LINES = TITLE_TOP + 3 * round(card_drawing.TITLE_SIZE * 1.2)
DATE_TOP = social_card.HEIGHT - card_drawing.MARGIN - card_drawing.SMALL_SIZE


def _card(title: str = "De kring van stoelen", date: str = "12 november 2026", **style) -> social_card.Card:
    return social_card.card(title, date, "columns/2026/kring/", dataclasses.replace(STYLE, **style))


def _ink(png: bytes, box: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """The bounding box of what is drawn inside ``box`` (of the whole card), None if nothing:
    every pixel that differs clearly from the background at the top left corner."""
    image = opened(png).convert("RGB")
    background = Image.new("RGB", image.size, image.getpixel((2, 2)))
    drawn = ImageChops.difference(image, background).convert("L").point(lambda v: 255 if v > 40 else 0)
    found = drawn.crop(box).getbbox()
    return None if found is None else (found[0] + box[0], found[1] + box[1], found[2] + box[0], found[3] + box[1])


def _font(name: str) -> bytes:
    return (files("font_rhd") / "files" / name).read_bytes()


def test_a_card_is_a_1200_by_630_png_with_the_same_bytes_for_the_same_page():
    card = social_card.card("De kring van stoelen", "12 november 2026", "columns/2026/kring/", STYLE)
    png = card_drawing.draw(card)
    image = Image.open(io.BytesIO(png))
    assert (image.format, image.size) == ("PNG", (1200, 630)) and png == card_drawing.draw(card)
    assert image.getpixel((600, 40)) == (15, 82, 87)  # the site's colour


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


def test_different_titles_give_different_cards():
    assert card_drawing.draw(_card("Ledenavond")) != card_drawing.draw(_card("Ledenavond in de zaal"))
    assert card_drawing.draw(_card(date="12 november 2026")) != card_drawing.draw(_card(date="13 november 2026"))


@pytest.mark.parametrize("title", [LONG, "Woord" * 200])
def test_a_long_title_is_wrapped_inside_the_margins_over_at_most_three_lines(title: str):
    png = card_drawing.draw(_card(title))
    right = social_card.WIDTH - card_drawing.MARGIN
    drawn = _ink(png, (0, TITLE_TOP, social_card.WIDTH, THREE_LINES))
    assert drawn is not None and drawn[0] >= card_drawing.MARGIN - 4 and drawn[2] <= right + 4
    assert _ink(png, (0, THREE_LINES - 60, social_card.WIDTH, THREE_LINES)) is not None  # a third line was needed
    assert _ink(png, (0, THREE_LINES + 6, social_card.WIDTH, DATE_TOP - 4)) is None  # and no fourth


def test_the_date_is_drawn_at_the_bottom_only_when_there_is_one():
    band = (0, DATE_TOP - 4, social_card.WIDTH, social_card.HEIGHT - 20)
    with_date = _ink(card_drawing.draw(_card(date="12 november 2026")), band)
    assert with_date is not None and with_date[0] >= card_drawing.MARGIN - 4
    assert _ink(card_drawing.draw(_card(date="")), band) is None


def test_white_ink_on_a_dark_colour_and_near_black_on_a_light_one():
    dark = opened(card_drawing.draw(_card(color="#0f5257"))).convert("RGB")
    light = opened(card_drawing.draw(_card(color="#f5e6a3"))).convert("RGB")
    assert dark.getpixel((600, 625)) == (255, 255, 255)  # the band along the bottom is in the ink
    assert light.getpixel((600, 625)) == (17, 17, 17)
    assert light.getpixel((600, 40)) == (245, 230, 163)


def test_a_short_colour_is_spread_and_a_colour_that_is_none_gives_the_default_blue():
    assert opened(card_drawing.draw(_card(color="#fc0"))).convert("RGB").getpixel((600, 40)) == (255, 204, 0)
    assert opened(card_drawing.draw(_card(color="donkerblauw"))).convert("RGB").getpixel((600, 40)) == (31, 78, 121)


def test_the_logo_is_shrunk_into_its_square_at_the_top_left_and_the_site_name_moves_beside_it():
    logo = io.BytesIO()
    Image.new("RGB", (400, 200), (220, 20, 60)).save(logo, "PNG")
    card = _card()
    drawn = opened(card_drawing.draw(card, logo=logo.getvalue())).convert("RGB")
    margin, size = card_drawing.MARGIN, card_drawing.LOGO_SIZE
    assert drawn.getpixel((margin + 2, margin + size // 2)) == (220, 20, 60)
    assert drawn.getpixel((margin + size - 2, margin + size // 2)) == (220, 20, 60)  # 96 wide ...
    assert drawn.getpixel((margin + size // 2, margin + 10)) == (15, 82, 87)  # ... 48 high, centred
    assert drawn.getpixel((margin + size + 8, margin + size // 2)) == (15, 82, 87)
    without = _ink(card_drawing.draw(card), (0, margin, social_card.WIDTH, margin + size))
    beside = _ink(
        card_drawing.draw(card, logo=logo.getvalue()), (margin + size + 1, margin, social_card.WIDTH, margin + size)
    )
    assert without is not None and without[0] < margin + 10  # no logo: the name at the margin
    assert beside is not None and beside[0] >= margin + size + 24 - 4


def test_a_transparent_part_of_the_logo_shows_the_cards_colour():
    logo = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    logo.paste((220, 20, 60, 255), (48, 0, 96, 96))
    out = io.BytesIO()
    logo.save(out, "PNG")
    drawn = opened(card_drawing.draw(_card(), logo=out.getvalue())).convert("RGB")
    margin = card_drawing.MARGIN
    assert drawn.getpixel((margin + 10, margin + 48)) == (15, 82, 87)
    assert drawn.getpixel((margin + 80, margin + 48)) == (220, 20, 60)


def test_control_characters_and_line_breaks_in_the_text_are_drawn_as_single_spaces():
    messy = card_drawing.draw(_card("Nul\x00 en\r\nregeleinde\u2028", date="1\t\tjanuari\r\n2027"))
    assert messy == card_drawing.draw(_card("Nul en regeleinde", date="1 januari 2027"))


def test_the_sites_font_file_is_drawn_with_instead_of_red_hat_display_bold():
    medium, bold = _font("RedHatDisplay-Medium.ttf"), _font("RedHatDisplay-Bold.ttf")
    default_bold = card_drawing.load_font(None, 68, bold=True)
    assert card_drawing.load_font(bold, 68).getlength(LONG) == default_bold.getlength(LONG)
    assert card_drawing.load_font(medium, 68).getlength(LONG) == card_drawing.load_font(None, 68).getlength(LONG)
    assert card_drawing.load_font(None, 68).getlength(LONG) != default_bold.getlength(LONG)
    assert card_drawing.draw(_card(), font=medium) != card_drawing.draw(_card())
    assert card_drawing.readable_font(medium)


def test_a_word_wider_than_a_line_is_cut_into_pieces_that_each_fit():
    font = card_drawing.load_font(None, 40)
    word = "Ledenvergaderingsbesluitenlijst" * 3
    lines = card_drawing.wrap(word, font, 300, 20)
    assert len(lines) > 1 and "".join(lines) == word and all(font.getlength(line) <= 300 for line in lines)


def test_the_ellipsis_drops_whole_words_and_trailing_punctuation():
    font = card_drawing.load_font(None, 40)
    lines = card_drawing.wrap(", ".join(["vergadering"] * 30), font, 500, 2)
    assert len(lines) == 2 and lines[-1].endswith("…") and not lines[-1].endswith(",…")
    assert all(word in ("vergadering", "vergadering,") for word in lines[-1][:-1].split())
    assert font.getlength(lines[-1]) <= 500


def test_a_title_that_just_fits_its_lines_gets_no_ellipsis():
    font = card_drawing.load_font(None, 40)
    lines = card_drawing.wrap("Agenda van de ledenvergadering", font, font.getlength("ledenvergadering") + 1, 3)
    assert lines == ["Agenda van de", "ledenvergadering"] and "…" not in "".join(lines)


def test_the_default_font_is_named_with_its_version_for_the_cache_key():
    from importlib.metadata import version

    assert version("font-rhd") in card_drawing.DEFAULT_FONT and "Red Hat Display" in card_drawing.DEFAULT_FONT

"""Resized images and social cards into the site through the cache (adapter/image_files.py):
what is planned and when a source is read, the files written, the Dutch errors naming the
page, and a cache under a tmp dir that a second build takes everything from."""

from __future__ import annotations

import hashlib
import io
import json
import os
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError
from PIL import Image

from association.adapter import image_files
from association.adapter.image_files import CardArt, ImageStore
from association.render import body_images, card_drawing, images, raster, social_card
from support.pictures import ENCODING, STYLE, opened, photo

FOTO = "columns/2026/x/foto.jpg"
ORIGIN = "columns/2026-11-12-x/index.md"
LONG_AGO = 946_684_800_000_000_000
"""1 January 2000 in nanoseconds: a cache file rewritten after this gets a new mtime."""


def _unreadable() -> bytes:
    raise AssertionError("the source was read")


def _no_pillow(*args: object) -> bytes:
    raise AssertionError("Pillow work was done")


def _site(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _truncated() -> bytes:
    out = io.BytesIO()
    Image.effect_noise((800, 600), 64).convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()[: len(out.getvalue()) // 2]


def _gps_photo() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Telefoonmerk"
    exif.get_ifd(0x8825)[2] = (52.0, 22.0, 1.0)
    return photo(600, 400, exif=exif)


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


def test_an_svg_or_gif_passes_through_without_being_read(tmp_path: Path):
    store = ImageStore(tmp_path / "cache")
    assert store.plan("assets/logo.svg", _unreadable, ORIGIN) is None
    assert store.plan("columns/2026/x/beweegt.gif", _unreadable, ORIGIN) is None
    store.write(str(tmp_path / "site"), None)
    assert not (tmp_path / "site").exists()


def test_an_image_that_several_pages_ask_for_is_read_and_planned_once(tmp_path: Path):
    store = ImageStore(tmp_path / "cache")
    first = store.plan(FOTO, lambda: photo(1000, 500), ORIGIN)
    assert first is not None and [v.width for v in first.original] == [480, 960, 1000]
    assert store.plan(FOTO, _unreadable, "columns/2026-11-13-y.md") is first


def test_the_plan_has_the_sources_digest_and_the_size_the_probe_reads(tmp_path: Path):
    data = photo(1000, 500, kind="PNG")
    planned = ImageStore(tmp_path / "cache").plan("assets/kaart.png", lambda: data, ORIGIN)
    assert planned is not None
    assert planned.source == images.Source("assets/kaart.png", hashlib.sha256(data).hexdigest(), 1000, 500, "png")


def test_the_default_encoding_names_this_pillow_for_the_cache_keys(tmp_path: Path):
    assert ImageStore(tmp_path / "cache").encoding == ENCODING


def test_a_file_that_is_no_image_is_a_dutch_error_naming_the_page_and_the_file(tmp_path: Path):
    store = ImageStore(tmp_path / "cache")
    with pytest.raises(PluginError) as raised:
        store.plan(FOTO, lambda: b"<html>geen foto</html>", ORIGIN)
    assert str(raised.value) == (
        f"{ORIGIN}: afbeelding {FOTO}: verwacht een JPEG-, PNG- of WebP-bestand, maar dit bestand is geen "
        "afbeelding die te lezen is"
    )
    assert list((tmp_path / "cache").glob("size-*")) == []  # nothing remembered about it


def test_a_broken_image_whose_header_reads_is_an_error_naming_the_first_page_when_its_copies_are_made(
    tmp_path: Path,
):
    store = ImageStore(tmp_path / "cache")
    data = _truncated()
    assert store.plan(FOTO, lambda: data, ORIGIN) is not None
    store.plan(FOTO, lambda: data, "columns/2026-11-13-y.md")
    with pytest.raises(PluginError) as raised:
        store.write(str(tmp_path / "site"), None)
    assert str(raised.value) == (
        f"{ORIGIN}: afbeelding {FOTO}: verwacht een JPEG-, PNG- of WebP-bestand dat heel is, maar dit bestand "
        "is beschadigd of onvolledig"
    )


def test_every_copy_is_written_at_its_planned_path_size_and_format(tmp_path: Path):
    store = ImageStore(tmp_path / "cache")
    planned = store.plan(FOTO, lambda: photo(2000, 1000), ORIGIN)
    assert planned is not None
    store.write(str(tmp_path / "site"), None)
    written = _site(tmp_path / "site")
    assert sorted(written) == sorted(v.path for v in planned.variants)
    for variant in planned.variants:
        image = opened(written[variant.path])
        assert image.size == (variant.width, variant.height)
        assert image.format == {"jpeg": "JPEG", "webp": "WEBP"}[variant.format]


def test_a_second_build_takes_every_copy_card_and_original_from_the_cache_and_rewrites_none(tmp_path: Path):
    data, cache = photo(1000, 500), tmp_path / "cache"
    card = social_card.card("Ledenavond", "12 november 2026", "columns/2026/x/", STYLE)

    def build(store: ImageStore, site: str, art: CardArt) -> dict[str, bytes]:
        store.plan(FOTO, lambda: data, ORIGIN)
        store.originals[FOTO] = lambda: data
        store.card(card)
        store.write(str(tmp_path / site), art)
        return _site(tmp_path / site)

    first = build(ImageStore(cache), "eerste", CardArt(STYLE))
    for kept in cache.iterdir():
        os.utime(kept, ns=(LONG_AGO, LONG_AGO))
    files = {kept.name: (kept.stat().st_ino, kept.read_bytes()) for kept in cache.iterdir()}
    again = ImageStore(cache, probe=_no_pillow, resize=_no_pillow, strip=_no_pillow)
    second = build(again, "tweede", CardArt(STYLE, logo=b"geen logo: drawing would fail"))
    assert second == first and len(first) == 1 + 6 + 1
    # the same files (a rewrite is a new file renamed into place), only their time moved on
    assert {kept.name: (kept.stat().st_ino, kept.read_bytes()) for kept in cache.iterdir()} == files
    assert all(kept.stat().st_mtime_ns > LONG_AGO for kept in cache.iterdir())


def test_the_size_of_a_source_is_remembered_by_its_digest_between_builds(tmp_path: Path):
    data = photo(1000, 500)
    first = ImageStore(tmp_path / "cache").plan(FOTO, lambda: data, ORIGIN)
    moved = ImageStore(tmp_path / "cache", probe=_no_pillow).plan("columns/2027/y/zelfde.jpg", lambda: data, ORIGIN)
    assert first is not None and moved is not None
    assert (moved.source.width, moved.source.height, moved.source.digest) == (1000, 500, first.source.digest)


def test_a_damaged_size_in_the_cache_is_measured_again_and_written_whole(tmp_path: Path):
    data = photo(1000, 500)
    ImageStore(tmp_path / "cache").plan(FOTO, lambda: data, ORIGIN)
    (size,) = (tmp_path / "cache").glob("size-*.json")
    size.write_text('{"width": "breed"', encoding="utf-8")
    planned = ImageStore(tmp_path / "cache").plan(FOTO, lambda: data, ORIGIN)
    assert planned is not None and planned.source.width == 1000
    assert json.loads(size.read_text(encoding="utf-8")) == {"width": 1000, "height": 500, "format": "jpeg"}


def test_another_pillow_measures_the_source_anew(tmp_path: Path):
    data = photo(1000, 500)
    ImageStore(tmp_path / "cache").plan(FOTO, lambda: data, ORIGIN)

    def refusing(data: bytes) -> raster.Probe:
        raise raster.UnreadableImage("deze Pillow leest het niet")

    newer = ImageStore(tmp_path / "cache", encoding=images.Encoding(library="Pillow 99"), probe=refusing)
    with pytest.raises(PluginError, match="geen afbeelding die te lezen is"):
        newer.plan(FOTO, lambda: data, ORIGIN)


def test_a_published_original_is_served_without_its_metadata(tmp_path: Path):
    data = _gps_photo()
    store = ImageStore(tmp_path / "cache")
    store.originals[FOTO] = lambda: data
    store.write(str(tmp_path / "site"), None)
    served = (tmp_path / "site" / FOTO).read_bytes()
    assert served == raster.stripped(data) and not opened(served).getexif()


def test_a_published_file_that_is_no_image_is_left_to_mkdocs_copy(tmp_path: Path):
    store = ImageStore(tmp_path / "cache")
    store.originals["assets/kapot.jpg"] = lambda: b"geen afbeelding"
    (tmp_path / "site" / "assets").mkdir(parents=True)
    (tmp_path / "site" / "assets" / "kapot.jpg").write_bytes(b"geen afbeelding")
    store.write(str(tmp_path / "site"), None)
    assert (tmp_path / "site" / "assets" / "kapot.jpg").read_bytes() == b"geen afbeelding"
    assert not (tmp_path / "cache").exists() or list((tmp_path / "cache").iterdir()) == []


def test_cards_are_drawn_with_the_sites_logo_only_when_there_is_card_art(tmp_path: Path):
    logo = photo(200, 100, kind="PNG")
    card = social_card.card("Ledenavond", "12 november 2026", "columns/2026/x/", STYLE)
    store = ImageStore(tmp_path / "cache")
    assert store.card(card) is card
    store.write(str(tmp_path / "zonder"), None)
    assert not (tmp_path / "zonder").exists()
    store.write(str(tmp_path / "site"), CardArt(STYLE, logo=logo))
    assert _site(tmp_path / "site") == {card.path: card_drawing.draw(card, logo=logo)}
    assert (tmp_path / "cache" / f"card-{card.key}.png").read_bytes() == card_drawing.draw(card, logo=logo)


def test_the_feeds_get_the_fitting_copy_of_each_planned_image_only(tmp_path: Path):
    store = ImageStore(tmp_path / "cache")
    planned = store.plan(FOTO, lambda: photo(2000, 1000), ORIGIN)
    store.plan("assets/logo.svg", _unreadable, ORIGIN)
    assert planned is not None
    fitting = store.fitting([FOTO, "assets/logo.svg", "columns/nooit/gevraagd.jpg", None, ""])
    assert fitting == {FOTO: planned.fitting(body_images.FEED_WIDTH)} and fitting[FOTO].width == 960
    assert store.fitting([FOTO], 400)[FOTO].width == 480


def test_the_cache_holds_only_whole_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    store = ImageStore(tmp_path / "cache")
    store.plan(FOTO, lambda: photo(1000, 500), ORIGIN)
    store.write(str(tmp_path / "site"), None)
    assert [p.name for p in (tmp_path / "cache").iterdir() if p.name.startswith(".tmp-")] == []

    def interrupted(source: str, target: str) -> None:
        raise KeyboardInterrupt  # stopped just before the rename

    monkeypatch.setattr(image_files.os, "replace", interrupted)
    store = ImageStore(tmp_path / "ander")
    with pytest.raises(KeyboardInterrupt):
        store.plan(FOTO, lambda: photo(1000, 500), ORIGIN)
    assert list((tmp_path / "ander").iterdir()) == []


def _aged(path: Path, days: float, now: float) -> None:
    os.utime(path, (now - days * 86400, now - days * 86400))


def test_a_cache_file_no_build_used_for_thirty_days_is_removed_at_the_end_of_a_build(tmp_path: Path):
    now = 1_800_000_000.0
    cache = tmp_path / "cache"
    cache.mkdir()
    for name, days in (("card-old.png", 31), ("card-recent.png", 29), (".tmp-killed", 2), (".tmp-writing", 0.1)):
        (cache / name).write_bytes(b"x")
        _aged(cache / name, days, now)
    store = ImageStore(cache, clock=lambda: now)
    store.write(str(tmp_path / "site"), None)
    assert sorted(p.name for p in cache.iterdir()) == [".tmp-writing", "card-recent.png"]


def test_a_build_that_uses_a_cached_file_keeps_it_from_ageing_out(tmp_path: Path):
    now = 1_800_000_000.0
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "card-used.png").write_bytes(b"png")
    _aged(cache / "card-used.png", 40, now)
    store = ImageStore(cache, clock=lambda: now)
    assert store._cached("card-used.png") == b"png"
    assert store.prune() == []
    assert (cache / "card-used.png").stat().st_mtime == now


def test_a_file_used_within_a_day_is_not_touched_again(tmp_path: Path):
    now = 1_800_000_000.0
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "size-x.json").write_bytes(b"{}")
    _aged(cache / "size-x.json", 0.5, now)
    before = (cache / "size-x.json").stat().st_mtime
    ImageStore(cache, clock=lambda: now)._cached("size-x.json")
    assert (cache / "size-x.json").stat().st_mtime == before


def test_pruning_a_missing_cache_folder_removes_nothing(tmp_path: Path):
    assert ImageStore(tmp_path / "none").prune() == []

"""Resized images and social cards into the site, through a cache that outlives the build.

The cache (``.cache/images/`` beside mkdocs.yml, git-ignored) holds every copy and card by
its content hash (``render/images.py``, ``render/social_card.py``), and every source's
size by its digest: a rebuild with the cache in place reads each source once to hash it
and does no Pillow work. Files are written into the cache whole (a temporary name, then a
rename), so two builds at once, or one stopped halfway, never leave half a file.

A file no build has used for ``KEEP_UNUSED`` goes at the end of a build (an old photo, the
card of a title since changed), as Hugo's file cache ages its entries out: by age and not by
"unused in this build", so that a preview with drafts and a build without them, or two sites
sharing one cache, do not throw out each other's files. A build refreshes the time of each
file it uses, at most once a day.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import write_file

from ..render import body_images, card_drawing, images, raster
from ..render.social_card import Card, CardStyle

KEEP_UNUSED = timedelta(days=30)
"""How long the cache keeps a file that no build uses."""
_REFRESH = timedelta(days=1).total_seconds()
"""A used file's time is moved forward when it is older than this: one system call a day."""

Probe = Callable[[bytes], raster.Probe]
Resize = Callable[[bytes, int, str, images.Encoding], bytes]
Draw = Callable[[Card], bytes]


@dataclass(frozen=True)
class CardArt:
    """The site's logo and font for the cards, read once (``on_config``)."""

    style: CardStyle
    logo: bytes | None = None
    font: bytes | None = None

    def draw(self, card: Card) -> bytes:
        return card_drawing.draw(card, font=self.font, logo=self.logo)


@dataclass
class ImageStore:
    """This build's images: planned when a page asks (``plan``), made in ``write``."""

    cache: Path
    encoding: images.Encoding = field(default_factory=lambda: images.Encoding(library=raster.LIBRARY))
    probe: Probe = raster.probe
    resize: Resize = raster.resized
    plans: dict[str, images.ImagePlan | None] = field(default_factory=dict)
    """By the original's site path; None: it passes through as it is."""
    readers: dict[str, Callable[[], bytes]] = field(default_factory=dict)
    """The original's bytes, read again when its copies are made (not kept in memory)."""
    origins: dict[str, str] = field(default_factory=dict)
    """The source file that first asked for each image, named in an error."""
    cards: dict[str, Card] = field(default_factory=dict)
    originals: dict[str, Callable[[], bytes]] = field(default_factory=dict)
    """Every JPEG, PNG and WebP the site publishes as it is, by site path: served without
    its metadata (a phone's photo carries where it was taken)."""
    strip: Callable[[bytes], bytes] = raster.stripped
    clock: Callable[[], float] = time.time

    def plan(self, site_path: str, read: Callable[[], bytes], origin: str) -> images.ImagePlan | None:
        """The copies of the image at ``site_path``; ``origin`` (the page's source) is
        named when the file is no image at all."""
        if site_path in self.plans:
            return self.plans[site_path]
        planned = None
        if images.resizable(site_path):
            data = read()
            digest = hashlib.sha256(data).hexdigest()
            size = self._probe(digest, data, site_path, origin)
            planned = images.plan(images.Source(site_path, digest, size.width, size.height, size.format), self.encoding)
        self.plans[site_path] = planned
        if planned is not None:
            self.readers[site_path] = read
            self.origins[site_path] = origin
        return planned

    def _probe(self, digest: str, data: bytes, site_path: str, origin: str) -> raster.Probe:
        path = self.cache / f"size-{_key(digest, self.encoding.library)}.json"
        try:
            known = json.loads(self._cached(path.name) or b"")
            return raster.Probe(int(known["width"]), int(known["height"]), str(known["format"]))
        except (ValueError, KeyError, TypeError):
            pass
        try:
            size = self.probe(data)
        except raster.UnreadableImage:
            raise PluginError(
                f"{origin}: afbeelding {site_path}: verwacht een JPEG-, PNG- of WebP-bestand, maar dit bestand "
                "is geen afbeelding die te lezen is"
            ) from None
        _store(path, json.dumps({"width": size.width, "height": size.height, "format": size.format}).encode())
        return size

    def fitting(self, paths: Iterable[str | None], width: int = body_images.FEED_WIDTH) -> dict[str, images.Variant]:
        """For the feeds: the copy of each image (already planned) that a reader shows."""
        return {p: planned.fitting(width) for p in paths if p and (planned := self.plans.get(p)) is not None}

    def card(self, made: Card) -> Card:
        self.cards[made.path] = made
        return made

    def write(self, site_dir: str, art: CardArt | None, draw: Draw | None = None) -> None:
        """Every original without metadata, every planned copy and card into ``site_dir``,
        from the cache or made now."""
        for site_path, read in self.originals.items():
            original = read()
            name = f"original-{_key(hashlib.sha256(original).hexdigest(), self.encoding.library)}"
            clean = self._cached(name)
            if clean is None:
                try:
                    clean = self.strip(original)
                except (raster.UnreadableImage, OSError, ValueError):
                    clean = None  # no image at all: a page using it was refused already; MkDocs' copy stays
                if clean is None:
                    continue
                _store(self.cache / name, clean)
            write_file(clean, os.path.join(site_dir, site_path))
        for site_path, planned in self.plans.items():
            if planned is None:
                continue
            read = self.readers[site_path]
            data: list[bytes] = []  # the source, read only when a copy is not in the cache

            def source(read: Callable[[], bytes] = read, data: list[bytes] = data) -> bytes:
                if not data:
                    data.append(read())
                return data[0]

            for variant in planned.variants:
                made = self._cached(f"{variant.key}{images.RESIZED[variant.format]}")
                if made is None:
                    try:
                        made = self.resize(source(), variant.width, variant.format, self.encoding)
                    except raster.UnreadableImage:
                        raise PluginError(
                            f"{self.origins.get(site_path, site_path)}: afbeelding {site_path}: verwacht een "
                            "JPEG-, PNG- of WebP-bestand dat heel is, maar dit bestand is beschadigd of onvolledig"
                        ) from None
                    _store(self.cache / f"{variant.key}{images.RESIZED[variant.format]}", made)
                write_file(made, os.path.join(site_dir, variant.path))
        if art is not None:
            for made_card in self.cards.values():
                png = self._cached(f"card-{made_card.key}.png")
                if png is None:
                    png = (draw or art.draw)(made_card)
                    _store(self.cache / f"card-{made_card.key}.png", png)
                write_file(png, os.path.join(site_dir, made_card.path))
        self.prune()

    def _cached(self, name: str) -> bytes | None:
        """The cached file's bytes, its time moved forward when a day old; None when absent."""
        path = self.cache / name
        try:
            with open(path, "rb") as handle:
                data = handle.read()
                now = self.clock()
                if os.fstat(handle.fileno()).st_mtime < now - _REFRESH:
                    os.utime(path, (now, now))
        except OSError:
            return None
        return data

    def prune(self) -> list[str]:
        """Remove the files no build used for ``KEEP_UNUSED``, and the temporary files of
        a build stopped halfway a day ago; the names removed."""
        now = self.clock()
        removed: list[str] = []
        try:
            entries = list(os.scandir(self.cache))
        except OSError:
            return removed
        for entry in entries:
            limit = _REFRESH if entry.name.startswith(".tmp-") else KEEP_UNUSED.total_seconds()
            try:
                if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < now - limit:
                    os.unlink(entry.path)
                    removed.append(entry.name)
            except OSError:
                continue  # gone already: another build pruned it
        return sorted(removed)


def _key(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def _store(path: Path, data: bytes) -> None:
    """Whole or not at all: a temporary file in the same folder, then renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise

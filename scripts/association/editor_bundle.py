"""The browser editor's JavaScript, served from the site itself: where it comes from.

Two npm packages, pinned by version and by npm's own integrity hash (the same as in
package-lock.json, which a test holds them to): Decap CMS (the editor) and yaml (which our
file format uses to leave untouched lines alone). On a machine with Node, ``npm ci`` puts
them in ``node_modules/``; on one without, ``association cms --bundle`` (run by ``make
site``) downloads the same tarballs from the npm registry with Python alone, checks each
against its hash, and unpacks only the files the site serves into ``.cache/``. Standard
library only: the site build must not need more than Python.
"""

from __future__ import annotations

import base64
import fnmatch
import hashlib
import io
import json
import tarfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    integrity: str
    folder: str
    """The folder inside the package the site serves (``dist``)."""
    serves: tuple[str, ...]
    """Which files of that folder (glob patterns); everything under it when empty."""
    registry: str = "https://registry.npmjs.org"

    @property
    def tarball(self) -> str:
        return f"{self.registry}/{self.name}/-/{self.name}-{self.version}.tgz"


DECAP = Package(
    "decap-cms",
    "3.16.3",
    "sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==",
    "dist",
    ("decap-cms.js", "*.decap-cms.js", "*.wasm", "decap-cms.js.LICENSE.txt"),
)
YAML = Package(
    "yaml",
    "2.9.1",
    "sha512-3NxN8+78OdzbT7C/WjGsyfPAtJaN3FNDsWxv7Y7mcDsT/oOmgW8BpyQQFFBnvZE3j9Y2Sdz1ULFLezL7Eb2yFw==",
    "browser/dist",
    (),
)
PACKAGES = (DECAP, YAML)


class BundleError(Exception):
    pass


def installed(root: Path, package: Package) -> Path | None:
    """The package's served folder at the pinned version: in ``node_modules`` of ``root`` or
    of a folder above it (as Node looks), or in the cache."""
    candidates = [folder / "node_modules" / package.name for folder in (root, *root.parents)]
    for base in (*candidates, cache(root, package)):
        manifest = base / "package.json"
        if manifest.is_file() and json.loads(manifest.read_text(encoding="utf-8")).get("version") == package.version:
            return base / package.folder
    return None


def cache(root: Path, package: Package) -> Path:
    return root / ".cache" / "association" / f"{package.name}-{package.version}"


def served(folder: Path, package: Package) -> list[Path]:
    """The files of ``folder`` the site serves, sorted."""
    if not package.serves:
        return sorted(p for p in folder.rglob("*") if p.is_file())
    return sorted({p for pattern in package.serves for p in folder.glob(pattern) if p.is_file()})


def fetch(root: Path, package: Package) -> Path:
    """Download, check and unpack ``package`` into the cache (unless it is there); its folder."""
    found = installed(root, package)
    if found is not None:
        return found
    try:
        with urllib.request.urlopen(package.tarball, timeout=120) as response:
            data = response.read()
    except OSError as exc:
        raise BundleError(f"{package.tarball}: niet te downloaden ({exc})") from None
    algorithm, _, expected = package.integrity.partition("-")
    digest = base64.b64encode(hashlib.new(algorithm, data).digest()).decode()
    if digest != expected:
        raise BundleError(f"{package.tarball}: verwacht {package.integrity}, gevonden {algorithm}-{digest}")
    target = cache(root, package)
    prefix = f"package/{package.folder}/"
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        for member in archive.getmembers():
            inside = member.name.removeprefix(prefix)
            wanted = member.name.startswith(prefix) and (
                not package.serves or any(fnmatch.fnmatch(inside, pattern) for pattern in package.serves)
            )
            if member.isfile() and (wanted or member.name == "package/package.json"):
                relative = member.name.removeprefix("package/")
                out = target / relative
                if ".." in Path(relative).parts:
                    raise BundleError(f"{package.tarball}: onverwacht pad {member.name}")
                out.parent.mkdir(parents=True, exist_ok=True)
                extracted = archive.extractfile(member)
                assert extracted is not None
                out.write_bytes(extracted.read())
    return target / package.folder

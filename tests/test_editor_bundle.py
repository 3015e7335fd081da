"""The browser editor's pinned JavaScript: found where Node put it or in the cache, and
otherwise fetched, held to its integrity hash and unpacked to only the files the site
serves – tried on hand-made tarballs in a local folder, never on the network."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
from pathlib import Path

import pytest

from association import editor_bundle
from association.editor_bundle import BundleError, Package
from support.sites import ROOT


def tarball(tmp_path: Path, files: dict[str, bytes], *, name: str = "demo-js", algorithm: str = "sha512"):
    """A package tarball as npm makes it (everything under ``package/``) in a local
    registry folder; the registry's address and the tarball's integrity string."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for member, data in files.items():
            info = tarfile.TarInfo(f"package/{member}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        folder = tarfile.TarInfo("package/dist/leeg")
        folder.type = tarfile.DIRTYPE
        archive.addfile(folder)
        link = tarfile.TarInfo("package/dist/link.js")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        archive.addfile(link)
    registry = tmp_path / "registry"
    path = registry / f"{name}/-/{name}-1.0.0.tgz"
    path.parent.mkdir(parents=True)
    path.write_bytes(buffer.getvalue())
    digest = base64.b64encode(hashlib.new(algorithm, buffer.getvalue()).digest()).decode()
    return registry.as_uri(), f"{algorithm}-{digest}"


FILES = {
    "package.json": b'{"name": "demo-js", "version": "1.0.0"}',
    "dist/app.js": b"app",
    "dist/chunk.app.js": b"chunk",
    "dist/app.js.map": b"map",
    "dist/worker.wasm": b"wasm",
    "src/app.ts": b"bron",
    "README.md": b"lees mij",
}


def package(registry: str, integrity: str, serves: tuple[str, ...] = ("*.js", "*.wasm")) -> Package:
    return Package("demo-js", "1.0.0", integrity, "dist", serves, registry)


def manifest(folder: Path, version: str) -> None:
    folder.mkdir(parents=True)
    (folder / "package.json").write_text(json.dumps({"name": "demo-js", "version": version}))


def test_the_pinned_editor_packages_are_the_ones_in_package_lock():
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    for pinned in editor_bundle.PACKAGES:
        entry = lock[f"node_modules/{pinned.name}"]
        assert (entry["version"], entry["integrity"]) == (pinned.version, pinned.integrity)


def test_the_tarball_is_at_npms_address_for_the_name_and_version():
    assert editor_bundle.DECAP.tarball == "https://registry.npmjs.org/decap-cms/-/decap-cms-3.16.3.tgz"
    assert Package("yaml", "2.9.1", "", "browser/dist", (), "https://npm.example.org").tarball == (
        "https://npm.example.org/yaml/-/yaml-2.9.1.tgz"
    )


def test_the_cache_is_one_folder_per_name_and_version_under_dot_cache(tmp_path: Path):
    assert editor_bundle.cache(tmp_path, package("", "")) == tmp_path / ".cache/association/demo-js-1.0.0"


def test_without_node_the_bundle_is_fetched_checked_against_its_hash_and_only_its_served_files_kept(tmp_path: Path):
    registry, integrity = tarball(tmp_path, FILES)
    root = tmp_path / "site"
    folder = editor_bundle.fetch(root, package(registry, integrity))
    target = editor_bundle.cache(root, package(registry, integrity))
    assert folder == target / "dist"
    kept = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    assert kept == ["dist/app.js", "dist/chunk.app.js", "dist/worker.wasm", "package.json"]
    assert (folder / "app.js").read_bytes() == b"app"
    assert editor_bundle.installed(root, package(registry, integrity)) == folder


def test_a_package_serving_its_whole_folder_keeps_everything_under_it_and_nothing_else(tmp_path: Path):
    registry, integrity = tarball(tmp_path, FILES)
    folder = editor_bundle.fetch(tmp_path / "site", package(registry, integrity, serves=()))
    assert sorted(p.name for p in folder.rglob("*")) == ["app.js", "app.js.map", "chunk.app.js", "worker.wasm"]
    assert not (folder.parent / "src").exists() and not (folder.parent / "README.md").exists()


def test_a_tarball_that_does_not_match_its_hash_is_refused_and_nothing_is_unpacked(tmp_path: Path):
    registry, integrity = tarball(tmp_path, FILES)
    wrong = package(registry, "sha512-AAAA")
    with pytest.raises(BundleError, match=r"verwacht sha512-AAAA, gevonden sha512-") as refused:
        editor_bundle.fetch(tmp_path / "site", wrong)
    assert integrity in str(refused.value)
    assert not editor_bundle.cache(tmp_path / "site", wrong).exists()


def test_the_hash_is_computed_with_the_algorithm_the_integrity_names(tmp_path: Path):
    registry, integrity = tarball(tmp_path, FILES, algorithm="sha384")
    assert integrity.startswith("sha384-")
    assert (editor_bundle.fetch(tmp_path / "site", package(registry, integrity)) / "app.js").is_file()


def test_a_download_that_fails_is_a_bundle_error_naming_the_address(tmp_path: Path):
    missing = package((tmp_path / "nergens").as_uri(), "sha512-AAAA")
    with pytest.raises(BundleError, match="niet te downloaden") as failed:
        editor_bundle.fetch(tmp_path / "site", missing)
    assert missing.tarball in str(failed.value)


def test_a_member_climbing_out_of_the_cache_is_refused(tmp_path: Path):
    registry, integrity = tarball(tmp_path, {"package.json": b"{}", "dist/../../../buiten.js": b"x"})
    with pytest.raises(BundleError, match=r"onverwacht pad package/dist/\.\./\.\./\.\./buiten\.js"):
        editor_bundle.fetch(tmp_path / "site", package(registry, integrity, serves=()))
    assert not list(tmp_path.rglob("buiten.js"))


def test_a_second_fetch_takes_the_cache_without_downloading(tmp_path: Path):
    registry, integrity = tarball(tmp_path, FILES)
    first = editor_bundle.fetch(tmp_path / "site", package(registry, integrity))
    for tgz in (tmp_path / "registry").rglob("*.tgz"):
        tgz.unlink()
    assert editor_bundle.fetch(tmp_path / "site", package(registry, integrity)) == first


def test_what_npm_installed_at_the_pinned_version_is_used_from_node_modules_here_or_above(tmp_path: Path):
    pinned = package((tmp_path / "nergens").as_uri(), "sha512-AAAA")
    manifest(tmp_path / "node_modules/demo-js", "1.0.0")
    site = tmp_path / "sites/vereniging"
    site.mkdir(parents=True)
    assert editor_bundle.installed(site, pinned) == tmp_path / "node_modules/demo-js/dist"
    assert editor_bundle.fetch(site, pinned) == tmp_path / "node_modules/demo-js/dist"  # no download tried
    manifest(site / "node_modules/demo-js", "1.0.0")
    assert editor_bundle.installed(site, pinned) == site / "node_modules/demo-js/dist"


def test_another_version_in_node_modules_does_not_count(tmp_path: Path):
    pinned = package((tmp_path / "nergens").as_uri(), "sha512-AAAA")
    manifest(tmp_path / "node_modules/demo-js", "0.9.0")
    assert editor_bundle.installed(tmp_path, pinned) is None
    manifest(editor_bundle.cache(tmp_path, pinned), "1.0.0")
    assert editor_bundle.installed(tmp_path, pinned) == editor_bundle.cache(tmp_path, pinned) / "dist"


def test_served_lists_the_matching_files_once_each_sorted(tmp_path: Path):
    folder = tmp_path / "dist"
    (folder / "sub").mkdir(parents=True)
    for name in ("b.js", "a.js", "a.js.map", "x.wasm", "sub/c.js"):
        (folder / name).write_text("x")
    (folder / "map.js").mkdir()  # a folder whose name matches is no file
    twice = package("", "", serves=("*.js", "a.*", "*.wasm"))
    assert editor_bundle.served(folder, twice) == [folder / n for n in ("a.js", "a.js.map", "b.js", "x.wasm")]
    everything = package("", "", serves=())
    assert editor_bundle.served(folder, everything) == [
        folder / n for n in ("a.js", "a.js.map", "b.js", "sub/c.js", "x.wasm")
    ]

"""``association cms``: the browser editor's configuration as YAML when the site turns the
editor on, a Dutch refusal when it does not, and (``--bundle``) the editor's JavaScript
fetched and checked, or skipped with ``--if-enabled`` on a site without the editor.

No network: a package is either already in ``node_modules`` or served from 127.0.0.1."""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import json
import tarfile
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from association import editor_bundle
from association.commands import cms, parser
from support.commands import NOW, pinned_clock, runner  # noqa: F401 (pinned_clock: autouse)
from support.sites import Project

BACKEND = {
    "name": "github",
    "repo": "voorbeeldvereniging/site",
    "branch": "main",
    "base_url": "https://auth.example.org",
}


run = runner("cms")


def with_editor(project: Project) -> Project:
    project.plugin_options["cms_backend"] = BACKEND
    return project


@pytest.fixture
def no_download(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("nothing may be downloaded here")

    monkeypatch.setattr(editor_bundle.urllib.request, "urlopen", refused)


@pytest.fixture
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """An npm registry of files on 127.0.0.1: its address and its folder."""
    folder = tmp_path_factory.mktemp("registry")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", folder
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass  # the command's stderr is what the tests read


def tarball(version: str) -> bytes:
    """An npm package as the registry serves it: everything under ``package/``."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, text in {
            "package/package.json": json.dumps({"name": "editor", "version": version}),
            "package/dist/editor.js": "console.log('editor');\n",
            "package/src/niet-nodig.js": "// not served\n",
        }.items():
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def serve_package(
    monkeypatch: pytest.MonkeyPatch, registry: tuple[str, Path], *, claimed: str | None = None
) -> editor_bundle.Package:
    """The only package of the bundle, served by ``registry``; ``claimed``: the hash it is
    pinned to, when not that of what is served."""
    url, folder = registry
    data = tarball("1.0.0")
    (folder / "editor" / "-").mkdir(parents=True)
    (folder / "editor" / "-" / "editor-1.0.0.tgz").write_bytes(data)
    package = editor_bundle.Package("editor", "1.0.0", claimed or integrity(data), "dist", (), registry=url)
    monkeypatch.setattr(editor_bundle, "PACKAGES", (package,))
    return package


def test_cms_makes_the_configuration_unless_asked_for_the_bundle():
    args = parser().parse_args(["cms"])
    assert args.func is cms.run and args.needs_site and not args.bundle and not args.if_enabled
    args = parser().parse_args(["cms", "--bundle", "--if-enabled"])
    assert args.bundle and args.if_enabled


def test_without_the_editor_cms_says_which_setting_turns_it_on(project: Project, capsys):
    code, out, err = run(project, capsys)
    assert code == 2 and out == ""
    assert err == (
        f"association: {project.root / 'mkdocs.yml'}: de editor staat uit (zet plugins.association.cms_backend)\n"
    )


def test_the_bundle_if_enabled_is_skipped_silently_on_a_site_without_the_editor(project: Project, capsys, no_download):
    code, out, err = run(project, capsys, "--bundle", "--if-enabled")
    assert (code, out, err) == (0, "", "")
    assert not (project.root / ".cache").exists()


def test_the_configuration_is_yaml_with_the_sites_backend_and_authors(project: Project, capsys):
    code, out, err = run(with_editor(project), capsys)
    assert code == 0, err
    config = yaml.safe_load(out)
    assert config["backend"] == BACKEND and config["locale"] == "nl"
    assert config["site_url"] == "https://www.example.nl/"
    columns = next(c for c in config["collections"] if c["name"] == "columns")
    assert columns["folder"] == "columns"
    author = next(f for f in columns["fields"] if f["name"] == "author")
    assert [o["value"] for o in author["options"]] == ["sofie-vriends", "greet-bouman"]  # as in the file


def test_the_configuration_keeps_dutch_text_unescaped(project: Project, capsys):
    project.write("columns/authors.yml", "els-de-wit:\n  name: Éls de Wit\n  role: penningmeester\n")
    _, out, _ = run(with_editor(project), capsys)
    assert "label: Éls de Wit (penningmeester)" in out and "\\u" not in out and "\\xC9" not in out


def test_a_content_error_stops_the_configuration_with_its_report(project: Project, capsys):
    project.write("columns/authors.yml", "sofie-vriends:\n  role: voorzitter\n")
    code, out, err = run(with_editor(project), capsys)
    assert code == 1 and out == ""
    assert "columns/authors.yml" in err and "sofie-vriends.name" in err


def test_the_bundle_already_in_node_modules_is_printed_and_not_downloaded(project: Project, capsys, no_download):
    """``--bundle`` alone fetches whether or not the editor is on (``--if-enabled`` asks)."""
    for package in editor_bundle.PACKAGES:
        project.write(f"node_modules/{package.name}/package.json", json.dumps({"version": package.version}))
    code, out, err = run(project, capsys, "--bundle")
    assert code == 0, err
    assert out.splitlines() == [
        str(project.root / "node_modules" / package.name / package.folder) for package in editor_bundle.PACKAGES
    ]


def test_the_bundle_if_enabled_is_fetched_for_a_site_with_the_editor_and_says_where(
    project: Project, capsys, monkeypatch, registry
):
    package = serve_package(monkeypatch, registry)
    code, out, err = run(with_editor(project), capsys, "--bundle", "--if-enabled")
    assert code == 0, err
    folder = project.root / ".cache" / "association" / "editor-1.0.0" / "dist"
    assert out == f"{folder}\n"
    assert (folder / "editor.js").read_text() == "console.log('editor');\n"
    assert editor_bundle.installed(project.root, package) == folder


def test_a_bundle_that_does_not_match_its_hash_is_refused_with_both_hashes(
    project: Project, capsys, monkeypatch, registry
):
    pinned = integrity(b"iets anders")
    package = serve_package(monkeypatch, registry, claimed=pinned)
    code, out, err = run(with_editor(project), capsys, "--bundle")
    assert code == 1 and out == ""
    assert err.startswith(f"association: {package.tarball}: verwacht {pinned}, gevonden sha512-"), err
    assert not (project.root / ".cache").exists()

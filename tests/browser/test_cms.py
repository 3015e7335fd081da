"""The browser editor, end to end: Decap CMS from the built demo site, on its local backend
(decap-server writing into a git copy of the demo), driven in Chromium like an editor would.

Every file it writes must pass ``association check`` and appear in a strict build; an edit
changes only the edited lines; the page asks no other host than the site's own and the
local backend; axe finds nothing on the form fields we label.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from association.commands import main
from support.sites import DEMO, REAL_NOW, ROOT, build_site

from .conftest import AXE, CHROMIUM_ARGS, SCREENSHOTS, _served

PHOTO = DEMO / "columns/2026-11-12-de-kring-van-stoelen/kring.png"
EDITED = "columns/2023-04-17-minder-regels-meer-ruimte.md"
CANCELLED = "events/2026-12-17-ledenavond-winter-2026.md"


@dataclass
class Editor:
    repo: Path
    url: str
    """The editor's page, /admin/ of the site built from ``repo``."""

    def git(self, *args: str) -> str:
        return subprocess.run(["git", *args], cwd=self.repo, check=True, capture_output=True, text=True).stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(port: int, process: subprocess.Popen[bytes]) -> None:
    for _ in range(100):
        if process.poll() is not None:
            raise RuntimeError(f"decap-server stopped: {process.stdout.read() if process.stdout else ''!r}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError("decap-server did not start")


@pytest.fixture(scope="module")
def editor(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Editor]:
    """Decap's local backend writing files into the working tree, as `make editor` does."""
    yield from _editor(tmp_path_factory, mode="fs")


@pytest.fixture(scope="module")
def workflow_editor(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Editor]:
    """Decap's local backend in git mode, which keeps the editorial workflow: a branch per change."""
    yield from _editor(tmp_path_factory, mode="git")


def _editor(tmp_path_factory: pytest.TempPathFactory, *, mode: str) -> Iterator[Editor]:
    base = tmp_path_factory.mktemp("cms")
    repo = base / "repo"
    shutil.copytree(DEMO, repo, ignore=shutil.ignore_patterns("site", "nieuwsbrieven"))
    (base / "node_modules").symlink_to(ROOT / "node_modules")  # found as Node finds it: upwards
    port = _free_port()
    config = repo / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "      cms_backend:\n", f"      cms_local_backend: http://localhost:{port}/api/v1\n      cms_backend:\n"
        ),
        encoding="utf-8",
    )
    for args in (
        ["init", "-q", "-b", "main"],
        ["add", "-A"],
        ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "demo"],
    ):
        subprocess.run(["git", *args], cwd=repo, check=True)
    site = build_site(config, base / "site")
    server = subprocess.Popen(
        ["node", str(ROOT / "node_modules/decap-server/dist/index.js")],
        env={**os.environ, "GIT_REPO_DIRECTORY": str(repo), "PORT": str(port), "MODE": mode},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_for(port, server)
        with _served(site) as url:
            yield Editor(repo, url + "admin/")
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def editor_page(browser: Browser, editor: Editor) -> Iterator[tuple[Page, list[str]]]:
    """The editor signed in, in a Chromium that speaks Dutch."""
    dutch = _dutch(browser)
    context = dutch.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL", timezone_id="Europe/Amsterdam")
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    _sign_in(page, editor, screenshots=True)
    yield page, requests
    context.close()
    dutch.close()


def _dutch(browser: Browser) -> Browser:
    """A second Chromium with Dutch as its language (date fields as an editor here sees them)."""
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    return browser.browser_type.launch(executable_path=executable, args=[*CHROMIUM_ARGS, "--lang=nl-NL"])


def _sign_in(page: Page, editor: Editor, *, screenshots: bool = False) -> None:
    """Sign in as on the local backend (no account) and wait for the list of columns."""
    page.goto(editor.url)
    if screenshots:
        page.screenshot(path=str(SCREENSHOTS / "cms-sign-in-1280.png"))
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_text("Kijken in elkaars keuken").first.wait_for()
    if screenshots:
        page.screenshot(path=str(SCREENSHOTS / "cms-columns-1280.png"))


def _open(page: Page, editor: Editor, fragment: str) -> None:
    """A fresh load of the editor at ``fragment`` (the sign-in is kept): a change of the
    address' fragment alone would keep the previous entry's form."""
    page.goto("about:blank")
    page.goto(editor.url + "#/" + fragment)
    title = page.get_by_label("Titel", exact=True)
    title.wait_for()
    if "/entries/" in fragment:
        expect(title).not_to_have_value("")


def _choose(page: Page, label: str, option: str) -> None:
    page.get_by_label(re.compile("^" + re.escape(label))).click()  # optional ones end in "(optioneel)"
    page.get_by_text(option, exact=True).click()


def _publish(page: Page) -> None:
    page.get_by_text("Publiceer", exact=True).click()
    page.get_by_text("Publiceer nu").click()
    try:
        page.get_by_text("Gepubliceerd", exact=True).wait_for(timeout=10_000)
    except Exception:
        page.screenshot(path=str(SCREENSHOTS / "cms-publish-failed.png"), full_page=True)
        raise


def test_a_new_column_with_a_photo_becomes_a_folder_named_after_its_own_date(editor_page, editor: Editor):
    page, _ = editor_page
    _open(page, editor, "collections/columns/new")
    page.get_by_label("Titel").fill("Een middag in de wijk")
    page.get_by_label("Datum").fill("2026-11-20")
    _choose(page, "Auteur", "Bram Proef (secretaris)")
    _choose(page, "Categorie", "Nieuws")
    page.get_by_text("Kies een afbeelding").click()
    page.set_input_files("input[type=file]", PHOTO)
    page.get_by_role("button", name="Gebruik selectie").click()
    page.get_by_label("Beschrijving van de afbeelding").fill("Stoelen in een kring")
    page.locator("[contenteditable=true]").last.click()
    page.keyboard.type("We spraken een middag met bewoners over wat de wijk nodig heeft.")
    page.get_by_label("Titel").scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "cms-new-column-1280.png"))
    _publish(page)
    folder = editor.repo / "columns/2026-11-20-een-middag-in-de-wijk"
    assert (folder / "kring.png").read_bytes() == PHOTO.read_bytes()
    assert (folder / "index.md").read_text(encoding="utf-8") == (
        "---\ntitle: Een middag in de wijk\ndate: 2026-11-20\nauthor: bram-proef\ncategory: Nieuws\n"
        "image: kring.png\nimage_alt: Stoelen in een kring\n---\n\n"
        "We spraken een middag met bewoners over wat de wijk nodig heeft.\n"
    )


def test_a_new_event_with_a_registration_deadline_gets_a_fixed_id_and_its_own_date_in_the_name(
    editor_page, editor: Editor
):
    page, _ = editor_page
    _open(page, editor, "collections/events/new")
    page.get_by_label("Titel").fill("Workshop omgaan met wachtlijsten")
    page.get_by_label("Begin").fill("2026-12-15 19:30")
    page.get_by_label("Einde").fill("2026-12-15 21:30")
    _choose(page, "Soort activiteit", "Workshop")
    page.get_by_text("Aanmelden", exact=True).locator("button").click()  # open the group
    page.get_by_label("Aanmeldpagina").fill("https://www.example.org/aanmelden")
    page.get_by_label("Aanmelden kan tot").fill("2026-12-10")
    page.locator("[contenteditable=true]").last.click()
    page.keyboard.type("Een avond over wachtlijsten.")
    _publish(page)
    text = (editor.repo / "events/2026-12-15-workshop-omgaan-met-wachtlijsten.md").read_text(encoding="utf-8")
    head = text.split("---\n")[1]
    assert "start: 2026-12-15 19:30\nend: 2026-12-15 21:30\ncategory: Workshop\n" in head
    assert "registration:\n  url: https://www.example.org/aanmelden\n  deadline: 2026-12-10\n" in head
    uid = next(line for line in head.splitlines() if line.startswith("uid: "))
    assert len(uid.removeprefix("uid: ")) == 36  # a UUID, made once by the editor
    assert '""' not in head and "null" not in head  # fields left empty are left out


def test_editing_a_column_changes_only_the_edited_line(editor_page, editor: Editor):
    page, _ = editor_page
    _open(page, editor, "collections/columns/entries/2023-04-17-minder-regels-meer-ruimte")
    page.get_by_label("Titel").fill("Minder regels, meer ruimte voor vrijwilligers")
    _publish(page)
    diff = editor.git("diff", "-U0", "--", EDITED)
    changed = [line for line in diff.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert changed == ["-title: Minder regels, meer ruimte", "+title: Minder regels, meer ruimte voor vrijwilligers"]


def test_cancelling_an_event_adds_its_status_and_the_moment_of_the_change(editor_page, editor: Editor):
    page, _ = editor_page
    _open(page, editor, "collections/events/entries/2026-12-17-ledenavond-winter-2026")
    _choose(page, "Status", "Gaat niet door")
    page.get_by_label("Toelichting bij de status").fill("Te weinig aanmeldingen")
    page.get_by_label("Bijgewerkt op").fill("2026-11-23T10:00")
    page.get_by_label(re.compile("^Status")).scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "cms-cancel-event-1280.png"))
    _publish(page)
    diff = editor.git("diff", "-U0", "--", CANCELLED)
    added = [line for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    removed = [line for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    assert removed == [] and sorted(added) == sorted(
        ["+status: cancelled", "+status_reason: Te weinig aanmeldingen", "+updated: 2026-11-23 10:00"]
    )


def test_what_the_editor_wrote_passes_the_check_and_appears_in_a_strict_build(
    editor_page, editor: Editor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(REAL_NOW.timestamp())))
    status = editor.git("status", "--porcelain")
    assert "2026-11-20-een-middag-in-de-wijk/" in status and "workshop-omgaan-met-wachtlijsten" in status
    assert main(["-f", str(editor.repo / "mkdocs.yml"), "check"]) == 0, capsys.readouterr()
    site = build_site(editor.repo / "mkdocs.yml", tmp_path / "site")
    column = (site / "columns/2026/een-middag-in-de-wijk/index.html").read_text(encoding="utf-8")
    assert "Een middag in de wijk" in column and 'alt="Stoelen in een kring"' in column
    assert (site / "columns/2026/een-middag-in-de-wijk/kring.png").exists()
    event = (site / "agenda/2026/workshop-omgaan-met-wachtlijsten/index.html").read_text(encoding="utf-8")
    assert "Workshop omgaan met wachtlijsten" in event and "https://www.example.org/aanmelden" in event
    cancelled = (site / "agenda/2026/ledenavond-winter-2026/index.html").read_text(encoding="utf-8")
    assert "Gaat niet door" in cancelled and "Te weinig aanmeldingen" in cancelled
    assert "Minder regels, meer ruimte voor vrijwilligers" in (
        site / "columns/2023/minder-regels-meer-ruimte/index.html"
    ).read_text(encoding="utf-8")


def test_the_editor_asks_no_other_host_than_the_site_and_its_local_backend(editor_page, editor: Editor):
    _, requests = editor_page
    own = urlsplit(editor.url).netloc
    hosts = {urlsplit(url).netloc for url in requests if url.startswith("http")}
    backend = {h for h in hosts if h.startswith("localhost:")}
    assert hosts - backend == {own} and len(backend) == 1


# Decap's own markup, which the site cannot change: each entry is what axe says, the markup
# it says it of (in the element or its selector), and why it is left out. Everything else on the editor's page must pass,
# our labels, hints and the names editor.js gives to what Decap leaves unnamed included.
DECAP_MARKUP = {
    ("color-contrast", "BackStatus"): "Decap's red 'niet-opgeslagen' badge in its header (its theme)",
    ("color-contrast", "PublishButton"): "Decap's publish button colours (its theme)",
    ("color-contrast", "AppHeaderSiteLink"): "Decap's grey link to the site in its header (its theme)",
    ("nested-interactive", "ToolbarDropdownWrapper"): "Decap's Markdown toolbar nests a menu button in a button",
    (
        "aria-required-attr",
        "ToolbarToggle",
    ): "Decap's rich-text switch has no aria-checked; we name it, Decap keeps its state",
}


def test_axe_finds_nothing_on_the_editors_page_but_decaps_own_markup(editor_page, editor: Editor):
    page, _ = editor_page
    _open(page, editor, "collections/events/new")
    page.locator("iframe#preview-pane[title]").wait_for(state="attached")
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    left = [
        (v["id"], node["html"][:120])
        for v in result["violations"]
        for node in v["nodes"]
        if not any(rule == v["id"] and marker in f"{node['target']} {node['html']}" for rule, marker in DECAP_MARKUP)
    ]
    assert left == []
    for field in ("title", "start", "end", "url", "deadline", "uid"):
        assert page.locator(f"label[for^='{field}-field-']").count() == 1


def test_with_the_editorial_workflow_a_new_column_is_a_branch_of_its_own_not_a_change_on_main(
    browser: Browser, workflow_editor: Editor
):
    dutch = _dutch(browser)
    try:
        page = dutch.new_page(viewport={"width": 1280, "height": 900}, locale="nl-NL")
        _sign_in(page, workflow_editor)
        _open(page, workflow_editor, "collections/columns/new")
        page.get_by_label("Titel").fill("Een voorstel")
        page.get_by_label("Datum").fill("2026-11-20")
        _choose(page, "Auteur", "Anna Voorbeeld (voorzitter)")
        _choose(page, "Categorie", "Column")
        page.locator("[contenteditable=true]").last.click()
        page.keyboard.type("Eerst ter beoordeling.")
        page.get_by_role("button", name="Opslaan").click()
        page.get_by_text("Wijzigingen opgeslagen").wait_for()
        page.screenshot(path=str(SCREENSHOTS / "cms-workflow-1280.png"))
    finally:
        dutch.close()
    branches = workflow_editor.git("branch", "--format=%(refname:short)").split()
    assert "cms/columns/2026-11-20-een-voorstel/index" in branches
    assert not (workflow_editor.repo / "columns/2026-11-20-een-voorstel").exists()  # main is untouched
    files = workflow_editor.git("diff", "--name-only", "main", "cms/columns/2026-11-20-een-voorstel/index").split()
    assert files == ["columns/2026-11-20-een-voorstel/index.md"]

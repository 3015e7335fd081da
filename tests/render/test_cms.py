"""The browser editor's configuration and its file format, without a browser: every schema
field has a form field, and a file the editor opens and saves unchanged comes back byte for
byte (its pinned JavaScript: tests/test_editor_bundle.py)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml
from mkdocs.structure.files import File

from association.content import schema
from association.content.authors import Author
from association.content.settings import ContentSettings
from association.render import cms
from support.sites import DEMO, ROOT, BuildFailed, Project

SETTINGS = ContentSettings(column_categories=("Column", "Nieuws"), event_categories=("Lezing", "Webinar"))
AUTHORS = {"anna": Author("anna", "Anna Voorbeeld", "voorzitter"), "redactie": Author("redactie", "Redactie")}
SITE = cms.EditorSite(name="Vereniging", url="https://www.example.org/", backend={"name": "gitlab", "repo": "v/site"})
FORMAT = ROOT / "scripts/association/admin/format.js"


def _collection(config: dict, name: str) -> dict:
    return next(c for c in config["collections"] if c["name"] == name)


def test_every_schema_field_of_columns_and_events_is_a_form_field_except_nested_series_data():
    config = cms.config(SITE, SETTINGS, AUTHORS)
    columns = [f["name"] for f in _collection(config, "columns")["fields"]]
    events = [f["name"] for f in _collection(config, "events")["fields"]]
    assert columns == [*schema.names(schema.COLUMN), "body"]
    structured = {f.name for f in schema.EVENT if f.kind is schema.Kind.STRUCTURED}
    assert structured == {"exceptions", "extra_dates"}
    assert events == [*(n for n in schema.names(schema.EVENT) if n not in structured), "body"]


def test_labels_hints_and_required_come_from_the_schema_the_validator_uses():
    config = cms.config(SITE, SETTINGS, AUTHORS)
    title, summary = (
        next(f for f in _collection(config, "columns")["fields"] if f["name"] == name) for name in ("title", "summary")
    )
    assert title == {"name": "title", "label": "Titel", "required": True, "widget": "string"}
    assert summary["required"] is False and summary["hint"] == schema.field(schema.COLUMN, "summary").hint


def test_categories_and_authors_are_selects_from_the_site_and_the_authors_file():
    fields = {f["name"]: f for f in _collection(cms.config(SITE, SETTINGS, AUTHORS), "columns")["fields"]}
    assert fields["category"]["options"] == ["Column", "Nieuws"]
    assert fields["author"]["options"] == [
        {"label": "Anna Voorbeeld (voorzitter)", "value": "anna"},
        {"label": "Redactie", "value": "redactie"},
    ]
    events = {f["name"]: f for f in _collection(cms.config(SITE, SETTINGS, AUTHORS), "events")["fields"]}
    assert events["category"]["options"] == ["Lezing", "Webinar"]


def test_dates_are_written_as_typed_and_a_start_may_leave_out_the_time():
    fields = {f["name"]: f for f in _collection(cms.config(SITE, SETTINGS, AUTHORS), "columns")["fields"]}
    assert fields["date"]["format"] == "YYYY-MM-DD" and fields["date"]["time_format"] is False
    assert fields["updated"]["format"] == "YYYY-MM-DD HH:mm" and "picker_utc" not in fields["updated"]
    start = next(
        f for f in _collection(cms.config(SITE, SETTINGS, AUTHORS), "events")["fields"] if f["name"] == "start"
    )
    assert start["widget"] == "string" and start["pattern"][0] == r"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$"


def test_new_columns_are_folders_named_from_their_own_date_and_keep_their_media_beside_them():
    columns = _collection(cms.config(SITE, SETTINGS, AUTHORS), "columns")
    assert columns["path"] == "{{slug}}/index" and columns["slug"].startswith("{{fields.date | date('YYYY-MM-DD')}}")
    assert columns["media_folder"] == "" and columns["public_folder"] == ""
    assert all(
        c.get("format", "association").startswith("association")
        for c in cms.config(SITE, SETTINGS, AUTHORS)["collections"]
    )


def test_the_editorial_workflow_and_the_local_backend_are_the_site_owners_choice():
    on = cms.config(SITE, SETTINGS, AUTHORS)
    assert on["publish_mode"] == "editorial_workflow" and "local_backend" not in on
    local = cms.EditorSite(
        "V",
        "https://x.example/",
        {"name": "github"},
        editorial_workflow=False,
        local_backend="http://localhost:9/api/v1",
    )
    off = cms.config(local, SETTINGS, AUTHORS)
    assert "publish_mode" not in off and off["local_backend"] == {"url": "http://localhost:9/api/v1"}


def test_the_admin_page_loads_only_its_own_files():
    page = cms.admin_page("Vereniging & co", ["../assets/x.css"])
    assert "Vereniging &amp; co" in page
    sources = [part.split('"')[1] for part in page.split("src=")[1:]]
    assert sources == ["guard.js", "decap-cms/decap-cms.js", "editor.js"]


@pytest.fixture(scope="module")
def format_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """format.js beside the yaml package, as /admin/ serves them."""
    folder = tmp_path_factory.mktemp("format")
    (folder / "format.js").write_bytes(FORMAT.read_bytes())
    (folder / "yaml").symlink_to(ROOT / "node_modules/yaml/browser/dist")
    return folder


def _written(format_dir: Path, cases: list[dict]) -> list[str]:
    cases_file = format_dir / "cases.json"
    cases_file.write_text(json.dumps(cases), encoding="utf-8")
    result = subprocess.run(
        ["node", str(ROOT / "tests/support/cms_format.mjs"), str(format_dir), str(cases_file)],
        capture_output=True,
        text=True,
        check=True,
    )
    return list(json.loads(result.stdout))


def test_every_source_of_both_sites_opened_and_saved_unchanged_is_byte_for_byte_the_same(format_dir: Path):
    sources = sorted(
        p for site in (ROOT, DEMO) for folder in ("columns", "events", "docs") for p in (site / folder).rglob("*.md")
    )
    texts = [p.read_text(encoding="utf-8") for p in sources]
    authors = [(site / "columns/authors.yml").read_text(encoding="utf-8") for site in (ROOT, DEMO)]
    cases = [{"kind": "md", "text": t} for t in texts] + [{"kind": "yaml", "text": t} for t in authors]
    assert len(sources) > 30
    assert _written(format_dir, cases) == texts + authors


def test_a_change_rewrites_only_its_own_lines_and_an_emptied_field_is_left_out(format_dir: Path):
    text = (
        "---\n# een opmerking blijft\ntitle: Oud\ntags: [a, b]\nsummary: >-\n  Twee\n  regels\n"
        "registration:\n  url: https://x.example/\n---\n\nTekst.\n"
    )
    changed, emptied, added = _written(
        format_dir,
        [
            {"kind": "md", "text": text, "changes": {"title": "Nieuw: met dubbele punt"}},
            {"kind": "md", "text": text, "changes": {"summary": "", "tags": []}},
            {"kind": "md", "text": text, "changes": {"status": "cancelled", "image_alt": ""}},
        ],
    )
    assert changed == text.replace("title: Oud\n", 'title: "Nieuw: met dubbele punt"\n')
    assert emptied == text.replace("tags: [a, b]\nsummary: >-\n  Twee\n  regels\n", "")
    assert added == text.replace("  url: https://x.example/\n---", "  url: https://x.example/\nstatus: cancelled\n---")


def test_windows_line_ends_and_a_byte_order_mark_are_kept_and_a_change_uses_the_files_line_ends(format_dir: Path):
    text = "\ufeff---\r\ntitle: Oud\r\ntags: [a]\r\n---\r\n\r\nTekst.\r\n"
    same, changed = _written(
        format_dir, [{"kind": "md", "text": text}, {"kind": "md", "text": text, "changes": {"title": "Nieuw"}}]
    )
    assert same == text
    assert changed == text.replace("title: Oud", "title: Nieuw")


def test_a_new_file_has_its_fields_in_form_order_without_the_empty_ones(format_dir: Path):
    (new,) = _written(
        format_dir,
        [
            {
                "kind": "md",
                "text": "",
                "changes": {"body": "Tekst.\n", "summary": "", "date": "2026-11-20", "title": "Nieuw", "tags": []},
                "order": ["title", "date", "tags", "summary"],
            }
        ],
    )
    assert new == "---\ntitle: Nieuw\ndate: 2026-11-20\n---\n\nTekst.\n"


def planned_admin(project: Project) -> dict[str, File]:
    """The editor's files in the build's file list (``Project.plan``): MkDocs writes every
    file of that list as it is, so this is what lands in site/admin/."""
    project.plan()
    return {f.dest_uri.removeprefix("admin/"): f for f in project.last_files if f.dest_uri.startswith("admin/")}


def test_a_site_without_cms_backend_has_no_editor(project: Project):
    assert planned_admin(project) == {}


def test_the_built_site_serves_the_editor_at_admin_from_its_own_files(project: Project):
    project.plugin_options["cms_backend"] = {"name": "gitlab", "repo": "v/site", "auth_type": "pkce", "app_id": "abc"}
    (project.root / "node_modules").symlink_to(ROOT / "node_modules")  # as `npm ci` leaves it
    admin = planned_admin(project)
    page = admin["index.html"].content_string
    assert "//" not in page.replace("<!doctype", "").split("<body>")[1]  # every script is the site's own
    for served in ("guard.js", "editor.js", "format.js", "decap-cms/decap-cms.js", "yaml/index.js"):
        assert admin[served].content_bytes, served  # read from where MkDocs copies it
    config = yaml.safe_load(admin["config.yml"].content_string)
    assert config["backend"] == {"name": "gitlab", "repo": "v/site", "auth_type": "pkce", "app_id": "abc"}
    assert config["local_backend"] == {"url": "http://localhost:8081/api/v1"}
    assert [c["name"] for c in config["collections"]] == ["columns", "events", "koers", "pages", "authors"]
    assert "decap-cms/decap-cms.js.map" not in admin


def test_a_github_editor_without_its_sign_in_proxy_is_an_error_naming_the_key(project: Project):
    project.plugin_options["cms_backend"] = {"name": "github", "repo": "v/site"}
    with pytest.raises(BuildFailed) as info:
        project.plan()
    assert "plugins.association.cms_backend.base_url: verwacht het adres van de OAuth-proxy" in info.value.messages


def test_a_gitlab_editor_with_pkce_needs_its_application_id(project: Project):
    project.plugin_options["cms_backend"] = {"name": "gitlab", "repo": "v/site", "auth_type": "pkce"}
    with pytest.raises(BuildFailed) as info:
        project.plan()
    assert "cms_backend.app_id: verwacht de Application ID" in info.value.messages

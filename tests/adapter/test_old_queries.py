"""Old /?p=123 addresses into the site: the JSON map of those whose page is there, a Dutch
problem for each that has none, and the home page's script that reads the map."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from mkdocs.structure.files import File, InclusionLevel

from association.adapter import old_queries
from association.content.old_queries import OldQuery
from support.handmade import Site, docs_file, files_of


def test_the_map_holds_each_query_whose_page_the_site_has_and_the_rest_are_problems(tmp_path: Path):
    config, _, _, _ = Site(tmp_path).plan()
    files = files_of(docs_file(config, "index.md"), docs_file(config, "over.md"))
    draft = File.generated(config, "columns/2026/concept/index.md", content="", inclusion=InclusionLevel.DRAFT)
    files.append(draft)
    queries = {
        "page_id=3": OldQuery("over/", 3),
        "p=1": OldQuery("", 4),
        "p=12": OldQuery("columns/2019/weg/", 5),
        "p=13": OldQuery("columns/2026/concept/", 6),  # a draft: never sent there
    }
    problems = old_queries.add(files, config, queries, "oude-adressen.yml")
    assert [(p.path, p.line, p.field) for p in problems] == [
        ("oude-adressen.yml", 5, "p=12"),
        ("oude-adressen.yml", 6, "p=13"),
    ]
    assert problems[0].message == (
        "verwacht het adres van een pagina van deze site, gevonden '/columns/2019/weg/' (die pagina is er niet)"
    )
    written = files.get_file_from_path(old_queries.JSON)
    assert written is not None and json.loads(written.content_string) == {"p=1": "", "page_id=3": "over/"}


def test_a_site_without_old_queries_gets_no_map(tmp_path: Path):
    config, _, _, _ = Site(tmp_path).plan()
    files = files_of(docs_file(config, "index.md"))
    assert old_queries.add(files, config, {}, "oude-adressen.yml") == []
    assert files.get_file_from_path(old_queries.JSON) is None


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
@pytest.mark.parametrize(
    ("search", "fetched", "replaced"),
    [
        ("?p=12", 1, "./columns/2019/samen/"),
        ("?post_type=tribe_events&p=12", 1, "./columns/2019/samen/"),
        ("?p=1", 1, "./"),
        ("?p=99", 1, None),
        ("", 0, None),  # no query: no request at all
        ("?p=<script>", 0, None),
    ],
)
def test_the_script_goes_to_the_page_of_a_known_query_and_only_below_the_site(
    search: str, fetched: int, replaced: str | None
):
    """Run in node with a stand-in ``location`` and ``fetch``: the browser suite runs it in
    Chromium on the demo."""
    script = old_queries.SCRIPT.removeprefix("<script>").removesuffix("</script>")
    harness = f"""
    const map = {{"p=12": "columns/2019/samen/", "p=1": ""}};
    let fetched = 0, replaced = null;
    globalThis.location = {{search: {json.dumps(search)}, replace: (u) => {{ replaced = u; }}}};
    globalThis.fetch = async (u) => {{ fetched += 1; return {{ok: u === "oude-adressen.json", json: async () => map}}; }};
    {script}
    setTimeout(() => console.log(JSON.stringify({{fetched, replaced}})), 50);
    """
    out = subprocess.run(["node", "-e", harness], capture_output=True, text=True, check=True).stdout
    result = json.loads(out)
    assert result["replaced"] == replaced
    assert result["fetched"] == (1 if (search.startswith("?p=") and "<" not in search) or "&" in search else 0)

"""``association linkcheck``: a built site's folder, checked without its mkdocs.yml; one line
per broken link on stdout, a count on stderr, exit 1 when one is broken and 2 when the folder
is no built site."""

from __future__ import annotations

from pathlib import Path

import pytest

from association.commands import linkcheck, main, parser

HOME = """<!doctype html>
<html lang="nl"><body>
<h1 id="welkom">Welkom</h1>
<a href="over/">Over de vereniging</a>
<a href="#welkom">Naar boven</a>
<a href="https://example.org/elders">Elders</a>
<a href="mailto:info@example.org">Mail</a>
<link rel="stylesheet" href="assets/site.css">
</body></html>
"""

ABOUT = '<!doctype html><html lang="nl"><body><h1 id="bestuur">Bestuur</h1><a href="../">Home</a></body></html>\n'


def built(folder: Path, **pages: str) -> Path:
    """A built site: the home page, /over/ and its stylesheet, and ``pages`` (path: HTML)."""
    for relative, text in {"index.html": HOME, "over/index.html": ABOUT, "assets/site.css": "", **pages}.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with no mkdocs.yml: the deploy step runs the check there."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_linkcheck_needs_no_site_settings_and_reads_site_unless_told_otherwise():
    args = parser().parse_args(["linkcheck"])
    assert args.func is linkcheck.run and args.needs_site is False and args.site == "site"
    assert parser().parse_args(["linkcheck", "publiek"]).site == "publiek"


def test_a_site_whose_links_all_work_says_so_without_a_mkdocs_yml(elsewhere: Path, capsys):
    built(elsewhere / "site")
    assert main(["linkcheck"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err == "Alle links werken.\n"


def test_every_broken_link_is_a_line_of_its_own_and_they_are_counted(elsewhere: Path, capsys):
    built(
        elsewhere / "publiek",
        **{
            "agenda/index.html": '<a href="../columns/">Columns</a> <a href="../over/#leden">Leden</a>'
            ' <a href="../over/#bestuur">Bestuur</a> <img src="kaart.png" alt="Kaart">',
        },
    )
    assert main(["linkcheck", str(elsewhere / "publiek")]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "agenda/index.html: ../columns/",
        "agenda/index.html: ../over/#leden (dit anker bestaat niet)",
        "agenda/index.html: kaart.png",
    ]
    assert err == "3 kapotte link(s)\n"


def test_a_folder_without_a_home_page_asks_to_build_the_site_first(elsewhere: Path, capsys):
    (elsewhere / "site").mkdir()
    (elsewhere / "site" / "over.html").write_text(ABOUT, encoding="utf-8")
    assert main(["linkcheck"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == "association: site/index.html niet gevonden; bouw de site eerst (make site)\n"


def test_a_missing_folder_is_named_as_given(elsewhere: Path, capsys):
    assert main(["linkcheck", "gebouwd"]) == 2
    assert "association: gebouwd/index.html niet gevonden" in capsys.readouterr().err

"""adapter/scripts.py: Material's bundle and the site's scripts wait for the loader; the
agenda script is inline, and only on a page it acts on."""

from __future__ import annotations

from association.adapter.scripts import inline_script, with_page_scripts

PAGE = (
    '<html><body><main>{main}</main><script id="__config" type="application/json">{{}}</script>'
    '<script src="assets/javascripts/bundle.js"></script><script src="extra.js"></script></body></html>'
)


def test_scripts_after_materials_config_are_left_inert_for_the_loader():
    out = with_page_scripts(PAGE.format(main="Tekst"))
    assert '<script src="' not in out
    assert '<script type="text/plain" data-av-src="assets/javascripts/bundle.js"></script>' in out
    assert out.index("bundle.js") < out.index("extra.js")  # in their order
    assert out.endswith(inline_script("loader.js") + "</body></html>")
    assert inline_script("agenda.js") not in out


def test_a_page_with_upcoming_activities_gets_the_agenda_script_inline():
    out = with_page_scripts(PAGE.format(main='<ol data-av-upcoming="2027-01-01">'))
    assert inline_script("agenda.js") + inline_script("loader.js") + "</body>" in out


def test_a_page_without_materials_config_is_left_alone():
    assert with_page_scripts("<html><body><script src=x.js></script></body></html>").count("src=") == 1

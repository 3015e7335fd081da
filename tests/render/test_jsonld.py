"""JSON-LD inlined in a page: safe in a script element whatever a title holds."""

from __future__ import annotations

import json

from association.render.jsonld import for_script


def test_inlined_json_cannot_end_its_script_or_open_a_comment_and_reads_back_the_same():
    payload = {"name": '</script><!-- & "x" ü'}
    text = for_script(payload)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == payload

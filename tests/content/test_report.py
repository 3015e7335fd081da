"""Problems as text, as GitHub workflow commands and as a GitLab Code Quality report."""

from __future__ import annotations

import json

from association.content.errors import ContentError
from association.content.report import github, gitlab, render

ERROR = ContentError("columns/a,b.md", 3, "date", "verwacht een datum:\nregel twee 100%")
WARNING = ContentError("columns/c.md", None, None, "een waarschuwing", warning=True)


def test_github_commands_escape_what_would_end_a_property_or_the_message():
    assert github(ERROR) == (
        "::error file=columns/a%2Cb.md,line=3,title=date::date: verwacht een datum:%0Aregel twee 100%25"
    )
    assert github(WARNING) == "::warning file=columns/c.md,title=inhoud::een waarschuwing"


def test_gitlab_issues_have_a_stable_fingerprint_a_severity_and_a_line():
    first, second = json.loads(render([ERROR, WARNING], "gitlab"))
    assert first == gitlab(ERROR) and first["severity"] == "major" and first["location"]["lines"]["begin"] == 3
    assert second["severity"] == "minor" and second["location"]["lines"]["begin"] == 1
    assert gitlab(ERROR)["fingerprint"] == first["fingerprint"] != second["fingerprint"]


def test_text_is_one_line_a_problem_and_nothing_when_there_is_none():
    assert render([WARNING], "text") == f"{WARNING}\n" and render([], "text") == "" and render([], "github") == ""

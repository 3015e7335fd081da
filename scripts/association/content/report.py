"""Problems written for whoever reads them: a person (one line each), GitHub Actions
(annotations on the changed file and line) or GitLab (a Code Quality report).

Pure: takes ContentErrors' problems, returns text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from .errors import ContentError

FORMATS = ("text", "github", "gitlab")


def render(problems: Sequence[ContentError], fmt: str) -> str:
    """Every problem in ``fmt``; empty for text and github when there is none."""
    if fmt == "github":
        return "".join(github(p) + "\n" for p in problems)
    if fmt == "gitlab":
        return json.dumps([gitlab(p) for p in problems], ensure_ascii=False, indent=2) + "\n"
    return "".join(f"{p}\n" for p in problems)


def github(problem: ContentError) -> str:
    """``::error file=columns/x.md,line=3,title=date::verwacht ...`` (a workflow command)."""
    kind = "warning" if problem.warning else "error"
    props = [f"file={_property(problem.path)}"]
    if problem.line is not None:
        props.append(f"line={problem.line}")
    props.append(f"title={_property(problem.field or 'inhoud')}")
    return f"::{kind} {','.join(props)}::{_data(_message(problem))}"


def gitlab(problem: ContentError) -> dict[str, object]:
    """One issue of GitLab's Code Quality report (the Code Climate format)."""
    description = _message(problem)
    fingerprint = hashlib.sha256(
        f"{problem.path}:{problem.line}:{problem.field}:{problem.message}".encode()
    ).hexdigest()
    return {
        "description": description,
        "check_name": problem.field or "inhoud",
        "fingerprint": fingerprint,
        "severity": "minor" if problem.warning else "major",
        "location": {"path": problem.path, "lines": {"begin": problem.line or 1}},
    }


def _message(problem: ContentError) -> str:
    return f"{problem.field}: {problem.message}" if problem.field else problem.message


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")

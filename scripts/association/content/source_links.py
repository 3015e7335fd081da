"""Markdown links between sources, resolved the way editors write them.

A column lives in ``columns/2017-02-27-warme-coalities.md`` but is published from the
generated page ``columns/2017/warme-coalities/index.md``; MkDocs resolves a link from
the generated page, so a link to the file next to it would point at nothing. Here every
link in a page's Markdown is resolved against the site before MkDocs sees it:

- a relative link to a column's or event's source file (from another column, an event or a
  page in docs/) is rewritten to that source's generated page, so MkDocs turns it into the
  right URL;
- a relative link that already names a file of the site, from the page or from its URL, is
  left as it is;
- a link to the site's own pages by path (``/columns/2017/warme-coalities/``) or by full
  URL on the site's own host must name a page or file that the build makes;
- anything else relative points at nothing: an error with the file and line, in Dutch.

Pure: the caller gives the index of what the site contains.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from .errors import ContentError
from .text import prose_lines
from .unsafe import problems as unsafe_markup
from .unsafe import refused_scheme, scheme_problem

_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
_INLINE = re.compile(r"(!?)\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>\n]*>|[^)\s]+)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*(<[^>\n]*>|\S+)")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@dataclass(frozen=True)
class SiteIndex:
    """What a build contains, for resolving links."""

    sources: Mapping[str, str | None]
    """Repository path of every column and event source (``columns/x.md``) -> its page's
    ``src_uri`` (``columns/2017/x/index.md``), or None when this build does not publish it
    (a draft, a column dated later)."""
    uris: frozenset[str]
    """``src_uri`` of every file of the site (pages in docs/, generated pages, assets)."""
    urls: frozenset[str]
    """Site path of every file the build writes (``columns/2017/x/``, ``feed.xml``)."""
    docs_prefix: str
    """Repository path of docs_dir, ending in ``/`` (``docs/``)."""
    host: str = ""
    """The site's own host (``www.example.org``); full URLs there are checked too."""


@dataclass(frozen=True)
class Link:
    line: int
    """Line in the file (1-based)."""
    target: str
    image: bool


def find(markdown: str, first_line: int = 1) -> list[Link]:
    """Every inline link, image and reference definition outside code, with its line."""
    links = []
    for number, line in prose_lines(markdown, first_line):
        if "[" not in line:
            continue  # most lines: no link, no reference (and a regex pass saved)
        text = _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line)
        for match in _INLINE.finditer(text):
            links.append(Link(number, match.group(2).strip("<>"), image=match.group(1) == "!"))
        reference = _REFERENCE.match(text)
        if reference:
            links.append(Link(number, reference.group(1).strip("<>"), image=False))
    return links


@dataclass(frozen=True)
class Resolved:
    target: str
    """What MkDocs should see (the same text when nothing needs rewriting)."""
    problem: str | None = None


def resolve(target: str, source_path: str, page_uri: str, page_url: str, index: SiteIndex) -> Resolved:
    """One link ``target`` written in ``source_path`` (repository path), which is published
    as ``page_uri`` (its ``src_uri``) at ``page_url``."""
    if scheme := refused_scheme(target):
        return Resolved(target, scheme_problem(scheme))
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or _SCHEME.match(target):
        if parts.scheme in ("http", "https") and index.host and parts.netloc == index.host:
            return _site_path(target, parts.path, index)
        return Resolved(target)
    if not parts.path:
        return Resolved(target)  # "#anchor" on the same page
    if parts.path.startswith("/"):
        return _site_path(target, parts.path, index)
    path = unquote(parts.path)
    suffix = target[len(parts.path) :]  # ?query and #fragment, as written
    in_repo = posixpath.normpath(posixpath.join(posixpath.dirname(source_path), path))
    generated = index.sources.get(in_repo)
    if generated is None and in_repo.startswith(index.docs_prefix) and in_repo[len(index.docs_prefix) :] in index.uris:
        generated = in_repo[len(index.docs_prefix) :]
    from_page = posixpath.normpath(posixpath.join(posixpath.dirname(page_uri), path))
    if from_page in index.uris:
        return Resolved(target)
    if generated is not None:
        return Resolved(_relative(generated, page_uri) + suffix)
    if in_repo in index.sources:
        return Resolved(
            target,
            f"verwacht een gepubliceerde pagina, maar {in_repo} is een concept of staat gepland: "
            "de link zou op de site nergens heen gaan",
        )
    from_url = posixpath.normpath(
        posixpath.join(page_url if page_url.endswith("/") else posixpath.dirname(page_url), path)
    )
    if _is_url(from_url, index) or (path.endswith("/") and _is_url(from_url + "/", index)):
        return Resolved(target)
    return Resolved(target, _missing(target, in_repo, index))


def _site_path(target: str, path: str, index: SiteIndex) -> Resolved:
    if _is_url(unquote(path).lstrip("/"), index):
        return Resolved(target)
    close = difflib.get_close_matches(unquote(path).lstrip("/"), sorted(index.urls), n=1, cutoff=0.8)
    hint = f" Bedoel je /{close[0]}?" if close else ""
    return Resolved(target, f"verwacht een pagina of bestand van deze site, maar de build maakt geen {path}.{hint}")


def _is_url(path: str, index: SiteIndex) -> bool:
    if path in ("", "."):
        return True
    candidates = (path, path + "/", path.removesuffix("index.html"))
    return any(c in index.urls for c in candidates)


def _relative(uri: str, page_uri: str) -> str:
    return posixpath.relpath(uri, posixpath.dirname(page_uri) or ".")


def _missing(target: str, in_repo: str, index: SiteIndex) -> str:
    known = sorted(set(index.sources) | {index.docs_prefix + u for u in index.uris if u.endswith(".md")})
    close = difflib.get_close_matches(in_repo, known, n=1, cutoff=0.75)
    hint = f" Bedoel je {close[0]}?" if close else ""
    return f"verwacht een bestaand bestand, maar {in_repo} bestaat niet.{hint}"


def rewrite(
    markdown: str, source_path: str, page_uri: str, page_url: str, index: SiteIndex, first_line: int = 1
) -> tuple[str, list[ContentError]]:
    """``markdown`` with links to sources pointing at their pages, and a problem for every
    link to something the site does not have, or any markup that would run code
    (``unsafe.py``)."""
    problems = [ContentError(source_path, line, None, message) for line, message in unsafe_markup(markdown, first_line)]
    lines = markdown.split("\n")
    for link in find(markdown, first_line):
        resolved = resolve(link.target, source_path, page_uri, page_url, index)
        if resolved.problem:
            what = "afbeelding" if link.image else "link"
            problems.append(ContentError(source_path, link.line, None, f"{what} ({link.target}): {resolved.problem}"))
            # The build fails on the problem; MkDocs need not warn about it again in English.
            resolved = Resolved(_NOWHERE)
        if resolved.target != link.target:
            i = link.line - first_line
            lines[i] = _replace_target(lines[i], link.target, resolved.target)
    return "\n".join(lines), problems


_NOWHERE = "#"


def _replace_target(line: str, old: str, new: str) -> str:
    for opening in ("](<", "](", "]: <", "]: "):
        spot = line.find(opening + old)
        if spot >= 0:
            start = spot + len(opening)
            return line[:start] + new + line[start + len(old) :]
    return line

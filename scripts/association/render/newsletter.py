"""The newsletter: an issue made from the site's content, as e-mail HTML, plain text,
Markdown and a multipart message (.eml).

What goes in (``plan``): the columns published since the previous issue, the activities of
the coming weeks, and the changes to announced activities since then (cancelled,
postponed, moved dates). Every link is absolute; the HTML is tables and inline styles,
which is what mail programs render alike, with a dark-mode block for the ones that honour
``prefers-color-scheme``. Pure: the caller gives the content, the clock and the site.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..content.columns import Column
from ..content.dates import start_of
from ..content.events import Event, Status
from ..content.occurrences import Occurrence, expand
from . import dutch, images, raster

TEMPLATES = Path(__file__).resolve().parent.parent / "theme" / "newsletter"
IMAGE_WIDTH = 560
"""Pixels: the content column of the mail is 600 wide with 20 either side."""
MAIL_IMAGES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif"}
"""Formats every mail program shows; SVG is left out (Gmail and Outlook do not show it)."""


@dataclass(frozen=True)
class Image:
    url: str
    width: int
    height: int
    alt: str


@dataclass(frozen=True)
class Item:
    """One column, activity or change, as the mail shows it."""

    title: str
    url: str
    when: str
    summary: str
    label: str = ""
    """"Gaat niet door", "Uitgesteld", "Verplaatst": a change; empty otherwise."""
    image: Image | None = None
    meta: str = ""
    """Category and author, or category and place."""


@dataclass(frozen=True)
class Site:
    name: str
    url: str
    """Absolute, ending in /."""
    color: str
    logo: Image | None = None
    footer: str = ""
    """The association's own closing line (how to unsubscribe, whom to ask); empty: a neutral one."""


@dataclass(frozen=True)
class Issue:
    site: Site
    number: int
    year: int
    since: date
    weeks: int
    columns: tuple[Item, ...]
    activities: tuple[Item, ...]
    changes: tuple[Item, ...]
    subject: str
    preheader: str

    @property
    def name(self) -> str:
        return f"{self.year}-{self.number:02d}"

    @property
    def sections(self) -> list[tuple[str, tuple[Item, ...]]]:
        """(heading, items) in the order every format shows them: changes first."""
        sections = []
        if self.changes:
            sections.append(("Wijzigingen in de agenda", self.changes))
        if self.columns:
            sections.append(("Nieuw op de site", self.columns))
        if self.activities:
            sections.append((f"Agenda: de komende {self.weeks} weken", self.activities))
        return sections

    @property
    def empty(self) -> bool:
        return not (self.columns or self.activities or self.changes)


def mail_image(
    path: Path | None, site_url: str, site_path: str, alt: str, width: int = IMAGE_WIDTH, *, resized: bool = True
) -> Image | None:
    """An image a mail program can show, at most ``width`` wide; None when it cannot.

    ``resized``: link the site's copy in the original format (``render/images.py``: the
    build made it under the same name) that is at least twice ``width``, sharp on a
    high-density screen without sending the original photo; WebP is left out, Outlook
    does not show it."""
    if path is None or path.suffix.lower() not in MAIL_IMAGES:
        return None
    try:
        data = path.read_bytes()
        probe = raster.probe(data)
    except (OSError, raster.UnreadableImage):
        return None
    if probe.width == 0:
        return None
    url = site_url + site_path
    if resized:
        digest = hashlib.sha256(data).hexdigest()
        source = images.Source(site_path, digest, probe.width, probe.height, probe.format)
        planned = images.plan(source, images.Encoding(library=raster.LIBRARY))
        if planned is not None:
            url = site_url + planned.fitting(2 * width).path
    shown = min(width, probe.width)
    return Image(url, shown, round(probe.height * shown / probe.width), alt)


def plan(
    columns: Sequence[Column],
    events: Sequence[Event],
    *,
    site: Site,
    now: datetime,
    since: date,
    weeks: int,
    number: int,
    tz: ZoneInfo,
    image_file: ImageFile,
) -> Issue:
    """The issue: ``columns`` already filtered to what is published at ``now``."""
    new_columns = [c for c in columns if c.dated and start_of(c.date, tz).date() >= since]
    column_items = tuple(
        _column_item(c, site, image_file) for c in sorted(new_columns, key=lambda c: start_of(c.date, tz))
    )
    horizon = now + timedelta(weeks=weeks)
    coming: list[Occurrence] = []
    changed: list[Occurrence] = []
    for event in events:
        if event.draft:
            continue
        for occurrence in expand(event, now):
            if occurrence.ends_at() <= now:
                continue  # over: not news any more
            if _is_change(occurrence, since, tz):
                changed.append(occurrence)  # however far ahead: members who planned for it must know
            elif occurrence.status is Status.SCHEDULED and occurrence.starts_at() <= horizon:
                coming.append(occurrence)
    activities = tuple(_occurrence_item(o, site, tz, image_file) for o in sorted(coming, key=lambda o: o.starts_at()))
    changes = tuple(
        _occurrence_item(o, site, tz, image_file, change=True) for o in sorted(changed, key=lambda o: o.starts_at())
    )
    subject, preheader = _subject(site, column_items, activities, changes)
    return Issue(
        site, number, now.astimezone(tz).year, since, weeks, column_items, activities, changes, subject, preheader
    )


class ImageFile:
    """Finds the file behind a site path (``columns/2026/x/foto.png``), for its size."""

    def __init__(self, sources: dict[str, Path]) -> None:
        self._sources = sources

    def __call__(self, site_path: str) -> Path | None:
        return self._sources.get(site_path)


def _is_change(occurrence: Occurrence, since: date, tz: ZoneInfo) -> bool:
    """Cancelled, postponed or moved, and changed (``updated``) since the last issue."""
    event = occurrence.event
    changed = occurrence.status is not Status.SCHEDULED or occurrence.moved_from is not None
    if not changed or event.updated is None:
        return False
    updated = event.updated.astimezone(tz).date() if isinstance(event.updated, datetime) else event.updated
    return updated >= since


def _column_item(column: Column, site: Site, image_file: ImageFile) -> Item:
    image = None
    if column.image:
        image = mail_image(image_file(column.image), site.url, column.image, column.image_alt or "")
    return Item(
        title=column.title,
        url=site.url + column.url,
        when=dutch.column_date(column),
        summary=column.summary,
        image=image,
        meta=f"{column.category} · {column.author.name}",
    )


def _occurrence_item(
    occurrence: Occurrence, site: Site, tz: ZoneInfo, image_file: ImageFile, *, change: bool = False
) -> Item:
    event = occurrence.event
    label = ""
    summary = event.summary
    if change:
        if occurrence.status is Status.CANCELLED:
            label = "Gaat niet door"
            summary = occurrence.status_reason or "Deze activiteit gaat niet door."
        elif occurrence.status is Status.POSTPONED:
            label = "Uitgesteld"
            summary = occurrence.status_reason or "Een nieuwe datum volgt."
        elif occurrence.moved_from is not None:
            label = "Verplaatst"
            summary = f"Verplaatst van {dutch.weekday_date(occurrence.moved_from)}. {event.summary}".strip()
    place = occurrence.location.city or occurrence.location.venue if occurrence.location else ""
    if occurrence.online:
        place = f"{place} en online" if place else "online"
    anchor = f"#{occurrence.key}" if event.recurrence else ""
    image = mail_image(image_file(event.image), site.url, event.image, event.image_alt or "") if event.image else None
    return Item(
        title=event.title,
        url=site.url + event.url + anchor,
        when=dutch.when(occurrence.start, occurrence.end, tz, event.time_note),
        summary=summary,
        label=label,
        image=image,
        meta=" · ".join(part for part in (event.category, place) if part),
    )


def _subject(
    site: Site, columns: Sequence[Item], activities: Sequence[Item], changes: Sequence[Item]
) -> tuple[str, str]:
    """A subject line and a preheader (the grey line after the subject) from the contents."""
    lead = columns[0].title if columns else activities[0].title if activities else changes[0].title if changes else ""
    subject = f"Nieuwsbrief {site.name}: {lead}" if lead else f"Nieuwsbrief {site.name}"
    parts = []
    if columns:
        parts.append(f"{len(columns)} {'nieuw stuk' if len(columns) == 1 else 'nieuwe stukken'}")
    if activities:
        parts.append(f"{len(activities)} {'activiteit' if len(activities) == 1 else 'activiteiten'} in de agenda")
    if changes:
        parts.append(f"{len(changes)} {'wijziging' if len(changes) == 1 else 'wijzigingen'} in de agenda")
    preheader = _sentence(parts) if parts else "Er is deze keer weinig nieuws."
    return subject, preheader


def _sentence(parts: Sequence[str]) -> str:
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]
    return text[0].upper() + text[1:] + "."


_ENV = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def html(issue: Issue) -> str:
    return _ENV.get_template("email.html").render(issue=issue)


def text(issue: Issue) -> str:
    """The plain-text part: the same content, links written out."""
    lines = [issue.subject, "=" * len(issue.subject), "", issue.preheader, ""]
    for heading, items in issue.sections:
        lines += [heading, "-" * len(heading), ""]
        for item in items:
            title = f"{item.label}: {item.title}" if item.label else item.title
            lines += [title, f"{item.when} · {item.meta}" if item.meta else item.when]
            if item.summary:
                lines.append(item.summary)
            lines += [item.url, ""]
    lines += [
        "--",
        f"{issue.site.name} · {issue.site.url}",
        f"Agenda: {issue.site.url}agenda/",
        issue.site.footer or "Deze nieuwsbrief is gemaakt van wat er op de site staat.",
        "",
    ]
    return "\n".join(lines)


def markdown(issue: Issue) -> str:
    """The same content as Markdown, for mail programs and services that take it."""
    lines = [f"# {_md(issue.subject)}", "", _md(issue.preheader), ""]
    for heading, items in issue.sections:
        lines += [f"## {heading}", ""]
        for item in items:
            title = f"**{_md(item.label)}:** " if item.label else ""
            lines.append(f"### {title}[{_md(item.title)}]({item.url})")
            lines += ["", f"*{_md(item.when)}{' · ' + _md(item.meta) if item.meta else ''}*", ""]
            if item.image:
                lines += [f"![{_md(item.image.alt)}]({item.image.url})", ""]
            if item.summary:
                lines += [_md(item.summary), ""]
    lines += ["---", "", f"[{_md(issue.site.name)}]({issue.site.url}) · [Agenda]({issue.site.url}agenda/)", ""]
    return "\n".join(lines)


_MD_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}


def _md(text: str) -> str:
    """Text that every Markdown reader shows as written: its marks backslashed, and the
    characters of HTML as entities (a backslash before ``<`` is CommonMark's, not every
    reader's: Python-Markdown would show it)."""
    return "".join(_MD_ENTITIES.get(ch) or ("\\" + ch if ch in "\\`*_[]#" else ch) for ch in text)


def eml(issue: Issue, *, sender: str = "", now: datetime) -> bytes:
    """A multipart/alternative message (text, then HTML) that a mail program can open as a
    draft or import; ``sender`` is the From line when given."""
    message = EmailMessage()
    message["Subject"] = issue.subject
    if sender:
        message["From"] = sender
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(idstring=f"nieuwsbrief-{issue.name}", domain=issue.site.url.split("/")[2])
    message["X-Unsent"] = "1"  # Outlook and Apple Mail open it as a draft to send
    message.set_content(text(issue))
    message.add_alternative(html(issue), subtype="html")
    return bytes(message)

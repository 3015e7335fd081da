"""Columns: the dated pieces (chair's column, news, articles).

``parse_column`` turns one source's front matter into a frozen ``Column`` or a list of
errors. It does no I/O: the loader hands it the text and, for a folder bundle, the names
and sizes of the files beside ``index.md``.
"""

from __future__ import annotations

import mimetypes
import re
from calendar import monthrange
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from . import fields, schema
from .authors import Author
from .collect import Collector
from .dates import NAME, Moment, day_of, parse_moment, shown, start_of
from .errors import ContentError, FieldError
from .frontmatter import FrontMatter
from .settings import ContentSettings
from .slugs import parse_slug, slugify
from .text import reading_minutes, summary_of

ATTACHMENT_TYPES = (".pdf",)
IMAGE_TYPES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif")

COLUMN_FIELDS = schema.names(schema.COLUMN)
_REQUIRED = schema.required_texts(schema.COLUMN)
# Material's own page settings pass through untouched.
PASSTHROUGH_FIELDS = ("description", "hide", "search", "subtitle")

_BUNDLE = "bundle:"


@dataclass(frozen=True)
class Source:
    """Where a piece of content came from; gathered by the loader."""

    path: str
    """Path from the project root with forward slashes, as editors see it in git."""
    abs_path: str
    stem: str
    """File name without ``.md``, or the folder name of a bundle."""
    bundle: Mapping[str, int] | None = None
    """For a folder bundle: every other file in the folder (relative name -> size)."""


@dataclass(frozen=True)
class Attachment:
    filename: str
    title: str
    size: int
    media_type: str


class Precision(str, Enum):
    """How much of a column's date is known.

    Texts taken over from an older site or a newsletter often give only a month, or no
    date at all; the site shows what is known and never a day that nobody wrote down."""

    DAY = "day"
    """``date: 2019-02-20`` or ``2019-02-20 10:00``."""
    MONTH = "month"
    """``date: 2017-02``: shown as "februari 2017"; sorted and in feeds as the month's
    last day, so it never comes before what it reports on."""
    UNKNOWN = "unknown"
    """``date: onbekend``: shown as "datum onbekend", listed after every dated column,
    in no year's archive and in no feed (a feed item needs a date)."""


UNKNOWN_DATE = date(1900, 1, 1)
"""What an unknown date sorts as: before every dated column."""


@dataclass(frozen=True)
class Column:
    source: Source
    slug: str
    title: str
    date: Moment
    author: Author
    category: str
    tags: tuple[str, ...]
    summary: str
    reading_minutes: int
    """The body itself is not kept: MkDocs reads and renders it from the source, and a
    second copy of every body would cost as much memory as MkDocs' own."""
    image: str | None = None
    """Site path of the image (``columns/2019/slug/foto.jpg`` or ``assets/x.svg``)."""
    image_alt: str | None = None
    updated: Moment | None = None
    draft: bool = False
    attachments: tuple[Attachment, ...] = ()
    precision: Precision = Precision.DAY
    """How much of the date the source gives (see :class:`Precision`)."""
    aliases: tuple[str, ...] = ()
    """Earlier site paths of this column (``columns/2017/oude-naam/``): each gets a redirect."""

    @property
    def year(self) -> int | None:
        """None when the date is unknown: such a column is in no year's archive."""
        return None if self.precision is Precision.UNKNOWN else day_of(self.date).year

    @property
    def url(self) -> str:
        """Site path of the column page: ``columns/<year>/<slug>/``, or
        ``columns/zonder-datum/<slug>/`` when the date is unknown."""
        return column_url(self.year, self.slug)

    @property
    def dated(self) -> bool:
        return self.precision is not Precision.UNKNOWN

    def published_at(self, settings: ContentSettings) -> datetime:
        """The instant the column goes public: its time, or the start of its day."""
        return start_of(self.date, settings.timezone)


def parse_column(
    front: FrontMatter,
    source: Source,
    settings: ContentSettings,
    authors: Mapping[str, Author],
    docs_file_exists: Callable[[str], bool],
) -> tuple[Column | None, list[ContentError]]:
    """Validate every field and collect every problem; return a Column only if there are none."""
    c = Collector(front, source.path)
    c.reject_unknown(COLUMN_FIELDS, PASSTHROUGH_FIELDS)
    c.field("title", fields.text, required=_REQUIRED["title"])
    c.field("date", lambda v: _published(v, settings), required=_REQUIRED["date"])
    c.field(
        "author",
        lambda v: _author(v, authors),
        required=_REQUIRED["author"],
    )
    c.field(
        "category",
        lambda v: fields.choice(v, settings.column_categories, what="een categorie"),
        required=_REQUIRED["category"],
    )
    c.field("tags", fields.text_list)
    c.field("summary", fields.text)
    c.field("image_alt", fields.text)
    c.field("updated", lambda v: parse_moment(v, settings.timezone))
    c.field("draft", fields.boolean)
    c.field("slug", parse_slug)
    c.field("image", lambda v: parse_image(v, source, docs_file_exists))
    c.field("attachments", lambda v: _listed_attachments(v, source))
    c.field("aliases", _aliases)
    values = c.values
    precision = Precision.DAY
    if "date" in values:
        values["date"], precision = values["date"]
    check_image_alt(c)
    if "updated" in values and "date" in values and day_of(values["updated"]) < day_of(values["date"]):
        c.error(
            "updated",
            f"verwacht een datum op of na 'date' ({shown(values['date'])}), gevonden {shown(values['updated'])}",
        )
    slug = values.get("slug") or slug_from_name(source.stem)
    if not slug:
        c.error("slug", f"verwacht een bestandsnaam als 2026-11-22-titel.md, gevonden '{source.stem}'")
    c.check_name_date(source.stem, "date", values.get("date"))
    c.check_body()
    if c.failed:
        return None, c.errors

    body = front.body
    year = day_of(values["date"]).year if precision is not Precision.UNKNOWN else None
    image = published_image(values.get("image"), column_url(year, slug))
    column = Column(
        source=source,
        slug=slug,
        title=values["title"],
        date=values["date"],
        precision=precision,
        aliases=values.get("aliases", ()),
        author=values["author"],
        category=values["category"],
        tags=values.get("tags", ()),
        summary=values.get("summary") or summary_of(body),
        reading_minutes=reading_minutes(body, settings.words_per_minute),
        image=image,
        image_alt=values.get("image_alt"),
        updated=values.get("updated"),
        draft=values.get("draft", False),
        attachments=_attachments(values.get("attachments", {}), source),
    )
    return column, c.errors


def published_image(image: str | None, page_url: str) -> str | None:
    """A bundle image is published beside its page; a docs/ path stays where it is."""
    if image is not None and image.startswith(_BUNDLE):
        return page_url + image[len(_BUNDLE) :]
    return image


def check_image_alt(c: Collector) -> None:
    """An image needs a text alternative for readers who cannot see it (WCAG 1.1.1)."""
    if "image" in c.values and c.front.data.get("image_alt") is None:
        c.error(
            "image_alt",
            "verwacht een korte beschrijving van de afbeelding voor wie haar niet kan zien "
            "(image_alt), maar die ontbreekt",
            at="image",
        )


UNDATED_FOLDER = "zonder-datum"


def column_url(year: int | None, slug: str) -> str:
    return f"columns/{year if year is not None else UNDATED_FOLDER}/{slug}/"


_NAME_WITH_MONTH = re.compile(r"^\d{4}-\d{2}-(.+)$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def slug_from_name(stem: str) -> str:
    """``2026-11-22-titel`` -> ``titel``; ``2017-02-titel`` (a column dated by month) too."""
    match = NAME.match(stem) or _NAME_WITH_MONTH.match(stem)
    return slugify(match.group(match.lastindex or 1) if match else stem)


def _aliases(value: object) -> tuple[str, ...]:
    """Old addresses of a renamed or moved-in column, as paths on the site:
    ``[/columns/2017/oude-naam/]``, or a WordPress permalink such as ``[/2013/01/11/titel/]``.
    A path the site itself uses is refused by the build (every URL is unique)."""
    paths = []
    for item in fields.text_list(value):
        path = item.strip().strip("/")
        parts = path.split("/")
        if not path or any(c.isspace() or c in _NOT_IN_ALIAS for c in path) or ".." in parts or "" in parts:
            raise FieldError("oude webadressen van deze column, zoals aliases: [/columns/2017/oude-naam/]", item)
        paths.append(path + "/")
    return tuple(paths)


_NOT_IN_ALIAS = frozenset("?#\\\"'<>%")


_UNKNOWN_WORDS = ("onbekend",)


def _published(value: object, settings: ContentSettings) -> tuple[Moment, Precision]:
    """A date, a date and time, only a month (``2017-02``), or ``onbekend``: the moment the
    column sorts as, and how much of it is known (:class:`Precision`)."""
    if isinstance(value, str) and value.strip().lower() in _UNKNOWN_WORDS:
        return UNKNOWN_DATE, Precision.UNKNOWN
    if isinstance(value, str) and (match := _MONTH.match(value.strip())):
        year, month = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            raise FieldError("een maand van 1 tot en met 12, bijvoorbeeld date: 2017-02", value)
        return date(year, month, monthrange(year, month)[1]), Precision.MONTH
    return parse_moment(value, settings.timezone), Precision.DAY


def _author(value: object, authors: Mapping[str, Author]) -> Author:
    if isinstance(value, str) and value.strip() in authors:
        return authors[value.strip()]
    known = sorted(authors)
    fields.choice(value, known, what="een auteur uit het auteursbestand")
    raise AssertionError("unreachable")  # pragma: no cover


def parse_image(value: object, source: Source, docs_file_exists: Callable[[str], bool]) -> str:
    """``foto.jpg`` (in the bundle folder) or ``/assets/...`` (inside docs/)."""
    path = fields.text(value, what="een afbeelding: een bestand in de map van de column, of /assets/...")
    if not path.lower().endswith(IMAGE_TYPES):
        raise FieldError(f"een afbeelding ({', '.join(IMAGE_TYPES)})", path)
    if path.startswith("/"):
        inside = path.lstrip("/")
        if ".." in inside.split("/") or not docs_file_exists(inside):
            raise FieldError("een bestaand bestand in docs/", path)
        return inside
    if source.bundle is None:
        raise FieldError(
            "een pad dat met / begint (een bestand in docs/), of een column als map met de afbeelding erin", path
        )
    if path not in source.bundle:
        raise FieldError(f"een bestand in de map {source.path.rsplit('/', 1)[0]}/", path)
    return _BUNDLE + path


def _listed_attachments(value: object, source: Source) -> dict[str, str]:
    """``attachments``: a list of file names, or of ``{file: ..., title: ...}``."""
    if source.bundle is None:
        raise FieldError("bijlagen alleen bij een column als map (columns/2026-11-22-titel/index.md)", value)
    if not isinstance(value, list):
        raise FieldError("een lijst met bijlagen, zoals - file: verslag.pdf", value)
    listed: dict[str, str] = {}
    for item in value:
        if isinstance(item, str):
            name, title = item, ""
        elif isinstance(item, dict) and isinstance(item.get("file"), str):
            name, title = item["file"], fields.optional_text(item.get("title"))
        else:
            raise FieldError("per bijlage een bestandsnaam, of file: en title:", item)
        if name not in source.bundle:
            raise FieldError(f"een bestand in de map {source.path.rsplit('/', 1)[0]}/", name)
        listed[name] = title
    return listed


def _attachments(listed: Mapping[str, str], source: Source) -> tuple[Attachment, ...]:
    """Listed attachments in their order, then every other PDF in the bundle by name."""
    if source.bundle is None:
        return ()
    names = list(listed) + sorted(
        name for name in source.bundle if name.lower().endswith(ATTACHMENT_TYPES) and name not in listed
    )
    return tuple(
        Attachment(
            filename=name,
            title=listed.get(name) or _title_from_name(name),
            size=source.bundle[name],
            media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
        )
        for name in names
    )


def _title_from_name(name: str) -> str:
    stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    words = re.sub(r"[-_]+", " ", stem).strip()
    return words[:1].upper() + words[1:]


def is_future(column: Column, now: datetime, settings: ContentSettings) -> bool:
    return column.published_at(settings) > now


def sort_key(column: Column, settings: ContentSettings) -> tuple[datetime, str]:
    """Newest first when reversed; the slug breaks ties so order never depends on the disk."""
    return (column.published_at(settings), column.slug)

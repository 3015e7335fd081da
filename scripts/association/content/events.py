"""Events: workshops, webinars, lectures and site visits.

An event is one page; a recurring event (RRULE) is one page whose every occurrence appears
in the agenda and the month grids. Times are aware datetimes in the event's zone (the
site's zone unless the event names another); an event given as dates only is all-day,
and its ``end`` is the last day, inclusive, as editors say it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import Enum
from zoneinfo import ZoneInfo

from . import eventfields, fields, schema
from .collect import Collector
from .columns import Source, check_image_alt, parse_image, published_image, slug_from_name
from .dates import Moment, day_of, end_of, parse_moment, parse_timezone, shown
from .errors import ContentError, FieldError
from .eventfields import Location, Registration, Speaker
from .eventfields import Status as Status  # re-exported: events.Status is the public name
from .frontmatter import FrontMatter
from .series import SeriesChange, parse_changes, parse_extra_dates
from .settings import ContentSettings
from .slugs import parse_slug
from .text import summary_of

EVENT_FIELDS = schema.names(schema.EVENT)
_REQUIRED = schema.required_texts(schema.EVENT)
PASSTHROUGH_FIELDS = ("description", "hide", "search")


class Attendance(str, Enum):
    OFFLINE = "offline"
    ONLINE = "online"
    MIXED = "mixed"


@dataclass(frozen=True)
class Event:
    source: Source
    slug: str
    title: str
    start: Moment
    end: Moment | None
    """Inclusive last day (all-day) or end time; None when the editor gave no end."""
    timezone: ZoneInfo
    category: str
    summary: str
    organizer: str
    location: Location | None = None
    online: str | None = None
    registration: Registration | None = None
    cost: str = ""
    price: Decimal | None = None
    speakers: tuple[Speaker, ...] = ()
    status: Status = Status.SCHEDULED
    status_reason: str = ""
    recurrence: str | None = None
    image: str | None = None
    image_alt: str | None = None
    updated: Moment | None = None
    uid: str | None = None
    draft: bool = False
    exceptions: tuple[SeriesChange, ...] = ()
    """Changes to single dates of a series (content/series.py)."""
    extra_dates: tuple[Moment, ...] = ()
    """Dates beside the rule (RDATE)."""
    time_note: str = ""
    """When in the day, in words, for an event given as dates only ("'s middags"): what a
    source says when it gives no clock times, so the page never shows invented ones."""

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    @property
    def year(self) -> int:
        return day_of(self.start).year

    @property
    def url(self) -> str:
        return event_url(self.year, self.slug)

    @property
    def attendance(self) -> Attendance | None:
        return attendance_of(self.location, self.online)


def attendance_of(location: Location | None, online: str | None) -> Attendance | None:
    """In a hall, online, or both (mixed): of an event, or of one date of a series."""
    if location and online:
        return Attendance.MIXED
    if online:
        return Attendance.ONLINE
    if location:
        return Attendance.OFFLINE
    return None


def event_url(year: int, slug: str) -> str:
    return f"agenda/{year}/{slug}/"


def parse_event(
    front: FrontMatter,
    source: Source,
    settings: ContentSettings,
    docs_file_exists: Callable[[str], bool],
) -> tuple[Event | None, list[ContentError]]:
    c = Collector(front, source.path)
    c.reject_unknown(EVENT_FIELDS, PASSTHROUGH_FIELDS)
    c.field("timezone", parse_timezone)
    tz: ZoneInfo = c.values.get("timezone", settings.timezone)
    moment = lambda v: parse_moment(v, tz)  # noqa: E731 - read as a field parser
    c.field("title", fields.text, required=_REQUIRED["title"])
    c.field(
        "start",
        moment,
        required=_REQUIRED["start"],
    )
    c.field("end", moment)
    c.field("time_note", fields.text)
    c.field(
        "category",
        lambda v: fields.choice(v, settings.event_categories, what="een categorie"),
        required=_REQUIRED["category"],
    )
    c.field("location", eventfields.location)
    c.field("online", eventfields.url)
    c.field("registration", lambda v: eventfields.registration(v, tz))
    c.field("cost", eventfields.cost)
    c.field("organizer", fields.text)
    c.field("speakers", eventfields.speakers)
    c.field("status", lambda v: Status(fields.choice(v, [s.value for s in Status], what="een status")))
    c.field("status_reason", fields.text)
    c.field("summary", fields.text)
    c.field("image", lambda v: parse_image(v, source, docs_file_exists))
    c.field("image_alt", fields.text)
    c.field("updated", moment)
    c.field(
        "uid",
        _uid,
        required=_REQUIRED["uid"].format(stem=source.stem, uid_domain=settings.uid_domain),
    )
    c.field("draft", fields.boolean)
    c.field("slug", parse_slug)
    values = c.values
    start, end = values.get("start"), values.get("end")
    if start is not None:
        c.field("recurrence", lambda v: eventfields.recurrence(v, start))
        rule = values.get("recurrence")
        c.field("exceptions", lambda v: parse_changes(v, rule, start, end, tz))
        c.field("extra_dates", lambda v: parse_extra_dates(v, rule, start, tz))
        for change in values.get("exceptions", ()):
            if change.status not in (None, Status.SCHEDULED) and "updated" not in front.data:
                c.error(
                    "updated",
                    "verwacht bij een geannuleerde of verplaatste datum ook updated: met de datum en tijd "
                    "van deze wijziging; anders zien agenda-apps van abonnees de wijziging niet",
                    at="exceptions",
                )
                break
    if start is not None and end is not None:
        _check_end(c, start, end)
    if isinstance(start, datetime) and values.get("time_note"):
        c.error(
            "time_note",
            "verwacht een tijd in woorden alleen bij een activiteit met alleen een datum (start: "
            f"{start.date().isoformat()}), gevonden start met een tijd ({shown(start)}): de tijd staat er dan al; "
            "laat time_note weg",
        )
    registration = values.get("registration")
    deadline = registration.deadline if registration is not None else None
    if start is not None and deadline is not None and end_of(deadline, tz) > end_of(start, tz):
        c.error(
            "registration",
            f"verwacht een aanmelddeadline op of voor het begin ({shown(start)}), gevonden {shown(deadline)}",
        )
    if values.get("status", Status.SCHEDULED) is not Status.SCHEDULED and "updated" not in front.data:
        c.error(
            "updated",
            "verwacht bij een geannuleerde of uitgestelde activiteit ook updated: met de datum en tijd van "
            "deze wijziging (bijvoorbeeld updated: 2026-11-23 10:00); anders zien agenda-apps van abonnees de "
            "wijziging niet",
            at="status",
        )
    if values.get("status_reason") and values.get("status", Status.SCHEDULED) is Status.SCHEDULED:
        c.error("status_reason", "verwacht alleen een reden bij status: cancelled of postponed", at="status_reason")
    check_image_alt(c)
    slug = values.get("slug") or slug_from_name(source.stem)
    if not slug:
        c.error("slug", f"verwacht een bestandsnaam als 2026-12-10-titel.md, gevonden '{source.stem}'")
    c.check_name_date(source.stem, "start", start, rename=False)
    c.check_body()
    if c.failed:
        return None, c.errors
    assert start is not None  # required: c.failed otherwise

    cost, price = values.get("cost", ("", None))
    url = event_url(day_of(start).year, slug)
    return Event(
        source=source,
        slug=slug,
        title=values["title"],
        start=start,
        end=end,
        timezone=tz,
        category=values["category"],
        summary=values.get("summary") or summary_of(front.body),
        organizer=values.get("organizer", settings.organizer),
        location=values.get("location"),
        online=values.get("online"),
        registration=registration,
        cost=cost,
        price=price,
        speakers=values.get("speakers", ()),
        status=values.get("status", Status.SCHEDULED),
        status_reason=values.get("status_reason", ""),
        recurrence=values.get("recurrence"),
        image=published_image(values.get("image"), url),
        image_alt=values.get("image_alt"),
        updated=values.get("updated"),
        uid=values.get("uid"),
        draft=values.get("draft", False),
        exceptions=values.get("exceptions", ()),
        extra_dates=values.get("extra_dates", ()),
        time_note=values.get("time_note", ""),
    ), c.errors


def _check_end(c: Collector, start: Moment, end: Moment) -> None:
    if isinstance(start, datetime) != isinstance(end, datetime):
        c.error("end", "verwacht voor start en end allebei een datum (hele dag) of allebei een datum met tijd")
    elif end < start:
        c.error("end", f"verwacht een einde op of na het begin ({shown(start)}), gevonden {shown(end)}")


def registration_deadline(event: Event) -> datetime | None:
    """The instant registration closes, if the event has a deadline."""
    if event.registration is None or event.registration.deadline is None:
        return None
    return end_of(event.registration.deadline, event.timezone)  # a date means: through that day


def _uid(value: object) -> str:
    text = fields.text(value, what="een vaste id, bijvoorbeeld najaarsworkshop-2026@example.org")
    if any(ch.isspace() or ord(ch) < 33 for ch in text):
        raise FieldError("een id zonder spaties", text)
    return text

"""Links that put an event, or the whole agenda, into someone's calendar app.

Google Calendar and Outlook.com take the event in the URL; nothing is loaded from them
until the visitor clicks, so the page itself makes no third-party request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import quote, urlencode

from ..content.occurrences import Occurrence


@dataclass(frozen=True)
class SubscribeLinks:
    webcal: str
    google: str
    outlook: str
    download: str


def subscribe(ics_url: str, name: str) -> SubscribeLinks:
    """For an absolute https:// URL of an .ics file."""
    webcal = "webcal://" + ics_url.split("://", 1)[-1]
    return SubscribeLinks(
        webcal=webcal,
        google="https://calendar.google.com/calendar/render?" + urlencode({"cid": webcal}),
        outlook="https://outlook.live.com/calendar/0/addfromweb?"
        + urlencode({"url": ics_url, "name": name}, quote_via=quote),
        download=ics_url,
    )


def _bounds(occurrence: Occurrence) -> tuple[date | datetime, date | datetime]:
    """Start and exclusive end; a timed event without end gets one hour in these links."""
    if occurrence.all_day:
        return occurrence.start, (occurrence.end or occurrence.start) + timedelta(days=1)
    start = occurrence.start
    end = occurrence.end if occurrence.end is not None else start + timedelta(hours=1)
    return start, end


def google(occurrence: Occurrence, details: str, location: str) -> str:
    start, end = _bounds(occurrence)
    if occurrence.all_day:
        dates = f"{start:%Y%m%d}/{end:%Y%m%d}"
    else:
        assert isinstance(start, datetime) and isinstance(end, datetime)  # a timed occurrence
        dates = f"{start.astimezone(UTC):%Y%m%dT%H%M%SZ}/{end.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    params = {"action": "TEMPLATE", "text": occurrence.event.title, "dates": dates, "details": details}
    if location:
        params["location"] = location
    if not occurrence.all_day:
        params["ctz"] = occurrence.event.timezone.key
    if occurrence.event.recurrence:
        params["recur"] = "RRULE:" + occurrence.event.recurrence
    return "https://calendar.google.com/calendar/render?" + urlencode(params, quote_via=quote)


def outlook(occurrence: Occurrence, details: str, location: str) -> str:
    start, end = _bounds(occurrence)
    params = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": occurrence.event.title,
        "startdt": start.isoformat(),
        "enddt": end.isoformat(),
        "allday": "true" if occurrence.all_day else "false",
        "body": details,
    }
    if location:
        params["location"] = location
    return "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(params, quote_via=quote)

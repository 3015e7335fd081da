"""schema.org Event as JSON-LD, from the same objects as the page and the .ics."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..content.events import Attendance, Status, attendance_of
from ..content.occurrences import Occurrence

_STATUS = {
    Status.SCHEDULED: "https://schema.org/EventScheduled",
    Status.CANCELLED: "https://schema.org/EventCancelled",
    Status.POSTPONED: "https://schema.org/EventPostponed",
}
_MODE = {
    Attendance.OFFLINE: "https://schema.org/OfflineEventAttendanceMode",
    Attendance.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    Attendance.MIXED: "https://schema.org/MixedEventAttendanceMode",
}


MAX_DATES = 50
"""A series names at most this many of its dates: a daily series of a year would make the
page heavy for what a search engine shows of it."""


def event_data(occurrence: Occurrence, site_url: str, organizer_url: str, images: Sequence[str] = ()) -> dict[str, Any]:
    """One schema.org Event for one occurrence (a series gets one per date, each with its
    own state: cancelled, rescheduled with its previous start, or as the series).
    ``images``: the addresses of the event's image as served (a resized copy, the social
    card); without them, the original's."""
    event = occurrence.event
    url = site_url + event.url + (f"#{occurrence.key}" if event.recurrence else "")
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": occurrence.start.isoformat(),
        "eventStatus": _STATUS[occurrence.status],
        "url": url,
        "organizer": {"@type": "Organization", "name": event.organizer, "url": organizer_url},
    }
    if occurrence.moved_from is not None and occurrence.status is Status.SCHEDULED:
        data["eventStatus"] = "https://schema.org/EventRescheduled"
        data["previousStartDate"] = occurrence.moved_from.isoformat()
    if occurrence.end is not None:
        # schema.org's endDate is inclusive for dates: the last day, as editors write it.
        data["endDate"] = occurrence.end.isoformat()
    location, online = occurrence.location, occurrence.online
    attendance = attendance_of(location, online)
    if attendance is not None:
        data["eventAttendanceMode"] = _MODE[attendance]
    locations = []
    if location is not None:
        loc = location
        address = {"@type": "PostalAddress", "addressCountry": "NL"}
        for key, value in (("streetAddress", loc.address), ("postalCode", loc.postcode), ("addressLocality", loc.city)):
            if value:
                address[key] = value
        locations.append({"@type": "Place", "name": loc.venue or loc.city, "address": address})
    if online:
        locations.append({"@type": "VirtualLocation", "url": online})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if event.summary:
        data["description"] = event.summary
    if images:
        data["image"] = list(images)
    elif event.image:
        data["image"] = [site_url + event.image]
    registration = occurrence.registration
    if event.price is not None or registration is not None:
        offer: dict[str, Any] = {"@type": "Offer", "priceCurrency": "EUR"}
        if event.price is not None:
            offer["price"] = f"{event.price:.2f}"
        if registration is not None:
            if registration.url:
                offer["url"] = registration.url
            offer["availability"] = "https://schema.org/SoldOut" if registration.full else "https://schema.org/InStock"
        data["offers"] = offer
    if occurrence.speakers:
        data["performer"] = [{"@type": "Person", "name": s.name} for s in occurrence.speakers]
    return data


def script(occurrences: Sequence[Occurrence], site_url: str, organizer_url: str, images: Sequence[str] = ()) -> str:
    """The JSON text for a ``<script type="application/ld+json">``, safe to inline in HTML:
    one Event, or for a series an EventSeries whose subEvents are its dates. The series is
    an Event too, so it carries what search engines require of one: its first start, its
    last end, and the place and attendance mode of the series itself (a date moved to
    another place says so in its own subEvent)."""
    items = [event_data(o, site_url, organizer_url, images) for o in occurrences[:MAX_DATES]]
    if len(items) == 1 and not occurrences[0].event.recurrence:
        return for_script(items[0])
    event = occurrences[0].event
    for item in items:
        del item["@context"]
    series: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "EventSeries",
        "name": event.title,
        "url": site_url + event.url,
        "startDate": items[0]["startDate"],
        "endDate": items[-1].get("endDate", items[-1]["startDate"]),
        "eventStatus": _STATUS[event.status],
        "organizer": {"@type": "Organization", "name": event.organizer, "url": organizer_url},
        "subEvent": items,
    }
    itself = event_data(Occurrence(event, event.start, event.end, 0), site_url, organizer_url, images)
    for key in ("eventAttendanceMode", "location", "image"):
        if key in itself:
            series[key] = itself[key]
    if event.summary:
        series["description"] = event.summary
    return for_script(series)


def for_script(payload: Any) -> str:
    """JSON safe to inline in a ``<script>``: "</script>" or "<!--" in a title must not end it."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")

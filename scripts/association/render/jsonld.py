"""schema.org Event as JSON-LD, from the same objects as the page and the .ics."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..content.events import Attendance, Event, Status
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


def event_data(occurrence: Occurrence, site_url: str, organizer_url: str) -> dict[str, Any]:
    """One schema.org Event for one occurrence (a series gets one per date)."""
    event = occurrence.event
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": occurrence.start.isoformat(),
        "eventStatus": _STATUS[event.status],
        "url": site_url + event.url,
        "organizer": {"@type": "Organization", "name": event.organizer, "url": organizer_url},
    }
    if occurrence.end is not None:
        # schema.org's endDate is inclusive for dates: the last day, as editors write it.
        data["endDate"] = occurrence.end.isoformat()
    if event.attendance is not None:
        data["eventAttendanceMode"] = _MODE[event.attendance]
    locations = []
    if event.location is not None:
        loc = event.location
        address = {"@type": "PostalAddress", "addressCountry": "NL"}
        for key, value in (("streetAddress", loc.address), ("postalCode", loc.postcode), ("addressLocality", loc.city)):
            if value:
                address[key] = value
        locations.append({"@type": "Place", "name": loc.venue or loc.city, "address": address})
    if event.online:
        locations.append({"@type": "VirtualLocation", "url": event.online})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if event.summary:
        data["description"] = event.summary
    if event.image:
        data["image"] = [site_url + event.image]
    if event.price is not None or event.registration is not None:
        offer: dict[str, Any] = {"@type": "Offer", "priceCurrency": "EUR"}
        if event.price is not None:
            offer["price"] = f"{event.price:.2f}"
        if event.registration is not None:
            if event.registration.url:
                offer["url"] = event.registration.url
            offer["availability"] = "https://schema.org/SoldOut" if event.registration.full else "https://schema.org/InStock"
        data["offers"] = offer
    if event.speakers:
        data["performer"] = [{"@type": "Person", "name": s.name} for s in event.speakers]
    return data


def script(occurrences: Sequence[Occurrence], site_url: str, organizer_url: str) -> str:
    """The JSON text for a ``<script type="application/ld+json">``, safe to inline in HTML."""
    items = [event_data(o, site_url, organizer_url) for o in occurrences]
    return for_script(items[0] if len(items) == 1 else items)


def for_script(payload: Any) -> str:
    """JSON safe to inline in a ``<script>``: "</script>" or "<!--" in a title must not end it."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")

"""The Events Calendar (``tribe_events``): its dates, place, organiser and cost as our fields.

The plugin keeps everything in post meta: ``_EventStartDate``/``_EventEndDate`` in the
event's own zone (``_EventTimezone``, an IANA name or ``UTC+1``), ``_EventAllDay``, the
venue and organiser as ids of their own posts (``tribe_venue``, ``tribe_organizer``),
``_EventCost`` and ``_EventURL``. An offset zone like ``UTC+1`` has no summer time, so such
an event is written in the site's zone from the UTC times the plugin also stores.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..content.dates import Moment
from .wxr import Item

_FORMAT = "%Y-%m-%d %H:%M:%S"


@dataclass(frozen=True)
class Place:
    venue: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""


@dataclass(frozen=True)
class EventFields:
    start: Moment
    end: Moment | None
    timezone: str | None
    """An IANA zone other than the site's, else None."""
    place: Place | None
    organizer: str
    cost: str
    website: str
    online: str
    status: str
    """``scheduled``, ``cancelled`` or ``postponed``."""


class EventDataError(ValueError):
    """The event's dates are missing or unreadable: a person must look."""


def fields(item: Item, posts: Mapping[int, Item], site_zone: ZoneInfo) -> EventFields:
    meta = item.meta
    all_day = meta.get("_EventAllDay", "").lower() in ("yes", "1", "true")
    zone_name = meta.get("_EventTimezone", "").strip()
    zone = _zone(zone_name)
    start = _moment(meta, "_EventStartDate", zone, site_zone, all_day)
    if start is None:
        raise EventDataError("geen geldige _EventStartDate")
    end = _moment(meta, "_EventEndDate", zone, site_zone, all_day)
    if end is not None and end < start:
        end = None
    if end == start:
        end = None
    use_zone = zone is not None and zone.key != site_zone.key and not all_day
    return EventFields(
        start=start,
        end=end,
        timezone=zone.key if use_zone and zone is not None else None,
        place=_place(posts.get(_id(meta.get("_EventVenueID", "")))),
        organizer=_organizer(posts.get(_id(meta.get("_EventOrganizerID", "")))),
        cost=_cost(meta.get("_EventCost", ""), meta.get("_EventCurrencySymbol", "")),
        website=meta.get("_EventURL", "").strip(),
        online=meta.get("_tribe_events_virtual_url", "").strip(),
        status={"canceled": "cancelled", "cancelled": "cancelled", "postponed": "postponed"}.get(
            meta.get("_tribe_events_status", "").strip().lower(), "scheduled"
        ),
    )


def _zone(name: str) -> ZoneInfo | None:
    if not name or (name.upper().startswith("UTC") and name.upper() != "UTC"):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _moment(meta: Mapping[str, str], key: str, zone: ZoneInfo | None, site: ZoneInfo, all_day: bool) -> Moment | None:
    local = _parse(meta.get(key, ""))
    if all_day:
        return local.date() if local is not None else None
    if zone is not None and local is not None:
        return local.replace(tzinfo=zone)
    utc = _parse(meta.get(key + "UTC", ""))
    if utc is not None:  # an offset zone, or none given: the UTC time, in the site's zone
        return utc.replace(tzinfo=UTC).astimezone(site)
    return local.replace(tzinfo=site) if local is not None else None


def _parse(text: str) -> datetime | None:
    try:
        return datetime.strptime(text.strip(), _FORMAT)
    except ValueError:
        try:
            return datetime.combine(date.fromisoformat(text.strip()), datetime.min.time())
        except ValueError:
            return None


def _id(text: str) -> int:
    return int(text) if text.strip().isdigit() else 0


def _place(venue: Item | None) -> Place | None:
    if venue is None or not venue.title.strip():
        return None
    meta = venue.meta
    return Place(
        venue=venue.title.strip(),
        address=meta.get("_VenueAddress", "").strip(),
        postcode=meta.get("_VenueZip", "").strip(),
        city=meta.get("_VenueCity", "").strip(),
    )


def _organizer(organizer: Item | None) -> str:
    return organizer.title.strip() if organizer is not None else ""


def _cost(cost: str, symbol: str) -> str:
    """``15`` stays a number (our field writes euros); anything else is kept as text."""
    cost = cost.strip()
    if not cost or (cost.replace(",", "").replace(".", "").isdigit() and symbol.strip() in ("", "€", "EUR")):
        return cost
    return f"{symbol.strip()} {cost}".strip() if symbol.strip() and symbol.strip() not in cost else cost

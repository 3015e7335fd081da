"""Parsers for the event-only front-matter values: places, links, registration, speakers, RRULE."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import Enum
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from . import fields
from .dates import Moment, parse_moment
from .errors import FieldError

_EMAIL = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[a-z]{2,}$", re.IGNORECASE)


class Status(str, Enum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"


@dataclass(frozen=True)
class Location:
    venue: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""

    @property
    def one_line(self) -> str:
        """``Kwadraad, Stationsweg 1, 1234 AB Utrecht``: for LOCATION and map searches."""
        place = " ".join(p for p in (self.postcode, self.city) if p)
        return ", ".join(p for p in (self.venue, self.address, place) if p)


@dataclass(frozen=True)
class Registration:
    url: str | None = None
    email: str | None = None
    deadline: Moment | None = None
    full: bool = False

    @property
    def href(self) -> str | None:
        return self.url or (f"mailto:{self.email}" if self.email else None)


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str = ""


def url(value: object) -> str:
    """An absolute http(s) URL; ``www.x.nl`` gets the hint to add https://."""
    text = fields.text(value, what="een webadres dat begint met https://")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in text:
        hint = f"Schrijf https://{text}" if not parts.scheme and "." in text and " " not in text else ""
        raise FieldError("een webadres dat begint met https://", text, hint=hint)
    return text


def email(value: object) -> str:
    text = fields.text(value, what="een e-mailadres")
    if not _EMAIL.match(text):
        raise FieldError("een e-mailadres zoals naam@example.org", text)
    return text


def location(value: object) -> Location | None:
    """A venue name, or ``venue``/``address``/``postcode``/``city`` fields; all blank = none."""
    if isinstance(value, str):
        return Location(venue=fields.text(value))
    if not isinstance(value, dict):
        raise FieldError("een plaats: venue, address, postcode en city", value)
    unknown = sorted(set(map(str, value)) - {"venue", "address", "postcode", "city"})
    if unknown:
        raise FieldError("alleen venue, address, postcode en city", unknown[0])
    parts = {k: fields.optional_text(value.get(k)) for k in ("venue", "address", "postcode", "city")}
    if not any(parts.values()):
        return None  # a scaffold's empty block
    if not (parts["venue"] or parts["city"]):
        raise FieldError("ten minste venue of city", value)
    return Location(**parts)


def registration(value: object, tz: ZoneInfo) -> Registration | None:
    """A URL or e-mail address, or ``url``/``email``/``deadline``/``full`` fields."""
    if isinstance(value, str):
        return Registration(email=email(value)) if "@" in value and "://" not in value else Registration(url=url(value))
    if not isinstance(value, dict):
        raise FieldError("een webadres, een e-mailadres, of url/email/deadline/full", value)
    unknown = sorted(set(map(str, value)) - {"url", "email", "deadline", "full"})
    if unknown:
        raise FieldError("alleen url, email, deadline en full", unknown[0])
    if all(value.get(k) in (None, False) for k in ("url", "email", "deadline", "full")):
        return None  # a scaffold's empty block
    result = Registration(
        url=url(value["url"]) if value.get("url") is not None else None,
        email=email(value["email"]) if value.get("email") is not None else None,
        deadline=parse_moment(value["deadline"], tz) if value.get("deadline") is not None else None,
        full=fields.boolean(value["full"]) if value.get("full") is not None else False,
    )
    if result.url is None and result.email is None and not result.full:
        raise FieldError("een url of email om je aan te melden", value)
    return result


def speakers(value: object) -> tuple[Speaker, ...]:
    """A list of names, or of ``name``/``role``."""
    items = value if isinstance(value, list) else [value]
    result = []
    for item in items:
        if isinstance(item, dict):
            result.append(
                Speaker(
                    fields.text(item.get("name"), what="per spreker een naam"), fields.optional_text(item.get("role"))
                )
            )
        else:
            result.append(Speaker(fields.text(item, what="per spreker een naam")))
    return tuple(result)


_AMOUNT = re.compile(r"^\d+([.,]\d{1,2})?$")


def cost(value: object) -> tuple[str, Decimal | None]:
    """A price or a text: ``75`` -> ('', 75); ``Gratis voor leden`` -> (text, 0); other text -> (text, None).

    The number is kept as a number (for JSON-LD offers); the renderer writes it in Dutch.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise FieldError("een bedrag of een tekst zoals 'gratis voor leden'", value)
    if isinstance(value, (int, float)):
        if not math.isfinite(value) or value < 0:  # YAML's .nan, .inf and 1e400 are floats too
            raise FieldError("een bedrag van 0 of meer", value)
        return "", Decimal(str(value))
    text = fields.text(value, what="een bedrag of een tekst zoals 'gratis voor leden'")
    if _AMOUNT.match(text):  # "75" or "12,50": what a form's text field writes for a number
        return "", Decimal(text.replace(",", "."))
    return text, (Decimal(0) if text.lower().startswith("gratis") else None)


def recurrence(value: object, start: Moment) -> str:
    """An RFC 5545 RRULE such as ``FREQ=MONTHLY;BYDAY=2TH;COUNT=6``, checked by dateutil."""
    text = fields.text(value, what="een herhaling (RRULE) zoals FREQ=MONTHLY;BYDAY=2TH;COUNT=6")
    rule = text.removeprefix("RRULE:").upper()
    if "DTSTART" in rule or "\n" in rule:
        raise FieldError("alleen de RRULE; de eerste datum staat al in 'start'", text)
    if isinstance(start, datetime):
        # Editors write UNTIL=20271231; RFC 5545 wants UTC with a timed DTSTART.
        rule = re.sub(r"UNTIL=(\d{8})(?=;|$)", r"UNTIL=\1T225959Z", rule)
    dtstart = start if isinstance(start, datetime) else datetime.combine(start, datetime.min.time())
    try:
        rrulestr(rule, dtstart=dtstart)
    except (ValueError, TypeError):
        raise FieldError(
            "een herhaling in de vorm van RFC 5545, zoals FREQ=MONTHLY;BYDAY=2TH;COUNT=6",
            text,
            hint="Begin met FREQ= (DAILY, WEEKLY, MONTHLY of YEARLY), zet ; tussen de delen en sluit af met "
            "COUNT= (hoe vaak) of UNTIL= (tot welke datum), bijvoorbeeld FREQ=WEEKLY;COUNT=4",
        ) from None
    return rule

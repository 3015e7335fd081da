"""What an event's registration button does, decided at build time from the build's "now"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ..content.events import Event, Status, registration_deadline


class RegistrationState(StrEnum):
    """Templates ask ``registration.state is open`` (adapter/filters.py)."""

    OPEN = "open"
    FULL = "full"
    CLOSED = "closed"
    """The deadline has passed."""
    CANCELLED = "cancelled"
    PAST = "past"
    NONE = "none"
    """The event takes no registration."""


@dataclass(frozen=True)
class Registration:
    state: RegistrationState
    href: str | None
    deadline: datetime | None

    @property
    def shown(self) -> bool:
        """Whether the event page has a registration box (not for a cancelled event, nor
        for one without registration)."""
        return self.state not in (RegistrationState.NONE, RegistrationState.CANCELLED)


def registration(event: Event, ends: datetime, now: datetime) -> Registration:
    """``ends``: when the event's last occurrence is over."""
    reg = event.registration
    deadline = registration_deadline(event)
    if reg is None:
        return Registration(RegistrationState.NONE, None, None)
    if event.status is Status.CANCELLED:
        state = RegistrationState.CANCELLED
    elif ends <= now:
        state = RegistrationState.PAST
    elif reg.full:
        state = RegistrationState.FULL
    elif deadline is not None and deadline < now:
        state = RegistrationState.CLOSED
    else:
        state = RegistrationState.OPEN
    return Registration(state, reg.href, deadline)

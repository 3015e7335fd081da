"""An event's registration state (open, full, closed, cancelled, past, none) as decided from the build's "now"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from association.content.columns import Source
from association.content.eventfields import Registration as Signup
from association.content.events import Event, Status
from association.render.registration import Registration, RegistrationState, registration

AMS = ZoneInfo("Europe/Amsterdam")
START = datetime(2026, 12, 10, 14, 0, tzinfo=AMS)
ENDS = datetime(2026, 12, 10, 17, 0, tzinfo=AMS)
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=AMS)
FORM = Signup(url="https://www.example.org/aanmelden")


def event(signup: Signup | None = FORM, **changes) -> Event:
    base = Event(
        source=Source("events/2026-12-10-workshop.md", "/site/events/2026-12-10-workshop.md", "2026-12-10-workshop"),
        slug="workshop",
        title="Workshop subsidies",
        start=START,
        end=ENDS,
        timezone=AMS,
        category="Workshop",
        summary="Hoe vraag je subsidie aan?",
        organizer="Voorbeeldvereniging",
        registration=signup,
    )
    return replace(base, **changes)


def test_an_event_that_takes_no_registration_has_no_box():
    result = registration(event(None), ENDS, NOW)
    assert result == Registration(RegistrationState.NONE, None, None)
    assert not result.shown


def test_registration_is_open_before_the_event_and_links_to_the_form():
    result = registration(event(), ENDS, NOW)
    assert result.state is RegistrationState.OPEN and result.shown
    assert result.href == "https://www.example.org/aanmelden" and result.deadline is None


def test_an_e_mail_address_becomes_a_mailto_link():
    result = registration(event(Signup(email="secretariaat@example.org")), ENDS, NOW)
    assert result.href == "mailto:secretariaat@example.org"


def test_a_full_event_says_so_until_it_is_over():
    result = registration(event(Signup(url="https://www.example.org/aanmelden", full=True)), ENDS, NOW)
    assert result.state is RegistrationState.FULL and result.shown


def test_a_deadline_given_as_a_date_stays_open_through_that_whole_day():
    signup = Signup(url="https://www.example.org/aanmelden", deadline=date(2026, 12, 1))
    last_evening = datetime(2026, 12, 1, 23, 59, tzinfo=AMS)
    next_morning = datetime(2026, 12, 2, 0, 0, 1, tzinfo=AMS)
    assert registration(event(signup), ENDS, last_evening).state is RegistrationState.OPEN
    closed = registration(event(signup), ENDS, next_morning)
    assert closed.state is RegistrationState.CLOSED and closed.shown
    assert closed.deadline is not None and closed.deadline.date() == date(2026, 12, 1)
    assert closed.deadline < next_morning


def test_a_deadline_with_a_time_closes_at_that_time():
    deadline = datetime(2026, 12, 8, 12, 0, tzinfo=AMS)
    signup = Signup(url="https://www.example.org/aanmelden", deadline=deadline)
    assert registration(event(signup), ENDS, deadline - timedelta(minutes=1)).state is RegistrationState.OPEN
    assert registration(event(signup), ENDS, deadline + timedelta(minutes=1)).state is RegistrationState.CLOSED


def test_a_cancelled_event_shows_no_registration_box_whatever_else_holds():
    signup = Signup(url="https://www.example.org/aanmelden", full=True, deadline=date(2026, 11, 1))
    result = registration(event(signup, status=Status.CANCELLED), ENDS, NOW)
    assert result.state is RegistrationState.CANCELLED and not result.shown
    assert result.href == "https://www.example.org/aanmelden"  # kept: the view still knows where it was
    over = registration(event(signup, status=Status.CANCELLED), ENDS, ENDS + timedelta(days=1))
    assert over.state is RegistrationState.CANCELLED  # and it stays cancelled, not past


@pytest.mark.parametrize(
    "signup", [Signup(url="https://www.example.org/aanmelden", full=True), Signup(email="a@example.org")]
)
def test_once_the_last_occurrence_is_over_registration_is_past_even_when_it_was_full(signup):
    assert registration(event(signup), ENDS, ENDS).state is RegistrationState.PAST
    assert registration(event(signup), ENDS, ENDS - timedelta(seconds=1)).state is not RegistrationState.PAST


def test_past_wins_over_a_passed_deadline():
    signup = Signup(url="https://www.example.org/aanmelden", deadline=date(2026, 12, 1))
    assert registration(event(signup), ENDS, ENDS + timedelta(days=1)).state is RegistrationState.PAST


def test_a_series_is_open_while_its_last_date_is_still_to_come():
    later = datetime(2027, 3, 11, 17, 0, tzinfo=AMS)  # the series' last end, given by the planner
    after_first = ENDS + timedelta(days=1)
    assert registration(event(), later, after_first).state is RegistrationState.OPEN

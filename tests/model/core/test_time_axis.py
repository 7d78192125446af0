"""The one time axis: days to seconds since the epoch (UTC) and back."""

from __future__ import annotations

import calendar
from datetime import date

import pytest

from model.core.time_axis import DAY, day_start, event_interval, event_x, seconds_to_date
from tests.fakes import fake_result


@pytest.mark.parametrize("day", [date(1970, 1, 1), date(2021, 11, 15), date(1969, 7, 20), date(1, 1, 1), date(2400, 2, 29)])
def test_a_day_starts_at_midnight_utc_and_comes_back_as_itself(day: date) -> None:
    assert day_start(day) == calendar.timegm(day.timetuple())
    assert seconds_to_date(day_start(day)) == day
    assert seconds_to_date(day_start(day) + DAY - 1) == day


def test_an_interval_ends_where_the_day_after_its_last_day_starts() -> None:
    for event in fake_result().events:
        start, end = event_interval(event)
        assert (start, end) == (day_start(event.date.start), day_start(event.date.end) + DAY)
        assert event_x(event) == (start + end) / 2


def test_the_last_representable_day_has_an_interval() -> None:
    event = fake_result().events[0]
    event.date = type(event.date)("9999-12-31", date.max, date.max, "day")
    start, end = event_interval(event)
    assert end - start == DAY


def test_positions_beyond_the_calendar_clamp_to_its_ends() -> None:
    assert seconds_to_date(1e300) == date.max and seconds_to_date(-1e300) == date.min

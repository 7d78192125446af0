"""The one time axis: positions are seconds since the Unix epoch (UTC), the unit pyqtgraph's date
axis reads, and an event covers whole days, so its interval ends at the start of the day after its
last day. The event table, the timeline's columns, the date axis and the overview all use this.

Day arithmetic goes through ordinals (``date.toordinal``): exact, vectorisable with numpy
(``EPOCH_ORDINAL``), and defined for every ``date`` (no ``OverflowError`` at ``date.max``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from model.core.events import Event

DAY = 86400.0  # seconds in a day
EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def day_start(day: date) -> float:
    """Seconds since the epoch at 00:00 UTC of the day (negative before 1970)."""
    return (day.toordinal() - EPOCH_ORDINAL) * DAY


def event_interval(event: Event) -> tuple[float, float]:
    """The event's interval as [start, end) in seconds since the epoch."""
    return day_start(event.date.start), day_start(event.date.end) + DAY


def event_x(event: Event) -> float:
    """Where the event sits on the time axis: the midpoint of its interval."""
    start, end = event_interval(event)
    return (start + end) / 2


def to_datetime(seconds: float) -> datetime | None:
    """The UTC moment of a position; None beyond what ``datetime`` can hold."""
    try:
        return _EPOCH + timedelta(seconds=seconds)
    except OverflowError:
        return None


def seconds_to_date(seconds: float) -> date:
    """The calendar day (UTC) a position on the axis falls in, clamped to what `date` can hold."""
    moment = to_datetime(seconds)
    if moment is None:
        return date.max if seconds > 0 else date.min
    return moment.date()

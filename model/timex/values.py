"""TIMEX3 values as intervals of days: what a value means on a calendar."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from model.core.events import EventDate

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _month_end(year: int, month: int) -> date:
    while month > 12:
        year, month = year + 1, month - 12
    return date(year, month, calendar.monthrange(year, month)[1])


def value_to_interval(value: str) -> EventDate | None:
    """The days a calendar TIMEX3 value covers, or None for durations, refs and unknowns."""
    try:
        return _interval(value)
    except ValueError:  # impossible dates such as 2021-02-30
        return None


def _interval(value: str) -> EventDate | None:
    if m := _DAY.match(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return EventDate(value, d, d, "day")
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        return EventDate(value, date(y, mo, 1), _month_end(y, mo), "month")
    if m := _WEEK.match(value):
        y, w = int(m[1]), int(m[2])
        start = date.fromisocalendar(y, w, 1)
        return EventDate(value, start, start + timedelta(days=6), "week")
    if m := _QUARTER.match(value):
        y, q = int(m[1]), int(m[2])
        return EventDate(value, date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter")
    if m := _HALF.match(value):
        y, h = int(m[1]), int(m[2])
        return EventDate(value, date(y, 6 * h - 5, 1), _month_end(y, 6 * h), "half")
    if m := _SEASON.match(value):
        y = int(m[1])
        first, last = _SEASON_MONTHS[m[2]]
        return EventDate(value, date(y, first, 1), _month_end(y, last), "season")
    if m := _YEAR.match(value):
        y = int(m[1])
        return EventDate(value, date(y, 1, 1), date(y, 12, 31), "year")
    if m := _DECADE.match(value):
        y = int(m[1]) * 10
        return EventDate(value, date(max(y, 1), 1, 1), date(y + 9, 12, 31), "decade")
    if m := _CENTURY.match(value):
        y = int(m[1]) * 100
        return EventDate(value, date(max(y, 1), 1, 1), date(y + 99, 12, 31), "century")
    return None


RELATIVE_VALUES = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")


def relative_interval(value: str, dct: EventDate) -> EventDate | None:
    """A happening known only relative to the document date: the bound that is known.

    PAST_REF ends by the document date, FUTURE_REF starts from it, PRESENT_REF is its interval;
    both ends are set to the known bound (never a day the text does not give).
    """
    if value == "PAST_REF":
        return EventDate(value, dct.end, dct.end, "relative")
    if value == "FUTURE_REF":
        return EventDate(value, dct.start, dct.start, "relative")
    if value == "PRESENT_REF":
        return EventDate(value, dct.start, dct.end, "relative")
    return None

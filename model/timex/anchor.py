"""Calendar arithmetic on anchors: DCTs and reference dates as (date, granularity)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Anchor:
    """A known point: its first day and how precisely it is known ("D", "M", "Q", "Y"...)."""

    day: date
    gran: str

    @property
    def quarter(self) -> int:
        return (self.day.month - 1) // 3 + 1


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")


def parse_anchor(value: str | None) -> Anchor | None:
    """The anchor a TIMEX3 value gives, or None when it is not a calendar point."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            return Anchor(date(int(m[1]), int(m[2]), int(m[3])), "D")
        if m := _MONTH.match(value):
            return Anchor(date(int(m[1]), int(m[2]), 1), "M")
        if m := _QUARTER.match(value):
            return Anchor(date(int(m[1]), 3 * int(m[2]) - 2, 1), "Q")
        if m := _WEEK.match(value):
            return Anchor(date.fromisocalendar(int(m[1]), max(1, int(m[2])), 1), "W")
        if m := _YEAR.match(value):
            return Anchor(date(int(m[1]), 1, 1), "Y")
    except ValueError:
        return None
    return None


def add_months(d: date, n: int) -> date:
    index = d.year * 12 + d.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def day_value(d: date) -> str:
    return d.isoformat()


def shift_days(d: date, n: int) -> date:
    return d + timedelta(days=n)

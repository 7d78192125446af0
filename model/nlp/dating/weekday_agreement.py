"""Weekday–date agreement: "Nov 12 … on Sunday" holds only in some years."""

from __future__ import annotations

from datetime import date


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def agreeing_years(month: int, day: int, weekday: int, first: int, last: int) -> list[int]:
    """Years in [first, last] in which month/day falls on ``weekday`` (0 = Monday)."""
    out = []
    for year in range(first, last + 1):
        d = safe_date(year, month, day)
        if d is not None and d.weekday() == weekday:
            out.append(year)
    return out


def earliest_year(
    month: int, day: int, weekday: int | None, lower: date | None, upper: date | None, horizon: int = 12
) -> int | None:
    """The first year at or after the lower bound whose month/day fits the weekday and bounds.

    News reports the recent past, so of the years consistent with everything the text says the
    earliest after its latest explicit past date is the likeliest.
    """
    if lower is None:
        return None
    for year in range(lower.year, lower.year + horizon + 1):
        d = safe_date(year, month, day)
        if d is None or d < lower or (upper is not None and d > upper):
            continue
        if weekday is None or d.weekday() == weekday:
            return year
    return None

"""Metadata dates ("2021-11-12T08:00Z", "Nov 12, 2021", TimelineJS date objects…) to TIMEX3
values "YYYY-MM-DD", "YYYY-MM" or "YYYY". Impossible dates are refused, never guessed."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from dateutil import parser as dateparser

# ISO 8601 and its common relatives: 2021, 2021-11, 2021-11-12, 2021/11/12, 20211112, + time.
_ISO = re.compile(
    r"^(?P<y>\d{4})(?:(?P<sep>[-/.]?)(?P<m>\d{1,2})(?:(?P=sep)(?P<d>\d{1,2}))?)?"
    r"(?:[T\s_]\d{1,2}(?::?\d{2}){0,2}(?:[.,]\d+)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5})?)?$"
)
# Dotted numeric dates are day-first (European); slashed ones go to dateutil (month-first).
_DAY_FIRST = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})$")
# Integers this large are Unix timestamps (seconds, or milliseconds above 1e11).
_EPOCH_MIN = 100_000_000
_MAX_LEN = 100


class DateError(ValueError):
    """A metadata date that cannot be a real calendar date."""


def normalize_date(raw: object) -> str | None:
    """The TIMEX3 value of a metadata date, None when there is none; DateError when impossible."""
    if raw is None:
        return None
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat()
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if isinstance(raw, Mapping):
        return _from_parts(raw.get("year"), raw.get("month"), raw.get("day"), raw)
    if isinstance(raw, bool):
        raise DateError(f"not a date: {raw!r}")
    if isinstance(raw, (int, float)):
        return _from_number(raw)
    if not isinstance(raw, str):
        raise DateError(f"not a date: {str(raw)[:_MAX_LEN]!r}")
    text = raw.strip()
    if not text:
        return None
    if len(text) > _MAX_LEN:
        raise DateError(f"not a date: {text[:_MAX_LEN]!r}…")
    return _from_string(text)


def _from_number(raw: float) -> str:
    if abs(raw) < _EPOCH_MIN:
        if isinstance(raw, float) and not raw.is_integer():
            raise DateError(f"not a date: {raw!r}")
        return _from_parts(int(raw), None, None, raw)
    seconds = raw / 1000 if abs(raw) >= 100_000_000_000 else raw
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date().isoformat()
    except (ValueError, OverflowError, OSError):
        raise DateError(f"impossible date {raw!r}: timestamp out of range") from None


def _from_string(text: str) -> str:
    match = _ISO.match(text)
    if match and (match["m"] is None or match["sep"] or len(match["m"]) == 2):
        return _from_parts(match["y"], match["m"], match["d"], text)
    match = _DAY_FIRST.match(text)
    if match:
        return _from_parts(match["y"], match["m"], match["d"], text)
    return _parse_free_text(text)


def _parse_free_text(text: str) -> str:
    """'Nov 12, 2021', 'Fri, 12 Nov 2021 08:00:00 GMT', 'March 2021'. Two parses with different
    defaults tell which parts the string really gave (and so the granularity)."""
    try:
        first = dateparser.parse(text, default=dt.datetime(2000, 1, 1))
        second = dateparser.parse(text, default=dt.datetime(2004, 2, 2))
    except (ValueError, OverflowError) as exc:
        if "out of range" in str(exc) or "must be in" in str(exc):
            raise DateError(f"impossible date {text!r}") from None
        raise DateError(f"not a date: {text!r}") from None
    if first.year != second.year:
        raise DateError(f"date without a year: {text!r}")
    if first.month != second.month:
        return f"{first.year:04d}"
    if first.day != second.day:
        return f"{first.year:04d}-{first.month:02d}"
    return first.date().isoformat()


def _from_parts(year: object, month: object, day: object, raw: object) -> str:
    """Validate a year (1–9999), month and day; the granularity is the finest part given."""
    shown = raw if isinstance(raw, str) else str(raw)[:_MAX_LEN]
    y, m, d = _int(year, shown), _int(month, shown), _int(day, shown)
    if y is None:
        raise DateError(f"date without a year: {shown!r}")
    if not 1 <= y <= 9999:
        raise DateError(f"impossible date {shown!r}: year out of range 1–9999")
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        raise DateError(f"impossible date {shown!r}: no month {m}")
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        raise DateError(f"impossible date {shown!r}: no day {d} in {y:04d}-{m:02d}") from None


def _int(part: object, shown: str) -> int | None:
    if part is None or part == "":
        return None
    if isinstance(part, bool):
        raise DateError(f"not a date: {shown!r}")
    if isinstance(part, int):
        return part
    if isinstance(part, float) and part.is_integer():
        return int(part)
    if isinstance(part, str) and re.fullmatch(r"\s*[+-]?\d{1,6}\s*", part):
        return int(part)
    raise DateError(f"not a date: {shown!r}")

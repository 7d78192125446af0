"""Well-formedness of TIMEX3 values (TimeML 1.2.1 value syntax, as used by TimeBank)."""

from __future__ import annotations

import datetime as dt
import re

_YEAR = r"(?:\d{4}|\d{3}X|\d{2}XX|XXXX|\d{3}|\d{2})"  # year, decade (199), century (20)
_MONTH = r"(?:0[1-9]|1[0-2]|XX)"
_DAY = r"(?:0[1-9]|[12]\d|3[01]|XX)"
_WEEK = r"(?:W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7]|WE|X))?)"
_PART = r"(?:Q[1-4X]|H[12X]|SP|SU|FA|WI)"
_CLOCK = r"(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)?"
_TOD = rf"(?:T(?:{_CLOCK}|MO|AF|EV|NI|DT|MI)(?:Z|[+-]\d{{2}}(?::?\d{{2}})?)?)"
_DATE_RE = re.compile(rf"^{_YEAR}(?:-(?:{_MONTH}(?:-{_DAY})?|{_WEEK}|{_PART}))?{_TOD}?$")
_NUM = r"(?:\d+(?:\.\d+)?|X)"
_DURATION_RE = re.compile(rf"^P(?:(?:{_NUM}(?:Y|M|W|D|DE|CE|ML|Q|H|WE))+(?:T(?:{_NUM}[HMS])+)?|T(?:{_NUM}[HMS])+)$")
_REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
TYPES = ("DATE", "TIME", "DURATION", "SET")
_FULL_DATE = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})")


def is_valid_value(value: str, type_: str) -> bool:
    """True when ``value`` is a syntactically valid TIMEX3 value for a timex of ``type_``."""
    if type_ not in TYPES or not value:
        return False
    if type_ == "DURATION":
        return bool(_DURATION_RE.match(value))
    if type_ == "SET":
        return bool(_DURATION_RE.match(value) or _DATE_RE.match(value))
    return value in _REFS or (bool(_DATE_RE.match(value)) and _real_day(value))


def _real_day(value: str) -> bool:
    """'2021-02-30' is well-formed but no day: an impossible date is never handed out."""
    match = _FULL_DATE.match(value)
    if match is None:
        return True
    try:
        # Without a year, a leap year: "February 29" may be real, "February 30" never is.
        dt.date(2000 if match[1] == "XXXX" else int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return False
    return True

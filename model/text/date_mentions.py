"""Explicit calendar mentions in raw text ("Nov 15, 2021", "Monday (Nov 15)", "January 2021", "2022").

The document dater needs the parts a writer actually gave (year? month? day? weekday?) before any
document date exists, so it reads them here rather than from DCT-resolved TIMEX3 values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from model.text.lexicon import MONTHS, WEEKDAY_NAMES

# Python's numbers (Monday is 0), with the abbreviations a dateline may use.
WEEKDAYS = {
    **{name.lower(): n for n, name in enumerate(WEEKDAY_NAMES)},
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

# Most specific first; the scanner keeps the first match at each position and skips overlaps.
_PATTERNS = (
    # Monday (Nov 15) / Monday, Nov 15, 2021 / Monday 15 November
    re.compile(rf"\b{_WEEKDAY}\s*(?:\(\s*|,\s*)?{_MONTH}\s+{_DAY}(?:\s*,?\s+{_YEAR})?\s*\)?"),
    re.compile(rf"\b{_WEEKDAY}\s*(?:\(\s*|,\s*)?{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?\s*\)?"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:\s*,\s*|\s+){_YEAR}\b"),
    re.compile(rf"\b{_DAY}\s+{_MONTH}\s*,?\s+{_YEAR}\b"),
    # Not the front of a date whose year is out of range ("March 3, 2150"): that is no yearless mention.
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?![,.]?\d)(?!\s*,?\s*\d{{4}}\b)"),
    re.compile(rf"\b{_DAY}\s+{_MONTH}\b(?!\s*,?\s*\d{{4}}\b)"),
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_YEAR}-(?P<nmonth>[01]\d)-(?P<nday>[0-3]\d)\b"),
    re.compile(rf"(?<![\d,.$£€])\b{_YEAR}\b(?![\d,.]\d)(?!\s*(?:warheads|people|troops|units|%))"),
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None  # 0 = Monday


def _int(m: re.Match[str], name: str) -> int | None:
    value = m.groupdict().get(name)
    return int(value) if value else None


def find_date_mentions(text: str) -> list[DateMention]:
    """Every explicit calendar mention, in text order, without overlaps."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            month_name = m.groupdict().get("month")
            month = MONTHS[month_name.lower().rstrip(".")] if month_name else _int(m, "nmonth")
            day = _int(m, "day") or _int(m, "nday")
            if day is not None and not 1 <= day <= 31:
                continue
            if month_name == "May" and day is None and _int(m, "year") is None:
                continue  # the modal verb
            weekday_name = m.groupdict().get("weekday")
            end = m.end()
            while end > m.start() and text[end - 1].isspace():
                end -= 1
            found.append(
                DateMention(
                    m.start(), end, text[m.start() : end], _int(m, "year"), month, day,
                    WEEKDAYS[weekday_name.lower()] if weekday_name else None,
                )
            )
            taken.append((m.start(), end))
    return sorted(found, key=lambda d: d.start)


_WEEKDAY_ONLY = re.compile(r"\b(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def find_weekdays(text: str) -> list[tuple[int, int, int]]:
    """(start, end, weekday) of each bare weekday name ("said on Sunday")."""
    return [(m.start(1), m.end(1), WEEKDAYS[m.group(1).lower()]) for m in _WEEKDAY_ONLY.finditer(text)]

"""News datelines: "WASHINGTON, Nov 12 (Reuters) –", "BEIJING (AFP) -", "LONDON, 3 March 2020 /PRNewswire/"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from model.text.date_mentions import DateMention, find_date_mentions

# A place in capitals (optionally ", STATE"), then an optional date, an optional agency in
# brackets, then a dash. Only the opening lines of an article carry a dateline.
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,20})?)"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{1,30})\)|/(?P<wire>[A-Za-z][\w .-]{1,30})/)?"
    r"\s*(?:[-–—:_]|--)\s+",
    re.MULTILINE,
)
_HEAD_CHARS = 1500


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int
    text: str
    place: str
    agency: str | None
    date: DateMention | None


def _date_line(text: str) -> Dateline | None:
    """A line of its own near the top that is only a full date ("June 8, 2010" under a title)."""
    pos = 0
    seen = 0
    for line in text[:_HEAD_CHARS].splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            seen += 1
            mentions = find_date_mentions(line)
            if (len(mentions) == 1 and mentions[0].year and mentions[0].month and mentions[0].day
                    and len(re.sub(r"[\s,.]", "", line)) == len(re.sub(r"[\s,.]", "", mentions[0].text))):
                d = mentions[0]
                mention = DateMention(pos + d.start, pos + d.end, d.text, d.year, d.month, d.day, d.weekday)
                return Dateline(mention.start, mention.end, mention.text, "", None, mention)
            if seen >= 3:
                return None
        pos += len(line)
    return None


def find_dateline(text: str) -> Dateline | None:
    """The article's dateline, if one of its opening lines starts with one (or is a date)."""
    date_line = _date_line(text)
    if date_line is not None:
        return date_line
    for m in _DATELINE.finditer(text[:_HEAD_CHARS]):
        place = m.group("place").strip()
        agency = m.group("agency") or m.group("wire")
        if m.group("date") is None and agency is None:
            continue  # "US - China" in a headline is not a dateline
        if not any(c.isalpha() for c in place) or len(place.split()) > 5:
            continue
        mention = None
        if m.group("date"):
            offset = m.start("date")
            mentions = find_date_mentions(m.group("date"))
            if mentions:
                d = mentions[0]
                mention = DateMention(offset + d.start, offset + d.end, d.text, d.year, d.month, d.day, d.weekday)
        end = m.end()
        while end > m.start("place") and text[end - 1].isspace():
            end -= 1
        return Dateline(m.start("place"), end, text[m.start("place") : end], place, agency, mention)
    return None

"""News datelines: "WASHINGTON, Nov 12 (Reuters) –", "BEIJING (AFP) -", "LONDON, 3 March 2020 /PRNewswire/"."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from model.text.date_mentions import WEEKDAYS, DateMention, find_date_mentions
from model.text.lexicon import MONTHS

# A place in capitals (optionally ", STATE"), then an optional date, an optional agency in
# brackets, then a dash. Only the opening lines of an article carry a dateline.
_DATELINE = re.compile(
    r"(?P<lead>^|(?<=-RRB-)|(?<=[)|])|(?<=\b[A-Z]{2}T)|(?<=GMT))[ \t]*"
    r"(?P<place>[A-Z][A-Z .'’-]{1,40}?(?:\s*,\s*[A-Z][A-Za-z .]{1,20})?)"
    r"(?:(?:\s*,\s*|\s+)(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?"
    r"\s*(?:(?:\(|-LRB-)\s*(?P<agency>[A-Za-z][\w .&-]{1,30}?)\s*(?:\)|-RRB-)|/(?P<wire>[A-Za-z][\w .-]{1,30})/)?"
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
        if m.group("lead") and agency is None:
            continue  # inside a line (tokenised one-line text) only an agency's dateline counts
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


# ---- publication date lines -------------------------------------------------------------------
# The date a page carries as its own: an agency or newspaper timestamp ("Wed Nov 17, 2010 11:50am
# EST", "Tuesday 3 May 2005 19.30 BST"), "Published:/Last updated at …", a byline's date, an
# agency dateline with a full date. Strict in form and position: a date line is in the first few
# hundred characters (or, for "first published …"/"Last updated …", the last few), and a date of
# the story ("on Monday, Nov 15, 2010, the court …") is none.

# Tokenised text (Timeline17, Penn Treebank) spaces commas and writes brackets as -LRB-/-RRB-.
_C = r"\s*,\s*"
_OC = r"(?:\s*,)?\s*"
_LP = r"(?:\(|-LRB-)\s*"
_RP = r"\s*(?:\)|-RRB-)"
_DASH = r"(?:--|[-–—_])"
_MON = (r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WD = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
       r"|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?")
_YR = r"(?:19[5-9]\d|20\d\d)"
_D = r"[0-3]?\d(?:st|nd|rd|th)?"
_ZONE = (r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|HKT|SGT|AEST|AEDT"
         r"|IST|JST|KST|MSK|WIB|UK\s+time|local\s+time)")
_TIME = r"(?:[0-2]?\d[:.][0-5]\d(?::\d\d)?(?:\s*[AaPp]\.?\s?[Mm]\.?)?|[01]?\d\s*[AaPp]\.?\s?[Mm]\.?|[0-2]\d[0-5]\d(?=\s*(?:GMT|UTC)))"


def _date(n: str) -> str:
    """A full written date, its parts in groups named with suffix ``n`` (re has no duplicate names)."""
    return (
        rf"(?:(?P<wd{n}>{_WD}){_OC})?"
        rf"(?:(?P<mon{n}a>{_MON})\s*(?P<day{n}a>{_D}){_C}(?P<yr{n}a>{_YR})"
        rf"|(?P<day{n}b>{_D})\s+(?:of\s+)?(?P<mon{n}b>{_MON}){_OC}(?P<yr{n}b>{_YR})"
        rf"|(?P<yr{n}c>{_YR})(?P<sep{n}>[-/])(?P<mon{n}c>[01]\d)(?P=sep{n})(?P<day{n}c>[0-3]\d))(?![\d])"
    )


def _clock(n: str) -> str:
    return rf"(?P<time{n}>{_TIME})(?:\s*(?P<zone{n}>{_ZONE}))?"


_KEYWORD = (r"(?P<kw>(?:This\s+article\s+was\s+)?(?:first\s+)?(?:[Pp]ublished|[Pp]osted|PUBLISHED|POSTED)"
            r"|(?:[Pp]age\s+)?(?:[Ll]ast\s+)?(?:[Uu]pdated|[Mm]odified|UPDATED|MODIFIED)|[Dd]ate)")
_AGENCY = r"(?:Reuters|AP|AFP|Xinhua|dpa|DPA|UPI|Bloomberg|CNN|IANS|PTI|ANSA|Kyodo|BBC|Al\s+Jazeera|RIA\s+Novosti)"
_PLACE = r"(?P<place>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:\s*,\s*[A-Z][A-Za-z.]+){0,2})"

# (kind, pattern, where): "head" = near the start, "tail" = near the end, "both".
_DATE_LINES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    # "Published: 11:50 EST, 17 November 2010", "Page last updated at 08:14 GMT, Tuesday, 8 November 2011",
    # "updated 10:32 a.m. EST, Thu January 28, 2010", "first published … at 19.30 BST on Tuesday 3 May 2005"
    ("keyword", re.compile(rf"{_KEYWORD}\s*(?:on\s+guardian\.co\.uk\s+)?(?:at|on|:)?\s*{_clock('1')}"
                           rf"(?:\s*{_LP}[^()]{{1,20}}{_RP})?\s*(?:,|on|\|)?\s*{_date('1')}"), "both"),
    # "Published: November 17, 2010", "Last Modified: 17 Nov 2010 11:50 GMT", "Posted 2010-11-17 11:50"
    ("keyword", re.compile(rf"{_KEYWORD}\s*(?:on|at)?\s*:?\s*{_date('2')}(?:\s*(?:-|,|\||at)?\s*{_clock('2')})?"), "both"),
    # "2 March 2010 Last updated at 14:05 GMT", "November 17, 2010 -- Updated 1150 GMT"
    ("keyword", re.compile(rf"{_date('3')}\s*(?:{_DASH}\s*)?(?P<kw>(?:[Ll]ast\s+)?[Uu]pdated)\s*(?:at|:)?\s*{_clock('3')}"), "head"),
    # "Wed Nov 17, 2010 11:50am EST", "Tuesday 3 May 2005 19.30 BST", "Wednesday, November 17, 2010; 11:50 AM"
    ("timestamp", re.compile(rf"{_date('4')}\s*(?:[;|,]|{_DASH})?\s*(?:at\s+)?{_clock('4')}"), "head"),
    # "14:05 GMT, Tuesday, 2 March 2010", "18:00 UK time, Saturday, 25 April 2009"
    ("timestamp", re.compile(rf"(?<![\d.:]){_clock('5')}{_OC}(?:on\s+)?{_date('5')}"), "head"),
    # "PARIS, Nov 17, 2010 (AFP) -", "LONDON, 3 March 2020 /PRNewswire/ --"
    ("dateline", re.compile(rf"{_PLACE}{_C}{_date('6')}\s*(?:{_LP}{_AGENCY}{_RP}|/[A-Za-z][\w .-]{{1,30}}/)?\s*{_DASH}"), "head"),
    # "NEW YORK (AP) — Nov. 17, 2010"
    ("dateline", re.compile(rf"{_PLACE}\s*{_LP}{_AGENCY}{_RP}\s*{_DASH}+\s*{_date('7')}"), "head"),
)
# A bare full date is a date line only as a line of its own, the very start of the text, or right
# after a byline ("By Jane Doe, Washington Post Staff Writer Wednesday, November 17, 2010; A01").
_BARE = re.compile(rf"{_date('8')}")
_BYLINE = re.compile(
    r"(?:^|\n|\.\s|\|\s)\s*By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})?\s*[,|;-]?\s*$"
)
# "… died on 25 June 2009": a date governed by a word of the story is the story's.
_STORY_WORD = re.compile(r"\b(?:on|in|since|until|till|by|from|before|after|of|to|at|for|between|and|or|died|born"
                         r"|dated|until|through)\s*$", re.I)
_HEAD = 500
_TAIL = 400
_DATED_KINDS = ("keyword", "timestamp", "dateline", "byline", "line")


@dataclass(frozen=True)
class DateLine:
    """A page's own date as it prints it: the local date of publication, with its time and zone."""

    start: int
    end: int
    text: str
    year: int
    month: int
    day: int
    kind: str  # "published", "updated", "timestamp", "dateline", "byline", "line"
    time: str | None = None
    zone: str | None = None

    @property
    def value(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def describe(self) -> str:
        when = f" {self.time}" if self.time else ""
        when += f" {self.zone}" if self.zone else ""
        names = {"published": "publication line", "updated": "'updated' line", "timestamp": "timestamp",
                 "dateline": "dateline", "byline": "byline date", "line": "date line"}
        return f"{names.get(self.kind, self.kind)} {self.value}{when}"


def _group(m: re.Match[str], name: str) -> str | None:
    for key, value in m.groupdict().items():
        if value is not None and key.rstrip("abc").rstrip("0123456789") == name:
            return value
    return None


def _parts(m: re.Match[str]) -> tuple[int, int, int, int | None] | None:
    year, mon, day = _group(m, "yr"), _group(m, "mon"), _group(m, "day")
    if year is None or mon is None or day is None:
        return None
    month = int(mon) if mon.isdigit() else MONTHS.get(mon.lower().rstrip("."))
    d = int(re.sub(r"\D", "", day))
    if month is None or not 1 <= month <= 12 or not 1 <= d <= 31:
        return None
    try:
        when = _dt.date(int(year), month, d)
    except ValueError:
        return None
    weekday = _group(m, "wd")
    wd = WEEKDAYS.get(weekday.lower().rstrip(".")) if weekday else None
    if wd is not None and wd != when.weekday():
        return None  # "Tuesday 3 May 2005" must be a Tuesday: a misread or a typo is no date line
    return int(year), month, d, wd


def _kind(m: re.Match[str], kind: str) -> str:
    if kind != "keyword":
        return kind
    word = (m.group("kw") or "").lower()
    return "updated" if ("updated" in word or "modified" in word) else "published"


def _line_start(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at]
    return at == 0 or "\n" in before or not text[:at].strip()


def _candidates(text: str) -> list[DateLine]:
    head_end = min(len(text), _HEAD)
    tail_start = max(head_end, len(text) - _TAIL)
    out: list[DateLine] = []
    taken: list[tuple[int, int]] = []
    # Only the head and the tail can hold a date line: read just those (a match may run on a little).
    head_to = head_end + 300
    spans = [(0, len(text))] if tail_start <= head_to else [(0, head_to), (tail_start, len(text))]
    for kind, pattern, where in _DATE_LINES:
        for m in (m for lo, hi in spans for m in pattern.finditer(text, lo, hi)):
            in_head = m.start() < head_end
            in_tail = m.start() >= tail_start
            if not (in_head and where in ("head", "both") or in_tail and where in ("tail", "both")):
                continue
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            parts = _parts(m)
            if parts is None:
                continue
            if kind == "dateline" and not _dateline_place(text, m):
                continue
            year, month, day, _wd = parts
            zone = _group(m, "zone")
            out.append(DateLine(m.start(), m.end(), text[m.start() : m.end()].strip(), year, month, day,
                                _kind(m, kind), _group(m, "time"), " ".join(zone.split()) if zone else None))
            taken.append((m.start(), m.end()))
    for m in _BARE.finditer(text[:head_end]):
        if any(m.start() < e and m.end() > s for s, e in taken):
            continue
        parts = _parts(m)
        if parts is None:
            continue
        rest = text[m.end() : m.end() + 2]
        own_line = _line_start(text, m.start()) and (rest[:1] in ("", "\n") or rest.startswith(("\r", " \n")))
        at_start = not text[: m.start()].strip()
        before = text[max(0, m.start() - 120) : m.start()]
        byline = _BYLINE.search(before) is not None and _STORY_WORD.search(before) is None
        if own_line or at_start or byline:
            year, month, day, _wd = parts
            out.append(DateLine(m.start(), m.end(), m.group(0).strip(), year, month, day,
                                "byline" if byline and not own_line else "line"))
    return sorted(out, key=lambda d: d.start)


def _dateline_place(text: str, m: re.Match[str]) -> bool:
    """A dateline's place is in capitals and starts a line, the text, or follows a bracket or bar."""
    place = m.group("place")
    if place is None or len(place.split()) > 5 or not any(c.isalpha() for c in place):
        return False
    before = text[: m.start()].rstrip()
    return not before or text[m.start() - 1] == "\n" or before.endswith(("-RRB-", ")", "|", "--", "-"))


def find_date_lines(text: str) -> list[DateLine]:
    """Every date line of the page's head and tail, in text order."""
    return _candidates(text)


_RANK = {"published": 0, "timestamp": 1, "dateline": 1, "byline": 2, "line": 2, "updated": 3}


def find_date_line(text: str) -> DateLine | None:
    """The page's own date line, or None when it has none or its date lines disagree.

    "Published" beats a timestamp, a dateline or a bare date line, which beat "updated". Two
    date lines of the same rank with different dates (a blog's list of posts, a page of links)
    are not the page's date.
    """
    found = _candidates(text)
    if not found:
        return None
    best = min(_RANK.get(d.kind, 2) for d in found)
    top = [d for d in found if _RANK.get(d.kind, 2) == best]
    if len({d.value for d in top}) > 1:
        return None
    return top[0]

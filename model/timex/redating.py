"""Turning the stored parses of a doc into ``Timex`` values for a given DCT."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from spacy.tokens import Doc

from model.text.doc_text import doc_text
from model.timex.anchor import Anchor, iso_week, parse_anchor
from model.timex.expression import Timex
from model.timex.normalizer import PAST, resolve
from model.timex.validate import is_valid_value

USER_DATA_KEY = "chronicle.timex.parses"


def resolve_records(text: str, records: list[dict[str, Any]], dct: str | None) -> list[Timex]:
    anchor = parse_anchor(dct)
    ref: Anchor | None = None  # the last calendar point the text mentioned
    ref_at = -1  # where the text mentioned it
    out: list[Timex] = []
    glossed: dict[int, str] = {}  # "Monday (Nov. 15)": both take the date that agrees with the weekday
    cut = _readers_from(text)
    listed = _listing_days(text, records, anchor)
    now = anchor  # the writer's day: the page's, or in readers' comments the comment's own stamp
    posts = anchor  # the day a live blog's posts are written on
    next_day = _live_blog_next_day(text, anchor)
    if anchor is not None and next_day is not None and _writes_from_next_day(records, anchor, next_day):
        now = posts = next_day  # its "today", "yesterday" and weekdays are told from its posts' day
    for i, rec in enumerate(records):
        if cut is not None and rec["s"] >= cut and (ref is None or ref_at < cut):
            # Readers' comments are other people's stories: "later that year" there is not the year
            # the article last named, and no date of theirs has been given yet.
            ref = None
            if rec["p"].get("ref"):
                continue
        if cut is not None and rec["s"] >= cut and _COMMENT_STAMP.match(text, rec["e"]) and (
                stamp := parse_anchor(resolve(rec["p"], anchor, rec.get("dir"), None))) is not None \
                and stamp.gran == "D":
            now = stamp  # "At 20:04 30th Apr 2009, jo wrote: … as stated on the news today": the reader's day
        try:
            if rec["p"]["k"] == "wd" and (dated := _bracketed_date(text, records, i, anchor)):
                glossed[i] = glossed[i + 1] = dated
            elif next_day is not None and _names_next_day(rec["p"], next_day):
                glossed[i] = next_day.day.isoformat() + (rec["p"].get("tod") or "")
            elif listed is not None and rec["p"]["k"] == "wd" and rec["p"].get("shift") is None and (
                    listed_day := _listed_weekday(rec["p"], listed)):
                glossed[i] = listed_day
            longer = _compares_longer_period(text, rec)
            here = None if ref is not None and ref.gran == "Q" and longer else ref
            if longer and rec["p"]["k"] == "yq":
                value = f"{int(rec['p']['y']):04d}"  # "the 1988 period" beside "the first nine months"
            else:
                writer = now if rec["p"]["k"] == "rel" and not rec["p"].get("ref") else posts if rec["p"]["k"] == "wd" else anchor
                told = _told_year(text, rec, ref, ref_at, anchor)
                parse = {**rec["p"], "y": told} if told is not None else rec["p"]
                value = glossed[i] if i in glossed else resolve(parse, writer, rec.get("dir"), here)
        except (ValueError, KeyError, OverflowError):
            value = ""
        type_ = rec["t"]
        if not is_valid_value(value, type_):
            continue  # never hand out a malformed value; drop the expression instead
        start, end = rec["s"], rec["e"]
        unanchored = rec["p"]["k"] == "rel" and bool(rec["p"].get("ref")) and ref is None
        out.append(Timex(start, end, text[start:end], type_, value, rec.get("mod"), unanchored))
        # Only expressions anchored on the DCT or absolute move the reference time, so that
        # "a year earlier" does not become the anchor of the next "the quarter".
        if type_ in ("DATE", "TIME") and _moves_reference(rec["p"]):
            point = parse_anchor(value)
            if point is not None:
                ref, ref_at = point, start
    return out


def _told_year(text: str, rec: dict[str, Any], ref: Anchor | None, ref_at: int, anchor: Anchor | None) -> int | None:
    """The past year a story is told in, for a bare month or season of it.

    "The 1918 pandemic started with a mild wave in the spring. It came back in August": when the same
    or the sentence before names a year of history (a decade or more before the page's), a month or
    season told in the past belongs to that year, not to the page's.
    """
    p = rec["p"]
    if ref is None or anchor is None or ref_at < 0 or rec.get("dir") != PAST or ref.gran != "Y":
        return None
    if ref.day.year > anchor.day.year - _HISTORY_YEARS or _BOUND_BEFORE.search(text[max(0, ref_at - 20) : ref_at]):
        # A recent year, or a bound ("arrested since 1990", "dating to 1994"), is the background of
        # today's news: "In December, his car was found" is this season's, as the page's year gives it.
        return None
    if p["k"] == "cal":
        if p.get("y") is not None or p.get("m") is None or p.get("yrel") is not None or p.get("shift") is not None \
                or p.get("wd") or p.get("week"):
            return None
    elif p["k"] == "part":
        if p.get("y") is not None or p.get("yrel") is not None or p.get("shift") is not None or p.get("back") \
                or str(p["p"]) not in _SEASONS:
            return None
    else:
        return None
    if len(_SENTENCE_END.findall(text[ref_at : rec["s"]])) > 1:
        return None  # the story has moved on since it named the year
    return ref.day.year


_SEASONS = frozenset(("SP", "SU", "FA", "WI"))
# A story told in a year at least this far back is history: its months are that year's.
_HISTORY_YEARS = 10
_BOUND_BEFORE = re.compile(r"\b(?:since|from|until|till|through|to|before|after|by)\s+$", re.IGNORECASE)


# A live blog's post stamps: "(Update 10:15 p.m. in Cairo, 3:15 p.m. ET)", "Updated: 08:45".
_POST_STAMP = re.compile(r"\bUpdated?\s*:?\s*(?:at\s+)?\d{1,2}[:.]\d\d", re.IGNORECASE)


def is_live_blog(text: str) -> bool:
    """A page of stamped posts ("(Update 10:15 p.m. in Cairo, 3:15 p.m. ET)"), at least two."""
    return len(_POST_STAMP.findall(text)) >= 2


def _live_blog_next_day(text: str, anchor: Anchor | None) -> Anchor | None:
    """The day after the page's date, when the page is a live blog.

    A live blog keeps the date it was opened with while its posts run on past midnight (and its
    stamps are in another zone than the date's): a bare "Saturday" on a blog dated Friday is the day
    after, not the Saturday six days before it.
    """
    if anchor is None or anchor.gran != "D" or not is_live_blog(text):
        return None
    return Anchor(anchor.day + timedelta(days=1), "D")


def _names_next_day(parse: dict[str, Any], next_day: Anchor) -> bool:
    return (parse["k"] == "wd" and parse.get("shift") is None and not parse.get("weekend")
            and int(parse["wd"]) == next_day.day.isoweekday())


def _writes_from_next_day(records: list[dict[str, Any]], anchor: Anchor, next_day: Anchor) -> bool:
    """The blog's posts are of the day after its date: that day's weekday is named at least three
    times and twice as often as the date's own weekday."""
    named = [int(r["p"]["wd"]) for r in records if r["p"]["k"] == "wd" and r["p"].get("shift") is None]
    after = named.count(next_day.day.isoweekday())
    return after >= 3 and after >= 2 * named.count(anchor.day.isoweekday())


# Where a page's readers' comments begin: "Add your comments on this story", "Have your say".
_READERS = re.compile(r"\b(?:add your comments|have your say|send us your comments|your comments\s*:|"
                      r"readers'? comments|post a comment)\b", re.IGNORECASE)


# A comment's stamp: "At 20:04 30th Apr 2009 , yellowIda wrote :".
_COMMENT_STAMP = re.compile(r"[^.\n]{0,40}?\b(?:wrote|writes)\s*:")


def _readers_from(text: str) -> int | None:
    match = _READERS.search(text)
    return match.end() if match else None


# Results copy gives the quarter and then the longer period to date: "For the nine months, net was
# $48.7 million, compared with $39 million a year earlier" compares years, not the quarter.
_LONGER_PERIOD = re.compile(
    r"\b(?:(?:first\s+)?(?:nine|six|9|6|twelve|12)[\s-]+months?|first\s+half|year[\s-]+to[\s-]+date|for\s+the\s+(?:full\s+)?year)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’]*\s+(?=[A-Z\"“`])")


def _compares_longer_period(text: str, rec: dict[str, Any]) -> bool:
    p = rec["p"]
    if not (p["k"] == "yq" and p.get("y") is not None) and not (p["k"] == "rel" and p.get("u") == "Y" and p.get("n") == -1 and (p.get("ref") or p.get("ago"))):
        return False
    start, end = rec["s"], rec["e"]
    head = text[max(0, start - 300) : start]
    begins = [m.end() for m in _SENTENCE_END.finditer(head)]
    sentence = head[begins[-1] :] if begins else head
    tail = _SENTENCE_END.search(text, end)
    sentence += text[start : tail.start() if tail else min(len(text), end + 200)]
    return bool(_LONGER_PERIOD.search(sentence))


_BRACKET = re.compile(r"\s*[(\[]\s*$")


def _bracketed_date(text: str, records: list[dict[str, Any]], i: int, anchor: Anchor | None) -> str | None:
    """ "Monday (Nov. 15)": a weekday glossed by the date in brackets after it is that date."""
    if i + 1 >= len(records):
        return None
    rec, nxt = records[i], records[i + 1]
    p = nxt["p"]
    if p["k"] != "cal" or p.get("d") is None or p.get("m") is None or rec["p"].get("tod") or rec["p"].get("weekend"):
        return None
    if not _BRACKET.fullmatch(text[rec["e"] : nxt["s"]]) or not re.match(r"\s*[)\]]", text[nxt["e"] :]):
        return None
    glossed = {**p, "wd": rec["p"]["wd"]}
    value = resolve(glossed, anchor, nxt.get("dir"), None)
    return value if len(value) == 10 and value[:4].isdigit() else None


# "Week 20: Saturday 16 – Friday 22 May 2009", "Programmes for 16 to 22 May": the days a listing
# (a press pack, a programme guide) covers, stated in its head.
_LISTING_HEAD = 400
_RANGE_BETWEEN = re.compile(r"\s*(?:(\d{1,2})(?:st|nd|rd|th)?\s*)?(?:[A-Z][a-z]+\.?\s*)?(?:–|—|-|to|until)\s*$")


def _listing_days(text: str, records: list[dict[str, Any]], anchor: Anchor | None) -> tuple[date, date] | None:
    """The days a listing covers when its head states them and the page is dated outside them.

    A press pack published weeks ahead names its days by weekday ("On Tuesday, Front Row talks to
    …"): those are the listing's days, not the days around its publication. Within the days of the
    page a weekday keeps the usual reading.
    """
    for first, last in zip(records, records[1:], strict=False):
        if first["s"] > _LISTING_HEAD:
            break
        p, q = first["p"], last["p"]
        between = _RANGE_BETWEEN.fullmatch(text[first["e"] : last["s"]])
        if p["k"] not in ("wd", "cal") or q["k"] != "cal" or q.get("d") is None or between is None:
            continue
        end_value = resolve(q, anchor, last.get("dir"), None)
        end = parse_anchor(end_value)
        if end is None or end.gran != "D" or len(end_value) != 10:
            continue
        if p["k"] == "wd" and between.group(1):
            day = int(between.group(1))  # "Saturday 16 – Friday 22 May": the 16th, in the end's month
            start = end.day.replace(day=day) if day <= end.day.day else None
        elif p["k"] == "wd":
            start = end.day - timedelta(days=(end.day.isoweekday() - int(p["wd"])) % 7)
        else:
            start_anchor = parse_anchor(resolve(p, anchor, first.get("dir"), None))
            start = start_anchor.day if start_anchor is not None and start_anchor.gran == "D" else None
        if start is None or not timedelta(days=1) <= end.day - start <= timedelta(days=13):
            continue
        if p["k"] == "wd" and start.isoweekday() != int(p["wd"]):
            continue
        if anchor is not None and start <= anchor.day <= end.day:
            return None  # dated within its own days: weekdays read as on any page
        return start, end.day
    return None


def _listed_weekday(parse: dict[str, Any], days: tuple[date, date]) -> str | None:
    """The day of the listing's days with this weekday (the first, when they run past a week)."""
    start, end = days
    day = start + timedelta(days=(int(parse["wd"]) - start.isoweekday()) % 7)
    if day > end:
        return None  # not one of the listing's days: read as on any page
    if parse.get("weekend"):
        return iso_week(day) + "-WE"
    return day.isoformat() + (parse.get("tod") or "")


def _moves_reference(parse: dict[str, Any]) -> bool:
    if parse.get("ref") or parse.get("ago"):
        return False
    if parse["k"] == "yq":
        return False  # "the 1988 period" is the comparison, not the period under discussion
    return not (parse["k"] == "lastq" and parse.get("n"))


def redate(doc: Doc, dct: str | None) -> None:
    """Re-resolve every timex of a tagged doc against ``dct`` without running spaCy again."""
    records = doc.user_data.get(USER_DATA_KEY, [])
    doc._.dct = dct
    doc._.timexes = resolve_records(doc_text(doc), records, dct)

"""The day a quotation's "today" names: the day its words were said or written, not the page's.

"“Today we announced a concert for the victims,” the band said in a statement on Monday": the
"today" inside the quotation is Monday, the statement's day, whatever day the article is published.
The TIMEX3 value stays the document-relative one TimeML gives it (the ``timex`` component's); only the
time the happening takes is moved:

- to the day the attribution gives ("said on Monday", "a statement released on Monday"), the
  deictic's distance kept ("yesterday" in it is the Sunday before);
- to nothing (the happening is then undated) when the attribution is in the past tense and gives no
  day but the story was last told at an earlier day ("Twitter confirmed on Tuesday evening … “We can
  confirm that Twitter was blocked … today,” the company tweeted"), or the words are a written
  statement, letter, release or post quoted in the past tense: its day is not known, and the page's
  own day is a guess;
- nowhere otherwise: "…today," he says; "…today," she said, in a story of the page's own day.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from model.core.events import EventDate
from model.nlp.sentences import sentence_of
from model.text.lexicon import REPORTING_VERBS
from model.timex.values import value_to_interval

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from model.timex.expression import Timex

_DEICTIC = re.compile(
    r"(?:(?:earlier|later)\s+)?(?:today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening|week))",
    re.IGNORECASE,
)
# Verbs that quote written words; with REPORTING_VERBS, what attributes a quotation.
_WRITING = frozenset(("tweet", "write", "post", "publish", "issue", "release", "email", "text", "read", "state"))
# Who or what speaks when the words were written, not said where the reporter heard them.
_WRITTEN = frozenset(("statement", "letter", "release", "communique", "communiqué", "tweet", "post", "email",
                      "e-mail", "message", "note", "notice", "website", "site", "blog", "bulletin", "memo",
                      "announcement", "declaration", "leaflet", "circular"))
_CONTEXT_CHARS = 1500  # how far back the story's last day may be: a few sentences
_OPENING = ("\u201c", "``")
_CLOSING = ("\u201d", "''")
_MARK_OR_BREAK = re.compile("[\n\u201c\u201d\"`']")  # the first characters of the marks above, and a line break


@dataclass(frozen=True)
class QuoteContext:
    """What one doc's quotations and the days told outside them are: found once per article."""

    regions: list[tuple[int, int]]  # the characters inside each quotation's marks
    days: list[tuple[int, EventDate]]  # day-level dates told outside quotations, by where they start


def quote_context(text: str, timexes: list[Timex]) -> QuoteContext:
    regions = quotation_regions(text)
    days = []
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or _inside(regions, timex.start):
            continue
        interval = value_to_interval(timex.value[:10])
        if interval is not None and interval.granularity == "day":
            days.append((timex.start, interval))
    return QuoteContext(regions, days)


def quotation_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (curly, TeX-style or straight), never across a
    paragraph break; a quotation left open ends at its paragraph's end."""
    out: list[tuple[int, int]] = []
    opened: int | None = None
    straight = False
    i, n = 0, len(text)
    while i < n:
        found = _MARK_OR_BREAK.search(text, i)  # every other character only moves on: go to the next that counts
        if found is None:
            break
        i = found.start()
        two = text[i : i + 2]
        ch = text[i]
        if ch == "\n":
            if opened is not None:
                out.append((opened, i))
            opened, straight = None, False
        elif two in _OPENING or ch in _OPENING:
            step = 2 if two == "``" else 1
            if opened is None:
                opened, straight = i + step, False
            i += step
            continue
        elif two in _CLOSING or ch in _CLOSING:
            step = 2 if two == "''" else 1
            if opened is not None and not straight:
                out.append((opened, i))
                opened = None
            i += step
            continue
        elif ch == '"':
            if opened is None:
                opened, straight = i + 1, True
            elif straight:
                out.append((opened, i))
                opened, straight = None, False
        i += 1
    if opened is not None:
        out.append((opened, n))
    return out


def _inside(regions: list[tuple[int, int]], at: int) -> bool:
    return any(lo <= at < hi for lo, hi in regions)


def quoted_date(doc: Doc, ctx: QuoteContext, timex: Timex, interval: EventDate, dct: EventDate | None
                ) -> EventDate | None:
    """The time a happening dated by ``timex`` takes: ``interval``, the attribution's day, or None."""
    if dct is None or dct.granularity != "day" or not _DEICTIC.fullmatch(timex.text.strip().removesuffix("'s").strip()):
        return interval
    region = next(((lo, hi) for lo, hi in ctx.regions if lo <= timex.start < hi), None)
    if region is None:
        return interval
    verb = _attribution(doc, ctx, region)
    if verb is None or not _past(verb):
        return interval  # unattributed, or "…today," he says: the page's day
    said_on = _attribution_day(doc, ctx, region, verb)
    if said_on is not None:
        return _moved(interval, dct, said_on)
    last = next(((at, day) for at, day in reversed(ctx.days) if at < region[0]), None)
    if last is not None and region[0] - last[0] <= _CONTEXT_CHARS and last[1].end < dct.start:
        return None  # the story was last at an earlier day: the words may well be that day's
    if _written(verb):
        return None  # a statement's "today" is the day it was issued, which the page does not give
    return interval


def _attribution(doc: Doc, ctx: QuoteContext, region: tuple[int, int]) -> Token | None:
    """The verb that says who spoke the quotation: after it in the sentence that closes it ("…,"
    the company tweeted), else before it in the sentence that opens it (The band said: "…")."""
    closing = _sentence_at(doc, region[1])
    if closing is not None:
        for token in doc[closing[0] : closing[1]]:
            if token.idx > region[1] and not _inside(ctx.regions, token.idx) and _attributes(token):
                return token
    opening = _sentence_at(doc, max(0, region[0] - 1))
    if opening is not None:
        for token in reversed(doc[opening[0] : opening[1]]):
            if token.idx < region[0] and not _inside(ctx.regions, token.idx) and _attributes(token):
                return token
    return None


def _sentence_at(doc: Doc, char: int) -> tuple[int, int] | None:
    """The token range of the sentence holding the character ``char`` (or the token before it)."""
    starts = [t.idx for t in doc]
    i = bisect_right(starts, char) - 1
    if i < 0:
        return None
    sent = sentence_of(doc[i])
    return sent.start, sent.end


def _attributes(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ in ("VERB", "AUX") and (lemma in REPORTING_VERBS or lemma in _WRITING)


def _past(verb: Token) -> bool:
    """"said", "had said", "was quoted": told as past; "says", "will say" are not."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "was", "were")
                                      for c in verb.children)


def _attribution_day(doc: Doc, ctx: QuoteContext, region: tuple[int, int], verb: Token) -> EventDate | None:
    """The day the attribution gives: a date in its own clause, outside the quotation ("said on
    Monday", "in a statement released on Monday")."""
    sent = sentence_of(verb)
    lo, hi = sent.start_char, sent.end_char
    for at, day in ctx.days:
        if lo <= at < hi and not (region[0] <= at < region[1]):
            return day
    return None


def _written(verb: Token) -> bool:
    """Words quoted from a statement, letter, release or post ("said in a statement", "the letter
    read", "tweeted")."""
    lemma = verb.lemma_.lower()
    if lemma in ("tweet", "post", "write", "publish", "email"):
        return True
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in _WRITTEN:
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "through", "via") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _WRITTEN for g in child.children):
            return True
    return False


def _moved(interval: EventDate, dct: EventDate, said_on: EventDate) -> EventDate | None:
    """The deictic's day counted from the day the words were said instead of the page's day."""
    value = interval.value
    if interval.granularity == "day":
        shift = interval.start - dct.start
        day: date = said_on.start + shift
        return value_to_interval(day.isoformat() + value[10:]) or value_to_interval(day.isoformat())
    if interval.granularity == "week":
        year, week, _weekday = said_on.start.isocalendar()
        return value_to_interval(f"{year:04d}-W{week:02d}")
    return None

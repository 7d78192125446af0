"""Document creation time (DCT): metadata first, then the text, then the other articles.

Order of evidence, most to least trusted:
1. metadata (set by the loaders; kept as is), or the user's own date;
2. a dateline with a date ("WASHINGTON, Nov 12 (Reuters)"), its missing year fixed by
   weekday agreement ("… said on Sunday": 12 November is a Sunday in 2023) within the bounds
   the text's own explicit past and future dates set;
3. explicit dates in the text: the day after the latest explicit past date (a report names the
   date of earlier days and says "today"/"on Monday" for its own), kept inside "this week";
4. cross-article evidence: "the presidents had a virtual summit last month" matched to the
   summit another article dates (Nov 15, 2021) gives the month, "2021-12", never an invented day.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from model.core.documents import Article, DocumentDate, Evidence
from model.nlp.dating.weekday_agreement import agreeing_years, earliest_year, safe_date
from model.nlp.events.modality import tense_direction
from model.nlp.events.predicates import is_event_noun, predicate_of
from model.nlp.sentences import sentence_bounds
from model.nlp.similarity import content_lemmas, token_key
from model.text.boilerplate import boilerplate_regions, in_regions
from model.text.date_mentions import DateMention, find_date_mentions, find_weekdays
from model.text.datelines import find_date_line, find_dateline
from model.text.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from model.timex.values import value_to_interval

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_FUTURE_PREPS = frozenset(("by", "until", "till", "before", "due", "through", "expiring", "maturing"))
# Below this confidence an article's own text is weaker than another article's dated event.
_CROSS_ARTICLE_BELOW = 0.4
# A yearless date this soon after an explicit one is taken to be in the same year.
_SAME_STORY = timedelta(days=90)


@dataclass(frozen=True)
class _Resolved:
    """An explicit date mention with the days it covers and whether it is past or future."""

    mention: DateMention
    start: date
    end: date
    direction: int  # -1 past (before the DCT), +1 future, 0 unknown
    sentence: Span | None
    certain: bool = True  # False when the year is only a guess
    # The year was not written: it comes from weekday agreement or "shortly after a dated day",
    # good enough to read the story, too weak to bound the article's own date.
    derived: bool = False


def infer_document_dates(articles: list[Article], docs: list[Doc]) -> list[DocumentDate]:
    """One DCT per article; metadata and user dates are returned unchanged."""
    out: list[DocumentDate] = []
    for article, doc in zip(articles, docs, strict=True):
        if article.dct.value is not None and article.dct.source == "metadata":
            out.append(check_metadata_date(article.dct, doc.text))
        elif article.dct.value is not None and article.dct.source == "user":
            out.append(article.dct)
        else:
            out.append(date_from_text(doc))
    _cross_article(articles, docs, out)
    return out


def check_metadata_date(dct: DocumentDate, text: str) -> DocumentDate:
    """The metadata date, kept, with the page's own date line as evidence for or against it.

    A page whose markup says one day and whose text prints another (a syndicated copy, a
    re-published story, a time zone) is reported, not silently trusted: the evidence says so and
    the confidence drops below the dateline's, so the article shows as one to check.
    """
    line = find_date_line(text)
    if line is None or dct.value is None or any("date line" in e.reason for e in dct.evidence):
        return dct
    if line.value.startswith(dct.value) or dct.value.startswith(line.value):
        ev = Evidence(line.start, line.end, line.text, f"the page's {line.describe()} agrees with its metadata date line")
        return DocumentDate(dct.value, dct.source, dct.confidence, (*dct.evidence, ev), dct.based_on)
    ev = Evidence(line.start, line.end, line.text,
                  f"warning: the page's {line.describe()} disagrees with its metadata date {dct.value} "
                  "(metadata kept; check the date line)")
    return DocumentDate(dct.value, dct.source, min(dct.confidence, 0.7), (*dct.evidence, ev), dct.based_on)


# --- one article's own text --------------------------------------------------------------


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _direction(doc: Doc, mention: DateMention, captions: list) -> int:
    if in_regions(mention.start, mention.end, captions):
        return -1  # a photo caption shows something that has happened
    span = _span(doc, mention.start, mention.end)
    if span is None:
        return 0
    direction = tense_direction(predicate_of(span))
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in _FUTURE_PREPS and direction >= 0:
        return 1
    return direction


def _interval(year: int, m: DateMention) -> tuple[date, date] | None:
    if m.month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if m.day is None:
        iv = value_to_interval(f"{year:04d}-{m.month:02d}")
        return (iv.start, iv.end) if iv else None
    d = safe_date(year, m.month, m.day)
    return (d, d) if d else None


def _resolve_mentions(doc: Doc, skip: DateMention | None) -> list[_Resolved]:
    """Explicit mentions with years; yearless ones get theirs from the text's own years and weekdays."""
    regions = boilerplate_regions(doc.text)
    captions = [r for r in regions if r.kind == "caption"]
    mentions = [m for m in find_date_mentions(doc.text) if skip is None or m.start != skip.start]
    # Boilerplate ("READ MORE …") may date another story; captions show this one.
    mentions = [m for m in mentions if (r := in_regions(m.start, m.end, regions)) is None or r.kind == "caption"]
    resolved: list[_Resolved] = []
    for m in mentions:
        if m.year is not None:
            iv = _interval(m.year, m)
            if iv:
                span = _span(doc, m.start, m.end)
                resolved.append(_Resolved(m, iv[0], iv[1], _direction(doc, m, captions), span.sent if span else None))
    explicit_past = [r for r in resolved if r.direction < 0 and r.mention.month is not None]
    past_years = [r.start.year for r in explicit_past]
    for m in mentions:
        if m.year is not None or m.month is None or m.day is None:
            continue
        full = [r for r in resolved if (r.mention.month, r.mention.day) == (m.month, m.day)
                and (m.weekday is None or r.start.weekday() == m.weekday)]
        year: int | None = full[0].start.year if full else None
        certain = year is not None
        derived = year is None
        if year is None and past_years and m.weekday is not None:
            # "Monday (Nov 15)": the first year after the text's latest past year where they agree.
            year = earliest_year(m.month, m.day, m.weekday, date(max(past_years), 1, 1), None)
            certain = year is not None and year <= max(past_years) + 1
        if year is None and explicit_past:
            # "Nov 16" a day after "Nov 15, 2021": a date shortly after a dated one is in its year.
            for known in explicit_past:
                d = safe_date(known.start.year, m.month, m.day)
                if d is not None and timedelta(0) <= d - known.start <= _SAME_STORY:
                    year, certain = known.start.year, True
                    break
            else:
                year, certain = max(past_years), False
        if year is None:
            continue
        iv = _interval(year, m)
        if iv:
            span = _span(doc, m.start, m.end)
            resolved.append(_Resolved(m, iv[0], iv[1], _direction(doc, m, captions), span.sent if span else None,
                                      certain, derived))
    return sorted(resolved, key=lambda r: r.mention.start)


def _evidence(doc: Doc, start: int, end: int, reason: str) -> Evidence:
    lo, hi = sentence_bounds(doc, start, end)
    return Evidence(lo, hi, doc.text[lo:hi], reason)


def _bounds(resolved: list[_Resolved]) -> tuple[_Resolved | None, _Resolved | None]:
    """The latest explicit past date and the earliest explicit future one."""
    past = [r for r in resolved if r.direction < 0 and r.certain]
    future = [r for r in resolved if r.direction > 0 and r.certain]
    lower = max(past, key=lambda r: (r.start, r.end), default=None)
    upper = min(future, key=lambda r: r.end, default=None)
    return lower, upper


def date_from_text(doc: Doc) -> DocumentDate:
    """The DCT one article's own text proves (date line, dateline, weekdays, explicit dates)."""
    line = find_date_line(doc.text)
    if line is not None:
        # The page's own date as printed: its local date, whatever the time zone.
        if line.kind == "updated":
            # The last update: publication may be a day or more earlier.
            ev = Evidence(line.start, line.end, line.text,
                          f"{line.describe()}: the page's own date (its last update; first published maybe earlier)")
            return DocumentDate(line.value, "dateline", 0.85, (ev,))
        ev = Evidence(line.start, line.end, line.text, f"{line.describe()}: the page's own date")
        return DocumentDate(line.value, "dateline", 0.95, (ev,))
    dateline = find_dateline(doc.text)
    resolved = _resolve_mentions(doc, dateline.date if dateline else None)
    lower, upper = _bounds(resolved)
    evidence: list[Evidence] = []
    if lower is not None:
        evidence.append(_evidence(doc, lower.mention.start, lower.mention.end,
                                  f"latest explicit past date: {lower.mention.text!r} (the article is not older)"))
    if upper is not None:
        evidence.append(_evidence(doc, upper.mention.start, upper.mention.end,
                                  f"earliest explicit future date: {upper.mention.text!r} (the article is not newer)"))
    if dateline is not None and dateline.date is not None and dateline.date.month and dateline.date.day:
        found = _from_dateline(doc, dateline.date, lower, upper, resolved)
        ev = Evidence(dateline.start, dateline.end, dateline.text, found[2] if found else
                      f"dateline {dateline.date.text!r}: its year is not proven by the text")
        if found is not None:
            value, confidence, _reason = found
            return DocumentDate(value, "dateline", confidence, (ev, *evidence))
        evidence.insert(0, ev)
    tied = _tied_to_today(doc, resolved)
    if tied is not None:
        value, ev = tied
        return DocumentDate(value, "inferred", 0.7, (ev, *evidence))
    return _from_range(doc, lower, upper, resolved, evidence)


# "today, Nov 17", "yesterday (Tuesday, Nov 16)", "Today is Wednesday, November 17": the text
# itself says which day is today.
_TODAY = re.compile(
    r"\b(?P<rel>[Tt]oday|[Yy]esterday|[Tt]onight|[Tt]his morning)(?:\s+is)?\s*(?:,|\(|-LRB-)?\s*$"
)
_WEEK = timedelta(days=6)
_FAR_BOUNDS = timedelta(days=92)


def _tied_to_today(doc: Doc, resolved: list[_Resolved]) -> tuple[str, Evidence] | None:
    for r in resolved:
        if r.mention.day is None or not r.certain or r.start != r.end:
            continue
        if r.mention.year is not None and r.mention.weekday is None:
            continue  # "today marks 20 years since Nov 9, 1989": a written year is another day's
        before = doc.text[max(0, r.mention.start - 24) : r.mention.start]
        m = _TODAY.search(before)
        if m is None:
            continue
        rel = m.group("rel").lower()
        day = r.start + timedelta(days=1) if rel == "yesterday" else r.start
        reason = f"{m.group('rel')!r} is {r.mention.text!r}: the article is of {day.isoformat()}"
        return day.isoformat(), _evidence(doc, r.mention.start, r.mention.end, reason)
    return None


def _weekday_window(doc: Doc, resolved: list[_Resolved]) -> tuple[date, _Resolved] | None:
    """"… said on Tuesday" in the sentence of a certain past date that is a Tuesday: news names
    the weekday only for the last few days, so the article is at most six days after it."""
    best: tuple[date, _Resolved] | None = None
    weekdays = find_weekdays(doc.text)
    for r in resolved:
        if (r.sentence is None or r.mention.day is None or not r.certain or r.derived or r.direction >= 0
                or r.start != r.end or r.mention.year is not None):
            continue
        if r.mention.weekday == r.start.weekday() and (best is None or r.start > best[0]):
            # "on Monday (Nov 15)": the weekday is given because it is this week's ("Saturday,
            # 25 April 2009", with its year, is only a formal date).
            best = (r.start, r)
            continue
        lo, hi = r.sentence.start_char, r.sentence.end_char
        for s, _e, wd in weekdays:
            if (lo <= s < hi and not r.mention.start <= s < r.mention.end and wd == r.start.weekday()
                    and (best is None or r.start > best[0])):
                best = (r.start, r)
    return best


def _from_range(
    doc: Doc, lower: _Resolved | None, upper: _Resolved | None, resolved: list[_Resolved], evidence: list[Evidence]
) -> DocumentDate:
    """The finest calendar unit (day, month, year) that holds every day the evidence allows.

    The latest explicit past date bounds the article from below, the earliest explicit future
    date from above, and a weekday tied to a date ("on Tuesday" … "Nov 16") keeps it within the
    week. One bound alone proves nothing: the article may be a day or a year after it.
    """
    # A bare year ("1918", "by 2020") is too often read in the wrong direction to bound anything,
    # and a year the text does not fix ("13 July" after "25 June, 2009") proves nothing.
    lower, upper = _bounds([r for r in resolved if not r.derived and r.mention.month is not None])
    lo = lower.start if lower is not None else None
    hi = upper.end if upper is not None else None
    window = _weekday_window(doc, resolved)
    if window is not None:
        day, r = window
        lo = max(lo, day) if lo is not None else day
        week_end = day + _WEEK
        hi = min(hi, week_end) if hi is not None else week_end
        evidence.append(_evidence(doc, r.mention.start, r.mention.end,
                                  f"{r.mention.text!r} is a {WEEKDAY_NAMES[day.weekday()]} named as such: "
                                  f"the article is of {day.isoformat()} to {week_end.isoformat()}"))
    if lo is None or hi is None or lo > hi or hi - lo > _FAR_BOUNDS:
        # Bounds months apart are more often a misread tense than a proof.
        return DocumentDate(None, "none", 0.0, tuple(evidence))
    # No day from bounds: a date read as both past and future (a schedule, a misread tense) meets
    # itself, and that proves no day.
    if (lo.year, lo.month) == (hi.year, hi.month):
        return DocumentDate(f"{lo.year:04d}-{lo.month:02d}", "inferred", 0.55, tuple(evidence))
    if lo.year == hi.year:
        return DocumentDate(f"{lo.year:04d}", "inferred", 0.45, tuple(evidence))
    return DocumentDate(None, "none", 0.0, tuple(evidence))


def _from_dateline(
    doc: Doc, when: DateMention, lower: _Resolved | None, upper: _Resolved | None, resolved: list[_Resolved]
) -> tuple[str, float, str] | None:
    assert when.month is not None and when.day is not None
    if when.year is not None:
        return f"{when.year:04d}-{when.month:02d}-{when.day:02d}", 0.95, "dateline with a full date"
    # A weekday in the lead sentence ("… said on Sunday") is the dateline's own day.
    lead = _span(doc, when.start, when.end)
    weekday: int | None = None
    if lead is not None:
        sent = lead.sent
        # The lead runs on from the dateline, which may be a sentence of its own.
        end = doc[sent.end].sent.end_char if sent.end < len(doc) else sent.end_char
        days = [w for s, e, w in find_weekdays(doc.text) if sent.start_char <= s < end]
        weekday = days[0] if days else None
    low = lower.start if lower else None
    high = upper.end if upper else None
    years = sorted({r.start.year for r in resolved if r.certain})
    if low is None:
        low = date(years[-1], 1, 1) if years else None
    if weekday is not None and low is not None:
        year = earliest_year(when.month, when.day, weekday, low, high)
        # Weekday and date agree every 5, 6 or 11 years: only a year the text itself reaches
        # (up to two years after its latest) is proven; the next fitting year is 5 or more later.
        if year is not None and years and year <= years[-1] + 2:
            all_years = agreeing_years(when.month, when.day, weekday, low.year, low.year + 12)
            reason = (f"dateline {when.text!r}; {when.text} is a {WEEKDAY_NAMES[weekday]} in "
                      f"{', '.join(map(str, all_years[:4]))}…; the earliest not before {low.isoformat()}: {year}")
            return f"{year:04d}-{when.month:02d}-{when.day:02d}", 0.85, reason
    # Without a weekday the year is not proven: "the first Feb 10 after the latest year named"
    # was wrong whenever the text named no recent year.
    return None


# --- other articles ------------------------------------------------------------------------

_RELATIVE = (
    (re.compile(r"\blast month\b", re.I), "month", -1),
    (re.compile(r"\b(?:earlier )?this month\b", re.I), "month", 0),
    (re.compile(r"\blast week\b", re.I), "week", -1),
    (re.compile(r"\b(?:earlier )?this week\b", re.I), "week", 0),
    (re.compile(r"\byesterday\b", re.I), "day", -1),
    (re.compile(r"\blast year\b", re.I), "year", -1),
    (re.compile(r"\b(?:earlier )?this year\b", re.I), "year", 0),
)
_ANAPHORIC_OPENERS = re.compile(r"^\W*(?:in|at|during|after|before)?\s*(?:the|that|this|it|they|both)\b", re.I)
_MIN_SHARED = 5
_MIN_SHARED_NAMES = 2
_LIGHT = frozenset(("have", "hold", "take", "make", "give", "do"))


@dataclass(frozen=True)
class _Anchor:
    day: date
    granularity: str  # "day" | "month"
    lemmas: frozenset[str]
    text: str
    article: str


def _anchors(article: Article, doc: Doc, dct: DocumentDate) -> list[_Anchor]:
    """Dated happenings of an article, with their sentences' lemmas.

    A date written with its year anchors whatever the article's own date; a yearless one ("Nov
    15") takes its year from the article's date, so only from a date the page states (an inferred
    date that anchors another spreads its error: "last month's explosion" dated from a misdated
    report gave 2003-05 for a 2010 article).
    """
    trusted = dct.source in _ANCHOR_SOURCES and dct.confidence >= _ANCHOR_CONFIDENCE
    iv = value_to_interval(dct.value) if dct.value and trusted else None
    # Years the text itself proves ("Monday (Nov 15)" after "Nov 15, 2021").
    proven = {r.mention.start: r.start for r in _resolve_mentions(doc, None) if r.certain}
    out: list[_Anchor] = []
    for m in find_date_mentions(doc.text):
        if m.month is None:
            continue
        d = proven.get(m.start)
        if d is None and m.year is None and iv is not None:
            year = iv.end.year
            d = safe_date(year, m.month, m.day or 1)
            if d is not None and d > iv.end:
                d = safe_date(year - 1, m.month, m.day or 1)
        elif d is None and m.year is not None:
            d = safe_date(m.year, m.month, m.day or 1)
        span = _span(doc, m.start, m.end)
        if d is None or span is None:
            continue
        window = [span.sent, *_following(span.sent)]
        out.append(_Anchor(d, "day" if m.day else "month", frozenset(content_lemmas(window)), span.sent.text,
                           article.title or article.id))
    return out


def _following(sent: Span) -> list[Span]:
    """The next sentence when it continues this one ("In the 3½-hour meeting, …")."""
    doc = sent.doc
    if sent.end >= len(doc):
        return []
    nxt = doc[sent.end].sent
    return [nxt] if _ANAPHORIC_OPENERS.match(nxt.text) else []


def _key_lemmas(predicate: Token) -> set[str]:
    """The happening's own words: the verb, or the event noun of a light verb ("had a summit")."""
    keys = {token_key(predicate)}
    if predicate.lemma_ in _LIGHT or predicate.pos_ == "AUX":
        keys = {token_key(c) for c in predicate.children if c.dep_ in ("dobj", "attr") and is_event_noun(c)} or keys
    return keys


def _shift(anchor: date, unit: str, offset: int) -> str:
    """The DCT implied by "<unit> <offset>" pointing at the anchor: last month of Nov 15 -> Dec."""
    if unit == "day":
        return (anchor - timedelta(days=offset)).isoformat()
    if unit == "week":
        y, w, _ = (anchor - timedelta(weeks=offset)).isocalendar()
        return f"{y:04d}-W{w:02d}"
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 - offset
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{anchor.year - offset:04d}"


# Only these dates anchor another article's: an inferred date that anchors another spreads its
# error ("last month's explosion" dated from a misdated report gave 2003-05 for a 2010 article).
_ANCHOR_SOURCES = ("user", "metadata", "dateline")
_ANCHOR_CONFIDENCE = 0.8


def _refines(current: DocumentDate, value: str) -> bool:
    """The cross-article value may replace the text's own: none, or a coarser value that holds it."""
    if current.value is None:
        return True
    now, new = value_to_interval(current.value), value_to_interval(value)
    if now is None or new is None:
        return current.value is None
    return now.start <= new.start and new.end <= now.end and (new.start, new.end) != (now.start, now.end)


# In a corpus on one topic ("swine flu", "Egypt protests") its own words are shared by every
# article and prove no shared happening.
_COMMON_SHARE = 0.25
# Days, months and clock words are shared by any two dated reports.
_CALENDAR_WORDS = frozenset(name.lower() for name in WEEKDAY_NAMES + MONTH_NAMES) | frozenset((
    "pm", "am", "gmt", "bst", "est", "edt", "week", "month", "year", "day", "today", "yesterday",
))
_COMMON_MIN_DOCS = 10


def _common_lemmas(docs: list[Doc]) -> set[str]:
    if len(docs) < _COMMON_MIN_DOCS:
        return set()
    counts: Counter[str] = Counter()
    for doc in docs:
        counts.update(content_lemmas([doc[:]]))
    return {w for w, n in counts.items() if n >= _COMMON_SHARE * len(docs)}


def _cross_article(articles: list[Article], docs: list[Doc], dates: list[DocumentDate]) -> None:
    """Date weakly dated articles by happenings other articles date exactly (in place)."""
    weak = [i for i, d in enumerate(dates)
            if d.source not in _ANCHOR_SOURCES and (d.value is None or d.confidence < _CROSS_ARTICLE_BELOW
                                                     or len(d.value) < 10)]
    if not weak:
        return
    anchors_of = {i: _anchors(articles[i], docs[i], dates[i]) for i in range(len(articles))}
    common = _common_lemmas(docs)
    for i in weak:
        doc = docs[i]
        regions = boilerplate_regions(doc.text)
        best: tuple[int, str, Evidence, str] | None = None
        for pattern, unit, offset in _RELATIVE:
            for m in pattern.finditer(doc.text):
                span = _span(doc, m.start(), m.end())
                if span is None or in_regions(m.start(), m.end(), regions):
                    continue
                keys = _key_lemmas(predicate_of(span))
                window = [span.sent, *_following(span.sent)]
                lemmas = content_lemmas(window)
                proper = {token_key(t) for s in window for t in s if t.pos_ == "PROPN"}
                for j, anchors in anchors_of.items():
                    if j == i:
                        continue
                    for a in anchors:
                        shared = (lemmas & a.lemmas) - common - _CALENDAR_WORDS
                        names = {w for w in shared if w in proper}
                        if not keys & a.lemmas or len(shared) < _MIN_SHARED or len(names) < _MIN_SHARED_NAMES:
                            continue  # the same happening: its own word, and the same people or places
                        if a.granularity == "month" and unit == "day":
                            continue
                        score = len(shared)
                        if best is None or score > best[0]:
                            value = _shift(a.day, unit, offset)
                            reason = (f"{m.group(0)!r} refers to the happening {a.article!r} dates "
                                      f"{a.day.isoformat() if a.granularity == 'day' else a.day.isoformat()[:7]}"
                                      f" (shared: {', '.join(sorted(shared)[:8])})")
                            ev = _evidence(doc, m.start(), m.end(), reason)
                            best = (score, value, ev, articles[j].id)
        if best is not None and _refines(dates[i], best[1]):
            score, value, ev, anchor_id = best
            confidence = min(0.75, 0.35 + 0.04 * score)
            dates[i] = DocumentDate(value, "inferred", confidence, (ev, *dates[i].evidence), (anchor_id,))


def redate_dependents(
    articles: list[Article], docs: list[Doc], changed: str
) -> dict[str, DocumentDate]:
    """New dates for the articles whose inferred date rests on article ``changed`` (whose date the
    user just set): each is dated again from its own text and the others' current dates.

    Returns {article id: new date} for those whose date changes; the caller applies them.
    """
    dependents = [i for i, a in enumerate(articles) if changed in a.dct.based_on and a.dct.source == "inferred"]
    if not dependents:
        return {}
    dates = [a.dct for a in articles]
    for i in dependents:
        dates[i] = date_from_text(docs[i])
    _cross_article(articles, docs, dates)
    return {articles[i].id: dates[i] for i in dependents if dates[i] != articles[i].dct}

"""Key events: which days and happenings a corpus treats as important, and a timeline summary.

The strong unsupervised signal for news timelines is how often the collection refers to a day
(news-tls DATEWISE): a day that many reports name, especially reports written later, is a day
the story turns on. Per day, the sentences closest to what all reports of that day say (the
TF-IDF centroid) summarise it. Happenings (clusters of event reports) are ranked by how many
articles and sources tell them and how often their day is referred to.

Plain data in, plain data out: no Qt, no spaCy; the same code serves ``main.py summarize`` and
the app's "Key events" control.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from model.core.documents import Article
from model.core.events import Event
from model.core.naming import readable
from model.core.result import ExtractionCancelled

if TYPE_CHECKING:
    from model.core.result import ExtractionResult

# Sentences that say something did not or might happen do not summarise a day.
_NOT_SUMMARY = frozenset(("negated", "hypothetical"))
# Dates that come from the text (not only the event's relation to the document date).
_TEXT_DATED = frozenset(("timex", "governor", "scene", "user"))
_MIN_WORDS, _MAX_WORDS = 6, 60
_REDUNDANT = 0.5  # cosine above which a sentence repeats one already chosen for that day


def day_of(event: Event) -> date | None:
    """The day an event is dated to by the text, or None (coarser, relative or undated)."""
    if event.date.granularity != "day" or event.date_source not in _TEXT_DATED:
        return None
    if event.date_source == "timex" and not event.timex.text:
        return None  # anchored to the document date, not dated by the text
    return event.date.start


def clean_sentence(text: str) -> str:
    """A source sentence as a reader should see it (``model.core.naming.readable``)."""
    return readable(text)


@dataclass
class DayScore:
    day: date
    mentions: int = 0  # distinct sentences dated to this day by the text
    articles: set[str] = field(default_factory=set)  # articles with such a sentence
    later_mentions: int = 0  # of those, in articles published after the day
    published: int = 0  # articles published on the day (the news of that day)

    @property
    def score(self) -> float:
        return (WEIGHTS["mention"] * self.mentions + WEIGHTS["later"] * self.later_mentions
                + WEIGHTS["article"] * len(self.articles) + WEIGHTS["published"] * self.published)


# How much each kind of evidence says a day matters (tuned on the six shared Timeline17 folders,
# checked per folder, not on the mean alone: docs/benchmarks.md).
# Breadth (how many articles name the day) beats repetition within one article; the six folders
# agree or do not care, and only MJ_bbc (37 dates in a year) tells the variants apart.
WEIGHTS = {"mention": 0.0, "later": 1.0, "article": 2.0, "published": 1.0}
# Lead sentences of an article published on a day that give no date of their own tell that
# day's news (DATEWISE's "published on d" candidates).
LEAD_SENTENCES = 10


def score_days(result: ExtractionResult, start: date | None = None, end: date | None = None) -> dict[date, DayScore]:
    published = {a.id: _published(a) for a in result.articles}
    days: dict[date, DayScore] = {}
    for event, day in dated_mentions(result.events):
        if (start and day < start) or (end and day > end):
            continue
        ds = days.get(day)
        if ds is None:
            ds = days[day] = DayScore(day)
        ds.mentions += 1
        ds.articles.add(event.article)
        pub = published.get(event.article)
        if pub is not None and pub > day:
            ds.later_mentions += 1
    for pub in published.values():
        if pub is not None and not (start and pub < start) and not (end and pub > end):
            ds = days.get(pub)
            if ds is None:
                ds = days[pub] = DayScore(pub)
            ds.published += 1
    return days


def _published(article: Article) -> date | None:
    value = article.dct.value or ""
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


@dataclass(frozen=True)
class SummaryDay:
    day: date
    sentences: list[str]
    score: float


SUMMARY_STEPS = 3  # the progress steps of summarize


def summarize(
    result: ExtractionResult,
    *,
    n_dates: int | None = None,
    k_sentences: int = 1,
    start: date | None = None,
    end: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> list[SummaryDay]:
    """The ``n_dates`` best days inside [start, end], each with its ``k_sentences`` best sentences,
    in date order. ``n_dates`` None: every day the text names at least twice (or all, if few).
    ``progress(done, SUMMARY_STEPS)`` after each step; ``is_cancelled`` is asked between steps
    (``ExtractionCancelled`` stops the work: the app's Summarize dialog has a Cancel button)."""

    def step(done: int) -> None:
        if is_cancelled is not None and is_cancelled():
            raise ExtractionCancelled
        if progress is not None:
            progress(done, SUMMARY_STEPS)

    step(0)
    days = score_days(result, start, end)
    step(1)
    if not days:
        step(SUMMARY_STEPS)
        return []
    ranked = sorted(days.values(), key=lambda d: (-d.score, -len(d.articles), d.day))
    if n_dates is None:
        well_told = [d for d in ranked if d.mentions >= 2]
        ranked = well_told or [d for d in ranked if d.mentions] or ranked
    else:
        ranked = ranked[:n_dates]
    chosen = {d.day for d in ranked}
    candidates = _candidates(result, chosen)
    step(2)
    picked = _pick_sentences(candidates, k_sentences)
    step(SUMMARY_STEPS)
    return [SummaryDay(d.day, picked.get(d.day, []), d.score) for d in sorted(ranked, key=lambda d: d.day)]


def sentence_sources(result: ExtractionResult, days: Sequence[SummaryDay]) -> dict[tuple[date, str], str]:
    """For each (day, sentence) of a summary, the id of an event told in that sentence (one dated
    to that day first): the app opens it when the sentence is clicked."""
    wanted = {(d.day, s) for d in days for s in d.sentences}
    texts = {s for _day, s in wanted}
    out: dict[tuple[date, str], str] = {}
    fallback: dict[str, str] = {}
    for event in result.events:
        text = clean_sentence(event.sentence.text)
        if text not in texts:
            continue
        fallback.setdefault(text, event.id)
        day = day_of(event)
        if day is not None and (day, text) in wanted:
            out.setdefault((day, text), event.id)
    for day, text in wanted:
        if (day, text) not in out and text in fallback:
            out[(day, text)] = fallback[text]  # a lead sentence of an article published that day
    return out


def _undated(event: Event) -> bool:
    return not event.timex.text or event.date_source == "document"


def _candidates(result: ExtractionResult, days: set[date]) -> dict[date, list[str]]:
    """Per chosen day: the sentences the text dates to it, and the lead sentences without a date
    of their own of the articles published on it."""
    published = {a.id: _published(a) for a in result.articles}
    by_day: dict[date, list[str]] = defaultdict(list)
    seen: set[tuple[date, str]] = set()
    leads: dict[str, int] = defaultdict(int)
    for event in result.events:
        if event.modality in _NOT_SUMMARY:
            continue
        day = day_of(event)
        if day is None and LEAD_SENTENCES and _undated(event):
            pub = published.get(event.article)
            if pub in days and leads[event.article] < LEAD_SENTENCES:
                leads[event.article] += 1
                day = pub
        if day not in days:
            continue
        text = clean_sentence(event.sentence.text)
        words = len(text.split())
        if not _MIN_WORDS <= words <= _MAX_WORDS or text.endswith("?") or (day, text) in seen:
            continue
        seen.add((day, text))
        by_day[day].append(text)
    return by_day


def _pick_sentences(by_day: dict[date, list[str]], k: int) -> dict[date, list[str]]:
    """Per day, the sentences closest to the day's centroid, skipping near-repeats."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    everything = [s for sents in by_day.values() for s in sents]
    if not everything:
        return {}
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    try:
        vectorizer.fit(everything)
    except ValueError:  # only stop words
        return {d: s[:k] for d, s in by_day.items()}
    out: dict[date, list[str]] = {}
    for day, sents in by_day.items():
        matrix = vectorizer.transform(sents)
        centroid = np.asarray(matrix.mean(axis=0)).ravel()
        norm = np.linalg.norm(centroid)
        closeness = matrix @ (centroid / norm) if norm else np.zeros(len(sents))
        order = np.argsort(-np.asarray(closeness).ravel(), kind="stable")
        chosen: list[int] = []
        for i in order:
            if len(chosen) == k:
                break
            if any(float(matrix[i].multiply(matrix[j]).sum()) > _REDUNDANT for j in chosen):
                continue
            chosen.append(int(i))
        out[day] = [sents[i] for i in chosen]
    return out


@dataclass(frozen=True)
class HappeningRank:
    """How the corpus treats one happening (a cluster of reports), for the "Key events" control."""

    key: str
    score: float
    reports: int
    articles: int
    sources: int
    date_refs: int  # sentences of the corpus dated to the happening's day

    def explain(self) -> str:
        told = f"told by {self.articles} article{'s' if self.articles != 1 else ''}"
        if self.sources:
            told += f" from {self.sources} source{'s' if self.sources != 1 else ''}"
        if self.date_refs:
            told += f", date referred to {self.date_refs} time{'s' if self.date_refs != 1 else ''}"
        return told


def rank_happenings(result: ExtractionResult) -> dict[str, HappeningRank]:
    """Every happening's rank, keyed by cluster: breadth of reporting first, then how often the
    corpus refers to its day; dated happenings and statements before undated ones."""
    source_of = {a.id: source_name_or_id(a) for a in result.articles}
    return rank_events(result.events, [source_of.get(e.article, e.article) for e in result.events])


def source_name_or_id(article: Article) -> str:
    return article.source or article.id


RANK_STEPS = 4  # the progress steps of rank_events


def rank_events(
    events: Sequence[Event],
    sources: Sequence[str],
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> dict[str, HappeningRank]:
    """``rank_happenings`` for events and the source of each (what the filter's column index holds).

    Columns and a pandas group-by, not a loop of sets per happening: a reopened 10,000-article
    project (73,000 events) re-ranks in well under a second. ``progress(done, RANK_STEPS)`` after
    each step; ``is_cancelled`` is asked between steps (``ExtractionCancelled`` stops the work)."""
    import pandas as pd

    def step(done: int) -> None:
        if is_cancelled is not None and is_cancelled():
            raise ExtractionCancelled
        if progress is not None:
            progress(done, RANK_STEPS)

    if not events:
        return {}
    step(0)
    mentions = _day_mentions(events)
    days = [day_of(e) for e in events]
    step(1)
    frame = pd.DataFrame({
        "key": [e.cluster_key for e in events],
        "article": [e.article for e in events],
        "source": list(sources),
        "refs": [mentions.get(d, 0) if d is not None else 0 for d in days],
        "dated": [e.date.granularity != "relative" and e.date_source != "document" for e in events],
        "negated": [e.modality in _NOT_SUMMARY for e in events],
        "confidence": [e.confidence for e in events],
    })
    step(2)
    agg = frame.groupby("key", sort=False).agg(
        reports=("article", "size"), articles=("article", "nunique"), sources=("source", "nunique"),
        refs=("refs", "max"), dated=("dated", "any"), negated=("negated", "all"), confidence=("confidence", "max"),
    )
    score = (3.0 * agg["articles"] + 2.0 * agg["sources"] + agg["reports"] + agg["refs"] ** 0.5
             + agg["dated"].astype(float) - 2.0 * agg["negated"].astype(float) + agg["confidence"])
    step(3)
    ranks = {
        key: HappeningRank(key, float(sc), int(rep), int(art), int(src), int(ref))
        for key, sc, rep, art, src, ref in zip(
            agg.index, score, agg["reports"], agg["articles"], agg["sources"], agg["refs"], strict=True
        )
    }
    step(RANK_STEPS)
    return ranks


def dated_mentions(events: Iterable[Event]) -> Iterator[tuple[Event, date]]:
    """Each sentence the text dates to a day, once per day (one sentence may tell several events)."""
    seen: set[tuple[str, int, date]] = set()
    for event in events:
        day = day_of(event)
        if day is None:
            continue
        key = (event.article, event.sentence.start, day)
        if key not in seen:
            seen.add(key)
            yield event, day


def _day_mentions(events: Iterable[Event]) -> dict[date, int]:
    """Per day, the distinct sentences the text dates to it."""
    counts: dict[date, int] = defaultdict(int)
    for _event, day in dated_mentions(events):
        counts[day] += 1
    return counts


def key_order(ranks: dict[str, HappeningRank]) -> list[str]:
    """Cluster keys, most important first (ties: the key, for a stable order)."""
    return [r.key for r in sorted(ranks.values(), key=lambda r: (-r.score, r.key))]


@dataclass(frozen=True)
class KeyRanks:
    """Every happening's rank and its place in the order of importance (0: the most important),
    both computed together off the GUI thread (sorting 65,000 happenings is not free either)."""

    ranks: dict[str, HappeningRank]
    place: dict[str, int]

    @classmethod
    def of(cls, ranks: dict[str, HappeningRank]) -> KeyRanks:
        return cls(ranks, {key: n for n, key in enumerate(key_order(ranks))})


def key_happenings(result: ExtractionResult, n: int) -> list[str]:
    """The cluster keys of the ``n`` most important happenings, most important first."""
    return key_order(rank_happenings(result))[:n]

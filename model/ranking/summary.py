"""Key events: which days and happenings a corpus treats as important, and a timeline summary.

The strong unsupervised signal for news timelines is how often the collection refers to a day
(news-tls DATEWISE): a day that many reports name, especially reports written later, is a day
the story turns on. Per day, the sentences closest to what all reports of that day say (the
TF-IDF centroid) summarise it: the sentences dated to it and the leads of the articles published
on it or the day after, if they name the story (its own words) and stand as whole sentences.
Happenings (clusters of event reports) are ranked by how many articles and sources tell them and
how often their day is referred to.

Plain data in, plain data out: no Qt, no spaCy; the same code serves ``main.py summarize`` and
the app's "Key events" control.
"""

from __future__ import annotations

import re
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
# A wire story's opening "WASHINGTON (Reuters) - " / "CAIRO, Egypt (CNN) -- ", byline and page
# stamp included when the tokenised corpora run them into the first sentence.
# The sentence splitter may cut at the bracket: "Reuters) - A child has died ...".
_DATELINE_PREFIX = re.compile(r"^(?:.{0,200}?\()?(?:Reuters|CNN|AP|AFP|BBC|Xinhua)\)\s*-+\s*")
# A speaker's turn in a broadcast transcript: "COOPER (voice over): Sunday night, ...".
_SPEAKER = re.compile(r"^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?: \([^)]{1,30}\))?:\s+")
# What is left of a page's header: "Susan Watts | 18:00 UK time, Saturday, 25 April 2009 ...",
# "Page last updated at 08:14 GMT", "Wednesday 6 May 2009 15.16 BST".
_PAGE_STAMP = re.compile(
    r"\s\|\s|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|BST|UTC|[ECMP][SD]T|ET|UK time)\b|last updated|^Update",
    re.IGNORECASE,
)
# Readers' comments under a story ("At 20:06 29th Apr 2009 , MrsMair wrote : ..."): from the first
# one on, the text is the comment section, and a comment's time stamp is no reference to its day.
_COMMENT = re.compile(r"\bAt \d{1,2}:\d{2} \d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8} \d{4}\s*,\s*\S{1,40}\s+wrote\s*:")
# A live blog's entry opens with its clock time ("2142 US Secretary of State ... says"); a year
# ("1918 flu ...") is left alone.
_BLOG_CLOCK = re.compile(r"^(\d{4}) [A-Z]")
# A sentence, not a fragment: it opens like one and ends like one.
_OPENS = re.compile(r"^[\"'(]?[A-Z0-9]")
_ENDS = re.compile(r"[.!][\"')]?$")


def story_events(result: ExtractionResult) -> Iterator[Event]:
    """The events told by the articles themselves, not by the readers' comments under them."""
    ends: dict[str, int] = {}
    for article in result.articles:
        # "wrote" first: a plain substring test spares most articles the pattern
        m = _COMMENT.search(article.text) if "wrote" in article.text else None
        if m:
            ends[article.id] = m.start()
    for event in result.events:
        end = ends.get(event.article)
        if end is None or event.sentence.end <= end:
            yield event


def day_of(event: Event) -> date | None:
    """The day an event is dated to by the text, or None (coarser, relative or undated)."""
    if event.date.granularity != "day" or event.date_source not in _TEXT_DATED:
        return None
    if event.date_source == "timex" and not event.timex.text:
        return None  # anchored to the document date, not dated by the text
    return event.date.start


def clean_sentence(text: str) -> str:
    """A source sentence as a reader should see it (``model.core.naming.readable``), without the
    dateline a wire story opens with or the speaker's name a transcript gives each turn."""
    return _SPEAKER.sub("", _DATELINE_PREFIX.sub("", readable(text)))


def summary_sentence(text: str, min_words: int = 6, max_words: int = 60) -> str | None:
    """``text`` cleaned, if it can stand in a timeline: a whole sentence that states something
    (no question, no page header or byline left over, not too short to say anything nor so long
    it is a run of several), else None."""
    clean = clean_sentence(text)
    if not min_words <= len(clean.split()) <= max_words:
        return None
    if not _OPENS.match(clean) or not _ENDS.search(clean) or _PAGE_STAMP.search(clean):
        return None
    clock = _BLOG_CLOCK.match(clean)
    if clock and not 1900 <= int(clock.group(1)) <= 2030:
        return None
    # cut out of a longer sentence: "MSD) confirmed today that ...", "I cry for all of them, " he said.
    if not _balanced(clean) or clean.count('"') % 2:
        return None
    return clean


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


@dataclass(frozen=True)
class SummaryOptions:
    """How days are ranked and summarised. Chosen leave-one-folder-out on the six shared Timeline17
    folders (``benchmarks/timeline17_loo.py``; docs/benchmarks.md, key events): the settings every
    one of the six folds chose (leads of the day after, the story's words) are on; where the folds
    disagreed (day weights, centroid, selection) the earlier settings stay."""

    # A day's score: sentences the text dates to it, those of them written later (the story
    # looking back), distinct articles naming it (breadth beats repetition within one article),
    # articles published on it (the news of that day).
    mention: float = 0.0
    later: float = 1.0
    article: float = 2.0
    published: float = 1.0
    # The first sentences of an article that give no date of their own tell the news of the day it
    # was published and, when published_days is 2, of the day before (news-tls DATEWISE's
    # "published on d" candidates: a morning paper reports yesterday).
    lead_sentences: int = 10
    published_days: int = 2
    # The day's centroid: "mean" of all its candidates, or "shared": only the terms both the
    # sentences dated to the day and the leads published on it use (DATEWISE), so a day's summary
    # is what both the later references and that day's news say.
    centroid: str = "mean"
    # K sentences: each the closest to the centroid ("closest"), or the set whose sum is closest
    # to it, chosen greedily ("set", DATEWISE's CentroidOpt: complementary sentences).
    selection: str = "closest"
    # Only sentences that name the story (a word most of the articles use: "Haiti", "flu") —
    # DATEWISE filters by the collection's keywords; here they are read off the articles.
    topic_share: float = 0.5
    # ... and only such sentences name a day (an off-topic page in the pile, a radio schedule, does
    # not make its days the story's).
    topic_days: bool = True
    min_words: int = 6
    max_words: int = 60
    redundant: float = 0.5  # cosine above which a sentence repeats one already chosen for that day


DEFAULTS = SummaryOptions()


@dataclass
class DayScore:
    day: date
    mentions: int = 0  # distinct sentences dated to this day by the text
    articles: set[str] = field(default_factory=set)  # articles with such a sentence
    later_mentions: int = 0  # of those, in articles published after the day
    published: int = 0  # articles published on the day (the news of that day)

    def weighed(self, options: SummaryOptions = DEFAULTS) -> float:
        return (options.mention * self.mentions + options.later * self.later_mentions
                + options.article * len(self.articles) + options.published * self.published)

    @property
    def score(self) -> float:
        return self.weighed()


def score_days(
    result: ExtractionResult,
    start: date | None = None,
    end: date | None = None,
    *,
    on_topic: re.Pattern[str] | None = None,
) -> dict[date, DayScore]:
    """Every day inside [start, end] the story's sentences date or its articles were published on.
    ``on_topic``: the story's words (``_story_words``); only sentences holding one of them count."""
    published = {a.id: _published(a) for a in result.articles}
    days: dict[date, DayScore] = {}
    for event, day in dated_mentions(story_events(result)):
        if (start and day < start) or (end and day > end):
            continue
        if on_topic is not None and not on_topic.search(event.sentence.text):
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
    options: SummaryOptions = DEFAULTS,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> list[SummaryDay]:
    """The ``n_dates`` best days inside [start, end], each with its ``k_sentences`` best sentences,
    in date order. ``n_dates`` None: every day the text names at least twice (or all, if few).
    A day with no sentence fit to summarise it gives way to the next best day.
    ``progress(done, SUMMARY_STEPS)`` after each step; ``is_cancelled`` is asked between steps
    (``ExtractionCancelled`` stops the work: the app's Summarize dialog has a Cancel button)."""

    def step(done: int) -> None:
        if is_cancelled is not None and is_cancelled():
            raise ExtractionCancelled
        if progress is not None:
            progress(done, SUMMARY_STEPS)

    step(0)
    on_topic = _story_words(result, options.topic_share)
    days = score_days(result, start, end, on_topic=on_topic if options.topic_days else None)
    step(1)
    if not days:
        step(SUMMARY_STEPS)
        return []
    ranked = sorted(days.values(), key=lambda d: (-d.weighed(options), -len(d.articles), d.day))
    if n_dates is None:
        well_told = [d for d in ranked if d.mentions >= 2]
        ranked = well_told or [d for d in ranked if d.mentions] or ranked
        n_dates = len(ranked)
    # A few more days than asked for, for those that turn out to have nothing to say.
    ranked = ranked[: max(2 * n_dates, n_dates + 10)]
    candidates = _candidates(result, {d.day for d in ranked}, options, on_topic)
    step(2)
    picked = _pick_sentences(candidates, k_sentences, options, [d.day for d in ranked], enough=n_dates)
    step(SUMMARY_STEPS)
    told = [d for d in ranked if picked.get(d.day)]
    # Days with nothing to say only when the told ones run out (an honest date beats none).
    chosen = (told + [d for d in ranked if not picked.get(d.day)])[:n_dates]
    return [SummaryDay(d.day, picked.get(d.day, []), d.weighed(options)) for d in sorted(chosen, key=lambda d: d.day)]


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


@dataclass
class _Candidates:
    """Per day, the sentences the text dates to it and the lead sentences of the news of that day."""

    mentioned: dict[date, list[str]] = field(default_factory=lambda: defaultdict(list))
    leads: dict[date, list[str]] = field(default_factory=lambda: defaultdict(list))

    def days(self) -> set[date]:
        return {d for d, s in self.mentioned.items() if s} | {d for d, s in self.leads.items() if s}


def _candidates(
    result: ExtractionResult, days: set[date], options: SummaryOptions, on_topic: re.Pattern[str] | None = None
) -> _Candidates:
    """Per chosen day: the sentences the text dates to it, and the lead sentences without a date
    of their own of the articles published on it (or the day after)."""
    # The articles whose leads tell a chosen day's news, and which days.
    news_of: dict[str, list[date]] = {}
    for article in result.articles:
        pub = _published(article)
        if pub is not None and options.lead_sentences:
            told = [d for back in range(options.published_days) if (d := date.fromordinal(pub.toordinal() - back)) in days]
            if told:
                news_of[article.id] = told
    # One row per sentence that may matter: its text, the chosen days the text dates it to (a
    # sentence with any date of its own is no lead), whether it may summarise (a negated or
    # hypothetical happening says nothing happened).
    sentences: dict[tuple[str, int], str] = {}
    dated: dict[tuple[str, int], set[date]] = {}
    stated: set[tuple[str, int]] = set()
    for event in story_events(result):
        day = day_of(event)
        news = event.article in news_of
        if not news and (day is None or day not in days):
            continue  # neither dated to a chosen day nor in an article that tells one's news
        key = (event.article, event.sentence.start)
        sentences[key] = event.sentence.text
        if day is not None or not _undated(event):
            dated.setdefault(key, set())
            if day is not None and day in days:
                dated[key].add(day)
        if event.modality not in _NOT_SUMMARY:
            stated.add(key)
    out = _Candidates()
    seen: set[tuple[date, str]] = set()
    lead_count: dict[str, int] = defaultdict(int)
    for key in sorted(sentences):
        art = key[0]
        position = lead_count[art]
        lead_count[art] += 1  # only counted right in news articles, where every sentence is kept
        if key not in stated:
            continue
        targets: list[tuple[date, dict[date, list[str]]]] = []
        if key in dated:
            targets = [(d, out.mentioned) for d in dated[key]]
        elif position < options.lead_sentences and art in news_of:
            targets = [(d, out.leads) for d in news_of[art]]
        if not targets:
            continue
        if on_topic is not None and not on_topic.search(sentences[key]):
            continue
        text = summary_sentence(sentences[key], options.min_words, options.max_words)
        if text is None:
            continue
        for d, into in targets:
            if (d, text) not in seen:
                seen.add((d, text))
                into[d].append(text)
    return out


_TOPIC_SAMPLE = 500  # articles read for the story's words: plenty to tell which words most use


def _story_words(result: ExtractionResult, share: float) -> re.Pattern[str] | None:
    """The story's words as one pattern: the words at least ``share`` of the articles use ("Haiti",
    "earthquake", "Mubarak"); a sentence that holds none does not name the story. None (every
    sentence names it) when ``share`` is 0 or no word is that common."""
    if share <= 0 or not result.articles:
        return None
    from sklearn.feature_extraction.text import CountVectorizer

    step = max(1, len(result.articles) // _TOPIC_SAMPLE)
    texts = [readable(a.text) for a in result.articles[::step]]
    counter = CountVectorizer(stop_words="english", binary=True)
    try:
        matrix = counter.fit_transform(texts)
    except ValueError:  # only stop words
        return None
    df = np.asarray(matrix.sum(axis=0)).ravel() / matrix.shape[0]
    vocab = counter.get_feature_names_out()
    keywords = sorted(str(vocab[i]) for i in np.flatnonzero(df >= share))
    if not keywords:
        return None
    # One regular expression, searched in the raw sentences (the words hold no markup) that are
    # asked about: far quicker than tokenising every sentence.
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keywords) + r")\b", re.IGNORECASE)


def _pick_sentences(
    cands: _Candidates, k: int, options: SummaryOptions = DEFAULTS, order: Sequence[date] = (),
    enough: int | None = None,
) -> dict[date, list[str]]:
    """Per day, the sentences closest to the day's centroid, skipping near-repeats. Days are served
    best first (``order``), and a sentence chosen for one day is not chosen again for another
    (a lead of the day after is a candidate for both days). Stops when ``enough`` days have some."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    days = cands.days()
    everything = [s for d in days for s in (*cands.mentioned.get(d, ()), *cands.leads.get(d, ()))]
    if not everything:
        return {}
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    try:
        vectorizer.fit(everything)
    except ValueError:  # only stop words
        return {d: [*cands.mentioned.get(d, ()), *cands.leads.get(d, ())][:k] for d in days}
    out: dict[date, list[str]] = {}
    used: set[str] = set()
    for day in [*(d for d in order if d in days), *sorted(days.difference(order))]:
        mentioned, leads = cands.mentioned.get(day, []), cands.leads.get(day, [])
        sents = [*mentioned, *leads]
        matrix = vectorizer.transform(sents)
        centroid = _centroid(matrix, len(mentioned), options.centroid)  # what the day is about: all of them
        taken = {i for i, text in enumerate(sents) if text in used}
        if options.selection == "set":
            chosen = _closest_set(matrix, centroid, k, options.redundant, taken)
        else:
            chosen = _closest_each(matrix, centroid, k, options.redundant, taken)
        out[day] = [sents[i] for i in chosen]
        used.update(out[day])
        if enough is not None and sum(1 for v in out.values() if v) >= enough:
            break
    return out


def _centroid(matrix, n_mentioned: int, kind: str) -> np.ndarray:
    """The day's unit centroid: the mean of its candidates, or (``shared``) the mean of the dated
    sentences' and the leads' means over the terms both use, when the day has both and they share
    terms."""
    mean = np.asarray(matrix.mean(axis=0)).ravel()
    if kind == "shared" and 0 < n_mentioned < matrix.shape[0]:
        dated = np.asarray(matrix[:n_mentioned].mean(axis=0)).ravel()
        lead = np.asarray(matrix[n_mentioned:].mean(axis=0)).ravel()
        shared = np.where((dated > 0) & (lead > 0), dated + lead, 0.0)
        if shared.any():
            mean = shared
    norm = np.linalg.norm(mean)
    return mean / norm if norm else mean


def _closest_each(matrix, centroid: np.ndarray, k: int, redundant: float, taken: set[int]) -> list[int]:
    closeness = np.asarray(matrix @ centroid).ravel()
    order = np.argsort(-closeness, kind="stable")
    chosen: list[int] = []
    for i in order:
        if len(chosen) == k:
            break
        if i in taken or any(float(matrix[i].multiply(matrix[j]).sum()) > redundant for j in chosen):
            continue
        chosen.append(int(i))
    return chosen


def _closest_set(matrix, centroid: np.ndarray, k: int, redundant: float, taken: set[int]) -> list[int]:
    """Greedily, the sentence whose addition brings the chosen set's sum closest to the centroid."""
    used = np.unique(matrix.indices)  # the day's own terms: a dense row of the whole vocabulary is large
    dense = matrix[:, used].toarray()
    centroid = centroid[used]
    chosen: list[int] = []
    total = np.zeros(dense.shape[1])
    remaining = [i for i in range(dense.shape[0]) if i not in taken]
    while remaining and len(chosen) < k:
        sums = dense[remaining] + total
        norms = np.linalg.norm(sums, axis=1)
        scores = np.divide(sums @ centroid, norms, out=np.zeros(len(remaining)), where=norms > 0)
        for pos in np.argsort(-scores, kind="stable"):
            i = remaining[pos]
            if any(float(dense[i] @ dense[j]) > redundant for j in chosen):
                continue
            chosen.append(i)
            total += dense[i]
            break
        else:
            break
        remaining.remove(chosen[-1])
    return chosen


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

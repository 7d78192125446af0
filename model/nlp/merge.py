"""Cross-article event merging: the same happening told by several articles gets one cluster id.

Two events are the same happening when their dates are compatible at their granularities (one
interval contains the other), they share participants, and their headlines/sentences share the
words that name the happening. No network models: stems and participant names only. Cluster ids
are a plain field, so the user can split or merge by hand afterwards.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from model.core.documents import Article
from model.core.events import Event

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# Words too general to say two passages tell the same happening.
_WEAK = frozenset(
    ["say", "said", "says", "hold", "holds", "held", "official", "officials", "people", "year", "month", "week",
     "day", "time", "also", "other", "new", "last", "next", "first", "two", "country", "countries", "report",
     "reported", "according", "told", "tell", "state", "president", "leader", "make", "take", "get", "go"]
)
# Different words for one kind of happening.
_SYNONYMS = {
    "meet": "meet", "meeting": "meet", "summit": "meet", "talk": "meet", "talks": "meet", "met": "meet",
    "dialogue": "meet", "discussion": "meet", "conference": "meet", "call": "meet",
    # The words news uses for one disaster, attack, vote or protest on different days.
    "explosion": "blast", "blast": "blast", "explode": "blast", "exploded": "blast", "disaster": "blast",
    "attack": "attack", "bombing": "attack", "bomb": "attack", "strike": "attack", "raid": "attack",
    "assault": "attack", "quake": "quake", "earthquake": "quake", "tremor": "quake",
    "election": "vote", "vote": "vote", "ballot": "vote", "poll": "vote", "referendum": "vote",
    "protest": "protest", "demonstration": "protest", "rally": "protest",
    "spill": "spill", "leak": "spill", "crash": "crash", "collision": "crash",
    "resignation": "resign", "resign": "resign", "quit": "resign", "arrest": "arrest", "detain": "arrest",
    "detention": "arrest", "death": "die", "die": "die", "died": "die", "killed": "die",
}
# Two reports of one day that name no participant at all are one happening only when their
# sentences share this much of their words (and at least _SAME_DAY_WORDS of them). A report that
# names one ("Israel confirmed a case") is never joined this way: participants must then agree.
_SAME_DAY_CONTEXT = 0.6
_SAME_DAY_WORDS = 6
_COARSE = frozenset(("year", "decade", "century"))
MERGE_THRESHOLD = 0.5
MIN_CONFIDENCE = 0.35  # events only anchored to their article's date are not merged


def stem(word: str) -> str:
    w = word.lower().strip("'’-")
    if w in _SYNONYMS:
        return _SYNONYMS[w]
    for suffix in ("ings", "ing", "ies", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    return _SYNONYMS.get(w, w)


def stems(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text) if w.lower() not in STOP_WORDS and w.lower() not in _WEAK}


@dataclass(frozen=True)
class _Profile:
    key: frozenset[str]  # the happening's own words: trigger and headline
    context: frozenset[str]  # the sentence's words
    people: frozenset[str]


def _profile(event: Event) -> _Profile:
    # The happening's words are the trigger's and the headline's, less the participants' names
    # (two events about Apple are not one event because both name Apple).
    names = {stem(w) for p in event.participants for w in _WORD.findall(p)}
    key = (stems(event.trigger.text) | stems(event.headline)) - names
    return _Profile(frozenset(key), frozenset(stems(event.sentence.text) - names), frozenset(event.participants))


def compatible_dates(a: Event, b: Event) -> bool:
    """One interval contains the other (2021-11-15 within 2021-11 within 2021)."""
    x, y = a.date, b.date
    inside = (x.start <= y.start and y.end <= x.end) or (y.start <= x.start and x.end <= y.end)
    if not inside:
        return False
    # Two years or decades say too little to call two happenings one.
    return not (x.granularity in _COARSE and y.granularity in _COARSE and x.value != y.value)


def similarity(a: Event, b: Event, pa: _Profile | None = None, pb: _Profile | None = None) -> float:
    """0..1: how much two date-compatible events look like one happening."""
    pa = pa or _profile(a)
    pb = pb or _profile(b)
    key = len(pa.key & pb.key) / max(1, min(len(pa.key), len(pb.key)))
    context = len(pa.context & pb.context) / max(1, min(len(pa.context), len(pb.context)))
    if pa.people and pb.people:
        people = len(pa.people & pb.people) / min(len(pa.people), len(pb.people))
    else:
        people = 0.0
    return 0.4 * key + 0.3 * context + 0.3 * people


def _mergeable(event: Event) -> bool:
    return event.confidence >= MIN_CONFIDENCE and event.modality not in ("hypothetical", "negated") and bool(event.timex.text)


def _same_happening(a: Event, b: Event, pa: _Profile, pb: _Profile) -> bool:
    """The pair test; it reads only the two events, so pairs can be tested in any order."""
    if not compatible_dates(a, b):
        return False
    if not pa.key & pb.key:
        return False  # the same happening has the same kind of name
    if not pa.people & pb.people:
        # No participant named ("the blast" / "the explosion on the rig"): only the same day, told
        # by another article in largely the same words.
        return not pa.people and not pb.people and _same_day_story(a, b, pa, pb)
    if a.article == b.article and stem(a.trigger.text) != stem(b.trigger.text):
        return False  # one article tells two happenings of one day apart by their own words
    return similarity(a, b, pa, pb) >= MERGE_THRESHOLD


def _same_day_story(a: Event, b: Event, pa: _Profile, pb: _Profile) -> bool:
    if a.article == b.article or a.date.granularity != "day" or b.date.granularity != "day":
        return False
    if a.date.start != b.date.start:
        return False
    shared = len(pa.context & pb.context)
    return shared >= _SAME_DAY_WORDS and shared / max(1, min(len(pa.context), len(pb.context))) >= _SAME_DAY_CONTEXT


def _same_day_pairs(events: list[Event], profiles: list[_Profile], indices: list[int]) -> Iterator[tuple[int, int]]:
    """Pairs of one exact day, in two articles, neither naming a participant (pairs that share
    one come from the participant blocks)."""
    days: dict[date, list[int]] = defaultdict(list)
    for i in indices:
        if events[i].date.granularity == "day":
            days[events[i].date.start].append(i)
    for members in days.values():
        for n, x in enumerate(members):
            for y in members[n + 1 :]:
                if not profiles[x].people and not profiles[y].people and events[x].article != events[y].article:
                    yield (x, y) if x < y else (y, x)


def candidate_pairs(events: list[Event], profiles: list[_Profile], indices: list[int]) -> Iterator[tuple[int, int]]:
    """Every pair (i < j) that could pass the pair test, each once: blocking instead of all pairs.

    A merge needs a shared participant and dates where one interval contains the other, so
    events are blocked by participant, and within a block grouped by their exact interval;
    an interval only meets the intervals that start inside it. A pair sharing several
    participants is yielded from the block of the first of them (in sort order) only. Reports of
    one exact day in different articles naming no participant come from a day block.
    """
    yield from _same_day_pairs(events, profiles, indices)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i in indices:
        for person in profiles[i].people:
            blocks[person].append(i)
    for person, members in blocks.items():
        groups: dict[tuple[date, date], list[int]] = defaultdict(list)
        for i in members:
            groups[(events[i].date.start, events[i].date.end)].append(i)
        # By start, the wider first: an interval's contents follow it.
        spans = sorted(groups, key=lambda span: (span[0], -span[1].toordinal()))
        for n, outer in enumerate(spans):
            group = groups[outer]
            inner_spans = [outer]
            for inner in spans[n + 1 :]:
                if inner[0] > outer[1]:
                    break
                if inner[1] <= outer[1]:
                    inner_spans.append(inner)
            for inner in inner_spans:
                others = groups[inner]
                for x in group:
                    for y in others:
                        if inner == outer and y <= x:
                            continue
                        if min(profiles[x].people & profiles[y].people) != person:
                            continue  # seen in the block of an earlier shared participant
                        yield (x, y) if x < y else (y, x)


def assign_clusters(events: list[Event], articles: list[Article]) -> None:
    """Set ``cluster`` on every event; events of one happening share the id of its first mention.

    Only candidate pairs (``candidate_pairs``) are compared, so the time grows with the events
    that share a participant and a period, not with the square of all events. The pairs that
    pass are joined in (i, j) order, as the all-pairs loop did, so the ids are the same.
    """
    del articles  # the events carry all they need; kept for the pipeline's signature
    profiles = [_profile(e) for e in events]
    mergeable = [i for i, e in enumerate(events) if _mergeable(e)]
    links = sorted(
        (i, j) for i, j in candidate_pairs(events, profiles, mergeable)
        if _same_happening(events[i], events[j], profiles[i], profiles[j])
    )
    _join(events, links)


def assign_clusters_pairwise(events: list[Event], articles: list[Article]) -> None:
    """The reference: every pair of mergeable events compared (O(n²)); for tests and benchmarks."""
    del articles
    profiles = [_profile(e) for e in events]
    mergeable = [i for i, e in enumerate(events) if _mergeable(e)]
    links = [
        (i, j) for n, i in enumerate(mergeable) for j in mergeable[n + 1 :]
        if _same_happening(events[i], events[j], profiles[i], profiles[j])
    ]
    _join(events, links)


def _join(events: list[Event], links: list[tuple[int, int]]) -> None:
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in links:
        parent[find(j)] = find(i)
    for i, event in enumerate(events):
        event.cluster = events[find(i)].id


def join_new_events(old: list[Event], new: list[Event]) -> dict[str, str]:
    """Cluster ``new`` events against ``old`` ones without changing any ``old`` event.

    The old events carry the user's work (merges, splits, headlines), so their clusters stay as
    they are and only pairs with a new event are tested. Each new event gets a cluster: with an
    old event in its group, the returned map names that event (new event id -> old event id) so
    the caller can put it in that event's cluster as it is *then* (the user may have merged or
    split since); otherwise the id of the group's first new event. The old events are only read.
    """
    # Only old events that could pass the pair test with a new one: a shared participant and dates
    # that overlap (a 100,000-event workspace takes a few new articles in a fraction of a recluster).
    joinable = [e for e in new if _mergeable(e)]
    people = {p for e in joinable for p in e.participants}
    lo = min((e.date.start for e in joinable), default=date.max)
    hi = max((e.date.end for e in joinable), default=date.min)
    pool = [
        e for e in old
        if e.date.start <= hi and e.date.end >= lo and not people.isdisjoint(e.participants) and _mergeable(e)
    ]
    events = pool + list(new)
    n_old = len(pool)
    profiles = [_profile(e) for e in events]
    mergeable = [i for i, e in enumerate(events) if _mergeable(e)]
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    links = sorted(
        (i, j) for i, j in candidate_pairs(events, profiles, mergeable)
        if j >= n_old and _same_happening(events[i], events[j], profiles[i], profiles[j])
    )
    for i, j in links:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)  # the root is the group's first event: an old one if any
    anchors: dict[str, str] = {}
    for j, event in enumerate(new, start=n_old):
        root = find(j)
        if root < n_old:
            anchor = events[root]
            anchors[event.id] = anchor.id
            event.cluster = anchor.cluster_key
        else:
            event.cluster = events[root].id
    return anchors

"""Event merging: the same happening told several times, by several articles or by one, gets one
cluster id.

Two reports are one happening only when what the text says of them agrees (happened or reported,
against planned or projected; negated and hypothetical reports are never merged) and their
dates are compatible at their granularities (one interval contains the other, two clock times
of a day are two moments). Then either
- they are one kind of happening (the trigger word, with synonyms as one: "quake", "earthquake")
  on one exact day, told in much the same words (TF-IDF cosine of their sentences over the events
  being merged, and a few shared words besides the name), and do not each name participants of
  their own (except for disasters, where the names are places hit and people responding); or
- they share a participant and the words that name the happening: the same trigger word (or a
  light verb whose object names the other: "held a virtual summit"), else sentences that say much
  the same; a statement needs agreeing sentences, and a longer time (a month, a year) holding a
  day needs agreeing sentences or two shared participants; or
- neither names a participant and two articles tell that exact day in largely the same words.

Wrong merges are worse than missed ones: the user can merge by hand. No network models: stems,
participant names and word counts only. ``benchmarks/event_merging.py`` measures it.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import chain

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
    "tsunami": "tsunami", "hurricane": "storm", "storm": "storm", "cyclone": "storm", "typhoon": "storm",
    "flood": "flood", "flooding": "flood", "fire": "fire", "blaze": "fire", "eruption": "eruption",
    "resignation": "resign", "resign": "resign", "quit": "resign", "arrest": "arrest", "detain": "arrest",
    "detention": "arrest", "death": "die", "die": "die", "died": "die", "killed": "die",
}
# Two reports of one day that name no participant at all are one happening only when their
# sentences share this much of their words (and at least _SAME_DAY_WORDS of them). A report that
# names one ("Israel confirmed a case") is never joined this way: participants must then agree.
_SAME_DAY_CONTEXT = 0.6
_SAME_DAY_WORDS = 6
_COARSE = frozenset(("year", "decade", "century"))
_CLOCK = re.compile(r"T\d\d:\d\d")
MERGE_THRESHOLD = 0.5
# TF-IDF cosine of the sentences of two reports of one kind of happening: on one exact day, and
# at a coarser time with a shared participant.
SAME_DAY_COSINE = 0.3
DISASTER_COSINE = 0.1  # the same for a disaster of one day ("the quake", "Tuesday's earthquake")
COARSE_COSINE = 0.5
# The same for a shared participant's reports at nested times (a day in a month).
NESTED_COSINE = 0.3
# The same for a shared participant's reports whose triggers differ ("stepped down", "resigned").
OTHER_WORDS_COSINE = 0.5
_KIND_WORDS = 3  # words two reports of one kind of happening share besides its name
MIN_CONFIDENCE = 0.35  # events only anchored to their article's date are not merged


# Irregular past forms of verbs news tells happenings with ("fought cancer", "fighting cancer");
# not "struck", whose "strike" would make a quake that struck an attack.
_IRREGULAR = {
    "fought": "fight", "took": "take", "taken": "take", "went": "go", "gone": "go",
    "won": "win", "lost": "lose", "began": "begin", "begun": "begin", "fell": "fall", "fallen": "fall",
    "rose": "rise", "risen": "rise", "sold": "sell", "bought": "buy", "left": "leave", "spoke": "speak",
    "spoken": "speak", "led": "lead", "sank": "sink", "sunk": "sink", "shot": "shoot", "fled": "flee",
    "sent": "send", "built": "build", "ran": "run", "gave": "give", "given": "give", "brought": "bring",
    "caught": "catch", "chose": "choose", "chosen": "choose", "drove": "drive", "driven": "drive",
    "wrote": "write", "written": "write", "underwent": "undergo", "undergone": "undergo", "swore": "swear",
    "sworn": "swear", "broke": "break", "broken": "break", "stole": "steal", "stolen": "steal",
    "froze": "freeze", "frozen": "freeze", "hid": "hide", "hidden": "hide", "knew": "know", "known": "know",
    "threw": "throw", "thrown": "throw", "withdrew": "withdraw", "withdrawn": "withdraw", "sought": "seek",
    "thought": "think", "found": "find", "paid": "pay", "laid": "lay", "kept": "keep", "felt": "feel",
}


@lru_cache(maxsize=1 << 16)  # news repeats its words: most calls are a look-up
def stem(word: str) -> str:
    w = word.lower().strip("'’-")
    if w.endswith(("'s", "’s")):
        w = w[:-2]  # "Tuesday's earthquake" names Tuesday
    w = _IRREGULAR.get(w, w)
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
    people: frozenset[str]  # participant names, spelled alike across articles ("Steve Jobs '" is Steve Jobs)
    lemma: str  # the trigger's (first) word, stemmed, synonyms as one ("quake" for earthquake)
    kind: str  # ``lemma`` where that word alone can name a happening; "" for words too general
    group: str  # what the text says of it: "fact" (happened, reported) or "plan" (planned, projected)


_POSSESSIVE = re.compile(r"\s*(?:['’]s?)\s*$")
# Modalities whose reports can be one happening; a planned summit is not the summit that was held.
_GROUP = {"happened": "fact", "reported": "fact", "planned": "plan", "projected": "plan"}
# Classes whose trigger word alone can name one happening across articles (a quake, a launch, a death);
# statements and states need the older rules (a shared participant and words).
_KIND_CLASSES = frozenset(("OCCURRENCE", "I_ACTION", "PERCEPTION"))
# Disasters have no agent: the names in their sentences are places hit and people responding ("the
# quake … Port-au-Prince", "Preval says … the earthquake"), so different names do not make two of them.
_NO_AGENT = frozenset(("blast", "quake", "spill", "crash", "tsunami", "storm", "flood", "fire", "eruption"))


def participant_name(name: str) -> str:
    """One spelling of a participant across articles: spaces collapsed, a possessive's tail dropped
    ("Steve Jobs '" from tokenised text, "Apple's")."""
    return _POSSESSIVE.sub("", " ".join(name.split()))


# Verbs whose object names the happening ("held talks", "staged a protest", "had a call").
_LIGHT = frozenset(stem(w) for w in ("hold", "held", "holds", "have", "has", "had", "take", "took", "make", "made",
                                     "give", "gave", "stage", "staged", "conduct", "conducted", "carry", "carried"))


def _lemma(event: Event) -> str:
    words = _WORD.findall(event.trigger.text)
    return stem(words[0]) if words else ""


def _kind(event: Event) -> str:
    words = _WORD.findall(event.trigger.text)
    if not words or event.event_class not in _KIND_CLASSES:
        return ""
    if event.timex.text and event.timex.start <= event.trigger.start < event.timex.end:
        return ""  # a date taken for a happening ("January 28, 2011 at 1:13 pm" under a comment)
    word = words[0].lower()
    return "" if word in _WEAK or word in STOP_WORDS else stem(word)


def _profile(event: Event) -> _Profile:
    # The happening's words are the trigger's and the headline's, less the participants' names
    # (two events about Apple are not one event because both name Apple).
    names = {stem(w) for p in event.participants for w in _WORD.findall(p)}
    key = (stems(event.trigger.text) | stems(event.headline)) - names
    people = frozenset(n for n in (participant_name(p) for p in event.participants) if n)
    return _Profile(frozenset(key), frozenset(stems(event.sentence.text) - names), people, _lemma(event),
                    _kind(event), _GROUP.get(event.modality, ""))


class _Weights:
    """TF-IDF over the sentences of the events being merged (binary term weights): each word's
    inverse document frequency, and each profile's length, computed when a pair first needs it."""

    def __init__(self, profiles: list[_Profile]) -> None:
        n = len(profiles)
        df = Counter(chain.from_iterable(p.context for p in profiles))
        self.idf = {w: math.log((1 + n) / (1 + k)) + 1.0 for w, k in df.items()}
        self._norms: dict[int, float] = {}

    def norm(self, p: _Profile) -> float:
        key = id(p)
        if key not in self._norms:
            self._norms[key] = math.sqrt(sum(self.idf.get(w, 0.0) ** 2 for w in p.context))
        return self._norms[key]

    def cosine(self, pa: _Profile, pb: _Profile) -> float:
        """TF-IDF cosine of two events' sentence words."""
        na, nb = self.norm(pa), self.norm(pb)
        if not na or not nb:
            return 0.0
        return sum(self.idf.get(w, 0.0) ** 2 for w in pa.context & pb.context) / (na * nb)


def _profiles(events: list[Event]) -> tuple[list[_Profile], _Weights]:
    """Every event's profile, and the word weights over these events' sentences."""
    profiles = [_profile(e) for e in events]
    return profiles, _Weights(profiles)


def compatible_dates(a: Event, b: Event) -> bool:
    """One interval contains the other (2021-11-15 within 2021-11 within 2021)."""
    x, y = a.date, b.date
    inside = (x.start <= y.start and y.end <= x.end) or (y.start <= x.start and x.end <= y.end)
    if not inside:
        return False
    # Two years or decades say too little to call two happenings one.
    if x.granularity in _COARSE and y.granularity in _COARSE and x.value != y.value:
        return False
    # Two clock times of one day ("Update 3:00 a.m.", "Update 1:29 a.m.") are two moments.
    tx, ty = _CLOCK.search(x.value), _CLOCK.search(y.value)
    return not (tx and ty and tx.group() != ty.group())


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
    return (event.confidence >= MIN_CONFIDENCE and event.modality in _GROUP and bool(event.timex.text)
            and event.date.granularity != "relative")


def _same_happening(a: Event, b: Event, pa: _Profile, pb: _Profile, weights: _Weights) -> bool:
    """The pair test; it reads only the two events (and the corpus's word weights), so pairs can be
    tested in any order."""
    if pa.group != pb.group or not compatible_dates(a, b):
        return False
    if not pa.key & pb.key:
        return False  # the same happening has the same kind of name
    if pa.kind and pa.kind == pb.kind and _same_kind_story(a, b, pa, pb, weights):
        return True
    if not pa.people & pb.people:
        # No participant named ("the blast" / "the explosion on the rig"): only the same day, told
        # by another article in largely the same words.
        return not pa.people and not pb.people and _same_day_story(a, b, pa, pb)
    # A shared participant and a day do not make other words one happening ("Mubarak called out the
    # army", "protests against Mubarak spread"), nor one spokesman's two statements of a day one
    # statement: only sentences that say much the same do, and one article tells two happenings
    # apart by their own words. The same name is the same trigger word, or across articles a light
    # verb whose object names the other's happening ("held a virtual summit", "at their summit").
    same_name = pa.lemma == pb.lemma or (a.article != b.article and (
        (pa.lemma in _LIGHT and pb.lemma in pa.key) or (pb.lemma in _LIGHT and pa.lemma in pb.key)))
    other_words = not same_name or "REPORTING" in (a.event_class, b.event_class)
    if other_words and (a.article == b.article or weights.cosine(pa, pb) < OTHER_WORDS_COSINE):
        return False
    if similarity(a, b, pa, pb) < MERGE_THRESHOLD:
        return False
    if (a.date.start, a.date.end) != (b.date.start, b.date.end) or a.date.granularity in _COARSE:
        # A day inside a month, or one year: the longer time holds many happenings of these names
        # ("Mexico… died", "worked in Haiti… 2006"): the sentences must agree too, or the reports
        # name the same two participants or more ("Biden and Xi" at their virtual summit).
        return weights.cosine(pa, pb) >= NESTED_COSINE or len(pa.people & pb.people) >= 2
    return True


def _same_kind_story(a: Event, b: Event, pa: _Profile, pb: _Profile, weights: _Weights) -> bool:
    """One kind of happening ("the quake", "the earthquake"), at compatible times, told in much the
    same words: one happening even when the reports name no participant in common. Reports that
    each name their own participants ("Israel confirmed…", "Spain confirmed…") are two."""
    disaster = pa.kind in _NO_AGENT
    if pa.people and pb.people and not pa.people & pb.people and not disaster:
        return False
    same_day = a.date.granularity == b.date.granularity == "day" and a.date.start == b.date.start
    if same_day and disaster:
        # A corpus tells one quake or one blast of a day: a word besides its name is enough
        # ("Tuesday's earthquake was 7.0", "the 7.0-magnitude quake struck on Tuesday").
        return len(pa.context & pb.context - {pa.kind}) >= 1 and weights.cosine(pa, pb) >= DISASTER_COSINE
    if len(pa.context & pb.context - {pa.kind}) < _KIND_WORDS:
        return False  # "Update 8:19 p.m." and "Update 6:02 p.m." say nothing alike but the word
    if same_day:
        return weights.cosine(pa, pb) >= SAME_DAY_COSINE
    # A coarser time ("in January") holds many happenings of one kind: a shared participant and
    # closer words are needed.
    return bool(pa.people & pb.people) and weights.cosine(pa, pb) >= COARSE_COSINE


def _same_day_story(a: Event, b: Event, pa: _Profile, pb: _Profile) -> bool:
    if a.article == b.article or a.date.granularity != "day" or b.date.granularity != "day":
        return False
    if a.date.start != b.date.start:
        return False
    shared = len(pa.context & pb.context)
    return shared >= _SAME_DAY_WORDS and shared / max(1, min(len(pa.context), len(pb.context))) >= _SAME_DAY_CONTEXT


def _nested_pairs(events: list[Event], members: list[int]) -> Iterator[tuple[int, int]]:
    """Pairs (i < j) of ``members`` where one's interval contains the other's, each once.

    Grouped by exact interval; an interval only meets the intervals that start inside it."""
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
            for x in group:
                for y in groups[inner]:
                    if inner == outer and y <= x:
                        continue
                    yield (x, y) if x < y else (y, x)


def candidate_pairs(events: list[Event], profiles: list[_Profile], indices: list[int]) -> Iterator[tuple[int, int]]:
    """Every pair (i < j) that could pass the pair test, each once: blocking instead of all pairs.

    A merge needs dates where one interval contains the other and a shared participant, or else
    one exact day and one kind of happening, or one exact day in different articles naming no
    participant. So events are blocked by participant (only nested intervals paired within a
    block), by kind and day, and by day. Each pair comes from one block only: the first shared
    participant (in sort order); else the kind and day; else the day.
    """
    by_person: dict[str, list[int]] = defaultdict(list)
    by_kind: dict[tuple[str, date], list[int]] = defaultdict(list)
    by_day: dict[date, list[int]] = defaultdict(list)
    for i in indices:
        p = profiles[i]
        for person in p.people:
            by_person[person].append(i)
        if events[i].date.granularity != "day":
            continue
        if p.kind:
            by_kind[(p.kind, events[i].date.start)].append(i)
        if not p.people:
            by_day[events[i].date.start].append(i)
    for person, members in by_person.items():
        for x, y in _nested_pairs(events, members):
            if min(profiles[x].people & profiles[y].people) == person:
                yield x, y
    for members in by_kind.values():
        for n, x in enumerate(members):
            for y in members[n + 1 :]:
                if not profiles[x].people & profiles[y].people:
                    yield (x, y) if x < y else (y, x)
    for members in by_day.values():
        for n, x in enumerate(members):
            for y in members[n + 1 :]:
                if events[x].article != events[y].article and (not profiles[x].kind or profiles[x].kind != profiles[y].kind):
                    yield (x, y) if x < y else (y, x)


def groups(size: int, links: Iterable[tuple[int, int]]) -> list[int]:
    """Union-find over ``links``: for each index, the lowest index of its group.

    The naming rule, in one place: a group is named by its first member (the first event in the
    list given), whatever order the links come in."""
    parent = list(range(size))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in links:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return [find(i) for i in range(size)]


def _links(
    events: list[Event], pairs: Iterable[tuple[int, int]], profiles: list[_Profile], weights: _Weights
) -> Iterator[tuple[int, int]]:
    return ((i, j) for i, j in pairs if _same_happening(events[i], events[j], profiles[i], profiles[j], weights))


def assign_clusters(events: list[Event], articles: list[Article]) -> None:
    """Set ``cluster`` on every event; events of one happening share the id of its first mention.

    Only candidate pairs (``candidate_pairs``) are compared, so the time grows with the events
    that share a participant, a kind of happening or a day, and a period, not with the square of
    all events.
    """
    del articles  # the events carry all they need; kept for the pipeline's signature
    profiles, weights = _profiles(events)
    mergeable = [i for i, e in enumerate(events) if _mergeable(e)]
    roots = groups(len(events), _links(events, candidate_pairs(events, profiles, mergeable), profiles, weights))
    for event, root in zip(events, roots, strict=True):
        event.cluster = events[root].id


def assign_clusters_pairwise(events: list[Event], articles: list[Article]) -> None:
    """The reference: every pair of mergeable events compared (O(n²)); for tests and benchmarks."""
    del articles
    profiles, weights = _profiles(events)
    mergeable = [i for i, e in enumerate(events) if _mergeable(e)]
    pairs = ((i, j) for n, i in enumerate(mergeable) for j in mergeable[n + 1 :])
    roots = groups(len(events), _links(events, pairs, profiles, weights))
    for event, root in zip(events, roots, strict=True):
        event.cluster = events[root].id


def join_new_events(old: list[Event], new: list[Event]) -> dict[str, str]:
    """Cluster ``new`` events against ``old`` ones without changing any ``old`` event.

    The old events carry the user's work (merges, splits, headlines), so their clusters stay as
    they are and only pairs with a new event are tested. Each new event gets a cluster: with an
    old event in its group, the returned map names that event (new event id -> old event id) so
    the caller can put it in that event's cluster as it is *then* (the user may have merged or
    split since); otherwise the id of the group's first new event. The old events are only read.
    """
    # Only old events that could pass the pair test with a new one: dates that overlap, and a shared
    # participant, kind of happening or day (a 100,000-event workspace takes a few new articles in a
    # fraction of a recluster).
    joinable = [e for e in new if _mergeable(e)]
    people = {participant_name(p) for e in joinable for p in e.participants}
    kinds = {k for e in joinable if (k := _kind(e))}
    days = {e.date.start for e in joinable if e.date.granularity == "day"}
    lo = min((e.date.start for e in joinable), default=date.max)
    hi = max((e.date.end for e in joinable), default=date.min)

    def may_join(e: Event) -> bool:
        if not (e.date.start <= hi and e.date.end >= lo and _mergeable(e)):
            return False
        return (not people.isdisjoint(participant_name(p) for p in e.participants) or _kind(e) in kinds
                or (e.date.granularity == "day" and e.date.start in days))

    pool = [e for e in old if may_join(e)]
    events = pool + list(new)
    n_old = len(pool)
    profiles, weights = _profiles(events)
    mergeable = [i for i, e in enumerate(events) if _mergeable(e)]
    pairs = ((i, j) for i, j in candidate_pairs(events, profiles, mergeable) if j >= n_old)
    # The root is the group's first event: an old one if the group has any.
    roots = groups(len(events), _links(events, pairs, profiles, weights))
    anchors: dict[str, str] = {}
    for j, event in enumerate(new, start=n_old):
        root = roots[j]
        if root < n_old:
            anchor = events[root]
            anchors[event.id] = anchor.id
            event.cluster = anchor.cluster_key
        else:
            event.cluster = events[root].id
    return anchors

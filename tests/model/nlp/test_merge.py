"""Blocked merging gives exactly the clusters of comparing every pair of events."""

from __future__ import annotations

import copy
import random
from pathlib import Path

import pytest

from model.core.documents import TextSpan
from model.core.events import Event
from model.nlp.merge import assign_clusters, assign_clusters_pairwise, candidate_pairs
from model.timex.values import value_to_interval

PEOPLE = ["Joe Biden", "Xi Jinping", "Lloyd Austin", "Wei Fenghe", "Nancy Pelosi", "Tsai Ing-wen"]
HEADLINES = ["{} and {} hold summit", "{} meets {}", "{} visits {}", "Talks between {} and {}", "{} calls {}",
             "{} announces drills near {}", "{} signs a deal with {}"]
TRIGGERS = ["summit", "met", "visit", "talks", "call", "drills", "signed"]


def _value(rng: random.Random) -> str:
    year = rng.choice([2021, 2022, 2023])
    kind = rng.random()
    if kind < 0.5:
        return f"{year}-{rng.randint(1, 3):02d}-{rng.randint(1, 4):02d}"
    if kind < 0.65:
        return f"{year}-W{rng.randint(1, 9):02d}"
    if kind < 0.85:
        return f"{year}-{rng.randint(1, 3):02d}"
    if kind < 0.95:
        return f"{year}-Q1"
    return str(year)


def _random_events(n: int, seed: int) -> list[Event]:
    rng = random.Random(seed)
    events = []
    for i in range(n):
        interval = value_to_interval(_value(rng))
        assert interval is not None
        people = rng.sample(PEOPLE, rng.randint(0, 3))
        kind = rng.randrange(len(HEADLINES))
        headline = HEADLINES[kind].format(*(people + ["officials", "envoys"])[:2])
        sentence = f"{headline} in Geneva on a cold day, {rng.choice(['aides said', 'reports said', 'a statement read'])}."
        timex = "" if rng.random() < 0.1 else "on Monday"
        modality = rng.choice(["happened"] * 8 + ["planned", "hypothetical"])
        events.append(Event(f"e{i}", f"article-{rng.randrange(n // 3 + 1)}", interval, headline,
                            TextSpan(0, len(sentence), sentence), TextSpan(0, 5, TRIGGERS[kind]),
                            TextSpan(0, len(timex), timex), people, modality, rng.choice([0.3, 0.6, 0.9])))
    return events


@pytest.mark.parametrize("seed", range(6))
def test_blocked_merging_gives_the_clusters_and_ids_of_all_pairs(seed: int) -> None:
    events = _random_events(300, seed)
    reference = copy.deepcopy(events)
    assign_clusters(events, [])
    assign_clusters_pairwise(reference, [])
    assert [e.cluster for e in events] == [e.cluster for e in reference]
    assert len({e.cluster for e in events}) < len(events), "the sample must contain merges"


def test_every_candidate_pair_is_yielded_once_and_only_compatible_ones() -> None:
    from model.nlp.merge import _profiles

    events = _random_events(200, 11)
    profiles, _idf = _profiles(events)
    pairs = list(candidate_pairs(events, profiles, list(range(len(events)))))
    assert len(pairs) == len(set(pairs)) and all(i < j for i, j in pairs)
    def within(a: Event, b: Event) -> bool:
        return b.date.start <= a.date.start and a.date.end <= b.date.end

    def same_day(a: Event, b: Event) -> bool:
        return a.date.granularity == b.date.granularity == "day" and a.date.start == b.date.start

    def same_day_elsewhere(a: Event, b: Event) -> bool:
        return same_day(a, b) and a.article != b.article

    expected = {
        (i, j) for i in range(len(events)) for j in range(i + 1, len(events))
        if (profiles[i].people & profiles[j].people and (within(events[i], events[j]) or within(events[j], events[i])))
        or (profiles[i].kind and profiles[i].kind == profiles[j].kind and same_day(events[i], events[j]))
        or (not profiles[i].people and not profiles[j].people and same_day_elsewhere(events[i], events[j]))
    }
    assert set(pairs) == expected


def test_the_sample_articles_cluster_as_with_all_pairs(nlp, samples_dir: Path) -> None:
    from model.loaders import load_paths
    from model.nlp.pipeline import extract

    result = extract(load_paths([samples_dir]).articles, nlp)
    reference = copy.deepcopy(result.events)
    assign_clusters_pairwise(reference, [])
    assert [e.cluster for e in result.events] == [e.cluster for e in reference]
    assert any(sum(e.cluster == c for e in result.events) > 1 for c in {e.cluster for e in result.events})


def test_new_events_join_old_clusters_without_changing_the_old_events() -> None:
    """Articles added to a workspace: the new reports of a known happening name an old report
    (the caller puts them in its cluster as it is then); the old events are left as they are."""
    from dataclasses import replace

    from model.nlp.merge import join_new_events
    from tests.fakes import fake_result

    old = fake_result().events
    for event in old:
        event.participants = ["Joe Biden"]
    # The user split every event into its own entry: no rule may undo that.
    old = [replace(e, cluster=e.id) for e in old]
    before = [replace(e) for e in old]
    summit = old[0]  # "The leaders met on Nov 15, 2021 in a virtual summit."
    retold = replace(summit, id="n-e1", article="n", cluster="", headline="Leaders met in a virtual summit")
    unrelated = replace(old[3], id="n-e2", article="n", cluster="", participants=["Someone Else"])
    anchors = join_new_events(old, [retold, unrelated])
    assert old == before
    assert anchors == {"n-e1": summit.id}
    assert retold.cluster == summit.id
    assert unrelated.cluster == "n-e2" and "n-e2" not in anchors


def _told(n: int, article: str, day: str, trigger: str, sentence: str, people: list[str] | None = None) -> Event:
    interval = value_to_interval(day)
    assert interval is not None
    at = max(0, sentence.find(trigger))
    return Event(f"{article}-e{n}", article, interval, sentence[:40], TextSpan(0, len(sentence), sentence),
                 TextSpan(at, at + len(trigger), trigger), TextSpan(len(sentence), len(sentence) + 8, "April 20"),
                 people or [], "happened", 0.9)


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        # One disaster in other words, by two articles, with no participant named in common.
        (("2010-04-20", "explosion", "An explosion on the Deepwater Horizon rig in the Gulf of Mexico killed 11 workers."),
         ("2010-04-20", "blast", "The blast on the Deepwater Horizon drilling rig killed 11 workers in the Gulf."), True),
        # The same day, two different happenings.
        (("2011-01-25", "protest", "Protesters filled Tahrir Square in Cairo demanding that the president resign."),
         ("2011-01-25", "arrested", "Police arrested a blogger in Alexandria after he posted photographs."), False),
        # The same words, two days: two happenings.
        (("2010-04-20", "explosion", "An explosion on the Deepwater Horizon rig in the Gulf of Mexico killed 11 workers."),
         ("2010-04-22", "blast", "The blast on the Deepwater Horizon drilling rig killed 11 workers in the Gulf."), False),
        # One day, one kind of happening, much said alike, but each names its own country: two happenings.
        (("2009-04-28", "confirmed", "Health officials confirmed a case of swine flu on Tuesday in the capital city.",
          ["Israel"]),
         ("2009-04-28", "confirmed", "Health officials confirmed a case of swine flu on Tuesday in the capital city.",
          ["Spain"]), False),
        # One kind of happening on one day, but little said alike: not merged without a shared participant.
        (("2010-01-12", "quake", "A quake shook the capital."),
         ("2010-01-12", "earthquake", "An earthquake damaged a dam in the north of the country."), False),
    ],
)
def test_one_day_in_other_words_is_one_happening_only_when_the_story_agrees(first, second, one: bool) -> None:
    events = [_told(1, "a", *first), _told(1, "b", *second)]
    reference = copy.deepcopy(events)
    assign_clusters(events, [])
    assign_clusters_pairwise(reference, [])
    assert (events[0].cluster == events[1].cluster) is one
    assert [e.cluster for e in events] == [e.cluster for e in reference]


def _report(n: int, article: str, row: tuple) -> Event:
    day, trigger, sentence, *rest = row
    people = rest[0] if rest else []
    modality = rest[1] if len(rest) > 1 else "happened"
    event = _told(n, article, day, trigger, sentence, people)
    event.modality = modality
    event.event_class = rest[2] if len(rest) > 2 else "OCCURRENCE"
    return event


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        # One quake, told a day later in other words, each report naming other places.
        (("2010-01-12", "quake", "The 7.0-magnitude quake, the worst Haiti has known in two centuries, struck south "
          "of the capital on Tuesday.", ["Haiti"]),
         ("2010-01-12", "earthquake", "A magnitude 7 earthquake, the worst in two centuries, struck south of "
          "Port-au-Prince on 12 January.", ["Port-au-Prince"]), True),
        # A disaster named in passing ("Tuesday's earthquake") is the day's disaster.
        (("2010-01-12", "earthquake", "Tuesday's earthquake was 7.0.", []),
         ("2010-01-12", "quake", "The 7.0-magnitude quake, the worst in two centuries, struck south of the capital "
          "on Tuesday.", ["Haiti"]), True),
        # Two blasts of one day that share nothing but the name: two happenings.
        (("2011-01-25", "explosion", "An explosion hit a gas pipeline in the Sinai desert.", ["Sinai"]),
         ("2011-01-25", "blast", "A blast at a church in Alexandria killed worshippers.", ["Alexandria"]), False),
        # One day, one kind of happening, but two people dying in two places: two happenings.
        (("2009-06-16", "died", "A 38-year-old woman with swine flu died in hospital in Glasgow on Tuesday.",
          ["Glasgow"]),
         ("2009-06-16", "died", "A 38-year-old man with swine flu died in hospital in Texas on Tuesday.", ["Texas"]),
         False),
        # The summit that was planned is not the summit that was held.
        (("2021-11-15", "summit", "Biden and Xi will hold a virtual summit on Monday to ease tensions.",
          ["Joe Biden", "Xi Jinping"], "planned"),
         ("2021-11-15", "summit", "Biden and Xi held a virtual summit on Monday to ease tensions.",
          ["Joe Biden", "Xi Jinping"]), False),
        # The quake of January and the quake of 12 January: one, told alike of one place.
        (("2010-01", "earthquake", "The January earthquake in Haiti killed more than 200,000 people and left a "
          "million homeless.", ["Haiti"]),
         ("2010-01-12", "quake", "The quake that struck Haiti on 12 January killed more than 200,000 people and "
          "left a million homeless.", ["Haiti"]), True),
        # Two live-blog updates of one day at two clock times, in the same words: two moments.
        (("2011-01-25T04:08", "Update", "Update 4:08 a.m. in Cairo: protesters gathered again in the central "
          "square near the museum."),
         ("2011-01-25T14:46", "Update", "Update 2:46 p.m. in Cairo: protesters gathered again in the central "
          "square near the museum."), False),
        # A shared name and a day, but other words for other happenings.
        (("2011-01-28", "called", "Mubarak called in troops against protests on Friday, as the unrest grew.",
          ["Hosni Mubarak"]),
         ("2011-01-28", "spread", "Protests against Mubarak spread from Cairo to Suez on Friday.",
          ["Hosni Mubarak"]), False),
        # One ministry's two statements of a day are two; one statement told by two articles is one.
        (("2011-01-25", "told", "Shutdown of an internet provider on Tuesday, the information ministry told CNN.",
          ["Information Ministry"], "reported", "REPORTING"),
         ("2011-01-25", "told", "Shutdown of mobile networks for some hours, the information ministry told "
          "reporters on Tuesday.", ["Information Ministry"], "reported", "REPORTING"), False),
        (("2011-02-06", "said", "A democratic solution must be inclusive, peaceful and rapid, Albright said on Sunday "
          "on a news programme.", ["Madeleine Albright"], "reported", "REPORTING"),
         ("2011-02-06", "said", "A democratic solution must be inclusive, peaceful and rapid, Albright said on "
          "Sunday.", ["Madeleine Albright"], "reported", "REPORTING"), True),
        # A light verb and the happening its object names: one summit.
        (("2021-11-15", "held", "Biden and Xi held a virtual summit on Monday, the White House said.",
          ["Joe Biden", "Xi Jinping"]),
         ("2021-11-15", "summit", "At their virtual summit on Monday Xi told Biden that Taiwan was a red line.",
          ["Joe Biden", "Xi Jinping"]), True),
        # Deaths in a month and a death on one of its days, in one country: two happenings.
        (("2009-05", "died", "Mexico said 45 people died of the flu during May.", ["Mexico"]),
         ("2009-05-12", "died", "A woman died in a hospital in Mexico on Tuesday after a week of fever.", ["Mexico"]),
         False),
        # A name spelled as tokenised text leaves it ("Steve Jobs '") is the same participant.
        (("2004", "fought", "Steve Jobs fought pancreatic cancer in 2004 and had a liver transplant later.",
          ["Steve Jobs '"]),
         ("2004", "fighting", "After fighting pancreatic cancer in 2004, Steve Jobs took medical leave.",
          ["Steve Jobs"]), True),
    ],
)
def test_one_happening_across_articles_days_and_words(first: tuple, second: tuple, one: bool) -> None:
    events = [_report(1, "a", first), _report(1, "b", second)]
    reference = copy.deepcopy(events)
    assign_clusters(events, [])
    assign_clusters_pairwise(reference, [])
    assert (events[0].cluster == events[1].cluster) is one
    assert [e.cluster for e in events] == [e.cluster for e in reference]


def test_a_new_article_joins_an_old_happening_told_in_other_words_and_names() -> None:
    """Articles added to a workspace: the new report of the quake joins the old cluster though it
    names no participant the old reports name; the planned report of the same day does not."""
    from model.nlp.merge import join_new_events

    old = [
        _report(1, "a", ("2010-01-12", "quake", "The 7.0-magnitude quake, the worst Haiti has known in two centuries, "
                         "struck south of the capital on Tuesday.", ["Haiti"])),
        _report(1, "b", ("2010-01-12", "earthquake", "A magnitude 7 earthquake struck south of the capital on "
                         "Tuesday, the worst in two centuries, flattening the palace.", ["Haiti"])),
    ]
    assign_clusters(old, [])
    assert old[0].cluster == old[1].cluster == "a-e1"
    new = [
        _report(1, "c", ("2010-01-12", "earthquake", "Tuesday's magnitude 7 earthquake south of Port-au-Prince was the "
                         "worst in two centuries.", ["Port-au-Prince"])),
        _report(2, "c", ("2010-01-12", "earthquake", "An earthquake drill south of the capital will follow on Tuesday, "
                         "the worst in two centuries of planning.", ["Port-au-Prince"], "planned")),
    ]
    anchors = join_new_events(old, new)
    assert anchors == {"c-e1": "a-e1"}
    assert new[0].cluster == "a-e1" and new[1].cluster == "c-e2"

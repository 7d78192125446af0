"""Key events and the timeline summary, on small hand-made corpora (no spaCy)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from model.core.documents import Article, DocumentDate, TextSpan
from model.core.events import Event, EventDate
from model.core.result import ExtractionResult
from model.ranking.summary import (
    DEFAULTS,
    clean_sentence,
    key_happenings,
    rank_happenings,
    summarize,
    summary_sentence,
)

QUAKE = date(2010, 1, 12)
AID = date(2010, 1, 15)
FUNERAL = date(2010, 1, 20)


def _corpus(rows: list[tuple[str, str, date | None, str]], sources: dict[str, str] | None = None) -> ExtractionResult:
    """rows: (article id, sentence, day or None for an undated event, modality)."""
    texts: dict[str, list[str]] = {}
    for art, sentence, _, _ in rows:
        texts.setdefault(art, []).append(sentence)
    articles = [
        Article(a, f"/tmp/{a}.txt", " ".join(s), source=(sources or {}).get(a, ""),
                dct=DocumentDate("2010-01-25", "metadata", 1.0))
        for a, s in texts.items()
    ]
    events = []
    for n, (art, sentence, day, modality) in enumerate(rows):
        text = " ".join(texts[art])
        i = text.index(sentence)
        span = TextSpan(i, i + len(sentence), sentence)
        if day is None:
            when = EventDate("PAST_REF", date(1, 1, 1), date(2010, 1, 25), "relative")
            source = "document"
        else:
            when = EventDate(day.isoformat(), day, day, "day")
            source = "timex"
        events.append(Event(f"e{n}", art, when, sentence[:30], span, span, span, modality=modality,
                            date_source=source, cluster=f"c-{day}" if day else f"u{n}"))
    return ExtractionResult(articles, events)


CORPUS = [
    ("a1", "A magnitude 7.0 earthquake struck Haiti on January 12, killing thousands of people.", QUAKE, "happened"),
    ("a2", "The earthquake that hit Haiti on January 12 destroyed much of the capital Port-au-Prince.", QUAKE, "happened"),
    ("a3", "Since the January 12 earthquake, aid groups have struggled to reach survivors in Haiti.", QUAKE, "happened"),
    ("a3", "The first American aid flights landed at the airport on January 15 with water and food.", AID, "happened"),
    ("a1", "A funeral for the archbishop was held in the ruined cathedral on January 20 in Haiti.", FUNERAL, "happened"),
    ("a2", "Officials said the government never held a funeral for the archbishop on January 20.", FUNERAL, "negated"),
    ("a2", "Rescue teams had pulled survivors from the rubble of a hotel before the storm came.", None, "happened"),
]


def test_the_day_most_reports_refer_to_comes_first() -> None:
    timeline = summarize(_corpus(CORPUS), n_dates=1, k_sentences=1)
    assert [d.day for d in timeline] == [QUAKE]
    assert len(timeline[0].sentences) == 1


def test_days_come_back_in_date_order_with_at_most_k_sentences() -> None:
    timeline = summarize(_corpus(CORPUS), n_dates=3, k_sentences=2)
    assert [d.day for d in timeline] == [QUAKE, AID, FUNERAL]
    assert all(len(d.sentences) <= 2 for d in timeline)


def test_the_range_bounds_the_days() -> None:
    timeline = summarize(_corpus(CORPUS), n_dates=5, start=AID, end=FUNERAL)
    assert [d.day for d in timeline] == [AID, FUNERAL]


def test_a_negated_sentence_never_summarises_its_day() -> None:
    timeline = summarize(_corpus(CORPUS), n_dates=5, k_sentences=5)
    funeral = next(d for d in timeline if d.day == FUNERAL)
    assert funeral.sentences == ["A funeral for the archbishop was held in the ruined cathedral on January 20 in Haiti."]


def test_undated_happenings_give_no_day_of_their_own() -> None:
    timeline = summarize(_corpus(CORPUS), n_dates=3, k_sentences=5)
    assert all("Rescue teams" not in s for d in timeline for s in d.sentences)


def test_the_lead_of_an_article_tells_the_news_of_its_publication_day() -> None:
    # Every article is published on 2010-01-25; asked for every day, that day is one, summarised
    # by a lead sentence that gives no date of its own.
    timeline = summarize(_corpus(CORPUS), n_dates=10, k_sentences=5)
    assert [d.day for d in timeline] == [QUAKE, AID, FUNERAL, date(2010, 1, 25)]
    assert any("Rescue teams" in s for s in timeline[-1].sentences)


def test_near_repeats_are_not_both_chosen() -> None:
    rows = [
        ("a1", "Protesters filled Tahrir Square in Cairo on January 25 demanding change.", QUAKE, "happened"),
        ("a2", "Protesters filled Tahrir Square in Cairo on January 25 demanding change now.", QUAKE, "happened"),
        ("a3", "Police fired tear gas at the crowds that gathered in the capital on January 25.", QUAKE, "happened"),
    ]
    sentences = summarize(_corpus(rows), n_dates=1, k_sentences=2)[0].sentences
    assert len(sentences) == 2
    assert any("tear gas" in s for s in sentences)


def test_an_empty_corpus_has_an_empty_summary() -> None:
    assert summarize(ExtractionResult([], []), n_dates=3) == []


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("The U.S. military said , on Monday , that it would help .", "The U.S. military said, on Monday, that it would help."),
        ("Aid -LRB- food and water -RRB- arrived .", "Aid (food and water) arrived."),
        ("He said `` we are ready '' to the crowd .", 'He said " we are ready " to the crowd.'),
        ("The company did n't comment .", "The company didn't comment."),
    ],
)
def test_sentences_lose_the_markup_of_tokenised_corpora(raw: str, clean: str) -> None:
    assert clean_sentence(raw) == clean


def test_happenings_told_by_more_articles_and_sources_rank_higher() -> None:
    result = _corpus(CORPUS, sources={"a1": "Reuters", "a2": "BBC", "a3": "Reuters"})
    ranks = rank_happenings(result)
    assert key_happenings(result, 1) == [f"c-{QUAKE}"]
    quake = ranks[f"c-{QUAKE}"]
    assert (quake.reports, quake.articles, quake.sources, quake.date_refs) == (3, 3, 2, 3)
    assert quake.explain() == "told by 3 articles from 2 sources, date referred to 3 times"
    assert ranks[f"c-{QUAKE}"].score > ranks[f"c-{AID}"].score


# --- which sentences may summarise a day ------------------------------------------------------

@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # A wire story's dateline (and the page stamp before it) is not part of its first sentence.
        ("GENEVA -LRB- Reuters -RRB- - The World Health Organization raised its pandemic alert to phase 5 on "
         "Wednesday .", "The World Health Organization raised its pandemic alert to phase 5 on Wednesday."),
        ("By Kate Kelland , Health Correspondent LONDON | Wed Apr 29 , 2009 9:12 am EDT LONDON -LRB- Reuters -RRB- "
         "- Britain confirmed two more cases of the new flu on Wednesday .",
         "Britain confirmed two more cases of the new flu on Wednesday."),
        # the sentence splitter cut at the bracket
        ("Reuters -RRB- - A toddler in Texas became the first death from the new flu in the United States .",
         "A toddler in Texas became the first death from the new flu in the United States."),
        ("PORT-AU-PRINCE , Haiti -LRB- CNN -RRB- -- Aftershocks rattled the capital again on Wednesday morning .",
         "Aftershocks rattled the capital again on Wednesday morning."),
        ("COOPER -LRB- voice over -RRB- : Sunday night , the square was filled again with protesters .",
         "Sunday night, the square was filled again with protesters."),
        ("1918 flu killed more people than the war that came before it , historians say .",
         "1918 flu killed more people than the war that came before it, historians say."),
        ("The ministry said the first patient had recovered and gone home .",
         "The ministry said the first patient had recovered and gone home."),
    ],
)
def test_a_summary_sentence_loses_the_dateline_it_was_run_into(raw: str, clean: str) -> None:
    assert summary_sentence(raw) == clean


@pytest.mark.parametrize(
    "raw",
    [
        # a page header run into the story
        "Susan Watts | 18:00 UK time , Saturday , 25 April 2009 Experts fear the new virus could spread widely .",
        "Page last updated at 14:02 GMT , Monday , 27 April 2009 Scotland confirmed its first two cases .",
        "Update 11:03 a.m. in Cairo , 4:03 a.m. ET : the crowd in the square keeps growing .",
        # a question, a fragment cut from its sentence, one without an end
        "Will the authorities close the schools in Glasgow before the summer holidays ?",
        "and the two patients were treated at Monklands Hospital in Airdrie .",
        "The two patients were treated at Monklands Hospital in Airdrie , health officials",
        "Merck -RRB- said its rapid test was used to find the first case of the new flu .",
        "I do not cry for myself , I cry for all the people of this city , '' he said .",
        # a live blog's entry, opened by its clock time
        "2142 The foreign minister says she will fly to the capital on Saturday with the aid chief .",
        # too short to tell anything
        "He died .",
    ],
)
def test_headers_questions_and_fragments_never_summarise(raw: str) -> None:
    assert summary_sentence(raw) is None


def _dated_corpus(rows: list[tuple[str, date, str, date | None]]) -> ExtractionResult:
    """rows: (article id, its publication day, sentence, the day the text dates it to or None)."""
    texts: dict[str, list[str]] = {}
    published: dict[str, date] = {}
    for art, pub, sentence, _ in rows:
        texts.setdefault(art, []).append(sentence)
        published[art] = pub
    articles = [Article(a, f"/tmp/{a}.txt", " ".join(s), dct=DocumentDate(published[a].isoformat(), "metadata", 1.0))
                for a, s in texts.items()]
    events = []
    for n, (art, pub, sentence, day) in enumerate(rows):
        text = " ".join(texts[art])
        i = text.index(sentence)
        span = TextSpan(i, i + len(sentence), sentence)
        if day is None:
            when, source, timex = EventDate("PAST_REF", date(1, 1, 1), pub, "relative"), "document", TextSpan(0, 0, "")
        else:
            when, source, timex = EventDate(day.isoformat(), day, day, "day"), "timex", span
        events.append(Event(f"e{n}", art, when, sentence[:30], span, span, timex, date_source=source))
    return ExtractionResult(articles, events)


def test_the_morning_after_reports_the_day_before() -> None:
    # Published on the 13th, without a date of its own: the quake of the 12th, as a morning paper
    # tells it. With published_days=2 it is a candidate for the 12th too.
    rows = [
        ("a1", AID, "Rescuers said the earthquake on January 12 flattened the presidential palace in Haiti.", QUAKE),
        ("a2", date(2010, 1, 13), "A powerful earthquake flattened much of Haiti's capital, killing thousands.", None),
    ]
    one_day = summarize(_dated_corpus(rows), n_dates=1, k_sentences=2, options=replace(DEFAULTS, published_days=1))
    two_days = summarize(_dated_corpus(rows), n_dates=1, k_sentences=2, options=replace(DEFAULTS, published_days=2))
    assert [d.day for d in one_day] == [d.day for d in two_days] == [QUAKE]
    assert len(one_day[0].sentences) == 1
    assert any("killing thousands" in s for s in two_days[0].sentences)


def test_a_day_with_nothing_to_say_gives_way_to_the_next() -> None:
    # The 12th is named by more articles, but only in headers and questions: the 15th is shown.
    rows = [
        ("a1", AID, "Jan 12 | 18:00 UK time , Tuesday , 12 January 2010 Haiti quake latest news .", QUAKE),
        ("a2", AID, "Did the earthquake on January 12 come without any warning at all ?", QUAKE),
        ("a3", AID, "The first aid flights landed at the airport on January 15 carrying water.", AID),
    ]
    timeline = summarize(_dated_corpus(rows), n_dates=1, k_sentences=1)
    assert [(d.day, d.sentences) for d in timeline] == [(AID, ["The first aid flights landed at the airport on January 15 carrying water."])]


def test_with_no_sentence_fit_anywhere_the_days_are_still_given() -> None:
    rows = [("a1", AID, "Did the earthquake on January 12 come without any warning at all ?", QUAKE)]
    assert [(d.day, d.sentences) for d in summarize(_dated_corpus(rows), n_dates=1)] == [(QUAKE, [])]


def test_a_sentence_that_does_not_name_the_story_is_left_out_with_a_topic_share() -> None:
    # "Haiti" is in every article; the sports result is not about the story.
    rows = [
        ("a1", AID, "The earthquake in Haiti on January 12 killed thousands of people in the capital.", QUAKE),
        ("a2", AID, "Aid for Haiti began arriving at the damaged airport after the earthquake.", None),
        ("a3", AID, "The home team won the league title in a tense final on January 12 before fans.", QUAKE),
        ("a3", AID, "Survivors in Haiti slept outside for fear of aftershocks.", None),
    ]
    kept = summarize(_dated_corpus(rows), n_dates=1, k_sentences=3, options=replace(DEFAULTS, topic_share=0.9))
    assert all("league" not in s for s in kept[0].sentences)
    assert any("killed thousands" in s for s in kept[0].sentences)


@pytest.mark.parametrize("selection", ["closest", "set"])
@pytest.mark.parametrize("centroid", ["mean", "shared"])
def test_every_way_of_choosing_gives_k_distinct_sentences_of_the_day(selection: str, centroid: str) -> None:
    rows = [
        ("a1", QUAKE, "A magnitude 7.0 earthquake struck Haiti on Tuesday, killing thousands of people.", None),
        ("a2", AID, "The earthquake that hit Haiti on January 12 destroyed the capital Port-au-Prince.", QUAKE),
        ("a3", AID, "The earthquake that hit Haiti on January 12 destroyed the capital Port-au-Prince today.", QUAKE),
        ("a4", AID, "Since the January 12 earthquake aid groups have struggled to reach survivors.", QUAKE),
        ("a4", AID, "The first aid flights landed at the airport on January 15 with water and food.", AID),
    ]
    options = replace(DEFAULTS, selection=selection, centroid=centroid)
    timeline = summarize(_dated_corpus(rows), n_dates=1, k_sentences=2, options=options)
    assert [d.day for d in timeline] == [QUAKE]
    sentences = timeline[0].sentences
    assert len(sentences) == len(set(sentences)) == 2
    assert not all("destroyed the capital" in s for s in sentences)  # the near-repeat is not taken twice


def test_readers_comments_neither_date_a_day_nor_summarise_it() -> None:
    # Two comments stamped the 29th under a story of the 28th: the stamps are no references to the
    # 29th, and what the readers wrote is not the news.
    story = "Spain confirmed the first case of the new flu in Europe on April 27 in a young man."
    comment1 = "At 20:06 29th Apr 2009 , MrsMair wrote : I am dismayed by the coverage of this outbreak ."
    comment2 = "At 21:58 29th Apr 2009 , Ynda wrote : The virus has been made in a laboratory , I read ."
    sick = date(2009, 4, 27)
    stamp = date(2009, 4, 29)
    rows = [("a1", date(2009, 4, 28), story, sick), ("a1", date(2009, 4, 28), comment1, stamp),
            ("a1", date(2009, 4, 28), comment2, stamp)]
    timeline = summarize(_dated_corpus(rows), n_dates=3, k_sentences=2)
    assert stamp not in [d.day for d in timeline]
    assert all("wrote" not in s and "laboratory" not in s for d in timeline for s in d.sentences)
    assert sick in [d.day for d in timeline]


def test_an_off_topic_page_in_the_pile_does_not_make_its_days_the_storys() -> None:
    # Six articles tell the story, two of them name the 25th of June; three radio-schedule pages
    # name the 12th of September. With the story's own words required, the schedule's day is not
    # a key date.
    died = date(2009, 6, 25)
    concert = date(2009, 9, 12)
    def pub(i: int) -> date:  # each article on a day of its own
        return date(2009, 10, 1 + i)

    story = [(f"s{i}", pub(i), f"Michael Jackson died at his home in Los Angeles on 25 June, his doctor Conrad Murray "
              f"told police in interview {i}.", died) for i in range(2)]
    story += [(f"s{i}", pub(i), f"The trial of Conrad Murray, the doctor of Michael Jackson, went on in Los Angeles "
               f"with witness {i}.", None) for i in range(2, 6)]
    schedule = [(f"r{i}", pub(10 + i), f"This Prom will be repeated on Saturday 12 September at {i + 2}pm on the radio "
                 f"station for listeners.", concert) for i in range(3)]
    rows = story + schedule
    plain = summarize(_dated_corpus(rows), n_dates=1, options=replace(DEFAULTS, topic_share=0.0, topic_days=False))
    topical = summarize(_dated_corpus(rows), n_dates=1, options=replace(DEFAULTS, topic_share=0.5, topic_days=True))
    assert [d.day for d in plain] == [concert]  # three pages against two: what the option is for
    assert [d.day for d in topical] == [died]
    assert all("Jackson" in s for s in topical[0].sentences)


@pytest.mark.parametrize("work", ["summarize", "rank"])
def test_progress_is_told_by_step_and_a_cancel_stops_the_work(work: str) -> None:
    """The app runs both in jobs: a progress bar by step, and Cancel (or a newer snapshot) stops them."""
    from model.core.result import ExtractionCancelled
    from model.ranking.summary import RANK_STEPS, SUMMARY_STEPS, rank_events

    corpus = _corpus(CORPUS)

    def call(**kw: object) -> object:
        if work == "summarize":
            return summarize(corpus, n_dates=2, **kw)  # type: ignore[arg-type]
        return rank_events(corpus.events, [e.article for e in corpus.events], **kw)  # type: ignore[arg-type]

    steps = SUMMARY_STEPS if work == "summarize" else RANK_STEPS
    told: list[tuple[int, int]] = []
    assert call(progress=lambda done, total: told.append((done, total)))
    assert told[0] == (0, steps) and told[-1] == (steps, steps)
    assert [d for d, _ in told] == sorted(d for d, _ in told)
    with pytest.raises(ExtractionCancelled):
        call(is_cancelled=lambda: True)


def test_each_summary_sentence_knows_the_event_told_in_it() -> None:
    from model.ranking.summary import sentence_sources

    corpus = _corpus(CORPUS)
    timeline = summarize(corpus, n_dates=2, k_sentences=2)
    sources = sentence_sources(corpus, timeline)
    by_id = {e.id: e for e in corpus.events}
    assert {(d.day, s) for d in timeline for s in d.sentences} == set(sources)
    for (day, sentence), event_id in sources.items():
        event = by_id[event_id]
        assert clean_sentence(event.sentence.text) == sentence and event.date.start == day


def test_a_sentence_summarises_one_day_only() -> None:
    # The article published on the 13th leads with the quake of the 12th; it is a candidate for
    # both days, and it is told once, under the better day.
    rows = [
        ("a1", AID, "The earthquake on January 12 flattened the presidential palace in Port-au-Prince.", QUAKE),
        ("a2", AID, "Aid groups said on January 12 that the earthquake had cut roads to the capital.", QUAKE),
        ("a3", date(2010, 1, 13), "A powerful earthquake flattened much of the capital of Haiti, killing thousands.", None),
    ]
    timeline = {d.day: d.sentences for d in summarize(_dated_corpus(rows), n_dates=3, k_sentences=3)}
    told = [s for sentences in timeline.values() for s in sentences]
    assert len(told) == len(set(told)) == 3
    assert any("killing thousands" in s for s in timeline[QUAKE])
    assert timeline[date(2010, 1, 13)] == []

"""Key events and the timeline summary, on small hand-made corpora (no spaCy)."""

from __future__ import annotations

from datetime import date

import pytest

from model.core.documents import Article, DocumentDate, TextSpan
from model.core.events import Event, EventDate
from model.core.result import ExtractionResult
from model.ranking.summary import clean_sentence, key_happenings, rank_happenings, summarize

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

"""The pure extraction step: records round-trip, chunks give the app's events, worker processes agree."""

from __future__ import annotations

import pytest

from model.documents import Article, DocumentDate
from model.parallel import (
    article_from_record,
    event_row,
    extract_article_records,
    extract_in_processes,
    record_from_article,
)
from model.pipeline import extract, parse_articles

TEXTS = (
    ("a", "2021-11-16", "WASHINGTON - President Joe Biden met Xi Jinping on Monday. "
     "They agreed to hold talks next month. The summit lasted three hours."),
    ("b", None, "BEIJING, Nov 12 (Reuters) - China said on Sunday it would resume military talks. "
     "The defence ministers met in 2021 and will meet again by 2027."),
    ("c", "2023-01-05", "Officials said the meeting on Wednesday was productive. "
     "A second round is planned for March."),
)


def _articles() -> list[Article]:
    return [
        Article(id=i, path=f"{i}.txt", text=t, title=f"Article {i}", metadata_date=d,
                dct=DocumentDate(d, "metadata", 1.0) if d else DocumentDate(None))
        for i, d, t in TEXTS
    ]


def test_records_round_trip_to_the_same_article() -> None:
    for article in _articles():
        assert article_from_record(record_from_article(article)) == article


def test_missing_values_from_a_table_read_as_empty() -> None:
    article = article_from_record({"id": "x", "text": "Hello.", "title": float("nan"), "date": None})
    assert article.title == "" and article.dct.value is None and article.dct.source == "none"


def test_a_chunk_gives_exactly_the_events_of_extract(nlp) -> None:
    expected = [event_row(e) for e in extract(_articles(), nlp).events]
    rows = extract_article_records([record_from_article(a) for a in _articles()], nlp)
    assert rows.events == expected
    assert [r["id"] for r in rows.articles] == ["a", "b", "c"]
    assert all(isinstance(r["dct_confidence"], float) for r in rows.articles)


def test_an_empty_chunk_gives_no_rows(nlp) -> None:
    rows = extract_article_records([], nlp)
    assert rows.articles == [] and rows.events == []


def test_two_spacy_processes_keep_the_dct_and_the_timexes(nlp) -> None:
    # Docs cross process boundaries as bytes: our extension values must live in doc.user_data.
    one = [(d._.dct, d._.timexes) for d in parse_articles(_articles(), nlp)]
    two = [(d._.dct, d._.timexes) for d in parse_articles(_articles(), nlp, n_process=2, batch_size=1)]
    assert two == one
    assert any(timexes for _, timexes in one)


def test_extract_with_two_processes_equals_one(nlp) -> None:
    one = extract(_articles(), nlp)
    two = extract(_articles(), nlp, n_process=2, batch_size=1)
    assert [e.to_json() for e in two.events] == [e.to_json() for e in one.events]
    assert [a.dct for a in two.articles] == [a.dct for a in one.articles]


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_process_pool_gives_the_rows_of_one_chunk_each(nlp, n_process: int) -> None:
    records = [record_from_article(a) for a in _articles()]
    expected_events = [r for rec in records for r in extract_article_records([rec], nlp).events]
    rows = extract_in_processes(records, n_process=n_process, chunk_size=1)
    assert rows.events == expected_events
    assert [r["id"] for r in rows.articles] == ["a", "b", "c"]

"""The row codec: articles and events to flat rows of plain values and back."""

from __future__ import annotations

from model.core.documents import Article, DocumentDate
from model.core.rows import article_from_record, record_from_article

ARTICLES = (
    Article(id="a", path="a.txt", text="Biden met Xi on Monday.", title="Article a", metadata_date="2021-11-16",
            dct=DocumentDate("2021-11-16", "metadata", 1.0)),
    Article(id="b", path="b.txt", text="China said on Sunday it would resume talks.", title="Article b"),
)


def test_records_round_trip_to_the_same_article() -> None:
    for article in ARTICLES:
        assert article_from_record(record_from_article(article)) == article


def test_missing_values_from_a_table_read_as_empty() -> None:
    article = article_from_record({"id": "x", "text": "Hello.", "title": float("nan"), "date": None})
    assert article.title == "" and article.dct.value is None and article.dct.source == "none"

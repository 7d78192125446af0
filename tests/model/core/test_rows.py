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


def test_the_articles_a_date_was_inferred_from_survive_values() -> None:
    from model.core.rows import article_from_values, article_values

    follow_up = Article(id="f", path="f.txt", text="Officials met at last month's summit.",
                        dct=DocumentDate("2021-12", "inferred", 0.6, (), ("summit",)))
    assert article_from_values(article_values(follow_up)) == follow_up
    # Values of an older layout (no based_on column) read as dated from nothing.
    assert article_from_values(article_values(follow_up)[:-1]).dct.based_on == ()


def test_every_event_field_that_is_saved_survives_values_and_rows() -> None:
    from model.core.rows import event_from_row, event_from_values, event_row, event_values
    from tests.fakes import fake_result

    for event in fake_result().events:
        event.starred, event.hidden, event.tags = True, True, ["check"]
        assert event_from_values(event_values(event)) == event
        assert event_from_row(event_row(event)) == event
        event.entities = ["Xi Jinping", "Joe Biden"]  # worked out, as extraction gives it
        assert event_from_values(event_values(event)) == event
        assert event_from_row(event_row(event)) == event
        # A row of an older layout, or a Parquet part with no value, has them never worked out.
        assert event_from_values(event_values(event)[:-1]).entities is None
        assert event_from_row({**event_row(event), "entities": float("nan")}).entities is None


def test_the_project_tables_and_the_parquet_parts_have_the_codec_columns(tmp_path) -> None:
    import sqlite3

    from model.core.rows import ARTICLE_COLUMNS, EVENT_COLUMNS
    from model.nlp.distributed import article_schema, event_schema
    from model.project import schema

    db = sqlite3.connect(":memory:")
    schema.create(db)
    articles = [row[1] for row in db.execute("PRAGMA table_info(articles)")][1:]  # after pos
    events = [row[1] for row in db.execute("PRAGMA table_info(events)")][1:]
    assert [("date" if c == "metadata_date" else c) for c in articles] == list(ARTICLE_COLUMNS)
    assert events == list(EVENT_COLUMNS)
    # Parquet parts carry every event column, but not the DCT's evidence nor the articles it was
    # inferred from (cross-article dating is the app's, over the whole workspace).
    assert event_schema().names == list(EVENT_COLUMNS)
    assert set(article_schema().names) == set(ARTICLE_COLUMNS) - {"dct_evidence", "dct_based_on"}

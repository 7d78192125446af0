"""The row codec: articles and events to flat rows of plain values and back."""

from __future__ import annotations

import pytest

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
    # Parquet parts carry every column of both tables, and the articles' recognised events and
    # time anchors (the project file's tables beside them).
    assert event_schema().names == list(EVENT_COLUMNS)
    assert set(article_schema().names) == set(ARTICLE_COLUMNS) | {"event_mentions", "time_anchors"}
    assert {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} >= {
        "event_mentions", "time_anchors"}


def _whole_article() -> Article:
    from datetime import date

    from model.core.documents import EventMention, Evidence, TextSpan, TimeAnchor

    text = "SINGAPORE, Nov 12 - China said on Sunday it would resume talks. An aide said on Monday it was late."
    said = text.index("said on Monday")
    return Article(
        id="c", path="c.jsonl", text=text, title="Talks", source="Wire", url="https://x/c", format="jsonl",
        dct=DocumentDate("2023-11-12", "dateline", 0.85, (Evidence(0, 19, text[:19], "dateline 'Nov 12'"),), ("a",)),
        event_mentions=(EventMention(26, 30, "REPORTING", 26), EventMention(54, 60, "OCCURRENCE", 26),
                        EventMention(said, said + 4, "REPORTING")),
        time_anchors=(TimeAnchor(TextSpan(said, said + 4, "said"), TextSpan(said + 8, said + 14, "Monday"), 64,
                                 "2023-11-13", date(2023, 11, 13), date(2023, 11, 13), "day", "timex", "reported",
                                 "REPORTING", ("aide",)),),
    )


def test_an_article_row_carries_everything_extraction_gives_an_article() -> None:
    from model.core.rows import article_from_row, article_row

    article = _whole_article()
    assert article_from_row(article_row(article)) == article
    # A plain record (no document-date columns) is the article as loaded.
    assert article_from_row(record_from_article(article)) == article_from_record(record_from_article(article))


def test_an_article_row_of_an_older_output_or_from_pandas_reads_as_none_found() -> None:
    from model.core.rows import article_from_row, article_row

    row = article_row(_whole_article())
    for column in ("dct_evidence", "dct_based_on", "event_mentions", "time_anchors"):
        del row[column]
    row["dct_confidence"] = float("nan")
    article = article_from_row(row)
    assert (article.dct.value, article.dct.source, article.dct.confidence) == ("2023-11-12", "dateline", 0.0)
    assert (article.dct.evidence, article.dct.based_on, article.event_mentions, article.time_anchors) == ((), (), (), ())


@pytest.mark.parametrize(("column", "value", "message"), [
    ("event_mentions", "[[5, 900, \"OCCURRENCE\"]]", "outside the text"),
    ("event_mentions", "{}", "not a list"),
    ("time_anchors", "[[1, 2, 3]]", "of 3 values"),
    ("time_anchors", "[[1.5, 4, 0, 0, 0, \"PAST_REF\", \"2023-11-12\", \"2023-11-12\", \"relative\", "
                     "\"document\", \"happened\", \"OCCURRENCE\", []]]", "not a whole number"),
])
def test_a_damaged_mention_or_anchor_is_a_clear_error(column: str, value: str, message: str) -> None:
    from model.core.rows import article_from_row, article_row

    with pytest.raises((ValueError, TypeError), match=message):
        article_from_row({**article_row(_whole_article()), column: value})

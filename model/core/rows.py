"""The one codec between articles/events and flat rows of plain values (a record, a table row).

A record is what a corpus gives for one article (``id``, ``text``, ``title``, ``date``, ``source``,
``url``, ``path``, ``format``); an article row adds its document date; an event row holds every
field of an event as a plain value. Worker processes and Parquet parts speak these rows
(``model.nlp.parallel``, ``model.nlp.distributed``), and so does the project file
(``model.project.store``, which adds its own column encodings on top).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from model.core.documents import Article, DocumentDate, TextSpan
from model.core.events import Event, EventDate

Record = dict[str, object]
Row = dict[str, object]

# Column order of the two tables (Parquet, and the rows the pool returns).
ARTICLE_COLUMNS = (
    "id", "path", "title", "text", "date", "source", "url", "format",
    "dct_value", "dct_source", "dct_confidence",
)
EVENT_COLUMNS = (
    "id", "article", "date_value", "date_start", "date_end", "granularity", "headline",
    "sentence_start", "sentence_end", "sentence_text", "trigger_start", "trigger_end", "trigger_text",
    "timex_start", "timex_end", "timex_text", "participants", "modality", "confidence", "cluster",
)

def record_from_article(article: Article) -> Record:
    """The plain record of a loaded article (its metadata date, not an inferred one)."""
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "text": article.text,
        "date": article.metadata_date,
        "source": article.source,
        "url": article.url,
        "format": article.format,
    }


def article_from_record(record: Mapping[str, object]) -> Article:
    """The article a record describes; ``date`` is a TIMEX3 value from metadata, or empty."""
    date = _text(record.get("date")) or None
    return Article(
        id=_text(record.get("id")),
        path=_text(record.get("path")),
        text=_text(record.get("text")),
        title=_text(record.get("title")),
        source=_text(record.get("source")),
        url=_text(record.get("url")),
        metadata_date=date,
        dct=DocumentDate(date, source="metadata", confidence=1.0) if date else DocumentDate(None),
        format=_text(record.get("format")) or "txt",
    )


def article_row(article: Article) -> Row:
    row = record_from_article(article)
    row.update(
        dct_value=article.dct.value,
        dct_source=article.dct.source,
        dct_confidence=float(article.dct.confidence),
    )
    return row


def event_row(event: Event) -> Row:
    return {
        "id": event.id,
        "article": event.article,
        "date_value": event.date.value,
        "date_start": event.date.start,
        "date_end": event.date.end,
        "granularity": event.date.granularity,
        "headline": event.headline,
        "sentence_start": event.sentence.start,
        "sentence_end": event.sentence.end,
        "sentence_text": event.sentence.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "trigger_text": event.trigger.text,
        "timex_start": event.timex.start,
        "timex_end": event.timex.end,
        "timex_text": event.timex.text,
        "participants": list(event.participants),
        "modality": event.modality,
        "confidence": float(event.confidence),
        "cluster": event.cluster_key,
    }


def event_from_row(row: Mapping[str, Any]) -> Event:
    """The event an event row describes (the inverse of ``event_row``)."""
    return Event(
        id=str(row["id"]),
        article=str(row["article"]),
        date=EventDate(str(row["date_value"]), row["date_start"], row["date_end"], str(row["granularity"])),
        headline=_text(row.get("headline")),
        sentence=TextSpan(int(row["sentence_start"]), int(row["sentence_end"]), _text(row.get("sentence_text"))),
        trigger=TextSpan(int(row["trigger_start"]), int(row["trigger_end"]), _text(row.get("trigger_text"))),
        timex=TextSpan(int(row["timex_start"]), int(row["timex_end"]), _text(row.get("timex_text"))),
        participants=[str(p) for p in row.get("participants") or []],
        modality=_text(row.get("modality")) or "happened",
        confidence=float(row["confidence"]),
        cluster=_text(row.get("cluster")),
    )


def _text(value: object) -> str:
    if value is None:
        return ""
    try:  # pandas gives NaN for missing strings
        if value != value:
            return ""
    except (TypeError, ValueError):
        return ""
    return str(value)

"""The one codec between articles/events and flat rows of plain values.

A record is what a corpus gives for one article (``id``, ``text``, ``title``, ``date``, ``source``,
``url``, ``path``, ``format``). The columns of an article and of an event are listed once here,
in the order of the project file's tables (``model.project.schema``):

- ``article_values``/``article_from_values`` and ``event_values``/``event_from_values``: a tuple
  of plain Python values per article/event, positionally, with no coercion: the project file's
  fast path (``model.project.store`` encodes dates and lists for SQLite on top);
- ``article_row``/``event_row`` and ``event_from_row``: the same as named rows, read tolerantly
  (missing values, pandas' NaN), which worker processes and Parquet parts speak
  (``model.nlp.parallel``, ``model.nlp.distributed``).

A field added to ``Article`` or ``Event`` that must survive a save or a worker goes here, once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from model.core.documents import Article, DocumentDate, Evidence, TextSpan
from model.core.events import Event, EventDate

Record = dict[str, object]
Row = dict[str, object]

ARTICLE_COLUMNS = (
    "id", "path", "text", "title", "source", "url", "date", "format",
    "dct_value", "dct_source", "dct_confidence", "dct_evidence", "dct_based_on",
)
EVENT_COLUMNS = (
    "id", "article", "date_value", "date_start", "date_end", "granularity", "headline",
    "sentence_start", "sentence_end", "sentence_text", "trigger_start", "trigger_end", "trigger_text",
    "timex_start", "timex_end", "timex_text", "participants", "modality", "confidence", "cluster",
    "starred", "hidden", "tags", "event_class", "date_source", "entities",
)


def article_values(a: Article) -> tuple[Any, ...]:
    """An article's values in ``ARTICLE_COLUMNS`` order (the evidence as ``Evidence`` objects)."""
    return (
        a.id, a.path, a.text, a.title, a.source, a.url, a.metadata_date, a.format,
        a.dct.value, a.dct.source, a.dct.confidence, a.dct.evidence, a.dct.based_on,
    )


def article_from_values(v: Sequence[Any]) -> Article:
    """The inverse of ``article_values`` (the evidence as anything ``Evidence(*e)`` takes; the ids
    the date was inferred from as any sequence of text)."""
    evidence = tuple(e if isinstance(e, Evidence) else Evidence(*e) for e in v[11])
    dct = DocumentDate(v[8], v[9], v[10], evidence, tuple(v[12]) if len(v) > 12 else ())
    return Article(v[0], v[1], v[2], v[3], v[4], v[5], v[6], dct, v[7])


def event_values(e: Event) -> tuple[Any, ...]:
    """An event's values in ``EVENT_COLUMNS`` order: dates as ``date``, lists as lists."""
    return (
        e.id, e.article,
        e.date.value, e.date.start, e.date.end, e.date.granularity,
        e.headline,
        e.sentence.start, e.sentence.end, e.sentence.text,
        e.trigger.start, e.trigger.end, e.trigger.text,
        e.timex.start, e.timex.end, e.timex.text,
        list(e.participants), e.modality, float(e.confidence), e.cluster,
        bool(e.starred), bool(e.hidden), list(e.tags), e.event_class, e.date_source,
        None if e.entities is None else list(e.entities),
    )


def event_from_values(v: Sequence[Any]) -> Event:
    """The inverse of ``event_values``."""
    return Event(
        id=v[0],
        article=v[1],
        date=EventDate(v[2], v[3], v[4], v[5]),
        headline=v[6],
        sentence=TextSpan(v[7], v[8], v[9]),
        trigger=TextSpan(v[10], v[11], v[12]),
        timex=TextSpan(v[13], v[14], v[15]),
        participants=v[16],
        modality=v[17],
        confidence=v[18],
        cluster=v[19],
        starred=bool(v[20]),
        hidden=bool(v[21]),
        tags=v[22],
        event_class=v[23],
        date_source=v[24],
        entities=v[25] if len(v) > 25 else None,
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
    dated = _text(record.get("date")) or None
    return Article(
        id=_text(record.get("id")),
        path=_text(record.get("path")),
        text=_text(record.get("text")),
        title=_text(record.get("title")),
        source=_text(record.get("source")),
        url=_text(record.get("url")),
        metadata_date=dated,
        dct=DocumentDate(dated, source="metadata", confidence=1.0) if dated else DocumentDate(None),
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
    return dict(zip(EVENT_COLUMNS, event_values(event), strict=True))


def event_from_row(row: Mapping[str, Any]) -> Event:
    """The event an event row describes (the inverse of ``event_row``), tolerant of missing values."""
    return event_from_values((
        str(row["id"]), str(row["article"]),
        str(row["date_value"]), _date(row["date_start"]), _date(row["date_end"]), str(row["granularity"]),
        _text(row.get("headline")),
        int(row["sentence_start"]), int(row["sentence_end"]), _text(row.get("sentence_text")),
        int(row["trigger_start"]), int(row["trigger_end"]), _text(row.get("trigger_text")),
        int(row["timex_start"]), int(row["timex_end"]), _text(row.get("timex_text")),
        [str(p) for p in row.get("participants") or []], _text(row.get("modality")) or "happened",
        float(row["confidence"]), _text(row.get("cluster")),
        bool(row.get("starred") or False), bool(row.get("hidden") or False), [str(t) for t in row.get("tags") or []],
        _text(row.get("event_class")) or "OCCURRENCE", _text(row.get("date_source")) or "timex",
        _names(row.get("entities")),
    ))


def _names(value: Any) -> list[str] | None:
    """A list of names, or None where the row has none (an older row, pandas' NaN)."""
    if value is None or isinstance(value, (str, float)):
        return None
    return [str(v) for v in value]


def _date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _text(value: object) -> str:
    if value is None:
        return ""
    try:  # pandas gives NaN for missing strings
        if value != value:
            return ""
    except (TypeError, ValueError):
        return ""
    return str(value)

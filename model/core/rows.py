"""The one codec between articles/events and flat rows of plain values.

A record is what a corpus gives for one article (``id``, ``text``, ``title``, ``date``, ``source``,
``url``, ``path``, ``format``). The columns of an article and of an event are listed once here,
in the order of the project file's tables (``model.project.schema``):

- ``article_values``/``article_from_values`` and ``event_values``/``event_from_values``: a tuple
  of plain Python values per article/event, positionally, with no coercion: the project file's
  fast path (``model.project.store`` encodes dates and lists for SQLite on top);
- ``article_row``/``article_from_row`` and ``event_row``/``event_from_row``: the same as named rows,
  an article's with its recognised events and time anchors, read tolerantly (missing values,
  pandas' NaN), which worker processes and Parquet parts speak (``model.nlp.parallel``,
  ``model.nlp.distributed``, ``model.loaders.parquet_corpus.read_result``);
- ``mentions_json``/``mentions_from_json`` and ``anchors_json``/``anchors_from_json``: an article's
  recognised events and time anchors as JSON text, the same in the project file's tables
  (``model.project.store``) and in a row.

A field added to ``Article`` or ``Event`` that must survive a save or a worker goes here, once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from model.core.documents import Article, DocumentDate, EventMention, Evidence, TextSpan, TimeAnchor
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
    """Everything extraction gives an article, as plain values: its record, its document date with
    the evidence and the articles it rests on, its recognised events and their time anchors."""
    row = record_from_article(article)
    row.update(
        dct_value=article.dct.value,
        dct_source=article.dct.source,
        dct_confidence=float(article.dct.confidence),
        dct_evidence=evidence_json(article.dct.evidence),
        dct_based_on=list(article.dct.based_on),
        event_mentions=mentions_json(article.event_mentions),
        time_anchors=anchors_json(article.time_anchors),
    )
    return row


def article_from_row(row: Mapping[str, Any]) -> Article:
    """The article an article row describes (the inverse of ``article_row``). A row without the
    document-date columns is a plain record (its metadata date, as loaded); missing mentions,
    anchors or evidence (an older Parquet output) read as none. Raises ValueError or TypeError for
    values that are not what ``article_row`` writes."""
    article = article_from_record(row)
    if "dct_source" in row:
        value = _text(row.get("dct_value")) or None
        confidence = row.get("dct_confidence")
        article.dct = DocumentDate(
            value,
            _text(row.get("dct_source")) or "none",
            float(confidence) if isinstance(confidence, (int, float)) and confidence == confidence else 0.0,
            evidence_from_json(_text(row.get("dct_evidence")) or "[]"),
            tuple(_names(row.get("dct_based_on")) or ()),
        )
    article.event_mentions = mentions_from_json(_text(row.get("event_mentions")) or "[]", article.text)
    article.time_anchors = anchors_from_json(_text(row.get("time_anchors")) or "[]", article.text)
    return article


def evidence_json(evidence: Iterable[Evidence]) -> str:
    """A document date's evidence as JSON text: ``[start, end, text, reason]`` each."""
    return json.dumps([[e.start, e.end, e.text, e.reason] for e in evidence], ensure_ascii=False)


def evidence_from_json(text: str) -> tuple[Evidence, ...]:
    return tuple(e if isinstance(e, Evidence) else Evidence(*e) for e in _json_list_of(text))


def mentions_json(mentions: Iterable[EventMention]) -> str:
    """Recognised events as JSON text: ``[start, end, class]``, and the anchor where there is one."""
    return json.dumps([[m.start, m.end, m.event_class, *(() if m.anchor is None else (m.anchor,))]
                       for m in mentions])


def mentions_from_json(text: str, article_text: str) -> tuple[EventMention, ...]:
    """The inverse of ``mentions_json``; ValueError for a mention outside the article's text."""
    # A fourth value, where present, is the mention's anchor (older project files have none).
    mentions = tuple(EventMention(int(m[0]), int(m[1]), str(m[2]), int(m[3]) if len(m) > 3 else None)
                     for m in _json_list_of(text))
    if not all(0 <= m.start < m.end <= len(article_text) for m in mentions):
        raise ValueError("an event outside the text")
    return mentions


def anchors_json(anchors: Iterable[TimeAnchor]) -> str:
    """Time anchors as JSON text, 13 values each; their texts are the article's at the offsets."""
    return json.dumps([anchor_values(t) for t in anchors], ensure_ascii=False)


def anchors_from_json(text: str, article_text: str) -> tuple[TimeAnchor, ...]:
    return tuple(anchor_from_values(row, article_text) for row in _json_list_of(text))


def anchor_values(t: TimeAnchor) -> list[object]:
    """A time anchor as plain JSON values (dates as ISO text)."""
    return [t.trigger.start, t.trigger.end, t.timex.start, t.timex.end, t.sentence_start, t.value,
            t.start.isoformat(), t.end.isoformat(), t.granularity, t.date_source, t.modality, t.event_class,
            list(t.participants)]


def anchor_from_values(row: Sequence[object], text: str) -> TimeAnchor:
    """The inverse of ``anchor_values``, its texts taken from the article's ``text``; ValueError or
    TypeError for values ``anchor_values`` does not write."""
    values = list(row)
    if len(values) != 13:
        raise ValueError(f"a time anchor of {len(values)} values")
    trigger, timex = (_whole(values[0]), _whole(values[1])), (_whole(values[2]), _whole(values[3]))
    if not (0 <= trigger[0] < trigger[1] <= len(text) and 0 <= timex[0] <= timex[1] <= len(text)):
        raise ValueError("a time anchor outside the text")
    participants = values[12]
    if not isinstance(participants, list) or not all(isinstance(p, str) for p in participants):
        raise TypeError("participants are not a list of text")
    for i in (5, 8, 9, 10, 11):
        if not isinstance(values[i], str):
            raise TypeError(f"value {i} is not text")
    return TimeAnchor(
        trigger=TextSpan(*trigger, text[trigger[0] : trigger[1]]),
        timex=TextSpan(*timex, text[timex[0] : timex[1]]),
        sentence_start=_whole(values[4]),
        value=str(values[5]),
        start=date.fromisoformat(str(values[6])),
        end=date.fromisoformat(str(values[7])),
        granularity=str(values[8]),
        date_source=str(values[9]),
        modality=str(values[10]),
        event_class=str(values[11]),
        participants=tuple(participants),
    )


def _json_list_of(text: str) -> list[Any]:
    values = json.loads(text)
    if not isinstance(values, list):
        raise TypeError("not a list")
    return values


def _whole(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        shown = str(value)
        raise TypeError(f"an offset is not a whole number ({shown if len(shown) <= 40 else shown[:39] + '…'})")
    return value


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

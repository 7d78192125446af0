"""Extraction as a pure function of plain records, so any process (a pool, a Dask worker) can run it.

Records in, rows out: an article record is a dict of JSON types (``id``, ``text``, ``title``,
``date``, ``source``, ``url``, ``path``), a row is a flat dict of Parquet-friendly columns. Nothing
here holds a Qt object or a spaCy ``Doc``, so everything pickles; each process loads the spaCy
pipeline once (``worker_pipeline``) and reuses it for every chunk it is given.

Cross-article steps (document dates from other articles, merging) see the articles of one chunk:
chunks are the unit of work. Merging across chunks is done afterwards over all the event rows
(``model.nlp.distributed.merge_parts``, with ``event_from_row``): events are small, articles are not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from model.core.documents import Article, DocumentDate

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from model.core.events import Event

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
    "event_class", "date_source",
)

_PIPELINE: Language | None = None


def worker_pipeline() -> Language:
    """This process's pipeline, loaded on first use: a worker pays the model load once, not per chunk."""
    global _PIPELINE
    if _PIPELINE is None:
        from model.nlp.loading import load_pipeline

        _PIPELINE = load_pipeline()
    return _PIPELINE


@dataclass
class Rows:
    """What one chunk of articles gives: one row per article, one per event."""

    articles: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)

    def extend(self, other: Rows) -> None:
        self.articles.extend(other.articles)
        self.events.extend(other.events)


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
        "cluster": event.cluster or event.id,
        "event_class": event.event_class,
        "date_source": event.date_source,
    }


def event_from_row(row: Mapping[str, Any]) -> Event:
    """The event an event row describes (the inverse of ``event_row``)."""
    from model.core.documents import TextSpan
    from model.core.events import Event, EventDate

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
        event_class=_text(row.get("event_class")) or "OCCURRENCE",
        date_source=_text(row.get("date_source")) or "timex",
    )


def extract_article_records(records: Iterable[Mapping[str, object]], nlp: Language | None = None) -> Rows:
    """The pure extraction step: records of one chunk to article and event rows.

    The same ``model.nlp.pipeline.extract`` the app runs, so a chunk gives exactly the events a
    single-process run over the same articles gives.
    """
    from model.nlp.pipeline import extract

    articles = [article_from_record(r) for r in records]
    if not articles:
        return Rows()
    result = extract(articles, nlp if nlp is not None else worker_pipeline())
    return Rows([article_row(a) for a in result.articles], [event_row(e) for e in result.events])


# Where spaCy keeps the value of ``doc._.timexes``: Timex objects, which msgpack cannot serialise.
_TIMEXES_KEY = ("._.", "timexes", None, None)


def _drop_timex_objects(doc: Doc) -> Doc:
    # After the worker's pipeline: keep only the timex parses (plain JSON in user_data), so the
    # Doc can travel back as bytes; the parent resolves them again (cheap, no parsing).
    user_data: dict[Any, Any] = doc.user_data  # spaCy types its keys as str; extensions use tuples
    user_data.pop(_TIMEXES_KEY, None)
    return doc


def _parse_batch(batch: list[bytes]) -> list[bytes]:
    """Runs in a pool process: made Docs in (bytes, with their DCT), parsed Docs out."""
    from spacy.tokens import Doc

    nlp = worker_pipeline()
    docs = [Doc(nlp.vocab).from_bytes(b) for b in batch]
    return [_drop_timex_objects(doc).to_bytes() for doc in nlp.pipe(docs, batch_size=max(1, len(batch)))]


def _start_worker() -> None:
    worker_pipeline()  # the model loads while the parent prepares the first batches


def pipe_in_processes(
    nlp: Language,
    docs: Iterable[Doc],
    *,
    batch_size: int,
    n_process: int,
    is_cancelled: Callable[[], bool] | None = None,
) -> Iterator[Doc]:
    """``nlp.pipe`` over n_process worker processes, with ``doc._.timexes`` as a single process gives it.

    Our own pool rather than ``nlp.pipe(n_process=...)``: "spawn" (the app has Qt threads, and
    forking a threaded process is unsafe), at most two batches per process in flight (memory
    stays bounded), and a cancel that does not wait for the batches being parsed:
    ``is_cancelled`` is polled while waiting, and the workers are terminated at once (also when
    the consumer stops early). Raises ``ExtractionCancelled``. Each worker loads the default
    pipeline (``worker_pipeline``): a few seconds, worth it for large corpora only.
    """
    import multiprocessing
    from collections import deque

    from spacy.tokens import Doc as SpacyDoc
    from spacy.util import minibatch

    from model.nlp.pipeline import ExtractionCancelled
    from model.timex import redate

    batches = minibatch(docs, max(1, batch_size))
    pool = multiprocessing.get_context("spawn").Pool(n_process, initializer=_start_worker)
    # The pool silently replaces a worker that dies (a crash, or a script without a
    # ``__main__`` guard re-run by "spawn"), and its batch is never answered: fail instead.
    workers = list(getattr(pool, "_pool", []))
    try:
        pending: deque[Any] = deque()

        def submit() -> None:
            batch = next(batches, None)
            if batch is not None:
                pending.append(pool.apply_async(_parse_batch, ([d.to_bytes() for d in batch],)))

        for _ in range(2 * n_process):
            submit()
        while pending:
            head = pending[0]
            while not head.ready():
                head.wait(0.05)
                if is_cancelled is not None and is_cancelled():
                    raise ExtractionCancelled
                if any(worker.exitcode is not None for worker in workers):
                    raise RuntimeError("a parsing process ended unexpectedly")
            parsed: list[bytes] = head.get()  # a worker's exception is raised here
            pending.popleft()
            submit()
            for data in parsed:
                doc = SpacyDoc(nlp.vocab).from_bytes(data)
                if "timex" in nlp.pipe_names:
                    redate(doc, doc._.dct)  # the timex objects stayed behind; their parses did not
                yield doc
    finally:
        pool.terminate()  # at once: on cancel the workers may be in the middle of a batch
        pool.join()


def chunked(items: Sequence[Record], size: int) -> Iterator[list[Record]]:
    for start in range(0, len(items), max(1, size)):
        yield list(items[start : start + size])


def extract_in_processes(records: Sequence[Record], *, n_process: int = 2, chunk_size: int = 64) -> Rows:
    """Chunks of records over a pool of processes, rows back in input order."""
    if n_process <= 1:
        out = Rows()
        for chunk in chunked(records, chunk_size):
            out.extend(extract_article_records(chunk))
        return out
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # "spawn": the app has Qt threads running, and forking a threaded process is unsafe.
    context = multiprocessing.get_context("spawn")
    out = Rows()
    with ProcessPoolExecutor(max_workers=n_process, mp_context=context) as pool:
        for rows in pool.map(extract_article_records, chunked(records, chunk_size)):
            out.extend(rows)
    return out


def _text(value: object) -> str:
    if value is None:
        return ""
    try:  # pandas gives NaN for missing strings
        if value != value:
            return ""
    except (TypeError, ValueError):
        return ""
    return str(value)

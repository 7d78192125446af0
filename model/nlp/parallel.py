"""Extraction as a pure function of plain records, so any process (a pool, a Dask worker) can run it.

Records in, rows out: an article record is a dict of JSON types (``id``, ``text``, ``title``,
``date``, ``source``, ``url``, ``path``), a row is a flat dict of Parquet-friendly columns. Nothing
here holds a Qt object or a spaCy ``Doc``, so everything pickles; each process loads the spaCy
pipeline once (``worker_pipeline``) and reuses it for every chunk it is given.

Cross-article steps (document dates from other articles, merging) see the articles of one chunk:
chunks are the unit of work. Merging across chunks is done afterwards over all the event rows
(``model.nlp.distributed.merge_parts``, with ``model.core.rows.event_from_row``): events are small, articles are not.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from model.core.rows import Record, Row, article_from_record, article_row, event_row
from model.nlp.loading import worker_pipeline
from model.nlp.pipeline import extract

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass
class Rows:
    """What one chunk of articles gives: one row per article, one per event."""

    articles: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)

    def extend(self, other: Rows) -> None:
        self.articles.extend(other.articles)
        self.events.extend(other.events)


def extract_article_records(records: Iterable[Mapping[str, object]], nlp: Language | None = None) -> Rows:
    """The pure extraction step: records of one chunk to article and event rows.

    The same ``model.nlp.pipeline.extract`` the app runs, so a chunk gives exactly the events a
    single-process run over the same articles gives.
    """
    articles = [article_from_record(r) for r in records]
    if not articles:
        return Rows()
    result = extract(articles, nlp if nlp is not None else worker_pipeline())
    return Rows([article_row(a) for a in result.articles], [event_row(e) for e in result.events])


def chunked(items: Sequence[Record], size: int) -> Iterator[list[Record]]:
    for start in range(0, len(items), max(1, size)):
        yield list(items[start : start + size])


class RecordPool:
    """Worker processes for ``extract_in_processes`` kept across the calls of one run (a benchmark
    that extracts a corpus several times): each process loads the pipeline once, for the first chunk
    it gets, not once per call. Closed at the end (``close``, or ``with``); a call after that raises
    ``ValueError``.

    "spawn": the app has Qt threads running, and forking a threaded process is unsafe."""

    def __init__(self, n_process: int = 2) -> None:
        self.n_process = max(1, n_process)
        self._executor: ProcessPoolExecutor | None = None
        self._closed = False

    def extract(self, records: Sequence[Record], *, chunk_size: int = 64) -> Rows:
        """Chunks of records over the processes, rows back in input order."""
        out = Rows()
        for rows in self._started().map(extract_article_records, chunked(records, chunk_size)):
            out.extend(rows)
        return out

    def pids(self) -> set[int]:
        """The worker processes' ids (none before the first call and after ``close``)."""
        if self._executor is None:
            return set()
        processes = getattr(self._executor, "_processes", None) or {}  # the executor keeps no public list
        return set(processes)

    def close(self) -> None:
        """End the processes; safe to call more than once."""
        self._closed = True
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> RecordPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _started(self) -> ProcessPoolExecutor:
        if self._closed:
            raise ValueError("the record pool is closed")
        if self._executor is None:
            import multiprocessing

            self._executor = ProcessPoolExecutor(max_workers=self.n_process,
                                                 mp_context=multiprocessing.get_context("spawn"))
        return self._executor


def extract_in_processes(records: Sequence[Record], *, n_process: int = 2, chunk_size: int = 64,
                         pool: RecordPool | None = None) -> Rows:
    """Chunks of records over processes, rows back in input order.

    ``pool``: processes kept across calls (its own size, not ``n_process``), left running for the
    next call; without one a pool is made for this call and closed at its end."""
    if pool is not None:
        return pool.extract(records, chunk_size=chunk_size)
    if n_process <= 1:
        out = Rows()
        for chunk in chunked(records, chunk_size):
            out.extend(extract_article_records(chunk))
        return out
    with RecordPool(n_process) as own:
        return own.extract(records, chunk_size=chunk_size)

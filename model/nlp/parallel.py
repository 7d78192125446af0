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



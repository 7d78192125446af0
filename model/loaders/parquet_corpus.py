"""Parquet corpora: a file of text records, or the folder ``model.nlp.distributed`` writes.

A Parquet file whose columns include a text field (the same names JSON and CSV corpora accept:
text/body/content…, title, date, source, url) is one article per row. The folder an extraction
writes holds ``articles.parquet`` (read as such a file) and ``events.parquet`` beside it, the
events found in them: that companion table holds no articles and is skipped when the folder is
opened (``is_companion_table``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from model.core.result import ExtractionResult
from model.loaders.draft import FormatError, Item
from model.loaders.records import RecordError, draft_from_record, field_map

ARTICLES_FILE = "articles.parquet"
EVENTS_FILE = "events.parquet"
# Rows decoded at a time: a corpus of millions is never all in memory as Python objects twice.
_BATCH_ROWS = 4096
# Columns that only an events table written by model.nlp.distributed has.
_EVENT_COLUMNS = frozenset(("article", "date_value", "sentence_text", "trigger_text"))


def is_companion_table(path: Path) -> bool:
    """The events table of an extraction output, next to its articles."""
    return path.name.lower() == EVENTS_FILE and (path.parent / ARTICLES_FILE).is_file()


def is_extraction_output(path: Path) -> bool:
    """The articles table of an extraction output (its events table beside it): read back with
    ``read_result``, not extracted again, where the caller asks for outputs (the app)."""
    return path.name.lower() == ARTICLES_FILE and (path.parent / EVENTS_FILE).is_file()


def read_parquet(path: Path) -> Iterator[Item]:
    """One draft per row with text; (message, None) for rows that cannot be articles."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - pyarrow is a dependency
        raise FormatError("reading Parquet needs the pyarrow package") from exc
    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a damaged file
        raise FormatError(f"not a readable Parquet file: {exc}") from exc
    names = list(parquet.schema_arrow.names)
    # Checked first: its "article" column (an id) would otherwise pass for article text.
    if _EVENT_COLUMNS.issubset(names):
        raise FormatError(f"an events table, not articles: open its folder or {ARTICLES_FILE}")
    if "text" not in field_map(names):
        raise FormatError("no text column (expected a column named text, body, content…)")
    number = 0
    for batch in parquet.iter_batches(batch_size=_BATCH_ROWS):
        for record in batch.to_pylist():
            number += 1
            try:
                yield draft_from_record(record, fmt="parquet", number=number, line=None)
            except RecordError as exc:
                yield str(exc), None


def read_result(folder: str | Path) -> ExtractionResult:
    """An extraction output read back as the result it holds: every article with its document date,
    recognised events and time anchors, and every event (``model.core.rows``, the codec both paths
    write with). No docs: nothing was parsed here. Raises FormatError, one line, for a folder that
    is no extraction output or a value its writer would not have written."""
    import pyarrow.parquet as pq

    from model.core.rows import article_from_row, event_from_row

    folder = Path(folder)
    if not (folder / ARTICLES_FILE).is_file():
        raise FormatError(f"{folder}: no {ARTICLES_FILE}: not an extraction output")
    try:
        articles = [article_from_row(row) for row in pq.read_table(folder / ARTICLES_FILE).to_pylist()]
        events = [event_from_row(row) for row in read_events(folder)]
    except (ValueError, TypeError, KeyError, IndexError) as exc:  # pyarrow's errors are ValueErrors too
        message = " ".join(str(exc).split()) or type(exc).__name__
        raise FormatError(f"{folder}: damaged extraction output: {message}") from exc
    return ExtractionResult(articles, events)


def read_events(folder: str | Path) -> list[dict[str, object]]:
    """The events table of an extraction output, one dict per event (empty when there is none)."""
    import pyarrow.parquet as pq

    path = Path(folder) / EVENTS_FILE
    if not path.is_file():
        return []
    rows: list[dict[str, object]] = pq.read_table(path).to_pylist()
    return rows

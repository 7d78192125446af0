"""Corpora beyond one process: ``dask.bag`` over the pure extraction step, on a ``distributed`` cluster.

    with local_cluster(n_workers=2) as cluster, Client(cluster) as client:
        summary = extract_to_parquet(bag_from_records(records, 8), "out/", client)

Each partition of the bag is one chunk for ``model.nlp.parallel.extract_article_records``; the
worker writes its rows as Parquet part files itself (nothing big travels back to the client),
then the client streams the parts, in order, into ``out/articles.parquet`` and
``out/events.parquet``: a folder the app opens as a corpus (``model.loaders.parquet_corpus``).
A partition merges only its own events, so the client then merges all events once more
(``merge_parts``: the blocked ``model.nlp.merge.assign_clusters``, events only, no text of the
articles) and writes the cluster ids it finds: one happening told in articles of two partitions
is one cluster, as in a single-process ``extract``.
The rows are ``model.core.rows``' (the project file's codec): an article's row carries its document
date with the evidence, its recognised events and their time anchors, so
``model.loaders.parquet_corpus.read_result`` gives back the articles and events ``extract`` gives
(cross-article dating sees one partition's articles).
Every worker loads the spaCy pipeline once (``PipelinePreload``, and the per-process cache).
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from distributed.diagnostics.plugin import WorkerPlugin

from model.core.rows import Record
from model.nlp.loading import worker_pipeline
from model.nlp.parallel import extract_article_records

if TYPE_CHECKING:
    import dask.bag as db
    import pyarrow as pa
    from distributed import Client, LocalCluster

ARTICLES_FILE = "articles.parquet"
EVENTS_FILE = "events.parquet"
# Hidden, so a half-written output is never read as articles.
_PARTS = ".parts"


@dataclass(frozen=True)
class CorpusSummary:
    articles: int
    events: int
    partitions: int
    out_dir: Path
    merge_seconds: float = 0.0  # the client's cross-partition merge, part of the whole


class PipelinePreload(WorkerPlugin):
    """Load and warm the pipeline when a worker starts, so the first task does not pay for it."""

    name = "chronicle-pipeline"

    def setup(self, worker: object) -> None:
        # One tiny article imports and warms every extraction module, not just the model.
        extract_article_records([{"id": "warm-up", "text": "Talks resumed on Monday.", "date": "2021-11-15"}],
                                worker_pipeline())


def local_cluster(n_workers: int = 2) -> LocalCluster:
    """A cluster of worker processes on this machine, listening on loopback only, no dashboard."""
    from distributed import LocalCluster

    return LocalCluster(
        n_workers=n_workers,
        threads_per_worker=1,  # spaCy is CPU-bound: one task per process, one process per core
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    )


def bag_from_records(records: Sequence[Record], npartitions: int) -> db.Bag:
    import dask.bag as db

    return db.from_sequence(list(records), npartitions=max(1, min(npartitions, len(records) or 1)))


def bag_from_jsonl(paths: str | Sequence[str], blocksize: str | int = "16MiB") -> db.Bag:
    """Article records from JSON-lines files (globs allowed), read by the workers block by block:
    the corpus never passes through the client. Lines that are not articles are dropped."""
    import dask.bag as db

    lines = db.read_text(paths, blocksize=blocksize)
    return lines.map(record_from_line).filter(lambda record: record is not None)


def record_from_line(line: str) -> Record | None:
    """One JSON line, with any of the field names the loaders accept, as an extraction record."""
    import hashlib

    from model.loaders.dates import DateError, normalize_date
    from model.loaders.records import RecordError, draft_from_record

    try:
        raw = json.loads(line)
        draft = draft_from_record(raw, fmt="jsonl", number=0, line=None)
    except (ValueError, RecordError):
        return None
    try:
        date = normalize_date(draft.date)
    except DateError:
        date = None
    given = raw.get("id") if isinstance(raw, dict) else None
    # No line numbers across blocks: an id from the record, or from its text.
    ident = str(given) if given else "doc-" + hashlib.sha1(draft.text.encode()).hexdigest()[:12]
    return {"id": ident, "path": "", "title": draft.title, "text": draft.text, "date": date,
            "source": draft.source, "url": draft.url, "format": "jsonl"}


def extract_to_parquet(bag: db.Bag, out_dir: str | Path, client: Client, *, merge: bool = True) -> CorpusSummary:
    """Extract every record of the bag on the client's cluster; write the two tables under out_dir.

    ``merge``: cluster the events of all partitions together (the default); without it a
    cluster never spans two partitions."""
    from dask import delayed

    out = Path(out_dir)
    parts = out / _PARTS
    shutil.rmtree(parts, ignore_errors=True)
    parts.mkdir(parents=True)
    client.register_plugin(PipelinePreload())
    tasks = [delayed(write_part)(chunk, str(parts), i) for i, chunk in enumerate(bag.to_delayed())]
    counts: list[tuple[int, int]] = client.gather(client.compute(tasks))
    _concat(sorted(parts.glob("articles-*.parquet")), out / ARTICLES_FILE, article_schema())
    event_parts = sorted(parts.glob("events-*.parquet"))
    started = time.perf_counter()
    clusters = merge_parts(event_parts) if merge else None
    merge_seconds = time.perf_counter() - started
    _concat(event_parts, out / EVENTS_FILE, event_schema(), clusters)
    shutil.rmtree(parts, ignore_errors=True)
    return CorpusSummary(sum(a for a, _ in counts), sum(e for _, e in counts), len(tasks), out, merge_seconds)


def write_part(records: Iterable[Record], parts_dir: str, index: int) -> tuple[int, int]:
    """Runs on a worker: one chunk extracted and written; only the counts go back."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = extract_article_records(list(records))
    folder = Path(parts_dir)
    pq.write_table(pa.Table.from_pylist(rows.articles, schema=article_schema()),
                   folder / f"articles-{index:06d}.parquet")
    pq.write_table(pa.Table.from_pylist(rows.events, schema=event_schema()),
                   folder / f"events-{index:06d}.parquet")
    return len(rows.articles), len(rows.events)


def write_tables(articles: list[dict[str, object]], events: list[dict[str, object]], out_dir: str | Path) -> None:
    """The same two files from rows in memory (the single-process path)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(articles, schema=article_schema()), out / ARTICLES_FILE)
    pq.write_table(pa.Table.from_pylist(events, schema=event_schema()), out / EVENTS_FILE)


def merge_parts(parts: Sequence[Path]) -> list[str]:
    """The cluster id of every event of the parts, in order, from merging them all together.

    Only the event rows are read (the articles' texts stay on disk); their memory grows with
    the number of events, about 1 KB each, which is why this runs after extraction, not in it.
    """
    import pyarrow.parquet as pq

    from model.core.rows import event_from_row
    from model.nlp.merge import assign_clusters

    events = [event_from_row(row) for part in parts for row in pq.read_table(part).to_pylist()]
    assign_clusters(events, [])
    return [e.cluster for e in events]


def _concat(parts: list[Path], target: Path, schema: pa.Schema, clusters: Sequence[str] | None = None) -> None:
    # One part in memory at a time: the client's memory does not grow with the corpus.
    import pyarrow as pa
    import pyarrow.parquet as pq

    tmp = target.with_name(target.name + ".tmp")
    done = 0
    with pq.ParquetWriter(tmp, schema) as writer:
        for part in parts:
            table = pq.read_table(part, schema=schema)
            if clusters is not None and table.num_rows:
                column = pa.array(clusters[done : done + table.num_rows], type=pa.string())
                table = table.set_column(schema.get_field_index("cluster"), "cluster", column)
            done += table.num_rows
            if table.num_rows:
                writer.write_table(table)
    tmp.replace(target)


def article_schema() -> pa.Schema:
    import pyarrow as pa

    text = pa.string()
    return pa.schema([
        ("id", text), ("path", text), ("title", text), ("text", text), ("date", text),
        ("source", text), ("url", text), ("format", text),
        ("dct_value", text), ("dct_source", text), ("dct_confidence", pa.float64()),
        # JSON text in model.core.rows' encoding (the project file's), and the ids the date rests on.
        ("dct_evidence", text), ("dct_based_on", pa.list_(text)), ("event_mentions", text), ("time_anchors", text),
    ])


def event_schema() -> pa.Schema:
    import pyarrow as pa

    text, pos = pa.string(), pa.int64()
    return pa.schema([
        ("id", text), ("article", text), ("date_value", text), ("date_start", pa.date32()),
        ("date_end", pa.date32()), ("granularity", text), ("headline", text),
        ("sentence_start", pos), ("sentence_end", pos), ("sentence_text", text),
        ("trigger_start", pos), ("trigger_end", pos), ("trigger_text", text),
        ("timex_start", pos), ("timex_end", pos), ("timex_text", text),
        ("participants", pa.list_(text)), ("modality", text), ("confidence", pa.float64()),
        ("cluster", text), ("starred", pa.bool_()), ("hidden", pa.bool_()), ("tags", pa.list_(text)),
        ("event_class", text), ("date_source", text), ("entities", pa.list_(text)),
    ])


class SchedulerError(ValueError):
    """A --scheduler value that names no cluster."""


def parse_scheduler(value: str) -> tuple[str, int | str]:
    """``local:N`` -> ("local", N); ``tcp://host:port`` -> ("address", value)."""
    if value.startswith("local"):
        _, _, count = value.partition(":")
        try:
            workers = int(count) if count else 2
        except ValueError:
            workers = 0
        if workers < 1:
            raise SchedulerError(f"--scheduler {value!r}: expected local:N with N >= 1 workers")
        return "local", workers
    if "://" in value and value.split("://", 1)[1]:
        return "address", value
    raise SchedulerError(f"--scheduler {value!r}: expected local:N or an address such as tcp://host:8786")


def _blocksize_for(inputs: Sequence[str], workers: int, largest: str) -> str | int:
    """Blocks small enough that every worker gets work (four per worker), never above ``largest``:
    a 700 KB corpus read as one 16 MiB block is one task for one worker."""
    import glob

    from dask.utils import parse_bytes

    size = sum(Path(f).stat().st_size for pattern in inputs for f in glob.glob(pattern) if Path(f).is_file())
    if not size:
        return largest
    return max(64 * 1024, min(int(parse_bytes(largest)), size // (4 * workers) + 1))


def extract_corpus(inputs: Sequence[str], out_dir: str | Path, scheduler: str = "local:2",
                   blocksize: str = "16MiB") -> CorpusSummary:
    """JSON-lines corpora to ``out_dir`` (Parquet, opened by the app) on a local or remote cluster."""
    from distributed import Client

    kind, where = parse_scheduler(scheduler)
    block = _blocksize_for(inputs, int(where), blocksize) if kind == "local" else blocksize
    bag = bag_from_jsonl(list(inputs), block)
    if kind == "address":
        with Client(str(where)) as client:
            return extract_to_parquet(bag, out_dir, client)
    with local_cluster(int(where)) as cluster, Client(cluster) as client:
        return extract_to_parquet(bag, out_dir, client)


def main(argv: list[str] | None = None) -> int:
    """python -m model.nlp.distributed CORPUS.jsonl... -o OUT [--scheduler local:N | tcp://host:8786]

    The same as ``main.py extract CORPUS... --scheduler ... -o OUT``."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m model.nlp.distributed", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="JSON-lines corpora (globs allowed)")
    parser.add_argument("-o", "--output", required=True, help="folder for articles.parquet and events.parquet")
    parser.add_argument("--scheduler", default="local:2", help="local:N worker processes, or a cluster address")
    parser.add_argument("--blocksize", default="16MiB", help="input read per task")
    args = parser.parse_args(argv)
    summary = extract_corpus(args.inputs, args.output, args.scheduler, args.blocksize)
    print(f"{summary.articles} articles, {summary.events} events in {summary.partitions} partitions -> {summary.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

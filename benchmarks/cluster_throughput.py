"""Dask LocalCluster extraction against the single-process path, on the same articles (issue 7).

(Not named distributed.py: with benchmarks/ on sys.path, as some tests put it, that name
would hide the ``distributed`` package.)

    python benchmarks/cluster_throughput.py                       # 256 TempEval-3 docs, 2 workers
    python benchmarks/cluster_throughput.py --synthetic 2000      # recombined corpus sentences instead
    python benchmarks/cluster_throughput.py --limit 40 --partitions 4

Single process: ``extract_article_records`` over the same chunks, one after another, with the
pipeline loaded beforehand (as the app has it). Cluster: the cluster is started and every
worker has loaded the pipeline before the clock starts (start-up is reported apart), then
``extract_to_parquet`` runs, Parquet writing included.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.throughput import DEFAULT_CORPUS, load_corpus, synthetic_articles  # noqa: E402
from model.parallel import Record, chunked, extract_article_records, record_from_article  # noqa: E402


def single_process(records: list[Record], chunk: int) -> tuple[float, int]:
    from model.parallel import worker_pipeline

    nlp = worker_pipeline()
    extract_article_records(records[:2], nlp)  # warm-up, as the workers are warmed
    start = time.perf_counter()
    events = sum(len(extract_article_records(part, nlp).events) for part in chunked(records, chunk))
    return time.perf_counter() - start, events


def on_cluster(records: list[Record], partitions: int, workers: int) -> tuple[float, float, int]:
    from distributed import Client

    from model.distributed import PipelinePreload, bag_from_records, extract_to_parquet, local_cluster

    start = time.perf_counter()
    with local_cluster(n_workers=workers) as cluster, Client(cluster) as client:
        client.register_plugin(PipelinePreload())  # loads the model on every worker, now
        client.run(lambda: None)
        startup = time.perf_counter() - start
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            summary = extract_to_parquet(bag_from_records(records, partitions), out, client)
            elapsed = time.perf_counter() - start
    return startup, elapsed, summary.events


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--synthetic", type=int, help="N synthetic articles from the corpus sentences")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partitions", type=int, default=16, help="bag partitions (chunks)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    corpus = load_corpus(args.corpus, None if args.synthetic else args.limit)
    articles = synthetic_articles(corpus, args.synthetic, args.seed) if args.synthetic else corpus
    records = [record_from_article(a) for a in articles]
    chunk = -(-len(records) // args.partitions)
    print(f"# {platform.node()} · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · "
          f"{len(records)} articles, {args.partitions} chunks of <= {chunk}")

    single, single_events = single_process(records, chunk)
    print(f"single process : {len(records) / single:7.1f} articles/s  ({single:.1f} s, {single_events} events)")
    startup, elapsed, events = on_cluster(records, args.partitions, args.workers)
    print(f"LocalCluster x{args.workers}: {len(records) / elapsed:7.1f} articles/s  ({elapsed:.1f} s, {events} events, "
          f"Parquet written; cluster start-up with model load {startup:.1f} s)")
    print(f"speed-up      : {single / elapsed:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

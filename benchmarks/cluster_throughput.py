"""Dask LocalCluster extraction against the single-process path, on the same articles (issue 7).

(Not named distributed.py: with benchmarks/ on sys.path, as some tests put it, that name
would hide the ``distributed`` package.)

    python benchmarks/cluster_throughput.py                       # 256 TempEval-3 docs, 2 workers
    python benchmarks/cluster_throughput.py --synthetic 2000      # recombined corpus sentences instead
    python benchmarks/cluster_throughput.py --limit 40 --partitions 4

Single process: one ``extract_article_records`` over all the records (``extract``, as the app
runs it: document dates and merging over all articles), with the pipeline loaded beforehand.
Cluster: the cluster is started and every worker has loaded the pipeline before the clock
starts (start-up is reported apart), then ``extract_to_parquet`` runs: extraction on the
workers, the client's merge of all events across partitions, and the Parquet writing.
Each side runs --repeat times; the median is reported.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.throughput import DEFAULT_CORPUS, load_corpus, synthetic_articles  # noqa: E402
from model.core.rows import Record, record_from_article  # noqa: E402
from model.nlp.parallel import extract_article_records  # noqa: E402


def single_process(records: list[Record], repeat: int) -> tuple[list[float], int, int]:
    from model.nlp.loading import worker_pipeline

    nlp = worker_pipeline()
    extract_article_records(records[:2], nlp)  # warm-up, as the workers are warmed
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        rows = extract_article_records(records, nlp)
        times.append(time.perf_counter() - start)
    return times, len(rows.events), len({e["cluster"] for e in rows.events})


def on_cluster(records: list[Record], partitions: int, workers: int, repeat: int) -> tuple[float, list[float], list[float], int, int]:
    from distributed import Client

    from model.loaders.parquet_corpus import read_events
    from model.nlp.distributed import PipelinePreload, bag_from_records, extract_to_parquet, local_cluster

    start = time.perf_counter()
    times, merges = [], []
    with local_cluster(n_workers=workers) as cluster, Client(cluster) as client:
        client.register_plugin(PipelinePreload())  # loads the model on every worker, now
        client.run(lambda: None)
        startup = time.perf_counter() - start
        for _ in range(repeat):
            with tempfile.TemporaryDirectory() as out:
                start = time.perf_counter()
                summary = extract_to_parquet(bag_from_records(records, partitions), out, client)
                times.append(time.perf_counter() - start)
                merges.append(summary.merge_seconds)
                clusters = len({e["cluster"] for e in read_events(out)})
    return startup, times, merges, summary.events, clusters


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--synthetic", type=int, help="N synthetic articles from the corpus sentences")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partitions", type=int, default=16, help="bag partitions (chunks)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each side; the median is reported")
    args = parser.parse_args(argv)

    corpus = load_corpus(args.corpus, None if args.synthetic else args.limit)
    articles = synthetic_articles(corpus, args.synthetic, args.seed) if args.synthetic else corpus
    records = [record_from_article(a) for a in articles]
    chunk = -(-len(records) // args.partitions)
    print(f"# {platform.node()} · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · "
          f"{len(records)} articles, {args.partitions} chunks of <= {chunk}")

    print(f"# load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} (1, 5, 15 min)")

    times, single_events, single_clusters = single_process(records, args.repeat)
    single = statistics.median(times)
    print(f"single process : {len(records) / single:7.1f} articles/s  (median {single:.1f} s of "
          f"{', '.join(f'{t:.1f}' for t in times)}; {single_events} events, {single_clusters} clusters)")
    startup, ctimes, merges, events, clusters = on_cluster(records, args.partitions, args.workers, args.repeat)
    elapsed = statistics.median(ctimes)
    print(f"LocalCluster x{args.workers}: {len(records) / elapsed:7.1f} articles/s  (median {elapsed:.1f} s of "
          f"{', '.join(f'{t:.1f}' for t in ctimes)}; {events} events, {clusters} clusters; cross-partition merge "
          f"{statistics.median(merges):.2f} s; Parquet written; cluster start-up with model load {startup:.1f} s)")
    print(f"speed-up      : {single / elapsed:.2f}x")
    print(f"# load after: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

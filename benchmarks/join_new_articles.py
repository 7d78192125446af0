"""Articles added to a big workspace: the new events joined to the old clusters (``join_new_events``)
against clustering every event again (what adding articles did before the user's edits were kept).

    python benchmarks/join_new_articles.py            # 10,000 and 100,000 old events, one sample's new events

The old events are the sample articles' events replicated with shifted dates
(``benchmarks/throughput.replicate_events``); the new events are one sample article's, renamed.
CPU seconds, median of --repeat runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.throughput import replicate_events  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from model.loaders import load_paths
    from model.nlp.loading import load_pipeline
    from model.nlp.merge import assign_clusters, join_new_events
    from model.nlp.pipeline import extract

    articles = load_paths([str(Path(__file__).resolve().parents[1] / "resources" / "samples")]).articles
    result = extract(articles, load_pipeline())
    new = [replace(e, id=f"new-{e.id}", article="new") for e in result.events if e.article == articles[0].id]
    print("| old events | new events | join_new_events | assign_clusters over all |")
    print("|---|---|---|---|")
    for size in args.sizes:
        old = replicate_events(result.events, size, seed=7)
        joins, alls = [], []
        for _ in range(args.repeat):
            t = time.process_time()
            join_new_events(old, [replace(e) for e in new])
            joins.append(time.process_time() - t)
            t = time.process_time()
            assign_clusters([replace(e) for e in old] + [replace(e) for e in new], [])
            alls.append(time.process_time() - t)
        print(f"| {size:,} | {len(new)} | {statistics.median(joins):.2f} s | {statistics.median(alls):.2f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

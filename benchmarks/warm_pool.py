"""A second large extraction in one app session: worker processes started per run, or kept (issue 13).

    python benchmarks/warm_pool.py                 # 2 x 60 TempEval-3 documents, two processes
    python benchmarks/warm_pool.py --articles 30   # quicker

The app parses more than ``Workflow.parallel_threshold`` new articles in two worker processes,
and it has Qt loaded, so they are spawned: each imports spaCy and loads the model before its first
batch. Before, every extraction started its own and ended them; now the session keeps them
(``model.nlp.process_pipe.WorkerPool``). Both ways run here in one process with Qt imported (as in
the app, so ``start_method()`` says "spawn"): two extractions of different articles each, the
second one being what the user waits for when they open more files.

CPU is the parent's plus the workers' (``getrusage`` of ended children for the per-run processes,
the live workers' own counters for the kept ones); wall-clock time depends on the other jobs of the
machine, so the load average is printed beside it.
"""

from __future__ import annotations

import argparse
import copy
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.shared_data import shared_data  # noqa: E402
from model.core.documents import Article  # noqa: E402


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _live_cpu(pids: list[int]) -> float:
    import psutil  # a dependency of distributed

    total = 0.0
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def _run(articles: list[Article], nlp, pool) -> dict[str, float]:
    from model.nlp.pipeline import extract

    live = pool.pids() if pool is not None else []
    wall, cpu, children, kept = time.perf_counter(), time.process_time(), _children_cpu(), _live_cpu(live)
    result = extract(copy.deepcopy(articles), nlp, n_process=2, workers=pool)
    live = pool.pids() if pool is not None else []
    workers = _children_cpu() - children + _live_cpu(live) - (kept if live else 0.0)
    return {"wall": time.perf_counter() - wall, "parent": time.process_time() - cpu, "workers": workers,
            "events": len(result.events)}


def _line(label: str, run: dict[str, float]) -> str:
    return (f"{label}: wall {run['wall']:6.1f} s, CPU {run['parent'] + run['workers']:6.1f} s "
            f"(parent {run['parent']:.1f}, workers {run['workers']:.1f}), {run['events']:.0f} events")


def _two_batches(corpus: str, n: int):
    """Two batches of ``n`` different articles of ``corpus`` and the loaded pipeline, with Qt imported
    first as in the app (so the workers are spawned). Shared by ``benchmarks/idle_workers.py``."""
    import PySide6.QtCore  # noqa: F401  (the app has Qt loaded: workers are spawned, as there)

    from model.loaders import load_paths
    from model.nlp.loading import load_pipeline

    articles = load_paths([corpus]).articles
    if len(articles) < 2 * n:
        raise SystemExit(f"{corpus}: {len(articles)} articles, {2 * n} needed")
    return articles[:n], articles[n : 2 * n], load_pipeline()


def _load_line(before: tuple[float, ...], after: tuple[float, ...]) -> str:
    return ("load average (1, 5, 15 min): before " + " ".join(f"{x:.2f}" for x in before)
            + ", after " + " ".join(f"{x:.2f}" for x in after))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(shared_data("tempeval3")), help="a folder of articles")
    parser.add_argument("--articles", type=int, default=60, help="articles per extraction (two extractions)")
    args = parser.parse_args(argv)

    n = args.articles
    first, second, nlp = _two_batches(args.corpus, n)
    from model.nlp.process_pipe import WorkerPool, start_method

    print(f"start method {start_method()}; {n} articles per extraction ({sum(len(a.text) for a in second):,} "
          f"characters in the second); 2 worker processes; {os.cpu_count()} cores")
    load_before = os.getloadavg()

    runs = {"per run": [_run(first, nlp, None), _run(second, nlp, None)]}
    pool = WorkerPool(2)
    try:
        runs["kept"] = [_run(first, nlp, pool), _run(second, nlp, pool)]
        import psutil

        rss = [psutil.Process(pid).memory_info().rss / 2**20 for pid in pool.pids()]
    finally:
        pool.close()
    load_after = os.getloadavg()

    for how, (one, two) in runs.items():
        print(_line(f"processes {how:7s}, 1st extraction", one))
        print(_line(f"processes {how:7s}, 2nd extraction", two))
    before, after = runs["per run"][1], runs["kept"][1]
    print(f"2nd extraction kept/per run: wall {after['wall'] / before['wall']:.2f}, "
          f"CPU {(after['parent'] + after['workers']) / (before['parent'] + before['workers']):.2f}")
    print(f"an idle kept worker holds {', '.join(f'{r:.0f}' for r in rss)} MB resident")
    print(_load_line(load_before, load_after))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

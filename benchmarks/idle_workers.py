"""Idle worker processes: the memory they hold, and what ending them costs the next extraction (issue 13).

    python benchmarks/idle_workers.py                 # 30 TempEval-3 documents per extraction
    python benchmarks/idle_workers.py --articles 10   # quicker

The app keeps its two spawned worker processes (``model.nlp.process_pipe.WorkerPool``) between
extractions, and ends them after a quiet period (``Workflow.idle_workers_ms``, 10 minutes unless
the setting says otherwise). Here, in one process with Qt imported (as in the app, so "spawn"):
an extraction starts the workers; the resident memory of the parent and the idle workers is
measured; a second extraction runs on the kept (warm) workers; the idle workers are ended
(``stop_if_idle``) and the memory measured again; a third extraction of the same articles starts
them again (cold). The cost of a cold restart is the third extraction less the second.

CPU is the parent's plus the workers' (as ``benchmarks/warm_pool.py`` counts it); wall-clock time
depends on the other jobs of the machine, so the load average is printed beside it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.shared_data import shared_data  # noqa: E402
from benchmarks.warm_pool import _line, _load_line, _run, _two_batches  # noqa: E402


def _rss_mb(pids: list[int]) -> float:
    import psutil  # a dependency of distributed

    total = 0.0
    for pid in pids:
        try:
            total += psutil.Process(pid).memory_info().rss
        except psutil.Error:
            continue
    return total / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(shared_data("tempeval3")), help="a folder of articles")
    parser.add_argument("--articles", type=int, default=30, help="articles per extraction")
    args = parser.parse_args(argv)

    n = args.articles
    first, second, nlp = _two_batches(args.corpus, n)
    from model.nlp.process_pipe import WorkerPool, start_method

    print(f"start method {start_method()}; {n} articles per extraction; 2 worker processes; {os.cpu_count()} cores")
    load_before = os.getloadavg()
    me = [os.getpid()]
    pool = WorkerPool(2)
    try:
        start = _run(first, nlp, pool)
        workers = pool.pids()
        idle_kept = (_rss_mb(me), _rss_mb(workers), len(workers))
        warm = _run(second, nlp, pool)
        ended = pool.stop_if_idle()
        idle_ended = (_rss_mb(me), _rss_mb(pool.pids()), len(pool.pids()))
        cold = _run(second, nlp, pool)
    finally:
        pool.close()
    load_after = os.getloadavg()

    print(_line("1st extraction (starts the workers)", start))
    print(_line("2nd extraction, workers kept (warm)", warm))
    print(_line("2nd again, workers ended idle (cold)", cold))
    for label, (parent, kept, count) in (("workers kept ", idle_kept), ("workers ended", idle_ended)):
        print(f"idle, {label}: parent {parent:.0f} MB + {count} workers {kept:.0f} MB = {parent + kept:.0f} MB resident")
    assert ended, "the idle workers were not ended"
    cpu = (cold["parent"] + cold["workers"]) - (warm["parent"] + warm["workers"])
    print(f"a cold restart costs: CPU {cpu:+.1f} s, wall {cold['wall'] - warm['wall']:+.1f} s "
          f"(cold/warm: CPU {(cold['parent'] + cold['workers']) / (warm['parent'] + warm['workers']):.2f}, "
          f"wall {cold['wall'] / warm['wall']:.2f})")
    print(_load_line(load_before, load_after))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Re-ranking an opened project (no new parse): key happenings and the timeline summary.

    python benchmarks/key_events_speed.py [--articles 10000] [--repeat 3]

The project is the synthetic one of ``project_reopen.py`` (about eight events per article). Prints
the median wall time of ``rank_happenings`` (what the app's Key events control needs) and of
``summarize`` with 20 dates and 2 sentences each. Target (issue 16): under a second at 10,000 articles.

Then the app's side (the filter model on an event table, offscreen): choosing "Key events: top 10"
with the ranks computed on the GUI thread on first need (as before the rank job), and with the
``KeyRanker`` (the ranks from a job): the GUI thread's own time (snapshot of the events, the choice,
applying the ranks when they land) and the wall time until the table shows 10 rows. CPU time is
the process's (every thread), printed beside the wall time: on a shared machine the wall time is noisy.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from project_reopen import make_project  # noqa: E402

from model.core.result import ExtractionResult  # noqa: E402
from model.ranking.summary import rank_happenings, summarize  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    result = make_project(args.articles)
    print(f"{len(result.articles)} articles, {len(result.events)} events, "
          f"{len({e.cluster_key for e in result.events})} happenings")
    for name, fn in (("rank_happenings", lambda: rank_happenings(result)),
                     ("summarize(20 dates, 2 sentences)", lambda: summarize(result, n_dates=20, k_sentences=2))):
        times, cpu = [], []
        for _ in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            fn()
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)  # on a shared machine the wall time is noisy
        print(f"{name:34} median {statistics.median(times):.3f} s  (runs: {', '.join(f'{t:.3f}' for t in times)}); "
              f"CPU median {statistics.median(cpu):.3f} s")
    gui_thread(result)
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


def gui_thread(result: ExtractionResult) -> None:
    """'top 10' in the app: the GUI thread's time with the ranks computed there, and with the job."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from model.qt.event_filter_model import EventFilterModel
    from model.qt.event_table_model import EventTableModel
    from model.qt.key_ranks import KeyRanker
    from model.state.job_runner import JobRunner
    from model.state.session import Session

    app = QGuiApplication.instance() or QGuiApplication([])

    def proxy_on(session: Session) -> EventFilterModel:
        proxy = EventFilterModel()
        proxy.setSourceModel(EventTableModel(session, proxy))
        while proxy.row_keys().warm_up_one():  # built in idle time in the app, before anyone picks a filter
            pass
        return proxy

    session = Session()
    session.set_result(result)
    proxy = proxy_on(session)
    wall, cpu = time.perf_counter(), time.thread_time()
    proxy.set_state(proxy.state.with_key_events(10))
    print(f"top 10, ranked on the GUI thread   GUI thread {time.perf_counter() - wall:.3f} s wall, "
          f"{time.thread_time() - cpu:.3f} s CPU; {proxy.rowCount()} rows")

    session = Session()
    session.set_result(result)
    proxy = proxy_on(session)
    jobs = JobRunner()
    gui: dict[str, list[float]] = {}  # per piece: [wall, the GUI thread's CPU]
    real_inputs, real_set = proxy.rank_inputs, proxy.set_happening_ranks

    def timed(fn, name):  # type: ignore[no-untyped-def]
        def call(*args):  # type: ignore[no-untyped-def]
            t, c = time.perf_counter(), time.thread_time()
            out = fn(*args)
            spent = gui.setdefault(name, [0.0, 0.0])
            spent[0] += time.perf_counter() - t
            spent[1] += time.thread_time() - c
            return out
        return call

    proxy.rank_inputs = timed(real_inputs, "snapshot")  # type: ignore[method-assign]
    proxy.set_happening_ranks = timed(real_set, "ranks applied")  # type: ignore[method-assign]
    wall, cpu = time.perf_counter(), time.process_time()
    ranker = KeyRanker(proxy, jobs, delay_ms=0)
    timed(lambda: proxy.set_state(proxy.state.with_key_events(10)), "choice")()
    while ranker.busy:
        app.processEvents()
        time.sleep(0.001)
    pieces = ", ".join(f"{name} {w:.3f} s wall / {c:.3f} s CPU" for name, (w, c) in gui.items())
    print(f"top 10, ranked in a job           GUI thread: {pieces}; until shown "
          f"{time.perf_counter() - wall:.3f} s wall, {time.process_time() - cpu:.3f} s CPU (all threads); "
          f"{proxy.rowCount()} rows")
    jobs.drain()


if __name__ == "__main__":
    sys.exit(main())

"""Re-ranking an opened project (no new parse): key happenings and the timeline summary.

    python benchmarks/key_events_speed.py [--articles 10000] [--repeat 3]

The project is the synthetic one of ``project_reopen.py`` (about eight events per article). Prints
the median wall time of ``rank_happenings`` (what the app's Key events control needs) and of
``summarize`` with 20 dates and 2 sentences each. Target (issue 16): under a second at 10,000 articles.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from project_reopen import make_project  # noqa: E402

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
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        print(f"{name:34} median {statistics.median(times):.3f} s  (runs: {', '.join(f'{t:.3f}' for t in times)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

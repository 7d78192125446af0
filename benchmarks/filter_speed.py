"""How long the event filter takes at 100,000 events (issue 7, item 2: under 200 ms).

    python benchmarks/filter_speed.py                 # 100,000 synthetic events
    python benchmarks/filter_speed.py --events 20000  # another size
    python benchmarks/filter_speed.py --window        # also through the whole main window (offscreen)
    python benchmarks/filter_speed.py --clustered 0.3 # 30 % of events join the previous one's cluster

Synthetic events (seeded) over 1,000 articles: headlines and sentences from a word list,
2-3 of 500 participants each, five modalities, days spread over 2000-2025, a few starred,
hidden and tagged. The events go into a Session → EventTableModel → EventFilterModel, as in the
app. Each figure is the wall time of the filter change until the proxy has its new rows
(``set_state`` returns after the proxy re-filtered; ``rowCount`` is then read), the median of
five runs. Facet counts (what the facet panel shows after a change) are timed separately.
``--window`` times the same changes in the app's main window: the proxy, then every view (timeline,
event table, facet panel, article list, chips) until the event loop is idle.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402

from model.core.documents import Article, DocumentDate, TextSpan  # noqa: E402
from model.core.events import MODALITIES, Event, EventDate  # noqa: E402
from model.core.result import ExtractionResult  # noqa: E402
from model.filtering.filter_state import FilterState  # noqa: E402
from model.qt.event_filter_model import EventFilterModel  # noqa: E402
from model.qt.event_table_model import EventColumn, EventTableModel  # noqa: E402
from model.state.session import Session  # noqa: E402

WORDS = ["talks", "summit", "leaders", "agreed", "military", "officials", "met", "ministers", "trade", "tariffs", "report", "election", "vote", "court", "ruling", "sanctions", "ceasefire", "visit", "statement", "council", "budget", "strike", "protest", "treaty", "signed", "launched", "announced", "delayed", "expected", "investigation", "market", "shares"]


# Every synthetic sentence is shorter than this text, so its span lies inside its article.
TEXT = " ".join(WORDS) + ".\n"


def synthetic_result(n_events: int, n_articles: int = 1000, seed: int = 7, clustered: float = 0.0) -> ExtractionResult:
    """``clustered``: the share of events that join the cluster of the event before them (the same
    happening told again), so the proxy shows one entry per cluster; 0 leaves every event alone."""
    rng = random.Random(seed)
    people = [f"Person {i}" for i in range(500)]
    sources = [f"Source {i}" for i in range(40)]
    articles = [
        Article(f"art{i}", f"/synthetic/{i}.txt", TEXT, title=f"Article {i}", source=rng.choice(sources),
                dct=DocumentDate("2020-01-01", "metadata", 1.0))
        for i in range(n_articles)
    ]
    first = date(2000, 1, 1).toordinal()
    events = []
    for i in range(n_events):
        words = rng.sample(WORDS, 8)
        sentence = " ".join(words) + "."
        day = date.fromordinal(first + rng.randrange(26 * 365))
        coarse = rng.random() < 0.2
        end = day + timedelta(days=30) if coarse else day
        span = TextSpan(0, len(sentence), sentence)
        events.append(
            Event(
                id=f"e{i}",
                article=f"art{i % n_articles}",
                date=EventDate(day.isoformat(), day, end, "month" if coarse else "day"),
                headline=" ".join(words[:5]),
                sentence=span,
                trigger=TextSpan(0, len(words[0]), words[0]),
                timex=TextSpan(0, 4, words[1]) if rng.random() > 0.1 else TextSpan(0, 0, ""),
                participants=rng.sample(people, rng.choice((1, 2, 3))),
                modality=rng.choice(MODALITIES),
                confidence=rng.random(),
                starred=rng.random() < 0.02,
                hidden=rng.random() < 0.01,
                tags=["check"] if rng.random() < 0.01 else [],
            )
        )
        if clustered and i and rng.random() < clustered:  # no draw when 0: the default corpus stays the same
            events[-1].cluster = events[-2].cluster_key
    return ExtractionResult(articles, events)


def timed(action: Callable[[], object], runs: int = 5) -> float:
    """Median wall time in ms."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        action()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--window", action="store_true", help="also time the filter through the main window")
    parser.add_argument("--clustered", type=float, default=0.0, help="share of events merged with the one before")
    args = parser.parse_args()
    if args.window:
        window_figures(args.events, args.clustered)
        return
    app = QCoreApplication.instance() or QCoreApplication(sys.argv)  # noqa: F841 (Qt models need one)

    result = synthetic_result(args.events, clustered=args.clustered)
    session = Session()
    session.set_result(result)
    table = EventTableModel(session)
    proxy = EventFilterModel()
    t0 = time.perf_counter()
    proxy.setSourceModel(table)
    total = proxy.rowCount()
    first = (time.perf_counter() - t0) * 1000
    print(f"{platform.node()} {platform.processor() or platform.machine()} {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {date.today().isoformat()}")
    clusters = len({e.cluster_key for e in result.events})
    print(f"{args.events:,} events in {clusters:,} clusters, {total:,} entries shown by default (hidden ones out, one per cluster)")
    print(f"first filter after loading (reads the events, builds the hidden column): {first:.0f} ms")
    # The app builds the key columns in idle time after a load, one per event-loop turn.
    keys = proxy.row_keys()
    turns = []
    while True:
        t = time.perf_counter()
        if not keys.warm_up_one():
            break
        turns.append((time.perf_counter() - t) * 1000)
    print(f"key columns built in idle time after loading: {sum(turns):.0f} ms over {len(turns)} event-loop turns, "
          f"longest turn {max(turns):.0f} ms")
    proxy.setSourceModel(table)  # start cold again, to time a filter that must build its own column
    # Without that warm-up, each key column is built the first time a filter needs it: time those runs.
    for name, state in (("text", FilterState(text="summit")), ("participant", FilterState(participants=frozenset({"Person 3"}))),
                        ("dates", FilterState(date_from=date(2010, 1, 1)))):
        t = time.perf_counter()
        proxy.set_state(state)
        proxy.rowCount()
        print(f"first {name} filter (builds its key column): {(time.perf_counter() - t) * 1000:.0f} ms")
    proxy.set_state(FilterState())

    base = FilterState()
    cases: list[tuple[str, FilterState]] = [
        ("text search 'summit'", replace(base, text="summit")),
        ("text search, rare word 'zzz'", replace(base, text="zzz")),
        ("one participant", base.toggled("participants", "Person 7", True)),
        ("modality 'planned'", base.toggled("modalities", "planned", True)),
        ("date range 2010-2012", replace(base, date_from=date(2010, 1, 1), date_to=date(2012, 12, 31))),
        ("three sources + text + dates", replace(base.with_values("sources", ["Source 1", "Source 2", "Source 3"]),
                                                 text="talks", date_from=date(2005, 1, 1))),
        ("starred only", replace(base, starred_only=True)),
        ("clear all", base),
    ]
    print("\n| filter | shown | apply (ms, median of 5) | facet counts (ms) |")
    print("|---|---|---|---|")
    for name, state in cases:
        def apply(state: FilterState = state) -> int:
            proxy.set_state(FilterState(text="\0"))  # a different state, so each run really re-filters
            t = time.perf_counter()
            proxy.set_state(state)
            n = proxy.rowCount()
            apply.ms.append((time.perf_counter() - t) * 1000)  # type: ignore[attr-defined]
            return n

        apply.ms = []  # type: ignore[attr-defined]
        for _ in range(5):
            apply()
        shown = proxy.rowCount()
        ms = statistics.median(apply.ms)  # type: ignore[attr-defined]

        def counts() -> object:
            proxy._counts = None  # noqa: SLF001 (the panel asks once per change: time the computation)
            return proxy.facet_counts()

        print(f"| {name} | {shown:,} | {ms:.0f} | {timed(counts):.0f} |")

    t = time.perf_counter()
    proxy.sort(EventColumn.DATE, Qt.SortOrder.AscendingOrder)
    print(f"\nsorting the proxy by date (the event table's sort): {(time.perf_counter() - t) * 1000:.0f} ms")
    t = time.perf_counter()
    proxy.set_state(replace(base, text="summit"))
    print(f"text search while sorted by date: {(time.perf_counter() - t) * 1000:.0f} ms")


def window_figures(n_events: int, clustered: float = 0.0) -> None:
    from PySide6.QtWidgets import QApplication

    from gui.qt_workarounds import pin_none

    pin_none()  # as the app does (gui/qt_workarounds.py)
    app = QApplication.instance() or QApplication(sys.argv)
    from gui.main_window import MainWindow
    from model.state.workflow import Workflow

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    session = Session()
    workflow = Workflow(session)
    window = MainWindow(session, workflow)
    window.resize(1500, 950)
    window.show()
    result = synthetic_result(n_events, clustered=clustered)
    t = time.perf_counter()
    session.set_result(result)
    settle()
    print(f"{n_events:,} events in the main window: load and first paint {(time.perf_counter() - t) * 1000:.0f} ms")
    print("\n| filter (main window) | shown | proxy (ms) | every view settled (ms) |")
    print("|---|---|---|---|")
    base = FilterState()
    for name, state in (
        ("text search 'summit'", replace(base, text="summit")),
        ("one participant", base.toggled("participants", "Person 7", True)),
        ("date range 2010-2012", replace(base, date_from=date(2010, 1, 1), date_to=date(2012, 12, 31))),
        ("clear all", base),
    ):
        t = time.perf_counter()
        window.event_filter.set_state(state)
        proxy_ms = (time.perf_counter() - t) * 1000
        settle()
        total_ms = (time.perf_counter() - t) * 1000
        print(f"| {name} | {window.event_filter.rowCount():,} | {proxy_ms:.0f} | {total_ms:.0f} |")
    workflow.shutdown()
    window.dispose()


if __name__ == "__main__":
    main()

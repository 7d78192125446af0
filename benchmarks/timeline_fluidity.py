"""How fluid the timeline stays with 100,000 events (issue 7, item 2).

Generates synthetic events (no NLP), loads them through the app's own models
(Session -> EventTableModel -> EventFilterModel -> TimelineView + OverviewStrip) and
prints: the first paint after loading; repaint time per frame while panning and
zooming (the range is set, then the viewport repainted synchronously); the relayout
after the range settles (runs once, 30 ms after the last frame); the time a filter
takes in EventFilterModel, and the timeline's rebuild after it; an in-place edit.

    QT_QPA_PLATFORM=offscreen python benchmarks/timeline_fluidity.py [--events 100000]

Targets: first paint < 1 s, median frame < 30 ms, filter < 200 ms.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget  # noqa: E402

from gui.qt_workarounds import pin_none  # noqa: E402
from model.core.documents import Article, DocumentDate, TextSpan  # noqa: E402
from model.core.events import MODALITIES, Event, EventDate  # noqa: E402
from model.core.result import ExtractionResult  # noqa: E402


def synthetic(n: int, n_articles: int = 500, seed: int = 1) -> ExtractionResult:
    """n events over ~25 years, denser towards the start, 80% dated to the day, 20% to a month."""
    rnd = random.Random(seed)
    articles = [
        Article(
            f"a{i}",
            f"/tmp/a{i}.txt",
            "x",
            title=f"Article {i}",
            source=f"Source {i % 20}",
            dct=DocumentDate("2020-01-01"),
        )
        for i in range(n_articles)
    ]
    people = [f"Person {i}" for i in range(60)]
    base = date(2000, 1, 1).toordinal()
    span = TextSpan(0, 1, "x")
    events = []
    for i in range(n):
        day = date.fromordinal(base + int(rnd.random() ** 1.5 * 9000))
        if rnd.random() < 0.8:
            start = end = day
            granularity = "day"
        else:
            start = day.replace(day=1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            granularity = "month"
        events.append(
            Event(
                f"e{i}",
                f"a{rnd.randrange(n_articles)}",
                EventDate(start.isoformat(), start, end, granularity),
                f"Event number {i} in the synthetic corpus",
                span,
                span,
                span,
                participants=rnd.sample(people, rnd.randrange(0, 3)),
                modality=rnd.choice(MODALITIES),
                confidence=rnd.random(),
                starred=rnd.random() < 0.01,
            )
        )
    return ExtractionResult(articles, events)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def summary(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{name:<34} frames {len(times):>3}  median {ms(statistics.median(times)):>9}  p95 {ms(p95):>9}  max {ms(ordered[-1]):>9}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--lanes", default="article", help="lane mode: none, article, participant, modality")
    args = parser.parse_args()

    pin_none()  # a long run of void Qt calls, as the app's session (gui/qt_workarounds.py)
    app = QApplication.instance() or QApplication([])
    from gui.timeline.overview_strip import OverviewStrip
    from gui.timeline.timeline_view import TimelineView
    from model.qt.event_filter_model import EventFilterModel
    from model.qt.event_table_model import EventTableModel
    from model.state.session import Session

    print(
        f"machine: {platform.node()} · {platform.processor() or platform.machine()} · {os.cpu_count()} CPUs · Python {platform.python_version()}"
    )
    print(
        f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · load average {os.getloadavg()[0]:.1f}"
    )
    t = time.perf_counter()
    result = synthetic(args.events)
    print(
        f"generated {len(result.events):,} events over {len(result.articles)} articles in {time.perf_counter() - t:.2f} s"
    )

    session = Session()
    model = EventTableModel(session)
    proxy = EventFilterModel()
    proxy.setSourceModel(model)
    box = QWidget()
    timeline = TimelineView()
    timeline.set_lane_mode(args.lanes)
    strip = OverviewStrip(timeline)
    layout = QVBoxLayout(box)
    layout.addWidget(timeline.toolbar())
    layout.addWidget(timeline, 1)
    layout.addWidget(strip)
    box.resize(1400, 620)
    box.show()
    timeline.set_model(proxy)
    app.processEvents()

    # First paint: the result arrives, the models reset, the timeline rebuilds and paints.
    t0, c0 = time.perf_counter(), time.thread_time()
    session.set_result(result)
    t1 = time.perf_counter()
    timeline.rebuild() if timeline._rebuild_timer.isActive() else None  # what the 0 ms timer would run next
    t2 = time.perf_counter()
    box.grab()
    t3, c3 = time.perf_counter(), time.thread_time()
    print(
        f"first paint after loading: {ms(t3 - t0)} (CPU {ms(c3 - c0)})  (models reset {ms(t1 - t0)}, "
        f"timeline rebuild {ms(t2 - t1)}, paint {ms(t3 - t2)}); density shown: {timeline.showing_density()}"
    )

    viewport = timeline.plot.viewport()

    cpu_frames: list[
        float
    ] = []  # this thread's CPU time per frame: the same work without other processes' load

    def frame(x0: float, x1: float) -> float:
        start, cpu = time.perf_counter(), time.thread_time()
        timeline.set_x_range(x0, x1)
        viewport.repaint()
        cpu_frames.append(time.thread_time() - cpu)
        return time.perf_counter() - start

    def settle() -> float:
        start = time.perf_counter()
        timeline._refresh()  # what the 30 ms range timer runs once the range stops changing
        viewport.repaint()
        return time.perf_counter() - start

    x0, x1 = timeline.x_range()
    all_frames: list[float] = []
    settles: list[float] = []

    def pan(name: str, steps: int, fraction: float) -> None:
        nonlocal x0, x1
        times = []
        for _ in range(steps):
            shift = (x1 - x0) * fraction
            x0, x1 = x0 + shift, x1 + shift
            times.append(frame(x0, x1))
        settles.append(settle())
        all_frames.extend(times)
        print(
            summary(name, times)
            + f"   then settle {ms(settles[-1])} ({'density' if timeline.showing_density() else f'{len(timeline.drawn_marker_ids())} markers'})"
        )

    def zoom(name: str, steps: int, factor: float) -> None:
        nonlocal x0, x1
        times = []
        for _ in range(steps):
            centre, half = (x0 + x1) / 2, (x1 - x0) / 2 * factor
            x0, x1 = centre - half, centre + half
            times.append(frame(x0, x1))
        settles.append(settle())
        all_frames.extend(times)
        print(
            summary(name, times)
            + f"   then settle {ms(settles[-1])} ({'density' if timeline.showing_density() else f'{len(timeline.drawn_marker_ids())} markers'})"
        )

    pan("pan, all events (density)", 40, 0.02)
    # Back to the whole span, centred on a busy year, and zoom in there.
    timeline.fit_all()
    fx0, fx1 = timeline.x_range()
    busy = (date(2003, 6, 1).toordinal() - 719163) * 86400.0
    x0, x1 = busy - (fx1 - fx0) / 2, busy + (fx1 - fx0) / 2
    zoom("zoom in x0.9 per frame", 40, 0.9)
    pan("pan, zoomed in", 40, 0.02)
    zoom("zoom in further", 30, 0.85)
    pan("pan, zoomed in (markers)", 40, 0.02)
    zoom("zoom out x1.15 per frame", 60, 1.15)
    print(summary("ALL FRAMES", all_frames))
    print(summary("ALL FRAMES, CPU time of the GUI thread", cpu_frames))
    print(
        f"settle (relayout once the range rests): median {ms(statistics.median(settles))}, max {ms(max(settles))}"
    )

    # A filter through the proxy, then the timeline's rebuild from the filtered model.
    for label, apply in (
        ("text search 'number 1'", lambda: proxy.set_text("number 1")),
        ("clear", proxy.clear_filters),
        ("articles: half of them", lambda: proxy.set_article_ids({f"a{i}" for i in range(0, 500, 2)})),
        ("clear", proxy.clear_filters),
    ):
        t0, c0 = time.perf_counter(), time.thread_time()
        apply()
        t1, c1 = time.perf_counter(), time.thread_time()
        timeline._flush()
        viewport.repaint()
        t2, c2 = time.perf_counter(), time.thread_time()
        print(
            f"filter {label:<24} proxy {ms(t1 - t0):>9} (CPU {ms(c1 - c0):>8})  + timeline rebuild and paint "
            f"{ms(t2 - t1):>9} (CPU {ms(c2 - c1):>8})  -> {proxy.rowCount():,} rows"
        )

    # An edit of one event: updated in place, not rebuilt.
    rebuilds = timeline.stats["rebuilds"]
    target = result.events[12345 % len(result.events)]
    t0 = time.perf_counter()
    session.replace_events([replace(target, starred=not target.starred)])
    timeline._flush()
    viewport.repaint()
    t1 = time.perf_counter()
    print(f"star one event: {ms(t1 - t0)} (full rebuilds: {timeline.stats['rebuilds'] - rebuilds})")

    strip.dispose()
    timeline.dispose()
    box.close()


if __name__ == "__main__":
    main()

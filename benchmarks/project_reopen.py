"""How fast a big `.chronicle` project saves and reopens (issue 7, item 3: 10,000 articles in under 2 s).

    python benchmarks/project_reopen.py                    # 10,000 articles, ~8 events each
    python benchmarks/project_reopen.py --articles 1000    # another size
    python benchmarks/project_reopen.py --app              # also the app: File > Open until the timeline shows

Synthetic, seeded articles of about 3 KB of news-like text (with a dateline and DCT evidence) and
about eight events each with realistic spans, participants, modalities and clusters; a few events
are starred, hidden and tagged, and an edit journal of 500 entries is kept. Figures (wall time,
median of --repeat runs):

- first save: a new file (written beside the target, then renamed);
- save again: saving over the project as Ctrl+S does (since issue 17 also a temp file renamed over it);
- reopen: ``open_project`` in this process (reads every article and event back; no parsing);
- reopen, fresh process: a new Python process that imports the model and opens the project,
  which also shows that reopening never loads spaCy;
- with --app: the main window's File > Open project until the timeline shows every event.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from model.core.documents import Article, DocumentDate, Evidence, TextSpan  # noqa: E402
from model.core.events import MODALITIES, Event, EventDate  # noqa: E402
from model.core.result import ExtractionResult  # noqa: E402
from model.project import Edit, open_project, save_project  # noqa: E402

WORDS = ["officials", "talks", "summit", "agreed", "minister", "trade", "defence", "military", "border", "ceasefire", "report", "said", "government", "council", "meeting", "announced", "plans", "budget", "elections", "court", "ruling", "investigation", "company", "shares", "market", "growth", "quarter", "statement", "week", "leaders", "delegation", "agreement", "sanctions"]
PEOPLE = [f"{first} {last}" for first in ("Joe", "Xi", "Lloyd", "Wei", "Anna", "Li", "Mark", "Olaf")
          for last in ("Biden", "Jinping", "Austin", "Fenghe", "Smith", "Chen", "Rutte", "Scholz")]
CITIES = ("WASHINGTON", "BEIJING", "BRUSSELS", "LONDON", "SINGAPORE", "GENEVA")


def sentence(rng: random.Random, day: date) -> tuple[str, str, str]:
    words = rng.choices(WORDS, k=rng.randint(14, 24))
    timex = day.strftime("%B %d, %Y").replace(" 0", " ")
    cut = rng.randint(3, len(words) - 3)
    verb = words[cut - 1]
    text = " ".join(words[:cut]).capitalize() + f" on {timex} " + " ".join(words[cut:]) + "."
    return text, verb, timex


def make_project(n_articles: int, seed: int = 7) -> ExtractionResult:
    rng = random.Random(seed)
    articles: list[Article] = []
    events: list[Event] = []
    base = date(2015, 1, 1)
    for i in range(n_articles):
        dct = base + timedelta(days=rng.randint(0, 3650))
        dateline = f"{rng.choice(CITIES)}, {dct.strftime('%b %d')} (Reuters) - "
        parts = [dateline]
        spans: list[tuple[int, str, str, str, date]] = []
        n_events = rng.randint(6, 10)
        while sum(map(len, parts)) < 3000:
            day = dct - timedelta(days=rng.randint(0, 400))
            text, verb, timex = sentence(rng, day)
            if len(spans) < n_events and rng.random() < 0.5:
                spans.append((sum(map(len, parts)), text, verb, timex, day))
            parts.append(text + (" " if rng.random() < 0.8 else "\n\n"))
        body = "".join(parts)
        aid = f"article-{i:05d}"
        evidence = (
            Evidence(0, len(dateline) - 3, dateline[:-3], "dateline"),
            Evidence(spans[0][0], spans[0][0] + len(spans[0][1]), spans[0][1], "latest explicit past date") if spans else None,
        )
        articles.append(Article(
            aid, f"/corpus/{aid}.txt", body, title=f"Article {i}: " + " ".join(rng.choices(WORDS, k=6)),
            source="Reuters", url=f"https://example.org/{aid}", format="txt",
            dct=DocumentDate(dct.isoformat(), "dateline", 0.85, tuple(e for e in evidence if e is not None)),
        ))
        for n, (start, text, verb, timex, day) in enumerate(spans):
            v = text.index(f" {verb} ") + 1 if f" {verb} " in text else 0
            t = text.index(timex)
            events.append(Event(
                id=f"{aid}-e{n}", article=aid,
                date=EventDate(day.isoformat(), day, day, "day"),
                headline=text[:70], sentence=TextSpan(start, start + len(text), text),
                trigger=TextSpan(start + v, start + v + len(verb), verb),
                timex=TextSpan(start + t, start + t + len(timex), timex),
                participants=rng.sample(PEOPLE, rng.randint(1, 3)), modality=rng.choice(MODALITIES),
                confidence=round(rng.uniform(0.3, 0.95), 3), cluster=f"{aid}-e{n}" if rng.random() < 0.9 else "article-00000-e0",
                starred=rng.random() < 0.02, hidden=rng.random() < 0.01,
                tags=["checked"] if rng.random() < 0.03 else [],
            ))
    return ExtractionResult(articles, events)


def timed(fn, repeat: int) -> tuple[float, float, object]:
    """Median wall time and median CPU time of this process (the CPU figure does not grow when
    other processes share the cores), and the last value."""
    walls, cpus, value = [], [], None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        value = fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus), value


FRESH = """
import sys, time
t0, c0 = time.perf_counter(), time.process_time()
sys.path.insert(0, {root!r})
from model.project import open_project
p = open_project({path!r})
print(time.perf_counter() - t0, time.process_time() - c0, len(p.result.articles), len(p.result.events),
      "spacy" in sys.modules)
"""


def app_open(path: Path, n_events: int) -> tuple[float, float, float, float, float]:
    """Seconds until File > Open project shows the timeline, and until the side panels are filled
    too (with the CPU seconds of all threads); then an edit is saved (Ctrl+S) and the
    save's duration and the longest the GUI thread went without running a 10 ms timer are measured."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from gui.main_window import MainWindow
    from gui.qt_workarounds import pin_none
    from model.state.session import Session
    from model.state.workflow import Workflow

    pin_none()  # as the app does (gui/qt_workarounds.py)
    app = QApplication.instance() or QApplication([])
    session = Session()
    workflow = Workflow(session)
    window = MainWindow(session, workflow)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    opened: list[bool] = []
    workflow.projectOpened.connect(lambda *_: opened.append(True))
    t0, c0 = time.perf_counter(), time.process_time()
    window.project.open_project(str(path))
    # Until the project is in and the timeline shows every event the filter lets through (hidden ones
    # are filtered out), with a bound so a broken view cannot hang the benchmark.
    while not opened or len(window.timeline.marker_ids()) < window.event_filter.rowCount():
        QCoreApplication.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - t0 > 300:
            raise SystemExit("the timeline did not show the events within 300 s")
    shown_at = time.perf_counter() - t0
    app.processEvents()  # what was queued behind the timeline: the Filters panel's counts
    elapsed, elapsed_cpu = time.perf_counter() - t0, time.process_time() - c0
    assert window.event_model.rowCount() == n_events

    from dataclasses import replace

    from PySide6.QtCore import QTimer

    first = session.events[0]
    session.replace_events([replace(first, starred=not first.starred)])
    settle = time.perf_counter()
    while time.perf_counter() - settle < 1.0:  # the views redraw the edit before the save is timed
        QCoreApplication.processEvents()
        time.sleep(0.005)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    saved: list[bool] = []
    window.project.saved.connect(lambda *_: saved.append(True))
    timer.start()
    s0 = time.perf_counter()
    last[0] = s0
    window.project.save()
    while not saved:
        QCoreApplication.processEvents()
        time.sleep(0.001)
    save_time = time.perf_counter() - s0
    timer.stop()
    workflow.shutdown()
    window.project.ask = lambda *_: "discard"
    window.close()
    window.dispose()
    return shown_at, elapsed, elapsed_cpu, save_time, max(gaps, default=0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--app", action="store_true", help="also time File > Open project in the main window")
    args = parser.parse_args()

    t0 = time.perf_counter()
    result = make_project(args.articles)
    edits = [Edit.now("event", f"starred {e.id}", event_id=e.id) for e in result.events[:500]]
    made = time.perf_counter() - t0
    text_mb = sum(len(a.text.encode()) for a in result.articles) / 1e6
    print(f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"project: {len(result.articles):,} articles ({text_mb:.1f} MB of text, "
          f"{text_mb * 1e3 / len(result.articles):.1f} KB each), {len(result.events):,} events "
          f"({len(result.events) / len(result.articles):.1f} per article), {len(edits)} journal entries "
          f"[generated in {made:.1f} s]")

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.chronicle"

        def first_save() -> None:
            path.unlink(missing_ok=True)
            save_project(result, path, edits=edits)

        first, first_cpu, _ = timed(first_save, args.repeat)
        in_place, in_place_cpu, _ = timed(lambda: save_project(result, path, edits=edits), args.repeat)
        size = path.stat().st_size
        reopen, reopen_cpu, project = timed(lambda: open_project(path), args.repeat)
        assert project.result.events == result.events and project.result.articles == result.articles  # type: ignore[attr-defined]
        fresh = subprocess.run(
            [sys.executable, "-c", FRESH.format(root=str(ROOT), path=str(path))],
            capture_output=True, text=True, check=True,
        ).stdout.split()
        print(f"load average (1 min) at the end: {os.getloadavg()[0]:.1f}; medians of {args.repeat}; wall (CPU of this process)")
        print(f"first save (new file, temp + rename): {first:.2f} s ({first_cpu:.2f} s CPU)")
        print(f"save again (temp + rename, Ctrl+S):  {in_place:.2f} s ({in_place_cpu:.2f} s CPU)")
        print(f"file size:                            {size / 1e6:.1f} MB")
        print(f"reopen (open_project, this process):  {reopen:.2f} s ({reopen_cpu:.2f} s CPU)")
        print(f"reopen, fresh process incl. imports:  {float(fresh[0]):.2f} s ({float(fresh[1]):.2f} s CPU; "
              f"{int(fresh[2]):,} articles, {int(fresh[3]):,} events; spaCy imported: {fresh[4]})")
        if args.app:
            # The app opens a project in a process that holds no other: free the generated copies
            # (their millions of objects would slow every garbage collection during the open).
            n_events = len(result.events)
            del result, project, edits
            gc.collect()
            runs = [app_open(path, n_events) for _ in range(args.repeat)]
            shown_at, settled, settled_cpu, save_time, gap = (statistics.median(r[k] for r in runs) for k in range(5))
            every = ", ".join(f"{r[0]:.2f}" for r in runs)
            print(f"app: File > Open project until the timeline shows all events: {shown_at:.2f} s (runs: {every})")
            print(f"app: ... until the Filters panel's counts are in too: {settled:.2f} s "
                  f"({settled_cpu:.2f} s CPU, all threads)")
            print(f"app: Ctrl+S after an edit (worker): {save_time:.2f} s; longest GUI-thread stall meanwhile: "
                  f"{gap * 1000:.0f} ms")


if __name__ == "__main__":
    main()

"""Start-up timings on stderr, for ``benchmarks/startup.py`` (CHRONICLE_REPORT_STARTUP=1), and
``call_after_first_paint``, which lets the app start its background work once the window is up.

One line per milestone: seconds since the process started, then the CPU seconds of this
process so far (what a loaded machine does not inflate):
    chronicle-startup window-shown 0.84 cpu 0.71     first paint of the main window
    chronicle-startup model-loaded 2.91 cpu 2.20     the spaCy pipeline is ready
    chronicle-startup extraction-done 4.10 cpu 3.35  the first extraction has finished (or failed)
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

from model.state.workflow import Workflow

ENV = "CHRONICLE_REPORT_STARTUP"
# Fallback origin where /proc is missing: when this module was first imported.
_IMPORTED = time.monotonic()


def process_age() -> float:
    """Seconds since this process started (Linux: from /proc, 10 ms resolution)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            # Field 22 (starttime, in clock ticks after boot); the name in () may contain spaces.
            started = int(stat.read().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
        with open("/proc/uptime", encoding="ascii") as uptime:
            return float(uptime.read().split()[0]) - started
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED


def report(milestone: str) -> None:
    cpu = time.process_time()  # all threads of this process
    print(f"chronicle-startup {milestone} {process_age():.3f} cpu {cpu:.3f}", file=sys.stderr, flush=True)


class _FirstPaint(QObject):
    def __init__(self, watched: QObject, callback: Callable[[], None]) -> None:
        super().__init__(watched)
        self._callback: Callable[[], None] | None = callback
        watched.installEventFilter(self)

    def fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint has been handled, so the callback's work does not delay it.
            QTimer.singleShot(0, self.fire)
        return False


def call_after_first_paint(widget: QObject, callback: Callable[[], None], fallback_ms: int = 1000) -> None:
    """Run callback once, right after the widget's first paint (or after fallback_ms at the latest)."""
    waiter = _FirstPaint(widget, callback)
    QTimer.singleShot(fallback_ms, waiter.fire)


def install_startup_report(window: QObject, workflow: Workflow) -> None:
    """Report the milestones when the environment asks for it; nothing otherwise."""
    if not os.environ.get(ENV):
        return
    _FirstPaint(window, lambda: report("window-shown"))
    workflow.modelReady.connect(lambda: report("model-loaded"))
    workflow.modelFailed.connect(lambda _msg: report("model-failed"))
    done: list[bool] = []

    def first_extraction(outcome: str) -> None:
        if not done:
            done.append(True)
            report(outcome)

    workflow.extractionFinished.connect(lambda: first_extraction("extraction-done"))
    workflow.extractionFailed.connect(lambda _msg: first_extraction("extraction-failed"))

"""One place for background work: every job of the app runs through a ``JobRunner``.

Like Vorta's jobs manager (one queue per repository), a job may name a *lane*: jobs of one lane run
one after another (the project's saves, autosaves and restores never interleave); jobs without a
lane run side by side on the runner's thread pool. The runner keeps every job alive until it has
reported (``Job.done``, delivered on the GUI thread after ``finished``/``failed``/``cancelled``), so
no job object is ever destroyed under its worker. Nobody waits for a job on the GUI thread: what
follows a job is connected to its signals; ``drain`` cancels what can be cancelled and lets the
rest end and report, at exit.
"""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from model.state.jobs import Job


class JobRunner(QObject):
    """Starts jobs, keeps them alive until they report, runs a lane's jobs in order."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._jobs: dict[Job, str] = {}  # running or queued job -> its lane ("" for none)
        self._waiting: dict[str, deque[Job]] = {}  # a lane's jobs behind its running one
        self._running_lanes: set[str] = set()

    # --- state -----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def lane_busy(self, lane: str) -> bool:
        return lane in self._running_lanes

    def jobs(self) -> list[Job]:
        """The jobs started and not yet reported (queued ones included)."""
        return list(self._jobs)

    # --- starting ----------------------------------------------------------------------
    def start(self, job: Job, *, lane: str = "") -> Job:
        """Run ``job`` in a worker (after the lane's earlier jobs, when it names one)."""
        was_busy = self.busy
        self._jobs[job] = lane
        job.done.connect(self._on_done)
        if lane and lane in self._running_lanes:
            self._waiting.setdefault(lane, deque()).append(job)
        else:
            if lane:
                self._running_lanes.add(lane)
            job.start(self._pool)
        if not was_busy:
            self.busyChanged.emit(True)
        return job

    def cancel_all(self) -> None:
        """Ask every job to stop; jobs that cannot stop (a save) still end normally."""
        for job in list(self._jobs):
            job.cancel()

    # --- ending ------------------------------------------------------------------------
    def _on_done(self) -> None:
        job = self.sender()
        if not isinstance(job, Job) or job not in self._jobs:
            return
        lane = self._jobs.pop(job)
        job.done.disconnect(self._on_done)
        if lane:
            waiting = self._waiting.get(lane)
            if waiting:
                waiting.popleft().start(self._pool)
            else:
                self._running_lanes.discard(lane)
                self._waiting.pop(lane, None)
        if not self._jobs:
            self.busyChanged.emit(False)

    def drain(self, timeout_ms: int = 30000) -> bool:
        """At exit: cancel what can be cancelled, let the rest (a save) end and report.

        Queued lane jobs still run; their reports are delivered here, so the app's handlers (which
        e.g. remove a stale autosave) see every outcome. True if every job has reported in time."""
        self.cancel_all()
        deadline = time.monotonic() + timeout_ms / 1000
        while self._jobs and time.monotonic() < deadline:
            self._pool.waitForDone(20)
            QCoreApplication.sendPostedEvents()  # the jobs' queued signals, done included
        return not self._jobs and self._pool.waitForDone(max(0, int((deadline - time.monotonic()) * 1000)))

"""Happening ranks for the Key events control, computed in a job instead of on the GUI thread.

Ranking every happening (``model.ranking.summary.rank_events``) takes about half a second at
10,000 articles: too long for the GUI thread on the first "top 10" or the first tooltip. The
``KeyRanker`` hands the filter model (``EventFilterModel``) ranks from a ``RankJob`` started by the
app's one ``JobRunner``: after every change of the events (new articles, merges, splits, curation
edits), once the changes pause (debounced), on a snapshot of the events. A newer snapshot cancels
the older job; only the latest job's ranks are applied. ``busyChanged`` drives the control's busy
state; the table and the timeline follow when the ranks land (the filter model resets).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from model.qt.event_filter_model import EventFilterModel
from model.ranking.summary import KeyRanks
from model.state.job_runner import JobRunner
from model.state.jobs import RankJob

# Edits come in bursts (an undo of a merge, a re-dating of several articles): rank once they pause.
RANK_DELAY_MS = 300
LANE = "ranks"  # one ranking at a time; a newer one waits for the older to stop


class KeyRanker(QObject):
    busyChanged = Signal(bool)
    progress = Signal(int, int)  # steps done, steps in all
    failed = Signal(str)

    def __init__(
        self, filter_model: EventFilterModel, jobs: JobRunner, parent: QObject | None = None,
        *, delay_ms: int = RANK_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._filter = filter_model
        self._jobs = jobs
        self._latest: RankJob | None = None
        self._busy = False
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._start)
        filter_model.defer_ranks()
        filter_model.keysChanged.connect(self.schedule)
        if filter_model.sourceModel() is not None:
            self.schedule()

    @property
    def busy(self) -> bool:
        """Ranks are out of date: a ranking is waiting for the edits to pause, or running."""
        return self._busy

    def schedule(self) -> None:
        """The events changed: rank them again once the changes pause."""
        self._timer.start()
        self._set_busy(True)

    def stop(self) -> None:
        """No more ranking (the window is closing): a pending one is dropped, a running one cancelled."""
        self._timer.stop()
        self._filter.keysChanged.disconnect(self.schedule)
        if self._latest is not None:
            self._latest.cancel()
            self._latest = None
        self._set_busy(False)

    def _start(self) -> None:
        if self._latest is not None:
            self._latest.cancel()  # its snapshot is out of date
        events, sources = self._filter.rank_inputs()
        if not events:
            self._latest = None
            self._filter.set_happening_ranks(KeyRanks({}, {}))
            self._set_busy(False)
            return
        job = RankJob(events, sources)
        # Bound methods, not lambdas: a job that reports after the window is gone calls nobody.
        job.progress.connect(self._progress)
        job.finished.connect(self._landed)
        job.failed.connect(self._stopped)
        job.cancelled.connect(self._stopped)
        self._latest = job
        self._jobs.start(job, lane=LANE)

    def _progress(self, done: int, total: int) -> None:
        if self.sender() is self._latest:
            self.progress.emit(done, total)

    def _landed(self, ranks: object) -> None:
        if self.sender() is not self._latest or not isinstance(ranks, KeyRanks):
            return  # a newer snapshot is being ranked
        self._latest = None
        self._filter.set_happening_ranks(ranks)
        self._set_busy(self._timer.isActive())

    def _stopped(self, message: str = "") -> None:
        if self.sender() is not self._latest:
            return
        self._latest = None
        if message:
            self.failed.emit(message)
        self._set_busy(self._timer.isActive())

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

"""File > Export image / Export data: what the views show, written by jobs of the app's runner.

Each export reports one status line (``message``); the image dialog is window-modal and keeps
the event loop running.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from gui.export.data_export import ChoosePath, choose_export_path, start_data_export, visible_result
from gui.timeline.timeline_view import TimelineView
from model.core.time_axis import seconds_to_date
from model.qt.event_filter_model import EventFilterModel
from model.state.job_runner import JobRunner
from model.state.jobs import FunctionJob, Job
from model.state.session import Session


class ExportActions(QObject):
    message = Signal(str)  # one line for the status bar

    def __init__(
        self,
        parent: QWidget,
        session: Session,
        event_filter: EventFilterModel,
        timeline: TimelineView,
        jobs: JobRunner,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.session = session
        self.event_filter = event_filter
        self.timeline = timeline
        self.jobs = jobs
        self.choose_data_path: ChoosePath = choose_export_path  # replaced in tests: no dialog
        self.export_window: QDialog | None = None

    def _view_range(self) -> tuple:
        x0, x1 = self.timeline.x_range()
        return seconds_to_date(x0), seconds_to_date(x1)

    def export_dialog(self) -> None:
        """The export dialog (format, size, preview) on the visible range and the filtered events."""
        from gui.export.export_dialog import ExportDialog

        if not self.session.events:
            self.message.emit("Nothing to export yet")
            return
        dialog = ExportDialog(
            self.session.result,
            self._parent,
            view_range=self._view_range(),
            visible_event_ids=self.event_filter.visible_report_ids(),
            lane_by=self.timeline.lane_mode,
            jobs=self.jobs,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda path: self.message.emit(f"Timeline exported to {path}"))
        self.export_window = dialog
        dialog.open()  # window-modal, does not block the event loop

    def export_image(self, path: Path) -> Job:
        """Export the visible part of the timeline, with the events the filter shows, in a job."""
        from gui.export.image_export import export_timeline_image

        job = FunctionJob(
            export_timeline_image,
            self.session.result,
            path,
            view_range=self._view_range(),
            visible_event_ids=self.event_filter.visible_report_ids(),
            lane_by=self.timeline.lane_mode,
        )
        return self._run(job, path, f"Timeline exported to {path}", "Export failed")

    def export_data_dialog(self) -> Job | None:
        choice = self.choose_data_path(self._parent)
        if choice is None:
            return None
        return self.export_data(*choice)

    def export_data(self, path: str, fmt: str) -> Job:
        """Export what the views show (filters, hidden events, edits) in a job."""
        job = start_data_export(visible_result(self.session, self.event_filter), path, fmt)
        return self._run(job, Path(path), f"Data exported to {path}", f"Export of {Path(path).name} failed")

    def _run(self, job: Job, path: Path, done: str, failed: str) -> Job:
        """Start an export job (the runner keeps it until it reports); its outcome is one status line."""
        job.finished.connect(lambda _r: self.message.emit(done))
        job.failed.connect(lambda msg: self.message.emit(f"{failed}: {msg}"))
        self.message.emit(f"Exporting {path.name}…")
        return self.jobs.start(job)

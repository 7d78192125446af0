"""Summarize…: the timeline a newsroom would publish, from the open articles (issue 16, item 5).

The same summary as ``main.py summarize`` (``model.ranking.summary.summarize``): the N key dates
inside a range, each with its K best sentences, computed by a ``SummaryJob`` of the app's runner
with a progress bar and Cancel, shown in the dialog and exported as JSON or Markdown by a job.
Hidden events (the user's "not this") summarise nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from model.core.result import ExtractionResult
from model.exporters.summary_export import SUMMARY_FORMATS, write_summary
from model.ranking.summary import SummaryDay
from model.state.job_runner import JobRunner
from model.state.jobs import FunctionJob, Summary, SummaryJob
from model.state.session import Session

# The user picks where to save a format's file; tests replace this with a function returning a path.
ChooseSummaryPath = Callable[[QWidget, str], "str | None"]
_LABELS = {"json": "JSON (*.json)", "markdown": "Markdown (*.md)"}


def choose_summary_path(parent: QWidget, fmt: str) -> str | None:
    path, _chosen = QFileDialog.getSaveFileName(parent, "Export summary", f"summary{SUMMARY_FORMATS[fmt]}", _LABELS[fmt])
    if not path:
        return None
    return path if Path(path).suffix else path + SUMMARY_FORMATS[fmt]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class SummaryDialog(QDialog):
    """Options, a Summarize button, progress and Cancel, the summary, and its exports."""

    summarized = Signal()  # a summary is shown (the job reported on the GUI thread)
    eventChosen = Signal(str)  # a sentence was clicked: the id of the event told in it
    exported = Signal(str)  # one line: where the summary went, or why it did not

    def __init__(self, session: Session, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Summarize")
        self.setObjectName("summaryDialog")
        self.resize(720, 560)
        self.session = session
        self.jobs = jobs
        self.choose_path: ChooseSummaryPath = choose_summary_path
        self.days: list[SummaryDay] = []
        self.sources: dict[tuple[date, str], str] = {}  # (day, sentence) -> the event told in it
        self._job: SummaryJob | None = None

        self.dates = QSpinBox()
        self.dates.setObjectName("dates")
        self.dates.setRange(0, 1000)
        self.dates.setSpecialValueText("as many as the articles support")
        self.dates.setValue(10)
        self.sentences = QSpinBox()
        self.sentences.setObjectName("sentences")
        self.sentences.setRange(1, 20)
        self.sentences.setValue(1)
        self.use_from, self.date_from = QCheckBox("From"), QDateEdit()
        self.use_to, self.date_to = QCheckBox("To"), QDateEdit()
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        span = QHBoxLayout()
        for widget in (self.use_from, self.date_from, self.use_to, self.date_to):
            span.addWidget(widget)
        span.addStretch(1)
        form = QFormLayout()
        form.addRow("Key dates:", self.dates)
        form.addRow("Sentences per date:", self.sentences)
        form.addRow("Range:", span)

        self.run_button = QPushButton("Summarize")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop summarizing")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.status = QLabel()
        self.status.setObjectName("summaryStatus")
        self.status.setWordWrap(True)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.cancel_button)

        self.view = QTextBrowser()
        self.view.setObjectName("summaryView")
        self.view.setPlaceholderText("The key dates of the open articles, each with its best sentences, appear here.")
        # A sentence is a link to its event: clicking it shows the event on the timeline and in its article.
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._open_sentence)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_json = buttons.addButton("Export JSON…", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_markdown = buttons.addButton("Export Markdown…", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_json.clicked.connect(lambda: self.export("json"))
        self.export_markdown.clicked.connect(lambda: self.export("markdown"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(run_row)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self._show_days([])
        self.refresh_range()

    # --- options ------------------------------------------------------------------
    def refresh_range(self) -> None:
        """The date pickers span the workspace's dated events (the range boxes stay as the user set them)."""
        dated = [e.date for e in self.session.events if e.date.granularity != "relative"]
        today = date.today()
        first, last = (min(d.start for d in dated), max(d.end for d in dated)) if dated else (today, today)
        for edit in (self.date_from, self.date_to):
            edit.setDateRange(_qdate(date(1, 1, 1)), _qdate(date(9999, 12, 31)))
        if not self.use_from.isChecked():
            self.date_from.setDate(_qdate(first))
        if not self.use_to.isChecked():
            self.date_to.setDate(_qdate(last))

    def options(self) -> tuple[int | None, int, date | None, date | None]:
        start = _day(self.date_from.date()) if self.use_from.isChecked() else None
        end = _day(self.date_to.date()) if self.use_to.isChecked() else None
        return (self.dates.value() or None), self.sentences.value(), start, end

    # --- running --------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self) -> None:
        n_dates, k_sentences, start, end = self.options()
        if start and end and start > end:
            self.status.setText(f"The range is empty: From {start.isoformat()} is after To {end.isoformat()}.")
            return
        if not self.session.events:
            self.status.setText("Nothing to summarize yet: open articles first (File > Open).")
            return
        self.cancel()
        # What the user hid is not part of the story they tell; the rest is summarised as it is now.
        result = self.session.result
        shown = ExtractionResult(result.articles, [e for e in result.events if not e.hidden])
        job = SummaryJob(shown, n_dates=n_dates, k_sentences=k_sentences, start=start, end=end)
        job.progress.connect(self._progress)
        job.finished.connect(self._landed)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._stopped)
        self._job = job
        self._set_running(True)
        self.status.setText("Summarizing…")
        self.jobs.start(job)

    def cancel(self) -> None:
        """Stop the running summary; what it would have shown is dropped, the last summary stays."""
        job, self._job = self._job, None
        if job is None:
            return
        job.cancel()
        self._set_running(False)
        self.status.setText("Cancelled")

    def reject(self) -> None:
        self.cancel()  # closing the dialog abandons a summary still being made
        super().reject()

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        has_days = bool(self.days) and not running
        self.export_json.setEnabled(has_days)
        self.export_markdown.setEnabled(has_days)

    def _progress(self, done: int, total: int) -> None:
        if self.sender() is self._job:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _landed(self, summary: object) -> None:
        if self.sender() is not self._job or not isinstance(summary, Summary):
            return  # cancelled, or an older run
        self._job = None
        days = summary.days
        self.sources = summary.sources
        self._show_days(days)
        self._set_running(False)
        n = len(days)
        self.status.setText(f"{n} key date{'s' * (n != 1)}" if n else
                            "No date in this range is told by the articles: widen the range or open more articles.")
        self.summarized.emit()

    def _failed(self, message: str) -> None:
        if self.sender() is self._job:
            self._job = None
            self._set_running(False)
            self.status.setText(message)

    def _stopped(self) -> None:
        if self.sender() is self._job:
            self._job = None
            self._set_running(False)
            self.status.setText("Cancelled")

    def _show_days(self, days: Sequence[SummaryDay]) -> None:
        self.days = list(days)
        parts: list[str] = []
        for d in self.days:
            parts.append(f"<h3>{escape(d.day.strftime('%-d %B %Y'))}</h3>")
            items = "".join(f"<li>{self._sentence_html(d.day, s)}</li>" for s in d.sentences) or (
                "<li><i>no sentence</i></li>")
            parts.append(f"<ul>{items}</ul>")
        self.view.setHtml("".join(parts))
        self.export_json.setEnabled(bool(self.days))
        self.export_markdown.setEnabled(bool(self.days))

    def _sentence_html(self, day: date, sentence: str) -> str:
        event_id = self.sources.get((day, sentence))
        if event_id is None:
            return escape(sentence)
        href = QUrl()
        href.setScheme("event")
        href.setPath(event_id)
        return f'<a href="{escape(href.toString())}" style="color: inherit; text-decoration: none">{escape(sentence)}</a>'

    def _open_sentence(self, url: QUrl) -> None:
        if url.scheme() == "event" and self.session.find_event(url.path()) is not None:
            self.eventChosen.emit(url.path())

    # --- exporting ---------------------------------------------------------------------
    def export(self, fmt: str) -> None:
        if not self.days:
            return
        path = self.choose_path(self, fmt)
        if not path:
            return
        job = FunctionJob(write_summary, list(self.days), fmt, path, self._title())
        job.finished.connect(lambda _paths: self._export_done(f"Summary saved to {path}"))
        job.failed.connect(lambda message: self._export_done(f"Summary not saved: {message}"))
        self.jobs.start(job)

    def _export_done(self, line: str) -> None:
        self.status.setText(line)
        self.exported.emit(line)

    def _title(self) -> str:
        n = len(self.session.articles)
        return f"Timeline of {n} article{'s' * (n != 1)}"

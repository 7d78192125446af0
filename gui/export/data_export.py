"""File > Export data: the events the user sees (filters, hidden events, edits) as CSV, Excel,
JSON, TimelineJS3, TimeML or iCalendar, written in a worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from model.core.result import ExtractionResult
from model.exporters import FORMATS, write_data
from model.qt.event_filter_model import EventFilterModel
from model.state.jobs import FunctionJob
from model.state.session import Session

# The user picks a file and a format; tests replace this with a function returning both.
ChoosePath = Callable[[QWidget], "tuple[str, str] | None"]


def visible_result(session: Session, event_filter: EventFilterModel) -> ExtractionResult:
    """What is on screen: every report the filter lets through (a merged entry keeps all its
    sources), the user's edits included, over the articles those reports come from."""
    shown = set(event_filter.visible_report_ids())
    events = [e for e in session.events if e.id in shown]
    articles = {e.article for e in events}
    return ExtractionResult([a for a in session.articles if a.id in articles], events, session.result.docs)


def choose_export_path(parent: QWidget) -> tuple[str, str] | None:
    """A save dialog listing every data format; returns (path, format name) or None."""
    filters = {exporter.label: name for name, exporter in FORMATS.items()}
    path, chosen = QFileDialog.getSaveFileName(parent, "Export data", "", ";;".join(filters))
    if not path:
        return None
    fmt = filters.get(chosen, "json")
    suffix = FORMATS[fmt].suffix
    if not Path(path).suffix:
        path += suffix
    return path, fmt


def start_data_export(result: ExtractionResult, path: str, fmt: str) -> FunctionJob:
    """A worker job writing the export atomically (a failure leaves any existing file intact)."""
    return FunctionJob(write_data, result, fmt, path)

"""The event table: the filtered events as rows, sortable, multi-select, in step with the timeline."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from model.qt.event_source import CollapsesReports, RowsById
from model.qt.event_table_model import EventColumn, EventRole
from model.state.selection import Selection


class EventTableView(QTableView):
    """Rows of the event filter proxy (it sorts; the header only asks it to).

    With a ``selection`` (the window's one ``Selection``) the table follows it and writes the user's
    moves into it: the current row is its current event, the selected rows its selected set.
    ``currentEventChanged(id)``: the user moved to an event (click, arrows).
    ``eventsSelected(ids)``: the set of selected events changed (ids in row order).
    ``eventActivated(id)``: Enter or a double click on an event: open its source.
    The selection survives filter changes: the proxy resets, the ids are selected again.
    """

    currentEventChanged = Signal(str)
    eventsSelected = Signal(list)
    eventActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, selection: Selection | None = None) -> None:
        super().__init__(parent)
        self._syncing = False  # set while the selection is changed from outside (no echo)
        self._writing = False  # set while the user's move is written into ``selection`` (no echo)
        self.selection = selection
        if selection is not None:
            selection.currentChanged.connect(self._follow_current)
            selection.changed.connect(self._follow_set)
        self._kept: tuple[list[str], str | None] = ([], None)
        self.setObjectName("eventTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.setSortingEnabled(True)
        self.doubleClicked.connect(self._on_double_click)

    # --- model ---------------------------------------------------------------
    def setModel(self, model: QAbstractItemModel | None) -> None:  # type: ignore[override]
        old = self.model()
        if old is not None:
            for signal, slot in ((old.modelAboutToBeReset, self._keep_selection), (old.modelReset, self._restore_selection)):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(slot)
        super().setModel(model)
        if model is None:
            return
        model.modelAboutToBeReset.connect(self._keep_selection)
        model.modelReset.connect(self._restore_selection)
        selection = self.selectionModel()
        selection.currentRowChanged.connect(self._on_current_row)
        selection.selectionChanged.connect(self._on_selection)
        header = self.horizontalHeader()
        # Fixed starting widths the user can drag: a stretched headline collapses in a narrow pane.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        metrics = self.fontMetrics()
        for column, sample in (
            (EventColumn.DATE, "2021-11-15 "),
            (EventColumn.HEADLINE, "Xi and Biden hold 3½-hour virtual summit"),
            (EventColumn.SOURCE, "US, China agree to high…"),
            (EventColumn.MODALITY, "hypothetical "),
            (EventColumn.CONFIDENCE, "Confidence "),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        self.sortByColumn(EventColumn.DATE, Qt.SortOrder.AscendingOrder)  # arrows walk through time

    # --- ids ----------------------------------------------------------------------
    def _id_at(self, row: int) -> str | None:
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return None
        value = model.data(model.index(row, 0), EventRole.EVENT_ID)
        return None if value is None else str(value)

    def _row_of(self, event_id: str) -> int:
        model = self.model()
        if isinstance(model, RowsById):
            return model.row_of(event_id)
        return next((r for r in range(model.rowCount()) if self._id_at(r) == event_id), -1) if model else -1

    def selected_event_ids(self) -> list[str]:
        selection = self.selectionModel()
        if selection is None:
            return []
        rows = sorted(index.row() for index in selection.selectedRows())
        return [i for i in (self._id_at(r) for r in rows) if i is not None]

    def current_event_id(self) -> str | None:
        return self._id_at(self.currentIndex().row()) if self.currentIndex().isValid() else None

    # --- selection from outside ------------------------------------------------------
    def select_event(self, event_id: str | None) -> None:
        """Make the event current; a multi-selection that already holds it is kept."""
        selection = self.selectionModel()
        if selection is None:
            return
        row = -1 if event_id is None else self._row_of(event_id)
        self._syncing = True
        try:
            if row < 0:
                selection.clear()
                return
            index = self.model().index(row, 0)
            if selection.isRowSelected(row, QModelIndex()):
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                selection.setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
            self.scrollTo(index)
        finally:
            self._syncing = False

    def select_events(self, event_ids: list[str], current: str | None = None) -> None:
        """Select these events (those the filter shows), the current one last or as given."""
        selection = self.selectionModel()
        model = self.model()
        if selection is None or model is None:
            return
        rows = sorted(r for r in (self._row_of(i) for i in event_ids) if r >= 0)
        items = QItemSelection()
        last = model.columnCount() - 1
        start = prev = None
        for row in rows + [None]:  # contiguous runs as ranges: cheap for thousands of rows
            if row is not None and prev is not None and row == prev + 1:
                prev = row
                continue
            if start is not None and prev is not None:
                items.select(model.index(start, 0), model.index(prev, last))
            start = prev = row
        self._syncing = True
        try:
            selection.select(items, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            current_row = self._row_of(current) if current is not None else (rows[-1] if rows else -1)
            if current_row >= 0:
                selection.setCurrentIndex(model.index(current_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._syncing = False

    def _keep_selection(self) -> None:
        self._kept = (self.selected_event_ids(), self.current_event_id())

    def _restore_selection(self) -> None:
        ids, current = self._kept
        self._kept = ([], None)
        before = ids
        if ids or current:
            self.select_events(ids, current)
        if self.selected_event_ids() != before:
            self._selected_by_user()

    # --- the user's moves ---------------------------------------------------------------
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        event_id = self._id_at(current.row())
        if event_id is None:
            return
        if self.selection is not None:
            # The table is mid-click: its selected rows follow separately (Ctrl/Shift-click extends them).
            with self._write():
                self.selection.set_current(event_id)
        self.currentEventChanged.emit(event_id)

    def _on_selection(self, *_: object) -> None:
        if not self._syncing:
            self._selected_by_user()

    def _selected_by_user(self) -> None:
        ids = self.selected_event_ids()
        if self.selection is not None:
            current = self.selection.current
            if current is not None and ids == [self._entry(current)]:
                ids = [current]  # a report picked elsewhere (sources panel): its entry's row stands for it
            with self._write():
                self.selection.set(ids)
        self.eventsSelected.emit(ids)

    # --- following the shared selection --------------------------------------------------
    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        self._writing = True
        try:
            yield
        finally:
            self._writing = False

    def _entry(self, event_id: str | None) -> str | None:
        """The row standing for an event: its own, or its entry's when it is a collapsed report."""
        if event_id is None:
            return None
        model = self.model()
        entry = model.representative_of(event_id) if isinstance(model, CollapsesReports) else None
        return entry or event_id

    def _follow_current(self, event_id: object) -> None:
        if not self._writing:
            self.select_event(self._entry(event_id if isinstance(event_id, str) else None))

    def _follow_set(self, ids: list) -> None:
        if self._writing or self.selection is None:
            return
        entries = [e for e in map(self._entry, ids) if e is not None]
        self.select_events(entries, current=self._entry(self.selection.current))

    def _on_double_click(self, index: QModelIndex) -> None:
        event_id = self._id_at(index.row())
        if event_id is not None:
            self.eventActivated.emit(event_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event_id = self.current_event_id()
            if event_id is not None:
                self.eventActivated.emit(event_id)
                event.accept()
                return
        super().keyPressEvent(event)

"""The "Filters" dock: checkable facet lists with counts, a date range, starred/hidden toggles."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from model.filtering.filter_state import FilterState
from model.qt.event_filter_model import EventFilterModel
from model.qt.facet_model import FacetListModel, FacetSet

FACET_HEADINGS = {
    "participants": "Participants",
    "articles": "Articles",
    "sources": "Sources",
    "modalities": "Modality",
    "tags": "Tags",
}
DATE_DELAY_MS = 300  # date editors change on every key: apply once the user pauses


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class FacetList(QListView):
    """One facet: tick a value's box (or press Space on it) to filter by it."""

    def __init__(self, model: FacetListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setObjectName(f"facet_{model.facet}")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setMaximumHeight(170)
        self.setMinimumHeight(90)  # four values at least

    def facet_model(self) -> FacetListModel:
        model = self.model()
        assert isinstance(model, FacetListModel)
        return model


class FacetPanel(QDockWidget):
    def __init__(self, filter_model: EventFilterModel, facets: FacetSet, parent: QWidget | None = None) -> None:
        super().__init__("Filters", parent)
        self.setObjectName("filters")
        self._filter = filter_model
        self._facets = facets

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)

        self.starred_only = QCheckBox("Starred only")
        self.show_hidden = QCheckBox("Show hidden events")
        self.hide_uncertain = QCheckBox("Hide undated and low-confidence events")
        self.hide_uncertain.setToolTip("Events anchored to the article's date, or with a confidence below 0.4")
        for box, name in (
            (self.starred_only, "starred_only"),
            (self.show_hidden, "show_hidden"),
            (self.hide_uncertain, "hide_uncertain"),
        ):
            box.toggled.connect(lambda on, n=name: self._set_flag(n, on))
            layout.addWidget(box)
        # Not a filter but a way of showing: off by default, so each happening is one entry.
        self.every_report = QCheckBox("Show every report separately")
        self.every_report.setToolTip(
            "When several articles report the same happening, show each report as its own entry"
            " instead of one entry listing all its sources"
        )
        self.every_report.toggled.connect(lambda on: self._set_flag("one_per_cluster", not on))
        layout.addWidget(self.every_report)

        self._date_timer = QTimer(self, singleShot=True, interval=DATE_DELAY_MS)
        self._date_timer.timeout.connect(self.apply_dates)
        self.date_box = QGroupBox("Date range")
        self.date_box.setCheckable(True)
        self.date_box.setChecked(False)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for editor in (self.date_from, self.date_to):
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("yyyy-MM-dd")
            editor.setDateRange(QDate(1, 1, 1), QDate(9999, 12, 31))
            editor.dateChanged.connect(lambda _d: self._date_timer.start())
        self.date_span = QLabel()
        self.date_span.setStyleSheet("color: #666;")
        form = QFormLayout(self.date_box)
        form.addRow("From", self.date_from)
        form.addRow("To", self.date_to)
        form.addRow(self.date_span)
        self.date_box.toggled.connect(lambda _on: self.apply_dates())
        layout.addWidget(self.date_box)

        self.lists: dict[str, FacetList] = {}
        self.headings: dict[str, QLabel] = {}
        for facet, model in facets.models.items():
            heading = QLabel(f"<b>{FACET_HEADINGS.get(facet, facet)}</b>")
            view = FacetList(model)
            self.headings[facet], self.lists[facet] = heading, view
            layout.addWidget(heading)
            layout.addWidget(view)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        self.setWidget(scroll)

        filter_model.stateChanged.connect(self._show_state)
        facets.countsChanged.connect(self._show_counts)
        self._show_state(filter_model.state)
        self._show_counts()

    # --- user actions -----------------------------------------------------------
    def _set_flag(self, name: str, on: bool) -> None:
        state = self._filter.state
        if getattr(state, name) != on:
            self._filter.set_state(state.with_flag(name, on))

    def apply_dates(self) -> None:
        self._date_timer.stop()
        state = self._filter.state
        if self.date_box.isChecked():
            lo, hi = from_qdate(self.date_from.date()), from_qdate(self.date_to.date())
            if lo > hi:
                lo, hi = hi, lo
            new = replace(state, date_from=lo, date_to=hi)
        else:
            new = replace(state, date_from=None, date_to=None)
        if new != state:
            self._filter.set_state(new)

    def set_date_range(self, lo: date | None, hi: date | None) -> None:
        """What the editors do, in one step (for scripts and tests)."""
        self._filter.set_state(replace(self._filter.state, date_from=lo, date_to=hi))

    # --- following the filter ------------------------------------------------------
    def _show_state(self, state: FilterState) -> None:
        for box, on in (
            (self.starred_only, state.starred_only),
            (self.show_hidden, state.show_hidden),
            (self.hide_uncertain, state.hide_uncertain),
            (self.every_report, not state.one_per_cluster),
        ):
            if box.isChecked() != on:
                box.blockSignals(True)
                box.setChecked(on)
                box.blockSignals(False)
        self._date_timer.stop()
        self.date_box.blockSignals(True)
        self.date_box.setChecked(state.has_dates)
        self.date_box.blockSignals(False)
        for editor, day in ((self.date_from, state.date_from), (self.date_to, state.date_to)):
            if day is not None:
                editor.blockSignals(True)
                editor.setDate(to_qdate(day))
                editor.blockSignals(False)

    def _show_counts(self) -> None:
        counts = self._facets.counts
        for facet, view in self.lists.items():
            has_values = view.model().rowCount() > 0
            # Sources and tags are often empty: no heading for an empty list.
            view.setVisible(has_values)
            self.headings[facet].setVisible(has_values)
        bounds = counts.date_bounds
        self.date_span.setText(f"Events span {bounds[0].isoformat()} – {bounds[1].isoformat()}" if bounds else "No events")
        if bounds is not None and not self.date_box.isChecked():
            # While off, the editors offer the span of the events the other filters leave.
            for editor, day in ((self.date_from, bounds[0]), (self.date_to, bounds[1])):
                editor.blockSignals(True)
                editor.setDate(to_qdate(day))
                editor.blockSignals(False)

"""The bar above the views: a live search box, the active filters as removable chips, "Clear all"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QToolButton,
    QWidget,
)

from model.filtering.filter_state import Chip, FilterState
from model.qt.event_filter_model import EventFilterModel

SEARCH_DELAY_MS = 250  # typing pauses this long before the views re-filter
# The Key events choices: every happening, or only the N the corpus treats as most important.
KEY_EVENT_CHOICES: tuple[int | None, ...] = (None, 10, 20, 50, 100, 200, 500)

CHIP_STYLE = """
QToolButton#chip { background: #e8eef8; border: 1px solid #b8c7e0; border-radius: 10px; padding: 1px 8px; }
QToolButton#chip:hover { background: #d5e1f5; border-color: #7f9ccc; }
"""


class FilterBar(QWidget):
    def __init__(
        self, filter_model: EventFilterModel, label_of: Callable[[str, str], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._filter = filter_model
        self._label_of = label_of
        self._chips: list[tuple[QToolButton, Chip]] = []

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Search headlines and sentences (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.setMaximumWidth(420)
        self.search.installEventFilter(self)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_search)

        self._chip_area = QWidget()
        self._chip_area.setStyleSheet(CHIP_STYLE)
        self._chip_layout = QHBoxLayout(self._chip_area)
        self._chip_layout.setContentsMargins(0, 0, 0, 0)
        self._chip_layout.setSpacing(4)
        self._chip_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self._chip_area)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedHeight(self.search.sizeHint().height() + 4)

        self.key_events = QComboBox()
        self.key_events.setObjectName("keyEvents")
        for count in KEY_EVENT_CHOICES:
            self.key_events.addItem("Key events: all" if count is None else f"Key events: top {count}", count)
        self.key_events.setToolTip(
            "Only the most important happenings: told by the most articles and sources, on the days the "
            "articles refer to most (Ctrl+K)"
        )
        self.key_events.activated.connect(self._choose_key_events)
        # The Key events control's busy state: the happenings are being ranked (a job); the
        # table and the timeline follow the choice when the ranks land.
        # (A busy bar draws no text in most styles: the words are a label beside it.)
        self.ranking = QWidget()
        self.ranking.setObjectName("ranking")
        self.ranking.setToolTip("Ranking the happenings: the Key events choice applies when it is done")
        self.ranking_bar = QProgressBar()
        self.ranking_bar.setRange(0, 0)
        self.ranking_bar.setTextVisible(False)
        self.ranking_bar.setFixedWidth(60)
        ranking_layout = QHBoxLayout(self.ranking)
        ranking_layout.setContentsMargins(0, 0, 0, 0)
        ranking_layout.setSpacing(4)
        ranking_layout.addWidget(QLabel("Ranking…"))
        ranking_layout.addWidget(self.ranking_bar)
        self.ranking.hide()

        self.count_label = QLabel()
        self.clear_button = QPushButton("Clear all")
        self.clear_button.setToolTip("Remove every filter and the search")
        self.clear_button.clicked.connect(self.clear_all)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.search)
        layout.addWidget(self.key_events)
        layout.addWidget(self.ranking)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.clear_button)

        filter_model.stateChanged.connect(self._show_state)
        filter_model.modelReset.connect(self._show_count)
        self._show_state(filter_model.state)

    # --- search ---------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_search(self) -> None:
        self._debounce.stop()
        if self.search.text() != self._filter.state.text:
            self._filter.set_state(replace(self._filter.state, text=self.search.text()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Esc in the search box clears it, before the window's Esc (cancel analysis) can take it.
        if watched is self.search and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            key_event = event if isinstance(event, QKeyEvent) else None
            if key_event is not None and key_event.key() == Qt.Key.Key_Escape and self.search.text():
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()
                else:
                    self.search.clear()
                    self.apply_search()
                return True
        return super().eventFilter(watched, event)

    # --- key events ------------------------------------------------------------
    def _choose_key_events(self, index: int) -> None:
        count = self.key_events.itemData(index)
        if count != self._filter.state.key_events:
            self._filter.set_state(self._filter.state.with_key_events(count))

    def show_ranking(self, busy: bool) -> None:
        """Busy while the happenings are ranked (``model.qt.key_ranks.KeyRanker.busyChanged``)."""
        self.ranking.setVisible(busy)
        if busy:
            self.ranking_bar.setRange(0, 0)  # moving until the job reports its first step

    def show_rank_progress(self, done: int, total: int) -> None:
        self.ranking_bar.setRange(0, max(total, 1))
        self.ranking_bar.setValue(done)

    def focus_key_events(self) -> None:
        self.key_events.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.key_events.showPopup()

    # --- chips -------------------------------------------------------------------
    def chips(self) -> list[Chip]:
        return [chip for _button, chip in self._chips]

    def chip_buttons(self) -> list[QToolButton]:
        return [button for button, _chip in self._chips]

    def remove_chip(self, chip: Chip) -> None:
        self._filter.set_state(chip.remove_from(self._filter.state))

    def clear_all(self) -> None:
        self._debounce.stop()
        self._filter.clear_filters()

    def _show_state(self, state: FilterState) -> None:
        if self.search.text() != state.text and not self._debounce.isActive():
            self.search.setText(state.text)  # a removed search chip empties the box
        index = self.key_events.findData(state.key_events)
        if index < 0:  # a count not in the list (a saved state): show it as a choice of its own
            self.key_events.addItem(f"Key events: top {state.key_events}", state.key_events)
            index = self.key_events.count() - 1
        self.key_events.setCurrentIndex(index)
        for button, _chip in self._chips:
            self._chip_layout.removeWidget(button)
            button.hide()  # gone at once, not when the event loop gets round to deleting it
            button.deleteLater()
        self._chips = []
        for chip in state.chips(self._label_of):
            button = QToolButton()
            button.setObjectName("chip")
            button.setText(f"{chip.label}  ×")
            button.setToolTip(f"Remove this filter: {chip.label}")
            button.setAutoRaise(False)
            button.clicked.connect(lambda _c=False, c=chip: self.remove_chip(c))
            self._chip_layout.insertWidget(self._chip_layout.count() - 1, button)
            self._chips.append((button, chip))
        self.clear_button.setEnabled(not state.is_default())
        self._show_count()

    def _show_count(self) -> None:
        shown = self._filter.rowCount()
        total = self._filter.entry_count()  # a happening several articles report counts once
        reports = len(self._filter.row_keys())
        self.count_label.setText(f"{shown:,} of {total:,} events" if shown != total else f"{total:,} events")
        self.count_label.setToolTip(f"{reports:,} reports in all; a happening several articles report is one event" if reports != total else "")

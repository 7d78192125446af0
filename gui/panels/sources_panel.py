"""The reports of the selected entry: one line per article that tells the same happening.

Shown above the article view only when the selected event's cluster holds two or more reports.
Each line names the source, the date as the article writes it and the start of the sentence;
clicking a line asks (``reportClicked(event id)``) for that report's article at its sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from model.core.events import Event
from model.qt.event_filter_model import EventFilterModel
from model.qt.event_table_model import EventTableModel, date_text
from model.state.selection import Selection

SENTENCE_CHARS = 70  # enough of the sentence to tell the reports apart
SOURCE_CHARS = 32  # an article's title stands in for a missing source name: keep it short
MAX_VISIBLE_LINES = 4  # more reports scroll: the article text keeps its room


def report_line(event: Event, source: str) -> str:
    """"Straits Times · Nov 16 · US President Joe Biden and Chinese leader Xi Jinping held…"."""
    # The date as the text gives it; an undated happening says so ("before 2021-11-17", "scene").
    written = event.timex.text.strip() or date_text(event)
    if event.date_source == "scene":
        written = f"{written} (the story's scene)"
    elif event.date_source == "document":
        written = f"{written} (no date in the text)"
    return f"{_cut(source, SOURCE_CHARS)} · {written} · {_cut(' '.join(event.sentence.text.split()), SENTENCE_CHARS)}"


def _cut(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


class SourcesPanel(QWidget):
    reportClicked = Signal(str)  # the event id of the report the user picked

    def __init__(
        self, filter_model: EventFilterModel, parent: QWidget | None = None, *, selection: Selection | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sources_panel")
        # With the window's ``Selection``: the current event's reports are listed, a click selects one.
        self.selection = selection
        if selection is not None:
            selection.currentChanged.connect(lambda event_id: self.show_event(event_id))
            self.reportClicked.connect(selection.select)
        self._filter = filter_model
        self._event_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        self.heading = QLabel()
        self.heading.setStyleSheet("color: #444;")
        self.list = QListWidget()
        self.list.setObjectName("reports")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._on_item)
        self.list.itemActivated.connect(self._on_item)  # Enter on a line
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        # A merge, split or re-dating changes the reports: list them again once the models settle.
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        for signal in (filter_model.modelReset, filter_model.dataChanged, filter_model.layoutChanged):
            signal.connect(lambda *_: self._refresh_timer.start())
        self.hide()

    # --- what is shown -------------------------------------------------------------------
    def _table(self) -> EventTableModel | None:
        source: QAbstractItemModel | None = self._filter.sourceModel()
        return source if isinstance(source, EventTableModel) else None

    @property
    def event_id(self) -> str | None:
        return self._event_id

    def report_ids(self) -> list[str]:
        """The listed reports' event ids, in list order."""
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def report_texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def show_event(self, event_id: str | None) -> None:
        """List the reports of the event's cluster, the event's own line current; hidden when
        there is no event or it stands alone."""
        self._event_id = event_id
        table = self._table()
        members = self._filter.cluster_members(event_id) if event_id and table is not None else []
        events = [e for e in map(table.find_event, members) if e is not None] if table is not None else []
        if len(events) < 2 or table is None:
            self.list.clear()
            self.hide()
            return
        self.list.blockSignals(True)
        self.list.clear()
        for event in events:
            source = table.article_label(event.article)
            item = QListWidgetItem(report_line(event, source))
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            item.setToolTip(f"{source}\n{event.date.value}\n{event.sentence.text}")
            self.list.addItem(item)
            if event.id == event_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        n_sources = len({e.article for e in events})
        # Reports, not sources: one article may tell the happening twice ("Nov 15", "this week").
        self.heading.setText(
            f"<b>{len(events)} reports</b> from {n_sources} source{'s' * (n_sources != 1)} — click one to read it"
        )
        line = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 4)
        rows = min(len(events), MAX_VISIBLE_LINES)
        self.list.setFixedHeight(line * rows + 2 * self.list.frameWidth() + 2)
        self.show()

    def refresh(self) -> None:
        self.show_event(self._event_id)

    def click_report(self, index: int) -> None:
        """What a click on the index-th line does (for scripts and tests)."""
        item = self.list.item(index)
        if item is not None:
            self.list.setCurrentItem(item)
            self._on_item(item)

    def _on_item(self, item: QListWidgetItem) -> None:
        event_id = item.data(Qt.ItemDataRole.UserRole)
        if event_id:
            self.reportClicked.emit(str(event_id))

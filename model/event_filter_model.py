"""The events the user wants to see: every view of events reads through this proxy."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from model.event_table_model import EventRole
from model.events import Event

Index = QModelIndex | QPersistentModelIndex


class EventFilterModel(QSortFilterProxyModel):
    """Filters by article ids and by a text search; more facets (one per option) come later."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._article_ids: frozenset[str] | None = None
        self._text = ""
        self.setSortRole(EventRole.SORT)
        self.setDynamicSortFilter(True)

    @property
    def article_ids(self) -> frozenset[str] | None:
        return self._article_ids

    @property
    def text(self) -> str:
        return self._text

    def set_article_ids(self, ids: Iterable[str] | None) -> None:
        """Only events of these articles; None shows every article."""
        self.beginFilterChange()
        self._article_ids = None if ids is None else frozenset(ids)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        """Case-insensitive search over headline, sentence and date expression."""
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def clear_filters(self) -> None:
        self.beginFilterChange()
        self._article_ids, self._text = None, ""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        if source is None:
            return False
        event = source.data(source.index(source_row, 0, source_parent), EventRole.EVENT)
        if not isinstance(event, Event):
            return False
        if self._article_ids is not None and event.article not in self._article_ids:
            return False
        if self._text:
            haystack = f"{event.headline}\n{event.sentence.text}\n{event.timex.text}".casefold()
            if self._text not in haystack:
                return False
        return True

    def visible_event_ids(self) -> list[str]:
        return [str(self.data(self.index(r, 0), EventRole.EVENT_ID)) for r in range(self.rowCount())]

    def row_of(self, event_id: str) -> int:
        for row in range(self.rowCount()):
            if self.data(self.index(row, 0), EventRole.EVENT_ID) == event_id:
                return row
        return -1

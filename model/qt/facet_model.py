"""Facets with counts for the filter panel: one checkable list model per facet, and the date bounds.

Counts follow the usual faceted search: a value's count is how many events ticking it would
show given the *other* facets' choices, so ticking a second participant never shows zero for it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)

from model.core.naming import article_name
from model.filtering.evaluation import FACETS, FacetCounts
from model.filtering.filter_state import FACET_TITLES
from model.qt.article_list_model import ArticleColumn, ArticleRole
from model.qt.event_filter_model import EventFilterModel
from model.qt.event_source import RowsById
from model.state.session import Session

Index = QModelIndex | QPersistentModelIndex


class FacetRole(IntEnum):
    VALUE = Qt.ItemDataRole.UserRole + 1
    COUNT = VALUE + 1
    LABEL = VALUE + 2


class FacetListModel(QAbstractListModel):
    """The values of one facet, most frequent first, each checkable; ticking one edits the filter."""

    def __init__(
        self, filter_model: EventFilterModel, facet: str, label_of: Callable[[str], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._filter = filter_model
        self.facet = facet
        self.title = FACET_TITLES[facet]
        self._label_of = label_of or (lambda v: v)
        self._rows: list[tuple[str, int, str]] = []  # value, count, label
        self._chosen: frozenset[str] = frozenset()

    def update(self, counts: FacetCounts) -> None:
        """New counts and choices; the order changes (a reset) only when the values do."""
        chosen = self._filter.state.values(self.facet)
        counter = counts.counts.get(self.facet) or Counter()
        # A chosen value stays listed at 0 so it can be un-ticked.
        values = set(counter) | set(chosen)
        rows = sorted(
            ((v, int(counter.get(v, 0)), self._label_of(v)) for v in values if v),
            key=lambda r: (-r[1], r[2].casefold(), r[0]),
        )
        same_values = [r[0] for r in rows] == [r[0] for r in self._rows]
        if same_values:
            self._rows, self._chosen = rows, chosen
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows, self._chosen = rows, chosen
        self.endResetModel()

    def values(self) -> list[str]:
        return [r[0] for r in self._rows]

    def count_of(self, value: str) -> int:
        return next((r[1] for r in self._rows if r[0] == value), 0)

    def row_of(self, value: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r[0] == value), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value, count, label = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{label} ({count:,})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{label}: {count:,} event(s) with the other filters"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if value in self._chosen else Qt.CheckState.Unchecked
        if role == FacetRole.VALUE:
            return value
        if role == FacetRole.COUNT:
            return count
        if role == FacetRole.LABEL:
            return label
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.set_checked(self._rows[index.row()][0], on)
        return True

    def set_checked(self, value: str, on: bool) -> None:
        self._filter.set_state(self._filter.state.toggled(self.facet, value, on))


class FacetSet(QObject):
    """Every facet of the filter, kept up to date after each filter or data change (batched)."""

    countsChanged = Signal()

    def __init__(self, filter_model: EventFilterModel, session: Session | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = filter_model
        self._session = session
        self.models: dict[str, FacetListModel] = {
            facet: FacetListModel(filter_model, facet, (lambda v, f=facet: self.label(f, v)), self)  # type: ignore[misc]
            for facet in FACETS
        }
        self._counts: FacetCounts | None = None
        # Counts cost more than the filter itself: work them out once the views have the new rows.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        filter_model.modelReset.connect(self._timer.start)
        filter_model.dataChanged.connect(self._timer.start)
        filter_model.stateChanged.connect(self._timer.start)
        self.refresh()

    def label(self, facet: str, value: str) -> str:
        """How a value reads in the panel and on chips: an article by its name."""
        if facet == "articles" and self._session is not None:
            article = self._session.find_article(value)
            if article is not None:
                return article_name(article)
        return value

    def refresh(self) -> None:
        self._timer.stop()
        self._counts = self._filter.facet_counts()
        for model in self.models.values():
            model.update(self._counts)
        self.countsChanged.emit()

    def flush(self) -> None:
        """Apply a pending update now (for callers that read counts right after a change)."""
        if self._timer.isActive():
            self.refresh()

    @property
    def counts(self) -> FacetCounts:
        self.flush()
        assert self._counts is not None
        return self._counts

    def date_bounds(self) -> tuple[date, date] | None:
        return self.counts.date_bounds


class ArticleFilterModel(QSortFilterProxyModel):
    """The article list under a filter: only articles with a shown event while something is filtered."""

    def __init__(self, filter_model: EventFilterModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = filter_model
        self._visible: set[str] | None = None
        self._shown_counts: dict[str, int] | None = None
        self._needs_date_only = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        filter_model.modelReset.connect(self._timer.start)
        filter_model.stateChanged.connect(lambda _s: self.refresh())

    def refresh(self) -> None:
        self._timer.stop()
        visible = self._filter.visible_article_ids() if self._filter.is_filtering() else None
        counts = self._filter.visible_article_counts() if visible is not None else None
        if visible == self._visible and counts == self._shown_counts:
            return
        self.beginFilterChange()
        self._visible, self._shown_counts = visible, counts
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        if self.rowCount() > 0:  # the Events column reads "shown of all" under a filter
            self.dataChanged.emit(
                self.index(0, ArticleColumn.EVENTS), self.index(self.rowCount() - 1, ArticleColumn.EVENTS)
            )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            self._shown_counts is not None
            and index.isValid()
            and index.column() == ArticleColumn.EVENTS
            and role == Qt.ItemDataRole.DisplayRole
        ):
            article_id = super().data(index, ArticleRole.ARTICLE_ID)
            return f"{self._shown_counts.get(str(article_id), 0)} of {super().data(index, role)}"
        return super().data(index, role)

    @property
    def needs_date_only(self) -> bool:
        return self._needs_date_only

    def set_needs_date_only(self, on: bool) -> None:
        """Show only the articles whose date is inferred or missing ("needs a date")."""
        if on == self._needs_date_only:
            return
        self.beginFilterChange()
        self._needs_date_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def needs_date_count(self) -> int:
        """How many loaded articles need a date, whatever the filters show."""
        source = self.sourceModel()
        if source is None:
            return 0
        return sum(bool(source.data(source.index(r, 0), ArticleRole.NEEDS_DATE)) for r in range(source.rowCount()))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        index = source.index(source_row, 0, source_parent)
        if self._needs_date_only and not source.data(index, ArticleRole.NEEDS_DATE):
            return False
        if self._visible is None:
            return True
        return source.data(index, ArticleRole.ARTICLE_ID) in self._visible

    def row_of(self, article_id: str) -> int:
        """The shown row of the article, or -1."""
        source = self.sourceModel()
        if not isinstance(source, RowsById):
            return -1
        source_row = source.row_of(article_id)
        if source_row < 0:
            return -1
        return self.mapFromSource(source.index(source_row, 0)).row()

"""The events the user wants to see: every view of events reads through this proxy.

Speed at 100,000 events: each source row's searchable keys (case-folded text, participant set,
article, source, modality, day numbers, curation flags) are computed once and kept until the
source changes; a filter change then decides every row in one pass of plain Python over those
keys and the proxy takes the resulting list of rows at once (no call back into Python per row).
"""

from __future__ import annotations

import contextlib
import gc
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import chain, compress

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from model.event_table_model import EventColumn, EventRole, EventTableModel
from model.events import Event
from model.filter_state import LOW_CONFIDENCE, FilterState

Index = QModelIndex | QPersistentModelIndex

FACETS = ("participants", "articles", "sources", "modalities", "tags")


class RowKeys:
    """Per source row, what the filters compare: parallel lists indexed by source row.

    Each list is computed the first time a filter needs it (the default view needs only
    ``hidden``), so loading 100,000 events does not pay for a search nobody has typed yet.
    """

    COLUMNS = (
        "ids", "haystacks", "headlines", "confidences", "participants", "articles", "modalities",
        "tags", "starts", "ends", "starred", "hidden", "uncertain",
    )

    def __init__(self, events: list[Event | None] | None = None, sources: list[str] | None = None) -> None:
        # A row without an event (a model that is not ours) is a hidden placeholder: it never shows.
        self._events: list[Event] = [e if e is not None else _NO_EVENT for e in events or []]
        self.sources: list[str] = list(sources or [""] * len(self._events))
        self._columns: dict[str, list] = {}

    def __len__(self) -> int:
        return len(self._events)

    def __getattr__(self, name: str) -> list:
        if name not in RowKeys.COLUMNS:
            raise AttributeError(name)
        column = self._columns.get(name)
        if column is None:
            with _gc_paused():
                column = self._columns[name] = _COLUMN_BUILDERS[name](self._events)
        return column

    def set_row(self, row: int, event: Event, source: str) -> None:
        self._events[row] = event
        self.sources[row] = source
        for name, column in self._columns.items():
            column[row] = _COLUMN_BUILDERS[name]([event])[0]


def _haystacks(events: list[Event]) -> list[str]:
    return [f"{e.headline}\n{e.sentence.text}\n{e.timex.text}".casefold() for e in events]


_COLUMN_BUILDERS: dict[str, Callable[[list[Event]], list]] = {
    "ids": lambda events: [e.id for e in events],
    "haystacks": _haystacks,
    "headlines": lambda events: [e.headline.casefold() for e in events],
    "confidences": lambda events: [float(e.confidence) for e in events],
    "participants": lambda events: [frozenset(e.participants) for e in events],
    "articles": lambda events: [e.article for e in events],
    "modalities": lambda events: [e.modality for e in events],
    "tags": lambda events: [frozenset(e.tags) for e in events],
    "starts": lambda events: [e.date.start.toordinal() for e in events],
    "ends": lambda events: [e.date.end.toordinal() for e in events],
    "starred": lambda events: [bool(e.starred) for e in events],
    "hidden": lambda events: [bool(e.hidden) for e in events],
    "uncertain": lambda events: [not e.timex.text or e.confidence < LOW_CONFIDENCE for e in events],
}


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """100,000 new tuples would set off full collections over every event held; nothing built
    here makes cycles, so collection can wait until the keys are done."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@dataclass(frozen=True)
class FacetCounts:
    """For each facet, how many events each value would show given the other facets' choices."""

    counts: dict[str, Counter[str]]
    date_bounds: tuple[date, date] | None  # first and last day of the events the date filter sees
    visible: int
    total: int


class EventFilterModel(QAbstractProxyModel):
    """Applies a FilterState and a sort order; ``stateChanged`` tells the filter bar, facets and views.

    A flat proxy holding the shown source rows in order. Not a QSortFilterProxyModel: that one asks
    Python once per row to filter and twice per comparison to sort (minutes at 100,000 rows), where
    this one decides every row in one pass over precomputed keys and sorts with Python's ``sorted``.
    A change of the shown rows is a model reset; views that keep a selection restore it by event id.
    """

    stateChanged = Signal(object)  # the new FilterState

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = FilterState()
        self._keys: RowKeys | None = None
        self._mask: list[bool] | None = None
        self._counts: FacetCounts | None = None
        self._rows: list[int] = []  # source rows, in the order shown
        self._position: list[int] = []  # per source row: its proxy row, or -1
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._watched: QAbstractItemModel | None = None

    # --- source and its cache -----------------------------------------------
    def setSourceModel(self, model: QAbstractItemModel | None) -> None:  # type: ignore[override]
        self.beginResetModel()
        self._unwatch()
        self._drop_cache()
        super().setSourceModel(model)  # type: ignore[arg-type]  # None detaches
        if model is not None:
            for signal, slot in self._source_signals(model):
                signal.connect(slot)
            self._watched = model
        self._refresh_rows()
        self.endResetModel()

    def _source_signals(self, model: QAbstractItemModel) -> tuple:
        return (
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._source_reset),
            (model.rowsAboutToBeInserted, self.beginResetModel),
            (model.rowsInserted, self._source_reset),
            (model.rowsAboutToBeRemoved, self.beginResetModel),
            (model.rowsRemoved, self._source_reset),
            (model.layoutAboutToBeChanged, self.beginResetModel),
            (model.layoutChanged, self._source_reset),
            (model.dataChanged, self._rows_changed),
        )

    def _unwatch(self) -> None:
        model, self._watched = self._watched, None
        if model is None:
            return
        for signal, slot in self._source_signals(model):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)

    def _drop_cache(self, *_: object) -> None:
        self._keys = None
        self._mask = None
        self._counts = None

    def _source_reset(self, *_: object) -> None:
        self._drop_cache()
        self._refresh_rows()
        self.endResetModel()

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex, *_: object) -> None:
        """Edited events: new keys for them; the rows are re-decided only if that can change them."""
        if self._keys is None:
            return
        source = self.sourceModel()
        for row in range(top.row(), bottom.row() + 1):
            event = self._source_event(source, row)
            if event is not None and row < len(self._keys):
                self._keys.set_row(row, event, self._source_label(source, row, event))
        self._mask = None
        self._counts = None
        old = self._rows
        rows = self._compute_rows()
        if rows != old:
            self.beginResetModel()
            self._set_rows(rows)
            self.endResetModel()
            return
        shown = [p for p in self._position[top.row() : bottom.row() + 1] if p >= 0]
        if shown:
            self.dataChanged.emit(self.index(min(shown), 0), self.index(max(shown), self.columnCount() - 1))

    @staticmethod
    def _source_event(source: QAbstractItemModel, row: int) -> Event | None:
        if isinstance(source, EventTableModel):
            return source.event_at(row)
        event = source.data(source.index(row, 0), EventRole.EVENT)
        return event if isinstance(event, Event) else None

    @staticmethod
    def _source_label(source: QAbstractItemModel, row: int, event: Event) -> str:
        if isinstance(source, EventTableModel):
            return source.article_label(event.article)
        return str(source.data(source.index(row, 0), EventRole.ARTICLE_LABEL) or event.article)

    def row_keys(self) -> RowKeys:
        """The per-row keys, computed on first use after a source change."""
        if self._keys is None:
            self._keys = self._build_keys()
        return self._keys

    def _build_keys(self) -> RowKeys:
        source = self.sourceModel()
        if source is None or source.rowCount() == 0:
            return RowKeys()
        n = source.rowCount()
        labels: dict[str, str] = {}
        if isinstance(source, EventTableModel):
            event_at, label_of = source.event_at, source.article_label
            events = [event_at(r) for r in range(n)]
            with _gc_paused():
                for article in {e.article for e in events if e is not None}:
                    labels[article] = label_of(article)
        else:
            events = [self._source_event(source, r) for r in range(n)]
            for row, event in enumerate(events):
                if event is not None and event.article not in labels:
                    labels[event.article] = self._source_label(source, row, event)
        sources = [labels.get(e.article, "") if e is not None else "" for e in events]
        return RowKeys(events, sources)

    # --- the shown rows ---------------------------------------------------------
    def _compute_rows(self) -> list[int]:
        rows = list(compress(range(len(self.row_keys())), self.accepted_mask()))
        if self._sort_column >= 0:
            sort_key = self._sort_keys(self._sort_column)
            descending = self._sort_order == Qt.SortOrder.DescendingOrder
            rows.sort(key=sort_key.__getitem__, reverse=descending)  # stable: ties keep source order
        return rows

    def _set_rows(self, rows: list[int]) -> None:
        self._rows = rows
        position = [-1] * len(self.row_keys())
        for proxy_row, source_row in enumerate(rows):
            position[source_row] = proxy_row
        self._position = position

    def _refresh_rows(self) -> None:
        self._set_rows(self._compute_rows() if self.sourceModel() is not None else [])

    def _sort_keys(self, column: int) -> list:
        keys = self.row_keys()
        if column == EventColumn.DATE:
            return [s + e for s, e in zip(keys.starts, keys.ends, strict=True)]  # the midpoint, doubled
        if column == EventColumn.HEADLINE:
            return keys.headlines
        if column == EventColumn.SOURCE:
            return [s.casefold() for s in keys.sources]
        if column == EventColumn.MODALITY:
            return keys.modalities
        if column == EventColumn.CONFIDENCE:
            return keys.confidences
        return list(range(len(keys)))

    def source_rows(self) -> list[int]:
        """The shown source rows in the shown order (for views that read events in bulk)."""
        return list(self._rows)

    # --- the filter -----------------------------------------------------------
    @property
    def state(self) -> FilterState:
        return self._state

    def set_state(self, state: FilterState) -> None:
        if state == self._state:
            return
        self._state = state
        self._mask = None
        self._counts = None
        self.beginResetModel()
        self._refresh_rows()
        self.endResetModel()
        self.stateChanged.emit(state)

    @property
    def article_ids(self) -> frozenset[str] | None:
        return self._state.article_ids

    @property
    def text(self) -> str:
        return self._state.needle

    def set_article_ids(self, ids: Iterable[str] | None) -> None:
        """Only events of these articles; None shows every article."""
        self.set_state(self._state.with_values("articles", None if ids is None else list(ids)))

    def set_text(self, text: str) -> None:
        """Case-insensitive search over headline, sentence and date expression."""
        self.set_state(replace(self._state, text=text))

    def clear_filters(self) -> None:
        """Back to the default: everything but the hidden events."""
        self.set_state(FilterState())

    def is_filtering(self) -> bool:
        """True when some event the default view would show is filtered out."""
        return self._state.is_narrowing()

    def _criteria(self, keys: RowKeys) -> dict[str, list[bool]]:
        """One pass/fail list per active criterion, named by the facet it belongs to."""
        state = self._state
        out: dict[str, list[bool]] = {}
        needle = state.needle
        if needle:
            out["text"] = [needle in h for h in keys.haystacks]
        if state.participants:
            wanted = state.participants
            out["participants"] = [not wanted.isdisjoint(p) for p in keys.participants]
        if state.article_ids is not None:
            articles = state.article_ids
            out["articles"] = [a in articles for a in keys.articles]
        if state.sources:
            sources = state.sources
            out["sources"] = [s in sources for s in keys.sources]
        if state.modalities:
            modalities = state.modalities
            out["modalities"] = [m in modalities for m in keys.modalities]
        if state.tags:
            tags = state.tags
            out["tags"] = [not tags.isdisjoint(t) for t in keys.tags]
        if state.has_dates:
            lo = state.date_from.toordinal() if state.date_from else -(10**9)
            hi = state.date_to.toordinal() if state.date_to else 10**9
            out["dates"] = [e >= lo and s <= hi for s, e in zip(keys.starts, keys.ends, strict=True)]
        status: list[bool] | None = None
        if not state.show_hidden:
            status = [not h for h in keys.hidden]
        if state.starred_only:
            starred = keys.starred
            status = list(starred) if status is None else [a and b for a, b in zip(status, starred, strict=True)]
        if state.hide_uncertain:
            sure = [not u for u in keys.uncertain]
            status = sure if status is None else [a and b for a, b in zip(status, sure, strict=True)]
        if status is not None:
            out["status"] = status
        return out

    @staticmethod
    def _combine(lists: list[list[bool]], n: int) -> list[bool]:
        if not lists:
            return [True] * n
        if len(lists) == 1:
            return lists[0]
        if len(lists) == 2:
            a, b = lists
            return [x and y for x, y in zip(a, b, strict=True)]
        return [all(t) for t in zip(*lists, strict=True)]

    def accepted_mask(self) -> list[bool]:
        """Per source row, whether the filter shows it."""
        if self._mask is None:
            keys = self.row_keys()
            self._mask = self._combine(list(self._criteria(keys).values()), len(keys))
        return self._mask

    # --- sorting ------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (-1: source order), keeping the filter."""
        if (column, order) == (self._sort_column, self._sort_order):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_sources = [self.mapToSource(i) for i in old]
        self._sort_column, self._sort_order = column, order
        self._set_rows(self._compute_rows())
        self.changePersistentIndexList(old, [self.mapFromSource(s) for s in old_sources])
        self.layoutChanged.emit()

    def sortColumn(self) -> int:
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:
        return self._sort_order

    # --- the proxy model API --------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not 0 <= row < len(self._rows) or not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index | None = None) -> QModelIndex:  # type: ignore[override]
        if index is None:
            return super().parent()  # type: ignore[return-value]  # QObject.parent()
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        source = self.sourceModel()
        if source is None or not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._rows):
            return QModelIndex()
        return source.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid() or not 0 <= source_index.row() < len(self._position):
            return QModelIndex()
        row = self._position[source_index.row()]
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Straight to the source: the timeline reads every row, so skip C++'s round trip to mapToSource.
        source = self.sourceModel()
        if source is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return source.data(source.index(self._rows[index.row()], index.column()), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        source = self.sourceModel()
        if source is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return source.headerData(section, orientation, role)
        return section + 1 if role == Qt.ItemDataRole.DisplayRole else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- facets ------------------------------------------------------------------
    def facet_counts(self) -> FacetCounts:
        """Counts per facet value under the other facets' choices (the usual faceted search)."""
        if self._counts is None:
            keys = self.row_keys()
            n = len(keys)
            criteria = self._criteria(keys)
            counts: dict[str, Counter[str]] = {}
            for facet in FACETS:
                passing = self._combine([v for k, v in criteria.items() if k != facet], n)
                counts[facet] = self._count(facet, keys, passing)
            passing = self._combine([v for k, v in criteria.items() if k != "dates"], n)
            starts = list(compress(keys.starts, passing))
            bounds = None
            if starts:
                bounds = (date.fromordinal(min(starts)), date.fromordinal(max(compress(keys.ends, passing))))
            self._counts = FacetCounts(counts, bounds, len(self._rows), n)
        return self._counts

    @staticmethod
    def _count(facet: str, keys: RowKeys, passing: list[bool]) -> Counter[str]:
        if facet in ("participants", "tags"):
            return Counter(chain.from_iterable(compress(getattr(keys, facet), passing)))
        return Counter(compress(getattr(keys, facet), passing))

    # --- lookups by id -------------------------------------------------------------
    def visible_event_ids(self) -> list[str]:
        ids = self.row_keys().ids
        return [ids[r] for r in self._rows]

    def visible_article_ids(self) -> set[str]:
        articles = self.row_keys().articles
        return {articles[r] for r in self._rows}

    def row_of(self, event_id: str) -> int:
        """The proxy row showing the event, or -1 when it is filtered out or unknown."""
        source = self.sourceModel()
        if isinstance(source, EventTableModel):
            source_row = source.row_of(event_id)
            return self._position[source_row] if 0 <= source_row < len(self._position) else -1
        ids = self.row_keys().ids
        return next((p for p, r in enumerate(self._rows) if ids[r] == event_id), -1)

    def event_id_at(self, row: int) -> str | None:
        if not 0 <= row < len(self._rows):
            return None
        return self.row_keys().ids[self._rows[row]]


def _no_event() -> Event:
    from model.documents import TextSpan
    from model.events import EventDate

    empty = TextSpan(0, 0, "")
    return Event("", "", EventDate("", date.min, date.min, "day"), "", empty, empty, empty, hidden=True)


_NO_EVENT: Event = _no_event()  # hidden: never shown

"""Reading the events a model shows into the timeline's columns.

`EventFeed` is the one place the timeline view touches its model: the model's signals come in,
`EventColumns` and a few answers about events (their sources, their entry, their rank) go out.
A filter change costs numpy indexing of cached source columns, not a read of every event; a
`dataChanged` over a few rows updates those events in place.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    Signal,
    SignalInstance,
)

from model.core.documents import Article
from model.core.events import Event
from model.core.lanes import lane_key, lane_label
from model.qt.event_source import CollapsesReports, EventSource, RanksHappenings, RowsInBulk, event_source
from model.qt.event_table_model import EventRole
from model.render.timeline_columns import (
    OTHER_LANE_PREFIX,
    EventColumns,
    FindArticle,
    SourceColumns,
    build_columns,
    modality_index,
    no_articles,
    select_columns,
    source_columns,
)

PARTIAL_UPDATE_ROWS = 500  # a dataChanged over more rows than this is cheaper as a rebuild


def _reset_signals(model: QAbstractItemModel) -> tuple[SignalInstance, ...]:
    return (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged)


class EventFeed(QObject):
    """The (filtered) event model under the timeline, read into columns.

    `resetNeeded`: rows came or went, the model was reset, or the cached source columns are stale:
    read again (the view reads once per burst). `rowsChanged(first, last)`: those shown rows'
    events changed in place."""

    resetNeeded = Signal()
    rowsChanged = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model: QAbstractItemModel | None = None
        # The events of the model under the filter, in columns, and the source rows shown.
        self._source: QAbstractItemModel | None = None
        self._source_columns: SourceColumns | None = None
        self._shown_rows: np.ndarray | None = None
        self._source_edited = False

    # --- the model's signals ------------------------------------------------------
    def set_model(self, model: QAbstractItemModel) -> None:
        self.disconnect_model()
        self.model = model
        for signal in _reset_signals(model):
            signal.connect(self._reset)
        model.dataChanged.connect(self._data_changed)

    def disconnect_model(self) -> None:
        if self.model is None:
            return
        for signal in _reset_signals(self.model):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(self._reset)
        with contextlib.suppress(RuntimeError, TypeError):
            self.model.dataChanged.disconnect(self._data_changed)
        self.model = None
        self._unwatch_source()
        self._shown_rows = None

    def _reset(self, *_: object) -> None:
        self.resetNeeded.emit()

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, *_: object) -> None:
        self.rowsChanged.emit(top.row(), bottom.row())

    # --- reading ----------------------------------------------------------------
    def read(self, current: EventColumns, lane_mode: str, force: bool) -> EventColumns | None:
        """The columns of the events the model shows, in lanes by `lane_mode`; None when `current`
        already shows them (only the order changed: the table was sorted) and `force` is off."""
        model = self.model
        finder = article_finder(model)
        columns = self._columns_from_rows(model, finder, current, lane_mode, force) if model is not None else None
        if columns is None:
            events = source_events(model) if model is not None else []
            if not force and _same_events(current, events):
                return None  # only the order changed (the table was sorted): the timeline is already right
            self._shown_rows = None
            return build_columns(events, lane_mode, finder)
        return None if columns is current else columns

    def _columns_from_rows(
        self, model: QAbstractItemModel, finder: FindArticle, current: EventColumns, lane_mode: str, force: bool
    ) -> EventColumns | None:
        """Columns picked from the cached source columns by the shown source rows (a filter
        change costs numpy indexing, not a read of every event); None when the model cannot
        list its rows in bulk. The current columns when the shown rows did not change."""
        bulk = bulk_rows(model)
        if bulk is None:
            return None
        source, rows = bulk
        self._watch_source(source)
        fresh = self._source_columns is None or len(self._source_columns) != source.rowCount()
        if fresh:
            events = all_events(source)
            if len(events) != source.rowCount():
                return None
            self._source_columns = source_columns(events)
        assert self._source_columns is not None
        key = np.sort(rows)
        edited, self._source_edited = self._source_edited, False
        unchanged = self._shown_rows is not None and np.array_equal(key, self._shown_rows)
        if unchanged and not (force or fresh or edited):
            return current  # only the order changed (the table was sorted)
        self._shown_rows = key
        return select_columns(self._source_columns, rows, lane_mode, finder)

    def _watch_source(self, source: QAbstractItemModel) -> None:
        """Keep the cached source columns in step with the model under the filter."""
        if source is self._source:
            return
        self._unwatch_source()
        self._source = source
        for signal in _reset_signals(source):
            signal.connect(self._drop_source_columns)
        source.dataChanged.connect(self._source_rows_changed)

    def _unwatch_source(self) -> None:
        source, self._source = self._source, None
        self._source_columns = None
        if source is None:
            return
        for signal in _reset_signals(source):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(self._drop_source_columns)
        with contextlib.suppress(RuntimeError, TypeError):
            source.dataChanged.disconnect(self._source_rows_changed)

    def _drop_source_columns(self, *_: object) -> None:
        self._source_columns = None
        self.resetNeeded.emit()

    def _source_rows_changed(self, top: QModelIndex, bottom: QModelIndex, *_: object) -> None:
        cached, source = self._source_columns, self._source
        if cached is None or source is None:
            return
        self._source_edited = True  # the shown rows may be the same, their events are not
        if bottom.row() - top.row() + 1 > PARTIAL_UPDATE_ROWS:
            self._source_columns = None
            return
        events = event_source(source)
        if events is None:
            self._source_columns = None
            return
        finder = article_finder(source)
        for row in range(top.row(), bottom.row() + 1):
            event = events.event_at(row)
            if event is None or row >= len(cached):
                self._source_columns = None
                return
            cached.set_event(row, event, finder)

    def update_rows(self, c: EventColumns, first: int, last: int, lane_mode: str) -> bool | None:
        """Update the events of shown rows first..last in `c`, in place: whether any moved (in
        time or lane); None when only a new read will do (many rows, an event now undated, a
        new lane)."""
        if last - first + 1 > PARTIAL_UPDATE_ROWS:
            return None
        moved = False
        finder = article_finder(self.model)
        for row in range(first, last + 1):
            event = self.event_at_row(row)
            i = c.index.get(event.id, -1) if event is not None else -1
            if event is None or i < 0 or event.date.granularity == "relative":
                return None  # an undated happening lives in its lane's band
            key = lane_key(event, lane_mode, finder(event.article))
            if key in c.lane_keys:
                lane = c.lane_keys.index(key)
            elif c.lane_keys and c.lane_keys[-1].startswith(OTHER_LANE_PREFIX) and c.lane[i] == len(c.lane_keys) - 1:
                lane = len(c.lane_keys) - 1  # still one of the small lanes folded into "Other"
            else:
                return None  # a new lane: lanes are ordered afresh
            one = build_columns([event], "none", no_articles)
            moved |= bool(c.x[i] != one.x[0] or c.lane[i] != lane)
            c.events[i] = event
            c.x[i], c.start[i], c.end[i] = one.x[0], one.start[0], one.end[0]
            c.lane[i] = lane
            c.modality[i] = modality_index(event.modality)
            c.starred[i] = event.starred
            c.coarse[i] = event.date.granularity != "day"
            if lane_mode == "article" and key == c.lane_keys[lane]:
                c.lane_labels[lane] = lane_label(key, "article", finder(key))
        if moved:
            c.reorder()
        return moved

    def event_at_row(self, row: int) -> Event | None:
        model = self.model
        if model is None:
            return None
        if isinstance(model, QAbstractProxyModel):
            source = model.sourceModel()
            if isinstance(source, EventSource):
                return source.event_at(model.mapToSource(model.index(row, 0)).row())
        event = model.data(model.index(row, 0), EventRole.EVENT)
        return event if isinstance(event, Event) else None

    # --- answers about events -----------------------------------------------------
    def source_has_events(self) -> bool:
        """Whether the model under the filter holds rows: a timeline with nothing to show then
        says the filters hide everything, not that nothing is open."""
        model = self.model
        source = model.sourceModel() if isinstance(model, QAbstractProxyModel) else None
        return source is not None and source.rowCount() > 0

    def entry_of(self, event_id: str) -> str | None:
        """The shown entry standing for an event its filter collapsed into it, or None."""
        model = self.model
        return model.representative_of(event_id) if isinstance(model, CollapsesReports) else None

    def cluster_sources(self, event_id: str) -> list[str]:
        """Who told each report of the event's happening (empty when the model cannot tell)."""
        return cluster_sources(self.model, event_id) if self.model is not None else []

    def source_namer(self) -> Callable[[str], str]:
        """Who told an article, by id (cached per call)."""
        return source_namer(self.model)

    def importance(self, event_id: str) -> str:
        """Why the event's happening is (or is not) a key event; empty when the model does not rank."""
        model = self.model
        return model.importance(event_id) if isinstance(model, RanksHappenings) else ""


def _same_events(current: EventColumns, events: list[Event]) -> bool:
    old = current.events
    return len(old) == len(events) and set(map(id, old)) == set(map(id, events))


# --- reading the model in bulk (100,000 data() calls take seconds) ----------------------
def bulk_rows(model: QAbstractItemModel) -> tuple[QAbstractItemModel, np.ndarray] | None:
    """(the model holding the events, the rows shown) when both can be had in bulk: an
    EventSource itself, or a proxy over one that lists its `source_rows()`."""
    if isinstance(model, QAbstractProxyModel):
        source = model.sourceModel()
        if isinstance(source, EventSource) and isinstance(model, RowsInBulk):
            return source, np.asarray(list(model.source_rows()), dtype=np.int64)
        return None
    if isinstance(model, EventSource):
        return model, np.arange(model.rowCount(), dtype=np.int64)
    return None


def all_events(model: QAbstractItemModel) -> list[Event]:
    """Every event of an EventSource (none for any other model)."""
    source = event_source(model)
    if source is None:
        return []
    event_at = source.event_at
    return [e for e in map(event_at, range(model.rowCount())) if e is not None]


def source_events(model: QAbstractItemModel) -> list[Event]:
    """The events a model shows, fetched in bulk where the model allows it.

    100,000 `data()` calls take seconds, so: an `EventTableModel` lists its events directly;
    a proxy that exposes `source_rows()` (accepted source rows in one call) or accepts every
    row needs no per-row mapping; any other proxy maps row by row (slower, still correct).
    """
    if isinstance(model, QAbstractProxyModel):
        source = model.sourceModel()
        if isinstance(source, EventSource):
            if isinstance(model, RowsInBulk):
                rows: Sequence[int] = list(model.source_rows())
            elif model.rowCount() == source.rowCount():
                rows = range(source.rowCount())  # everything accepted: the set is the source's
            else:
                rows = [model.mapToSource(model.index(r, 0)).row() for r in range(model.rowCount())]
            return [e for e in map(source.event_at, rows) if e is not None]
    if isinstance(model, EventSource):
        return [e for e in (model.event_at(r) for r in range(model.rowCount())) if e is not None]
    from model.qt.event_table_model import EventRole

    events = (model.data(model.index(r, 0), EventRole.EVENT) for r in range(model.rowCount()))
    return [e for e in events if isinstance(e, Event)]


def cluster_sources(model: QAbstractItemModel, event_id: str) -> list[str]:
    """The sources of every report of the event's cluster (for "2 sources" in a tooltip); empty
    when the model under the views cannot tell."""
    source = event_source(model)
    return list(source.cluster_sources(event_id)) if source is not None else []


def source_namer(model: QAbstractItemModel | None) -> Callable[[str], str]:
    """Who told an article, by id (markers and tooltips): the event source's wording, cached."""
    source = event_source(model)
    cache: dict[str, str] = {}

    def name(article_id: str) -> str:
        if article_id not in cache:
            cache[article_id] = source.article_label(article_id) if source is not None else article_id
        return cache[article_id]

    return name


def article_finder(model: QAbstractItemModel | None) -> FindArticle:
    """Articles by id from the event source under the model (lane keys and names); cached."""
    source = event_source(model)
    cache: dict[str, Article | None] = {}

    def find(article_id: str) -> Article | None:
        if article_id not in cache:
            cache[article_id] = source.find_article(article_id) if source is not None else None
        return cache[article_id]

    return find

"""The events the user wants to see: every view of events reads through this proxy.

Speed at 100,000 events: each source row's searchable keys (case-folded text, participant set,
article, source, modality, day numbers, curation flags) are computed once and kept until the
source changes; a filter change then decides every row in one pass of plain Python over those
keys and the proxy takes the resulting list of rows at once (no call back into Python per row).

One entry per cluster (``FilterState.one_per_cluster``): the filters decide each report (event);
a cluster is shown when any of its reports passes, as its best passing report (finest date, then
highest confidence, then article order). The rows sorted once by cluster and that preference make
the choice a single vectorised pass: the first passing row of each cluster in that order.
Facet counts count entries, not reports: the number beside a value is how many entries ticking it
would show (a cluster told by Reuters and AP counts once under each of them, once under a
participant both name).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import replace

import numpy as np
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from model.core.events import Event
from model.filtering.columns import RowKeys, gc_paused
from model.filtering.evaluation import FacetCounts, collapse, collapsing, combine, criteria, facet_counts
from model.filtering.filter_state import FilterState
from model.qt.event_table_model import EventColumn, EventRole, EventTableModel
from model.ranking.summary import KeyRanks

Index = QModelIndex | QPersistentModelIndex



WARM_UP_DELAY_MS = 300  # after new data, before the idle-time column building starts


class EventFilterModel(QAbstractProxyModel):
    """Applies a FilterState and a sort order; ``stateChanged`` tells the filter bar, facets and views.

    A flat proxy holding the shown source rows in order. Not a QSortFilterProxyModel: that one asks
    Python once per row to filter and twice per comparison to sort (minutes at 100,000 rows), where
    this one decides every row with numpy over precomputed key columns and sorts with ``argsort``.
    A change of the shown rows is a model reset; views that keep a selection restore it by event id.
    """

    stateChanged = Signal(object)  # the new FilterState
    # The events changed (new data or edited rows): what was computed from all of them (the
    # happening ranks) is out of date.
    keysChanged = Signal()
    # New happening ranks arrived (``set_happening_ranks``): tooltips and the Key events filter follow.
    ranksChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = FilterState()
        self._keys: RowKeys | None = None
        self._mask: np.ndarray | None = None
        # With one entry per cluster: the rows shown, and per cluster code its shown row (or -1).
        self._shown: np.ndarray | None = None
        self._reps: np.ndarray | None = None
        self._criteria_cache: tuple[RowKeys, dict[str, np.ndarray]] | None = None
        self._counts: FacetCounts | None = None
        self._rows: list[int] = []  # source rows, in the order shown
        self._position = np.zeros(0, dtype=np.int64)  # per source row: its proxy row, or -1
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._watched: QAbstractItemModel | None = None
        # The app ranks happenings in a job (model.qt.key_ranks) and hands them in; None while
        # this model computes them itself on first need.
        self._ranks_deferred = False
        self._ranks: KeyRanks | None = None
        # After a load the key columns are built in idle time, one per event-loop turn, so the
        # first search or facet click does not pay for them (each costs tens of milliseconds).
        self._warm_timer = QTimer(self, singleShot=True, interval=0)
        self._warm_timer.timeout.connect(self._warm_up)

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
        self._warm_timer.start()

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
        self._drop_results()

    def _drop_results(self) -> None:
        """The filter or an event changed: the keys stand, what was decided from them does not."""
        self._mask = None
        self._shown = None
        self._reps = None
        self._counts = None
        self._criteria_cache = None

    def _source_reset(self, *_: object) -> None:
        self._drop_cache()
        self._refresh_rows()
        self.endResetModel()
        # New data: the views draw it first, the key columns for later filters are built after.
        self._warm_timer.start(WARM_UP_DELAY_MS)
        self.keysChanged.emit()

    def _warm_up(self) -> None:
        if self._keys is not None and self._keys.warm_up_one():
            self._warm_timer.start(0)

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex, *_: object) -> None:
        """Edited events: new keys for them; the rows are re-decided only if that can change them."""
        self.keysChanged.emit()  # whoever ranks reads the events later (debounced), keys built or not
        if self._keys is None:
            return
        source = self.sourceModel()
        for row in range(top.row(), bottom.row() + 1):
            event = self._source_event(source, row)
            if event is not None and row < len(self._keys):
                self._keys.set_row(row, event, self._source_label(source, row, event))
        self._drop_results()
        self._warm_timer.start(0)  # the edit dropped the key columns: build them again when idle
        old = self._rows
        rows = self._compute_rows()
        if rows != old:
            self.beginResetModel()
            self._set_rows(rows)
            self.endResetModel()
            return
        shown = [int(p) for p in self._position[top.row() : bottom.row() + 1] if p >= 0]
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
            with gc_paused():
                for article in {e.article for e in events if e is not None}:
                    labels[article] = label_of(article)
        else:
            events = [self._source_event(source, r) for r in range(n)]
            for row, event in enumerate(events):
                if event is not None and event.article not in labels:
                    labels[event.article] = self._source_label(source, row, event)
        sources = [labels.get(e.article, "") if e is not None else "" for e in events]
        keys = RowKeys(events, sources)
        if self._ranks_deferred:
            keys.use_ranks(self._ranks)
        return keys

    # --- happening ranks (Key events) -------------------------------------------------
    def defer_ranks(self) -> None:
        """From now on the happening ranks come from ``set_happening_ranks`` (a job), never from a
        computation on the GUI thread; until the first arrive, the Key events filter narrows nothing."""
        self._ranks_deferred = True
        if self._keys is not None:
            self._keys.use_ranks(self._ranks)

    def rank_inputs(self) -> tuple[list[Event], list[str]]:
        """What the ranks are computed from: each source row's event and source (copies)."""
        return self.row_keys().rank_inputs()

    def set_happening_ranks(self, ranks: KeyRanks) -> None:
        """Ranks computed off the GUI thread; the shown rows follow when the Key events filter is on."""
        self._ranks = ranks
        if self._keys is not None:
            self._keys.use_ranks(ranks)
        if self._state.key_events:
            self._drop_results()
            self.beginResetModel()
            self._refresh_rows()
            self.endResetModel()
        self.ranksChanged.emit()

    @property
    def ranks_known(self) -> bool:
        """The ranks the filter uses are there (computed here on need, or handed in)."""
        return not self._ranks_deferred or self._ranks is not None

    # --- the shown rows ---------------------------------------------------------
    def _compute_rows(self) -> list[int]:
        rows = np.flatnonzero(self.shown_mask())
        if self._sort_column >= 0 and len(rows):
            key = self._sort_keys(self._sort_column)[rows]
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                key = -key
            rows = rows[np.argsort(key, kind="stable")]  # stable: ties keep the source order
        return rows.tolist()  # type: ignore[no-any-return]

    def _set_rows(self, rows: list[int]) -> None:
        self._rows = rows
        position = np.full(len(self.row_keys()), -1, dtype=np.int64)
        position[np.asarray(rows, dtype=np.int64)] = np.arange(len(rows), dtype=np.int64)
        self._position = position

    def _refresh_rows(self) -> None:
        self._set_rows(self._compute_rows() if self.sourceModel() is not None else [])

    def _sort_keys(self, column: int) -> np.ndarray:
        keys = self.row_keys()
        if column == EventColumn.DATE:
            return keys.starts + keys.ends  # the midpoint, doubled
        if column == EventColumn.HEADLINE:
            return keys.headline_ranks
        if column == EventColumn.SOURCE:
            return keys.sources.codes
        if column == EventColumn.MODALITY:
            return keys.modalities.codes
        if column == EventColumn.CONFIDENCE:
            return keys.confidences
        return np.arange(len(keys))

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
        self._drop_results()
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
        """Back to the default: everything but the hidden events (clusters shown as before)."""
        self.set_state(self._state.cleared())

    def is_filtering(self) -> bool:
        """True when some event the default view would show is filtered out."""
        return self._state.is_narrowing()

    def _criteria(self, keys: RowKeys) -> dict[str, np.ndarray]:
        """One pass/fail array per active criterion, named by the facet it belongs to (cached
        with the mask: the facet counts after a search reuse the search's pass)."""
        if self._criteria_cache is None or self._criteria_cache[0] is not keys:
            self._criteria_cache = (keys, self._compute_criteria(keys))
        return self._criteria_cache[1]

    def _compute_criteria(self, keys: RowKeys) -> dict[str, np.ndarray]:
        return criteria(self._state, keys)

    def accepted_mask(self) -> np.ndarray:
        """Per source row, whether the filter lets the report through (a numpy bool array)."""
        if self._mask is None:
            keys = self.row_keys()
            self._mask = combine(list(self._criteria(keys).values()), len(keys))
        return self._mask

    def shown_mask(self) -> np.ndarray:
        """Per source row, whether it is shown: the accepted rows, or with one entry per cluster
        the best accepted row of each cluster that has one."""
        if self._shown is None:
            accepted = self.accepted_mask()
            keys = self.row_keys()
            if not collapsing(self._state, keys):
                self._shown, self._reps = accepted, None
            else:
                self._shown, self._reps = collapse(keys, accepted)
        return self._shown

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
        row = int(self._position[source_index.row()])
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Straight to the source: the timeline reads every row, so skip C++'s round trip to mapToSource.
        source = self.sourceModel()
        if source is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = source.data(source.index(self._rows[index.row()], index.column()), role)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == EventColumn.HEADLINE and isinstance(value, str):
            keys = self.row_keys()
            row = self._rows[index.row()]
            if 0 <= row < len(keys):
                note = self.importance(keys.ids[row])
                value = f"{value}\n\n{note[0].upper()}{note[1:]}" if note else value
        return value

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
            self._counts = facet_counts(self._state, keys, self._criteria(keys), len(self._rows))
        return self._counts

    # --- lookups by id -------------------------------------------------------------
    def visible_event_ids(self) -> list[str]:
        ids = self.row_keys().ids
        return [ids[r] for r in self._rows]

    def visible_report_ids(self) -> list[str]:
        """Every report the filter lets through, in source order: with one entry per cluster,
        the shown entries and the other passing reports they stand for (what an export cites)."""
        ids = self.row_keys().ids
        return [ids[r] for r in np.flatnonzero(self.accepted_mask()).tolist()]

    def visible_article_ids(self) -> set[str]:
        """Articles with a report the filter lets through (a report collapsed into another
        article's entry still keeps its article in the list)."""
        articles = self.row_keys().articles
        totals = np.bincount(articles.codes[self.accepted_mask()], minlength=len(articles.vocab))
        return {articles.vocab[int(c)] for c in np.flatnonzero(totals)}

    def visible_article_counts(self) -> dict[str, int]:
        """How many passing reports each article has (articles with none left out)."""
        articles = self.row_keys().articles
        totals = np.bincount(articles.codes[self.accepted_mask()], minlength=len(articles.vocab))
        return {articles.vocab[int(i)]: int(totals[i]) for i in np.flatnonzero(totals)}

    def row_of(self, event_id: str) -> int:
        """The proxy row showing the event, or -1 when it is filtered out or unknown."""
        source = self.sourceModel()
        if isinstance(source, EventTableModel):
            source_row = source.row_of(event_id)
            return int(self._position[source_row]) if 0 <= source_row < len(self._position) else -1
        ids = self.row_keys().ids
        return next((p for p, r in enumerate(self._rows) if ids[r] == event_id), -1)

    def event_id_at(self, row: int) -> str | None:
        if not 0 <= row < len(self._rows):
            return None
        return self.row_keys().ids[self._rows[row]]

    # --- clusters --------------------------------------------------------------------
    def entry_count(self) -> int:
        """How many entries the source makes with no filter at all (hidden ones included): one per
        cluster with one entry per cluster, else one per event."""
        keys = self.row_keys()
        return len(keys.clusters.sizes) if collapsing(self._state, keys) else len(keys)

    def _source_row(self, event_id: str) -> int:
        source = self.sourceModel()
        if isinstance(source, EventTableModel):
            return source.row_of(event_id)
        ids = self.row_keys().ids
        return ids.index(event_id) if event_id and event_id in ids else -1

    def importance(self, event_id: str) -> str:
        """Why the event's happening ranks where it does among the Key events: "key event 3 of
        120: told by 14 articles from 3 sources, date referred to 22 times"; empty if unknown."""
        row = self._source_row(event_id)
        keys = self.row_keys()
        if not 0 <= row < len(keys):
            return ""
        rank = keys.key_rank(row)
        if rank is None:
            return ""
        return f"key event {int(keys.key_ranks[row]) + 1} of {len(keys.clusters.sizes)}: {rank.explain()}"

    def representative_of(self, event_id: str) -> str | None:
        """The shown entry standing for the event: its cluster's shown report (the event itself
        when every report is shown separately), or None when its cluster is filtered out."""
        row = self._source_row(event_id)
        keys = self.row_keys()
        if not 0 <= row < len(keys):
            return None
        shown = self.shown_mask()
        if self._reps is None:
            return event_id if shown[row] else None
        rep = int(self._reps[keys.clusters.codes[row]])
        return keys.ids[rep] if rep >= 0 else None

    def cluster_members(self, event_id: str) -> list[str]:
        """Every event of the event's cluster in the session, filtered or not, in article order
        (source order); empty for an unknown event."""
        row = self._source_row(event_id)
        keys = self.row_keys()
        if not 0 <= row < len(keys):
            return []
        codes = keys.clusters.codes
        ids = keys.ids
        return [ids[r] for r in np.flatnonzero(codes == codes[row]).tolist()]

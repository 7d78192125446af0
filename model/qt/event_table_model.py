"""A table of events for the timeline, the event table and the filters.

Positions are on the one time axis of ``model.core.time_axis``.
An event whose cluster is reported by other articles too names its source as "Reuters +1" (the
entry the filter shows for a cluster stands for all its reports; "+n" counts the other articles, as
one article may tell the same happening twice); the Source tooltip lists every source.
"""

from __future__ import annotations

from collections import Counter
from enum import IntEnum
from operator import attrgetter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from model.core.documents import Article
from model.core.events import Event
from model.core.naming import source_name
from model.core.time_axis import event_interval, event_x
from model.state.session import Session

Index = QModelIndex | QPersistentModelIndex

# How an entry got its date, in the user's words (the Date column's tooltip).
DATE_SOURCE_TEXT = {
    "timex": "its own expression",
    "governor": "the expression it is tied to",
    "scene": "the story's scene",
    "document": "the document date: the text gives it no date",
    "user": "your edit",
}
_RELATION = {"PAST_REF": "before", "PRESENT_REF": "around", "FUTURE_REF": "after"}


def date_text(event: Event) -> str:
    """The Date cell: the TIMEX3 value, or "before 2021-11-17" for an undated happening."""
    if event.date.granularity == "relative":
        bound = event.date.start if event.date.value == "FUTURE_REF" else event.date.end
        return f"{_RELATION.get(event.date.value, 'around')} {bound.isoformat()}"
    return event.date.value


class EventRole(IntEnum):
    EVENT = Qt.ItemDataRole.UserRole + 1
    EVENT_ID = EVENT + 1
    X = EVENT + 2
    START = EVENT + 3
    END = EVENT + 4
    CLUSTER = EVENT + 5
    ARTICLE_ID = EVENT + 6
    ARTICLE_LABEL = EVENT + 7  # short name of the article, for lane labels
    GRANULARITY = EVENT + 8
    SORT = EVENT + 9  # a value each column sorts by
    CLUSTER_SIZE = EVENT + 10  # how many reports (events) the event's cluster holds


class EventColumn(IntEnum):
    DATE = 0
    HEADLINE = 1
    SOURCE = 2
    MODALITY = 3
    CONFIDENCE = 4


HEADERS = {
    EventColumn.DATE: "Date",
    EventColumn.HEADLINE: "Headline",
    EventColumn.SOURCE: "Source",
    EventColumn.MODALITY: "Modality",
    EventColumn.CONFIDENCE: "Confidence",
}


class EventTableModel(QAbstractTableModel):
    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._events: list[Event] = list(session.events)
        self._rows: dict[str, int] = {}
        self._sizes: Counter[str] = Counter()  # reports per cluster id
        self._members: dict[str, list[int]] = {}  # rows of each cluster of two or more
        self._sources: dict[str, int] = {}  # articles telling each cluster of two or more
        self._reindex()
        session.resultChanged.connect(self._reload)
        session.eventsChanged.connect(self._events_changed)
        session.articlesChanged.connect(self._articles_changed)

    def _reload(self) -> None:
        self.beginResetModel()
        self._events = list(self._session.events)
        self._reindex()
        self.endResetModel()

    def _events_changed(self, ids: list[str]) -> None:
        changed: list[int] = []
        touched: set[str] = set()  # clusters whose size may have changed (a merge or a split)
        for event_id in ids:
            row = self._rows.get(event_id, -1)
            event = self._session.find_event(event_id)
            if row < 0 or event is None:
                continue
            old = self._events[row]
            if old.cluster_key != event.cluster_key:
                touched.update((old.cluster_key, event.cluster_key))
            self._events[row] = event
            changed.append(row)
        if touched:
            self._count_clusters()
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(EventColumn) - 1))
        # Reports that stayed in a cluster which grew or shrank: only their source's "+n" changed.
        siblings = {i for i, e in enumerate(self._events) if e.cluster_key in touched} if touched else set()
        for row in sorted(siblings - set(changed)):
            index = self.index(row, EventColumn.SOURCE)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, EventRole.CLUSTER_SIZE])

    def _articles_changed(self, ids: list[str]) -> None:
        # Source labels come from the article; a changed title or source relabels its events.
        wanted = set(ids)
        rows = [i for i, e in enumerate(self._events) if e.article in wanted]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(EventColumn) - 1))

    def _reindex(self) -> None:
        self._rows = {e.id: i for i, e in enumerate(self._events)}
        self._count_clusters()

    def _count_clusters(self) -> None:
        self._sizes = Counter(map(attrgetter("cluster_key"), self._events))
        shared = {c for c, n in self._sizes.items() if n > 1}
        self._members = {c: [] for c in shared}
        if shared:
            for row, event in enumerate(self._events):
                members = self._members.get(event.cluster_key)
                if members is not None:
                    members.append(row)
        self._sources = {c: len({self._events[r].article for r in rows}) for c, rows in self._members.items()}

    # --- clusters ------------------------------------------------------------
    def cluster_size(self, event_id: str) -> int:
        """Reports in the event's cluster (1 when it stands alone, 0 for an unknown event)."""
        event = self.find_event(event_id)
        return self._sizes.get(event.cluster_key, 1) if event is not None else 0

    def cluster_events(self, event_id: str) -> list[Event]:
        """Every event of the event's cluster, in session (article) order."""
        event = self.find_event(event_id)
        if event is None:
            return []
        rows = self._members.get(event.cluster_key)
        return [self._events[r] for r in rows] if rows else [event]

    def cluster_sources(self, event_id: str) -> list[str]:
        """The sources (articles) telling the event's cluster, each once, in article order."""
        articles = dict.fromkeys(e.article for e in self.cluster_events(event_id))
        return [self.article_label(a) for a in articles]

    def _other_sources(self, event: Event) -> int:
        return self._sources.get(event.cluster_key, 1) - 1

    # --- lookups for views that hold an id ---------------------------------
    def row_of(self, event_id: str) -> int:
        return self._rows.get(event_id, -1)

    def event_at(self, row: int) -> Event | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def find_event(self, event_id: str) -> Event | None:
        row = self.row_of(event_id)
        return self._events[row] if row >= 0 else None

    def events_for_article(self, article_id: str) -> list[Event]:
        return [e for e in self._events if e.article == article_id]

    def find_article(self, article_id: str) -> Article | None:
        return self._session.find_article(article_id)

    def article_label(self, article_id: str) -> str:
        """Who told the article: its source, else its name (``model.core.naming.source_name``)."""
        article = self._session.find_article(article_id)
        return source_name(article) if article is not None else article_id

    # --- Qt model API ------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(EventColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS.get(EventColumn(section)) if 0 <= section < len(EventColumn) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        column = EventColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == EventColumn.DATE:
                how = DATE_SOURCE_TEXT.get(event.date_source, event.date_source)
                return f"{date_text(event)}: dated by {how}\n{event.sentence.text}"
            if column == EventColumn.SOURCE and self._other_sources(event) > 0:
                sources = self.cluster_sources(event.id)
                return f"{len(sources)} sources: " + "; ".join(sources)
            return event.sentence.text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == EventColumn.CONFIDENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._role_data(event, column, role)

    def _display(self, event: Event, column: EventColumn) -> str:
        if column == EventColumn.DATE:
            return date_text(event)
        if column == EventColumn.HEADLINE:
            return event.headline
        if column == EventColumn.SOURCE:
            others = self._other_sources(event)
            label = self.article_label(event.article)
            return f"{label} +{others}" if others > 0 else label
        if column == EventColumn.MODALITY:
            return event.modality
        return f"{event.confidence:.2f}"

    def _role_data(self, event: Event, column: EventColumn, role: int) -> object:
        if role == EventRole.EVENT:
            return event
        if role == EventRole.EVENT_ID:
            return event.id
        if role == EventRole.X:
            return event_x(event)
        if role == EventRole.START:
            return event_interval(event)[0]
        if role == EventRole.END:
            return event_interval(event)[1]
        if role == EventRole.CLUSTER:
            return event.cluster_key
        if role == EventRole.CLUSTER_SIZE:
            return self._sizes.get(event.cluster_key, 1)
        if role == EventRole.ARTICLE_ID:
            return event.article
        if role == EventRole.ARTICLE_LABEL:
            return self.article_label(event.article)
        if role == EventRole.GRANULARITY:
            return event.date.granularity
        if role == EventRole.SORT:
            if column == EventColumn.DATE:
                return event_x(event)
            if column == EventColumn.CONFIDENCE:
                return event.confidence
            return self._display(event, column).casefold()
        return None

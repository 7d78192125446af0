"""What the views read from the event models, as typed protocols instead of ``getattr``.

``EventTableModel`` is an ``EventSource``; ``EventFilterModel`` is ``RowsInBulk`` and
``CollapsesReports``; the event
models, the filter proxy and the article list are ``RowsById``. A view holds
any ``QAbstractItemModel`` (a proxy, a test's plain model); ``event_source`` finds the
``EventSource`` under it, so a view asks for what it needs by name and mypy checks the call.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel

from model.core.documents import Article
from model.core.events import Event


@runtime_checkable
class EventSource(Protocol):
    """A model whose rows are events, readable in bulk (100,000 ``data()`` calls take seconds)."""

    def rowCount(self, *args: object) -> int: ...  # noqa: N802 (Qt's name)

    def event_at(self, row: int) -> Event | None: ...

    def find_article(self, article_id: str) -> Article | None: ...

    def article_label(self, article_id: str) -> str:
        """Who told the article (``model.core.naming.source_name``)."""
        ...

    def cluster_sources(self, event_id: str) -> list[str]: ...


@runtime_checkable
class RowsInBulk(Protocol):
    """A proxy that lists the source rows it accepts in one call."""

    def source_rows(self) -> Sequence[int]: ...


@runtime_checkable
class RowsById(Protocol):
    """A model that finds the row of an item (event, article) by its id: -1 when not shown."""

    def row_of(self, item_id: str, /) -> int: ...


@runtime_checkable
class CollapsesReports(Protocol):
    """A proxy that shows one entry per happening: the shown entry standing for a report, or None
    when its happening is filtered out."""

    def representative_of(self, event_id: str, /) -> str | None: ...


@runtime_checkable
class RanksHappenings(Protocol):
    """A model that says why an event's happening is (or is not) a key event."""

    def importance(self, event_id: str, /) -> str: ...


def event_source(model: QAbstractItemModel | None) -> EventSource | None:
    """The ``EventSource`` under a model and any proxies over it; None when there is none."""
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    return model if isinstance(model, EventSource) else None

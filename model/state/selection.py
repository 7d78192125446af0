"""The selected events, once for the whole window: a current event and the selected set.

As napari's ``Selection`` (after Qt's current and selected items): the *current* event is the one
the article view shows and a single-event edit (F2) changes; the *selected* set is what the other
edits act on (several with the event table's Ctrl/Shift-click). Views write into it and follow it;
nobody keeps a copy. Ids of events the session no longer holds (deleted, a new workspace) are
left out of what it reports.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from model.state.session import Session


class Selection(QObject):
    """``currentChanged(id or None)``: the current event was (re)chosen — emitted on every
    ``select`` even of the same event, since the user asked to see it again.
    ``changed(ids)``: the selected set changed (ids in the order given, the current one included)."""

    currentChanged = Signal(object)
    changed = Signal(list)

    def __init__(self, session: Session | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._current: str | None = None
        self._ids: list[str] = []

    def _exists(self, event_id: str) -> bool:
        return self._session is None or self._session.find_event(event_id) is not None

    # --- reading ---------------------------------------------------------------------
    @property
    def current(self) -> str | None:
        current = self._current
        return current if current is not None and self._exists(current) else None

    @property
    def ids(self) -> list[str]:
        """The selected events; the current one alone when no set was chosen."""
        ids = [i for i in self._ids if self._exists(i)]
        if not ids and self.current is not None:
            ids = [self.current]
        return ids

    # --- writing ---------------------------------------------------------------------
    def select(self, event_id: str | None) -> None:
        """Make the event current; the set stays when it holds the event, else it is that event alone."""
        before = self.ids
        self._current = event_id
        if event_id is None:
            self._ids = []
        elif event_id not in self._ids:
            self._ids = [event_id]
        self.currentChanged.emit(self.current)
        self._changed(before)

    def set_current(self, event_id: str | None) -> None:
        """Move the current event only (a table's current row: its selected rows follow separately)."""
        before = self.ids
        self._current = event_id
        self.currentChanged.emit(self.current)
        self._changed(before)

    def set(self, ids: Iterable[str]) -> None:
        """The selected set, as a multi-select view has it; the current event is kept."""
        before = self.ids
        self._ids = list(dict.fromkeys(ids))
        self._changed(before)

    def clear(self) -> None:
        self.select(None)

    def _changed(self, before: list[str]) -> None:
        after = self.ids
        if after != before:
            self.changed.emit(list(after))

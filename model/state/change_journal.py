"""What changed since the workspace was last saved: a change counter (the title's "*", autosave)
and the journal of the user's edits that is saved with the project.

Every session change bumps the counter; the workspace is *modified* while the counter differs
from the one at the last save. A user edit (``Session.edited``) also gets a journal entry naming
the events or articles it touched, and ``edited`` is emitted so the owner can autosave after a
pause.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal

from model.project import Edit
from model.state.session import Session


class ChangeJournal(QObject):
    changed = Signal()  # ``modified`` may have changed
    edited = Signal()  # a user edit was journalled

    def __init__(
        self, session: Session, counts_new_contents: Callable[[], bool], parent: QObject | None = None
    ) -> None:
        """``counts_new_contents()``: whether new contents (articles added) make the workspace
        modified too (a saved project: yes; untitled work: only the user's edits count)."""
        super().__init__(parent)
        self.session = session
        self.edits: list[Edit] = []
        self.count = 0
        self._saved = 0
        self._counts_new_contents = counts_new_contents
        self._last_change: tuple[str, list[str]] | None = None
        session.edited.connect(self._on_edited)
        session.eventsChanged.connect(lambda ids: self._note("event", ids))
        session.articlesChanged.connect(lambda ids: self._note("article", ids))
        session.resultChanged.connect(self._on_result_changed)

    @property
    def modified(self) -> bool:
        return self.count != self._saved

    def mark_saved(self, count: int) -> None:
        """The state of change ``count`` is on disk (later changes, made during the save, are not)."""
        self._saved = count
        self.changed.emit()

    def restart(self, edits: Iterable[Edit] = (), *, saved: bool = True) -> None:
        """A new workspace with its journal; ``saved=False`` for work not in its project file yet
        (restored after a crash)."""
        self.edits = list(edits)
        if not saved:
            self.count += 1
        self._saved = self.count - (0 if saved else 1)
        self.changed.emit()

    def record(self, kind: str, description: str, *, event_id: str = "", article_id: str = "") -> None:
        """A descriptive journal entry (e.g. an undo command's text) beside the automatic ones."""
        self.edits.append(Edit.now(kind, description, event_id=event_id, article_id=article_id))

    def _note(self, kind: str, ids: list[str]) -> None:
        self._last_change = (kind, list(ids))

    def _on_result_changed(self) -> None:
        if self._last_change is None:
            self._last_change = ("events", [])
        if self._counts_new_contents():
            self.count += 1  # articles added to a saved project (a reload restarts the journal after)
            self.changed.emit()

    def _on_edited(self) -> None:
        kind, ids = self._last_change or ("events", [])
        self._last_change = None
        if kind == "event":
            entry = Edit.now("event", f"edited {len(ids)} event(s): {', '.join(ids[:10])}", event_id=ids[0] if len(ids) == 1 else "")
        elif kind == "article":
            entry = Edit.now("article", f"edited {len(ids)} article(s): {', '.join(ids[:10])}", article_id=ids[0] if len(ids) == 1 else "")
        else:
            entry = Edit.now("events", f"event list changed ({len(self.session.events)} events)")
        self.edits.append(entry)
        self.count += 1
        self.changed.emit()
        self.edited.emit()

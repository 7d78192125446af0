"""The Edit menu: the user's corrections to the timeline, every one undoable.

Owns the window's ``QUndoStack``. The actions act on the window's one ``Selection``: its current
event for a single-event edit, its selected set for the others. Commands change the session, the
views hear it from the session's signals, so redo and undo re-render the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QWidget,
)

from gui.timeline.timeline_view import TimelineView
from model.core.events import Event
from model.qt.event_table_model import EventRole
from model.state.curation import (
    CurationError,
    DeleteEvents,
    EditEventDate,
    EditHeadline,
    MergeEvents,
    SetHidden,
    SetStarred,
    SetTags,
    SplitEvent,
    parse_tags,
)
from model.state.selection import Selection
from model.state.session import Session

# (title, label, current text) -> the text the user accepted, or None if cancelled.
AskText = Callable[[str, str, str], "str | None"]

MENU_PICK_PIXELS = 14  # a right-click this close to a marker acts on that marker's event


class CurationActions(QObject):
    """Undo/redo and the event edits, as actions, an Edit menu and a context menu."""

    message = Signal(str)

    def __init__(self, window: QMainWindow, session: Session, selection: Selection) -> None:
        super().__init__(window)
        self.window = window  # where the actions, the Edit menu and the dialogs go
        self.session = session
        self.selection = selection
        self.stack = QUndoStack(self)
        self._context_menu: QMenu | None = None
        # Replaced in tests; a modal input dialog in the app.
        self.ask: AskText = self._ask_dialog

        self._build_actions()
        self.menu = self._build_menu()
        self._install_menu()

        selection.currentChanged.connect(lambda _id: self._update_actions())
        selection.changed.connect(lambda _ids: self._update_actions())
        # A new workspace (project opened, New, a restore): the history refers to events that are
        # gone, and undoing it would be wrong. Articles added keep it (their events are new ones).
        self.session.replaced.connect(self.stack.clear)
        self.session.resultChanged.connect(self._update_actions)
        self.session.eventsChanged.connect(lambda _ids: self._update_actions())
        self.message.connect(lambda text: window.statusBar().showMessage(text, 10000))
        self._update_actions()

    # --- construction -------------------------------------------------------------
    def _action(self, text: str, shortcuts: Sequence[QKeySequence | str], slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.window.addAction(action)  # shortcuts work whichever child has the focus
        return action

    def _build_actions(self) -> None:
        self.undo_action = self._action("&Undo", [QKeySequence(QKeySequence.StandardKey.Undo)], self.undo, "Undo the last edit")
        self.redo_action = self._action(
            "&Redo", [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")], self.redo, "Redo the edit undone last"
        )
        self.stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.stack.undoTextChanged.connect(lambda text: self.undo_action.setText(f"&Undo {text}".strip()))
        self.stack.redoTextChanged.connect(lambda text: self.redo_action.setText(f"&Redo {text}".strip()))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

        self.headline_action = self._action("Edit &headline…", ["F2"], self.edit_headline, "Rewrite the event's headline")
        self.date_action = self._action("Edit &date…", ["Shift+F2"], self.edit_date, "Correct the event's date")
        self.hide_action = self._action("&Hide", ["Ctrl+H"], self.toggle_hidden, "Hide the events from the timeline, or show them again")
        self.delete_action = self._action(
            "&Delete", [QKeySequence(QKeySequence.StandardKey.Delete)], self.delete, "Delete the events (Ctrl+Z brings them back)"
        )
        self.star_action = self._action("&Star", ["Ctrl+D"], self.toggle_starred, "Mark the events as important")
        self.tags_action = self._action("&Tags…", ["Ctrl+T"], self.edit_tags, "Tag the events (comma-separated)")
        self.merge_action = self._action("&Merge selected events", ["Ctrl+M"], self.merge, "Make the selected entries one event")
        self.split_action = self._action(
            "S&plit from cluster", ["Ctrl+Shift+M"], self.split, "Take this report out of the entry it was merged into"
        )

    @property
    def event_actions(self) -> list[QAction]:
        return [
            self.headline_action, self.date_action, self.hide_action, self.delete_action,
            self.star_action, self.tags_action, self.merge_action, self.split_action,
        ]

    def _fill(self, menu: QMenu) -> QMenu:
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        for action in (self.headline_action, self.date_action, self.tags_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.star_action, self.hide_action, self.delete_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.merge_action)
        menu.addAction(self.split_action)
        return menu

    def _build_menu(self) -> QMenu:
        return self._fill(QMenu("&Edit", self.window))

    def _install_menu(self) -> None:
        """The Edit menu goes before View, where users look for it."""
        bar = self.window.menuBar()
        view = next((a for a in bar.actions() if a.text().replace("&", "") == "View"), None)
        if view is not None:
            bar.insertMenu(view, self.menu)
        else:
            bar.addMenu(self.menu)

    def context_menu(self) -> QMenu:
        """A fresh context menu with the edit actions (for the timeline, the event table…)."""
        return self._fill(QMenu(self.window))

    def attach_context_menu(self, widget: QWidget, pick: Callable[[QPoint], str | None] | None = None) -> None:
        """Right-click on ``widget`` opens the edit menu; ``pick`` names the event under the pointer, if any."""
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def show(pos: QPoint) -> None:
            event_id = pick(pos) if pick is not None else None
            if event_id is not None and event_id not in self.selection.ids:
                self.selection.select(event_id)
            self._update_actions()
            self._context_menu = self.context_menu()
            self._context_menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
            self._context_menu.popup(target.mapToGlobal(pos))

        widget.customContextMenuRequested.connect(show)

    def attach_timeline(self, timeline: TimelineView) -> None:
        """Right-click on the timeline: the edit menu, on the marker under the pointer if any."""

        def pick(pos: QPoint) -> str | None:
            # One numpy pass over the drawn markers: looping over 100,000 ids took seconds.
            return timeline.event_near(pos, MENU_PICK_PIXELS)

        self.attach_context_menu(timeline.plot, pick)

    def attach_event_table(self, table: QAbstractItemView) -> None:
        """Right-click in the event table: the edit menu, on the row under the pointer if any."""

        def pick(pos: QPoint) -> str | None:
            event_id = table.indexAt(pos).data(EventRole.EVENT_ID)
            return str(event_id) if event_id else None

        self.attach_context_menu(table, pick)

    # --- selection ---------------------------------------------------------------------
    def _selected_events(self) -> list[Event]:
        return [e for e in (self.session.find_event(i) for i in self.selection.ids) if e is not None]

    def _current_event(self) -> Event | None:
        """The one event a single-event edit applies to: the current one if selected."""
        events = self._selected_events()
        current = self.selection.current
        return next((e for e in events if e.id == current), events[0] if events else None)

    def _update_actions(self) -> None:
        events = self._selected_events()
        for action in self.event_actions:
            action.setEnabled(bool(events))
        hidden = bool(events) and all(e.hidden for e in events)
        self.hide_action.setText("S&how" if hidden else "&Hide")
        starred = bool(events) and all(e.starred for e in events)
        self.star_action.setText("Un&star" if starred else "&Star")
        self.merge_action.setEnabled(len({e.cluster_key for e in events}) >= 2)
        can_split = False
        if len(events) == 1:
            cluster = events[0].cluster_key
            can_split = sum(1 for e in self.session.events if e.cluster_key == cluster) >= 2
        self.split_action.setEnabled(can_split)

    # --- the stack ------------------------------------------------------------------------
    def undo(self) -> None:
        self.stack.undo()
        self._update_actions()

    def redo(self) -> None:
        self.stack.redo()
        self._update_actions()

    # --- the edits ---------------------------------------------------------------------
    def push(self, make: Callable[[], QUndoCommand]) -> bool:
        """Build the command and push it; a refused edit is a one-line message and changes nothing."""
        try:
            command = make()
        except CurationError as error:
            self.message.emit(str(error))
            return False
        self.stack.push(command)
        self.message.emit(command.text())
        self._update_actions()
        return True

    def _ask_dialog(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self.window, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def _nothing_selected(self) -> None:
        self.message.emit("Select an event first")

    def edit_headline(self) -> None:
        event = self._current_event()
        if event is None:
            return self._nothing_selected()
        text = self.ask("Edit headline", "Headline:", event.headline)
        if text is not None and text.strip() != event.headline:
            self.push(lambda: EditHeadline(self.session, event.id, text))
        return None

    def edit_date(self) -> None:
        event = self._current_event()
        if event is None:
            return self._nothing_selected()
        text = self.ask("Edit date", "Date (YYYY-MM-DD, YYYY-MM, YYYY or a TIMEX3 value such as 2021-W46):", event.date.value)
        if text is not None and text.strip() != event.date.value:
            self.push(lambda: EditEventDate(self.session, event.id, text))
        return None

    def edit_tags(self) -> None:
        events = self._selected_events()
        if not events:
            return self._nothing_selected()
        text = self.ask("Tags", "Tags, separated by commas:", ", ".join(events[0].tags))
        if text is not None:
            self.push(lambda: SetTags(self.session, [e.id for e in events], parse_tags(text)))
        return None

    def toggle_hidden(self) -> None:
        events = self._selected_events()
        hide = not all(e.hidden for e in events)
        self.push(lambda: SetHidden(self.session, [e.id for e in events], hide))

    def toggle_starred(self) -> None:
        events = self._selected_events()
        star = not all(e.starred for e in events)
        self.push(lambda: SetStarred(self.session, [e.id for e in events], star))

    def delete(self) -> None:
        ids = self.selection.ids
        self.push(lambda: DeleteEvents(self.session, ids))

    def merge(self) -> None:
        ids = self.selection.ids
        self.push(lambda: MergeEvents(self.session, ids))

    def split(self) -> None:
        event = self._current_event()
        if event is None:
            return self._nothing_selected()
        self.push(lambda: SplitEvent(self.session, event.id))
        return None

"""The Edit menu through the window: select, edit, see it on the timeline and in the table, undo."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from gui.main_window import MainWindow
from model.qt.event_table_model import EventColumn, EventRole
from tests.fakes import fake_result


@pytest.fixture
def win(make_window) -> MainWindow:
    window = make_window(fake_result())
    window.activateWindow()
    return window


def headline_cell(window: MainWindow, event_id: str) -> str:
    model = window.event_model
    return str(model.data(model.index(model.row_of(event_id), EventColumn.HEADLINE)))


def labelled(window: MainWindow, headline: str) -> bool:
    """Some marker label shows the headline (labels are elided to the room beside their marker)."""
    return any(headline.startswith(text.rstrip("…")) for text in window.timeline.label_texts())


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.timeline.plot, key, modifiers)


def test_edit_headline_shows_on_timeline_and_ctrl_z_restores(qtbot, win: MainWindow) -> None:
    curation = win.curation
    original = win.session.find_event("a-e1").headline  # type: ignore[union-attr]
    asked: list[str] = []

    def ask(title: str, label: str, text: str) -> str:
        asked.append(text)
        return "Leaders hold virtual summit"

    curation.ask = ask
    win.selection.select("a-e1")
    win.timeline.plot.setFocus()

    press(qtbot, win, Qt.Key.Key_F2)
    assert asked == [original], "the dialog starts from the current headline"
    assert headline_cell(win, "a-e1") == "Leaders hold virtual summit"
    qtbot.waitUntil(lambda: labelled(win, "Leaders hold virtual summit"))
    assert curation.undo_action.text().replace("&", "") == "Undo Edit headline"

    press(qtbot, win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert headline_cell(win, "a-e1") == original
    qtbot.waitUntil(lambda: not labelled(win, "Leaders hold virtual summit"))
    assert labelled(win, original)

    press(qtbot, win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert headline_cell(win, "a-e1") == "Leaders hold virtual summit"
    press(qtbot, win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, win, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert headline_cell(win, "a-e1") == "Leaders hold virtual summit"


def test_cancelled_dialog_changes_nothing(win: MainWindow) -> None:
    win.curation.ask = lambda title, label, text: None
    win.selection.select("a-e1")
    win.curation.headline_action.trigger()
    assert win.curation.stack.count() == 0


def test_invalid_date_is_a_status_message_and_nothing_changes(qtbot, win: MainWindow) -> None:
    win.curation.ask = lambda title, label, text: "sometime soon"
    win.selection.select("a-e2")
    with qtbot.waitSignal(win.curation.message) as blocker:
        win.curation.date_action.trigger()
    assert "not a date" in blocker.args[0]
    assert "not a date" in win.statusBar().currentMessage()
    assert win.session.find_event("a-e2").date.value == "2022"  # type: ignore[union-attr]
    assert win.curation.stack.count() == 0


def test_edit_date_moves_the_marker(qtbot, win: MainWindow) -> None:
    win.curation.ask = lambda title, label, text: "2021-11-20"
    win.selection.select("a-e2")
    before = win.timeline.marker_position("a-e2")
    win.curation.date_action.trigger()
    assert win.session.find_event("a-e2").date.value == "2021-11-20"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: win.timeline.marker_position("a-e2") != before)
    win.curation.undo_action.trigger()
    qtbot.waitUntil(lambda: win.timeline.marker_position("a-e2") == before)


def test_delete_key_removes_the_marker_and_undo_brings_it_back(qtbot, win: MainWindow) -> None:
    win.selection.select("b-e2")
    win.timeline.plot.setFocus()
    press(qtbot, win, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "b-e2" not in win.timeline.marker_ids())
    assert win.event_model.rowCount() == 4
    assert not win.curation.delete_action.isEnabled(), "nothing is selected any more"
    win.curation.undo_action.trigger()
    qtbot.waitUntil(lambda: "b-e2" in win.timeline.marker_ids())
    assert [e.id for e in win.session.events] == ["a-e1", "a-e2", "b-e1", "b-e2", "b-e3"]


def test_hide_and_star_toggle_and_their_labels_follow(win: MainWindow) -> None:
    curation = win.curation
    win.selection.select("a-e1")
    assert curation.hide_action.text() == "&Hide"
    curation.hide_action.trigger()
    assert win.session.find_event("a-e1").hidden  # type: ignore[union-attr]
    assert curation.hide_action.text() == "S&how"
    curation.hide_action.trigger()
    assert not win.session.find_event("a-e1").hidden  # type: ignore[union-attr]
    curation.star_action.trigger()
    assert win.session.find_event("a-e1").starred  # type: ignore[union-attr]
    assert curation.star_action.text() == "Un&star"
    curation.ask = lambda title, label, text: "summit, Biden"
    curation.tags_action.trigger()
    assert win.session.find_event("a-e1").tags == ["summit", "Biden"]  # type: ignore[union-attr]
    assert curation.stack.count() == 4


def test_merge_a_multi_selection_then_split_it(qtbot, win: MainWindow) -> None:
    curation = win.curation
    win.selection.select("a-e1")
    assert not curation.merge_action.isEnabled() and not curation.split_action.isEnabled()
    win.selection.set(["a-e1", "b-e1"])
    win.selection.select("a-e1")  # the current event of a multi-selection keeps the selection
    assert win.selection.ids == ["a-e1", "b-e1"]
    assert curation.merge_action.isEnabled()
    win.timeline.plot.setFocus()
    press(qtbot, win, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert curation.undo_action.text().replace("&", "") == "Undo Merge 2 events"
    assert win.session.find_event("b-e1").cluster == win.session.find_event("a-e1").cluster == "a-e1"  # type: ignore[union-attr]

    win.selection.select("b-e2")  # elsewhere: a plain single selection again
    assert win.selection.ids == ["b-e2"]
    win.selection.select("b-e1")
    assert curation.split_action.isEnabled()
    press(qtbot, win, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert win.session.find_event("b-e1").cluster == "b-e1"  # type: ignore[union-attr]
    assert not curation.split_action.isEnabled()


def test_edit_menu_sits_before_view_and_lists_the_edits(win: MainWindow) -> None:
    titles = [a.text().replace("&", "") for a in win.menuBar().actions()]
    assert titles.index("Edit") == titles.index("View") - 1
    texts = [a.text().replace("&", "") for a in win.curation.menu.actions() if not a.isSeparator()]
    assert {"Edit headline…", "Edit date…", "Delete", "Merge selected events", "Split from cluster"} <= set(texts)


def test_no_two_window_actions_share_a_shortcut(win: MainWindow) -> None:
    keys = Counter(
        key.toString() for action in win.actions() for key in action.shortcuts() if not key.isEmpty()
    )
    assert [k for k, n in keys.items() if n > 1] == []


def test_right_click_on_a_marker_selects_it_and_opens_the_edit_menu(qtbot, win: MainWindow) -> None:
    win.selection.select("a-e1")
    pos = win.timeline.marker_position("b-e3")
    assert pos is not None
    win.timeline.plot.customContextMenuRequested.emit(pos)
    assert win.selection.current == "b-e3"
    menu = win.curation._context_menu
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    assert win.curation.delete_action in menu.actions()
    menu.close()


def test_a_new_workspace_clears_the_undo_history_but_our_own_commands_do_not(win: MainWindow) -> None:
    win.selection.select("a-e1")
    win.curation.star_action.trigger()
    win.curation.delete_action.trigger()  # replaces the event list itself
    assert win.curation.stack.count() == 2
    win.curation.undo_action.trigger()
    win.curation.redo_action.trigger()
    assert win.curation.stack.count() == 2 and win.curation.undo_action.isEnabled()
    win.session.set_result(fake_result())  # as an opened project, a restore or File > New does
    assert win.curation.stack.count() == 0
    assert not win.curation.undo_action.isEnabled() and not win.curation.redo_action.isEnabled()


def test_hidden_events_leave_the_timeline_and_come_back(qtbot, win: MainWindow) -> None:
    win.selection.select("b-e1")
    win.timeline.plot.setFocus()
    press(qtbot, win, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "b-e1" not in win.timeline.marker_ids())
    assert win.curation.hide_action.text() == "S&how", "the hidden event stays selected, so it can be shown again"
    press(qtbot, win, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "b-e1" in win.timeline.marker_ids())


def test_the_windows_multi_selection_is_what_the_edits_act_on(qtbot, win: MainWindow) -> None:
    win.selection.select("b-e3")
    win.selection.set(["a-e2", "b-e3"])  # as the event table's Ctrl-click does
    assert win.selection.ids == ["a-e2", "b-e3"]
    assert win.event_table.selected_event_ids() == ["b-e3", "a-e2"]  # the table shows it, in date order
    win.curation.star_action.trigger()
    assert [e.id for e in win.session.events if e.starred] == ["a-e2", "b-e3"]
    win.curation.merge_action.trigger()
    assert win.session.find_event("a-e2").cluster == win.session.find_event("b-e3").cluster  # type: ignore[union-attr]


def test_right_click_in_the_event_table_opens_the_edit_menu(qtbot, win: MainWindow) -> None:
    table = win.event_table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(EventRole.EVENT_ID) == "b-e2")
    table.customContextMenuRequested.emit(table.visualRect(model.index(row, 1)).center())
    assert win.selection.current == "b-e2"
    menu = win.curation._context_menu
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    assert win.curation.merge_action in menu.actions()
    menu.close()

"""Filtering through the GUI: search box, facet ticks, chips, Clear all, hidden events, article list."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from gui.main_window import MainWindow
from model.core.result import ExtractionResult
from model.qt.article_list_model import ArticleRole
from model.qt.event_table_model import EventRole
from model.qt.facet_model import FacetRole
from tests.fakes import fake_result, many_happenings


def tagged_result() -> ExtractionResult:
    """The fake result with participants, so the participant facet has something to show."""
    result = fake_result()
    result.events[0].participants = ["Biden", "Xi"]
    result.events[1].participants = ["Xi"]
    result.events[2].participants = ["Austin"]
    return result


def shown(window: MainWindow) -> tuple[set[str], set[str]]:
    """The ids of the table's rows and of the timeline's markers."""
    table = window.event_table
    model = table.model()
    rows = {str(model.data(model.index(r, 0), EventRole.EVENT_ID)) for r in range(model.rowCount())}
    return rows, set(window.timeline.shown_ids())


def article_rows(window: MainWindow) -> list[str]:
    model = window.article_list.model()
    return [model.data(model.index(r, 0), ArticleRole.ARTICLE_ID) for r in range(model.rowCount())]


def search(qtbot, window: MainWindow, text: str) -> None:
    box = window.filter_bar.search
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(lambda: window.event_filter.state.text == box.text())  # after the debounce


@pytest.fixture
def win(make_window) -> MainWindow:
    return make_window(tagged_result())


def tick(qtbot, window: MainWindow, facet: str, value: str) -> None:
    """Click the value's check box in the Filters dock."""
    view = window.facet_panel.lists[facet]
    model = view.facet_model()
    index = model.index(model.row_of(value))
    view.scrollTo(index)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    assert not box.isEmpty()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_typed_search_filters_table_timeline_and_articles(qtbot, win: MainWindow) -> None:
    search(qtbot, win, "met on")
    assert shown(win) == ({"a-e1", "b-e1"}, {"a-e1", "b-e1"})
    search(qtbot, win, "report")
    assert shown(win) == ({"b-e2"}, {"b-e2"})
    assert article_rows(win) == ["b"]  # only articles with a shown event
    assert [c.label for c in win.filter_bar.chips()] == ["Search: “report”"]
    assert win.filter_bar.count_label.text() == "1 of 5 events"
    # Esc in the search box clears the search (not the window's Esc action).
    win.filter_bar.search.setFocus()
    qtbot.keyClick(win.filter_bar.search, Qt.Key.Key_Escape)
    assert win.filter_bar.search.text() == ""
    assert shown(win)[0] == {"a-e1", "a-e2", "b-e1", "b-e2", "b-e3"}
    assert article_rows(win) == ["a", "b"]


def test_ctrl_f_focuses_the_search_box(qtbot, win: MainWindow) -> None:
    win.event_table.setFocus()
    qtbot.waitUntil(win.event_table.hasFocus)
    qtbot.keyClick(win.event_table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(win.filter_bar.search.hasFocus)


def test_ticking_a_participant_updates_counts_rows_and_chips(qtbot, win: MainWindow) -> None:
    panel = win.facet_panel
    participants = panel.lists["participants"].facet_model()
    assert participants.count_of("Xi") == 2
    tick(qtbot, win, "participants", "Biden")
    qtbot.waitUntil(lambda: shown(win) == ({"a-e1"}, {"a-e1"}))
    win.facets.flush()
    modalities = panel.lists["modalities"].facet_model()
    assert [(modalities.data(modalities.index(r), FacetRole.VALUE), modalities.data(modalities.index(r), FacetRole.COUNT))
            for r in range(modalities.rowCount())] == [("happened", 1)]
    assert participants.count_of("Xi") == 2  # counted under the other facets, not its own
    assert participants.data(participants.index(participants.row_of("Biden")), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # A second participant widens the filter (either one).
    tick(qtbot, win, "participants", "Austin")
    qtbot.waitUntil(lambda: shown(win)[0] == {"a-e1", "b-e1"})
    chips = win.filter_bar.chip_buttons()
    assert [b.text() for b in chips] == ["Participant: Austin  ×", "Participant: Biden  ×"]
    # Removing a chip by clicking it restores what it filtered.
    qtbot.mouseClick(chips[1], Qt.MouseButton.LeftButton)
    assert shown(win) == ({"b-e1"}, {"b-e1"})
    qtbot.mouseClick(win.filter_bar.chip_buttons()[0], Qt.MouseButton.LeftButton)
    assert shown(win)[0] == {"a-e1", "a-e2", "b-e1", "b-e2", "b-e3"}
    assert win.filter_bar.chips() == []
    assert not win.filter_bar.clear_button.isEnabled()


def test_clear_all_restores_everything(qtbot, win: MainWindow) -> None:
    search(qtbot, win, "met")
    win.facet_panel.starred_only.setChecked(True)
    win.facet_panel.set_date_range(None, None)
    tick(qtbot, win, "modalities", "happened")
    assert shown(win)[0] == set()  # nothing starred
    assert len(win.filter_bar.chips()) == 3
    qtbot.mouseClick(win.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    assert shown(win) == ({"a-e1", "a-e2", "b-e1", "b-e2", "b-e3"},) * 2
    assert win.filter_bar.search.text() == ""
    assert not win.facet_panel.starred_only.isChecked()
    assert article_rows(win) == ["a", "b"]


def test_date_range_editor_and_chip(qtbot, win: MainWindow) -> None:
    panel = win.facet_panel
    win.facets.flush()
    assert panel.date_from.date().toString("yyyy-MM-dd") == "2021-10-01"  # offered: the events' span
    assert panel.date_to.date().toString("yyyy-MM-dd") == "2022-12-31"
    panel.date_box.setChecked(True)
    panel.date_from.setDate(panel.date_from.date().addDays(40))  # 2021-11-10
    panel.date_to.setDate(panel.date_from.date().addDays(10))  # 2021-11-20
    qtbot.waitUntil(lambda: shown(win)[0] == {"a-e1"})
    assert [c.label for c in win.filter_bar.chips()] == ["Dates: 2021-11-10 – 2021-11-20"]
    panel.date_box.setChecked(False)
    assert len(shown(win)[0]) == 5


def test_hidden_events_disappear_unless_show_hidden(qtbot, win: MainWindow) -> None:
    session = win.session
    event = session.find_event("b-e3")
    assert event is not None
    session.replace_events([replace(event, hidden=True)])
    qtbot.waitUntil(lambda: "b-e3" not in win.timeline.marker_ids())
    assert "b-e3" not in shown(win)[0]
    win.facet_panel.show_hidden.setChecked(True)
    assert "b-e3" in shown(win)[0] and "b-e3" in win.timeline.marker_ids()
    assert [c.label for c in win.filter_bar.chips()] == ["Showing hidden"]
    qtbot.mouseClick(win.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    assert "b-e3" not in shown(win)[0]


def test_search_on_the_sample_articles(qtbot, window: MainWindow) -> None:
    """Integration: the real extraction; the views agree with a search done by hand."""
    needle = "summit"
    expected = {
        e.id for e in window.session.events
        if not e.hidden and needle in f"{e.headline}\n{e.sentence.text}\n{e.timex.text}".casefold()
    }
    assert expected, "the samples tell of a summit"
    search(qtbot, window, "Summit")
    # One entry per happening: the reports of one cluster show as one row and one marker.
    cluster = {e.id: e.cluster_key for e in window.session.events}
    rows, markers = shown(window)
    assert rows == markers and rows <= expected
    assert sorted(cluster[i] for i in rows) == sorted({cluster[i] for i in expected})
    articles = {e.article for e in window.session.events if e.id in expected}
    assert set(article_rows(window)) == articles
    qtbot.mouseClick(window.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    visible = [e for e in window.session.events if not e.hidden]
    assert len(shown(window)[1]) == len({e.cluster_key for e in visible})


def test_a_removed_chip_disappears_at_once(qtbot, win: MainWindow) -> None:
    """Bug: removed chips stayed on screen until the event loop deleted them, so a grab taken
    meanwhile showed filters that no longer applied."""
    tick(qtbot, win, "participants", "Biden")
    qtbot.waitUntil(lambda: [b.isHidden() for b in win.filter_bar.chip_buttons()] == [False])
    old = win.filter_bar.chip_buttons()[0]
    win.event_filter.clear_filters()
    assert win.filter_bar.chip_buttons() == []
    assert old.isHidden()  # before any DeferredDelete has been processed


def test_key_events_control_narrows_table_and_timeline_and_explains_the_rank(qtbot, make_window) -> None:
    result = tagged_result()
    # The summit told by a second article: the happening the corpus tells most.
    summit = result.events[0]
    summit.cluster = summit.id
    second = replace(result.events[2], id="b-summit", cluster=summit.id)
    result.events.append(second)
    window = make_window(result)
    bar = window.filter_bar
    window.event_table.setFocus()
    qtbot.waitUntil(window.event_table.hasFocus)
    qtbot.keyClick(window.event_table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bar.key_events.view().isVisible())  # Ctrl+K opens the choices
    bar.key_events.hidePopup()
    index = bar.key_events.findData(10)
    bar.key_events.setCurrentIndex(index)
    bar.key_events.activated.emit(index)
    assert window.event_filter.state.key_events == 10
    assert "Key events: top 10" in [chip.label for chip in bar.chips()]
    # Top 1: only the summit's entry, on the table and on the timeline.
    window.event_filter.set_state(window.event_filter.state.with_key_events(1))
    qtbot.waitUntil(lambda: shown(window)[1] <= {summit.id, "b-summit"} and len(shown(window)[0]) == 1)
    assert bar.key_events.currentText() == "Key events: top 1"
    model = window.event_table.model()
    tip = str(model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole))
    assert "Key event 1 of" in tip and "told by 2 articles" in tip
    bar.clear_all()
    qtbot.waitUntil(lambda: window.event_filter.state.key_events is None)
    assert bar.key_events.currentText() == "Key events: all"


def test_top_10_shows_10_rows_once_the_rank_job_reports(qtbot, make_window) -> None:
    """The ranks are computed in a job, not on the GUI thread: the Key events control is busy until
    they land, then the table and the timeline show the ten most important happenings."""
    window = make_window()
    bar = window.filter_bar
    window.session.set_result(many_happenings(30))
    assert window.key_ranker.busy and bar.ranking.isVisible()
    index = bar.key_events.findData(10)
    bar.key_events.setCurrentIndex(index)
    bar.key_events.activated.emit(index)
    assert window.event_filter.state.key_events == 10
    if window.key_ranker.busy:  # the job reports on the GUI thread: nothing lands before we wait
        with qtbot.waitSignal(window.key_ranker.busyChanged, timeout=10000, check_params_cb=lambda busy: not busy):
            pass
    assert window.event_table.model().rowCount() == 10
    assert not bar.ranking.isVisible()
    qtbot.waitUntil(lambda: len(shown(window)[1]) == 10)
    assert shown(window)[0] == shown(window)[1]
    assert bar.count_label.text() == "10 of 30 events"

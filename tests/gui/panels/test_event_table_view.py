"""The event table in the window: sorting, selection both ways with the timeline, multi-select, keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.main_window import MainWindow
from model.qt.event_table_model import EventColumn, EventRole
from tests.fakes import fake_result
from tests.gui.test_selection import click_marker

BY_DATE = ["b-e2", "b-e1", "a-e1", "b-e3", "a-e2"]


def table_ids(window: MainWindow) -> list[str]:
    model = window.event_table.model()
    return [str(model.data(model.index(r, 0), EventRole.EVENT_ID)) for r in range(model.rowCount())]


def column_texts(window: MainWindow, column: int) -> list[str]:
    model = window.event_table.model()
    return [str(model.data(model.index(r, column))) for r in range(model.rowCount())]


def click_row(qtbot, window: MainWindow, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    table = window.event_table
    rect = table.visualRect(table.model().index(row, EventColumn.HEADLINE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def click_header(qtbot, window: MainWindow, column: int) -> None:
    header = window.event_table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, header.height() // 2))


def test_sorted_by_date_first_and_by_each_column_on_click(qtbot, make_window) -> None:
    window = make_window(fake_result())
    assert table_ids(window) == BY_DATE
    click_header(qtbot, window, EventColumn.HEADLINE)
    headlines = column_texts(window, EventColumn.HEADLINE)
    assert headlines == sorted(headlines, key=str.casefold)
    click_header(qtbot, window, EventColumn.HEADLINE)  # again: descending
    assert column_texts(window, EventColumn.HEADLINE) == sorted(headlines, key=str.casefold, reverse=True)
    click_header(qtbot, window, EventColumn.SOURCE)
    assert column_texts(window, EventColumn.SOURCE) == ["Officials met on Tuesday, Nov 2 2021."] * 3 + ["Reuters"] * 2
    click_header(qtbot, window, EventColumn.MODALITY)
    modalities = column_texts(window, EventColumn.MODALITY)
    assert modalities == sorted(modalities)
    click_header(qtbot, window, EventColumn.CONFIDENCE)
    confidences = [float(c) for c in column_texts(window, EventColumn.CONFIDENCE)]
    assert confidences == sorted(confidences)
    click_header(qtbot, window, EventColumn.DATE)
    assert table_ids(window) == BY_DATE
    # The timeline shows the same events whatever the table's order.
    assert set(window.timeline.marker_ids()) == set(BY_DATE)


def test_selecting_a_row_selects_the_marker_and_shows_the_sentence(qtbot, make_window) -> None:
    result = fake_result()
    window = make_window(result)
    click_row(qtbot, window, 3)  # b-e3 by date
    event = next(e for e in result.events if e.id == "b-e3")
    assert window.selection.current == "b-e3"
    assert window.timeline.selected_event_id == "b-e3"
    assert window.article_view.highlighted_sentence() == event.sentence.text
    assert window.selection.ids == ["b-e3"]


def test_clicking_a_marker_selects_the_row(qtbot, make_window) -> None:
    window = make_window(fake_result())
    click_marker(qtbot, window, "a-e2")
    assert window.event_table.selected_event_ids() == ["a-e2"]
    assert window.event_table.currentIndex().row() == BY_DATE.index("a-e2")


def test_multi_select_and_selection_signal(qtbot, make_window) -> None:
    window = make_window(fake_result())
    with qtbot.waitSignal(window.selection.changed) as first:
        click_row(qtbot, window, 0)
    assert first.args == [["b-e2"]]
    with qtbot.waitSignal(window.selection.changed) as more:
        click_row(qtbot, window, 2, Qt.KeyboardModifier.ControlModifier)
    assert more.args == [["b-e2", "a-e1"]]
    click_row(qtbot, window, 4, Qt.KeyboardModifier.ShiftModifier)
    assert window.selection.ids == ["b-e2", "a-e1", "b-e3", "a-e2"]
    assert window.selection.current == "a-e2"  # the current one, shown in the article view
    # The timeline shows the whole selection: a thick ring on the current one, thin on the rest.
    assert window.timeline.selected_event_id == "a-e2"
    assert sorted(window.timeline.selection_ring_ids()) == ["a-e1", "b-e2", "b-e3"]
    # A filter that keeps some of them keeps those selected.
    window.event_filter.set_article_ids({"a"})
    assert window.selection.ids == ["a-e1", "a-e2"]
    window.event_filter.clear_filters()
    assert window.selection.ids == ["a-e1", "a-e2"]


def test_arrow_keys_walk_in_time_and_enter_opens_the_source(qtbot, make_window) -> None:
    window = make_window(fake_result())
    click_row(qtbot, window, 0)
    table = window.event_table
    visited = [window.selection.current]
    for _ in range(4):
        qtbot.keyClick(table, Qt.Key.Key_Down)
        visited.append(window.selection.current)
    assert visited == BY_DATE
    assert window.timeline.selected_event_id == "a-e2"
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert window.selection.current == "b-e3"
    window.article_view.show_article(None)
    with qtbot.waitSignal(table.eventActivated) as activated:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert activated.args == ["b-e3"]
    assert window.article_view.highlighted_sentence() == "Emoji before a date: Nov 30 2021."


def test_a_collapsed_report_selects_its_entry_under_any_model_that_collapses_reports(qtbot) -> None:
    # The table asked for the app's filter class by name; any proxy that says which entry stands for
    # a report (model.qt.event_source.CollapsesReports) is heard now, as in the timeline.
    from datetime import date

    from gui.panels.event_table_view import EventTableView
    from model.core.result import ExtractionResult
    from model.qt.event_table_model import EventTableModel
    from model.state.selection import Selection
    from model.state.session import Session
    from tests.gui.timeline.test_timeline_view import OneEntryPerHappening, articles, event

    session = Session()
    proxy = OneEntryPerHappening()
    proxy.setSourceModel(EventTableModel(session))
    session.set_result(ExtractionResult(articles(2), [
        event(1, "a0", date(2021, 11, 15), headline="Xi and Biden hold virtual summit"),
        event(2, "a1", date(2021, 11, 15), headline="Biden and Xi meet by video"),
        event(3, "a1", date(2021, 11, 16), headline="Kirby holds briefing"),
    ]))
    selection = Selection(session)
    view = EventTableView(selection=selection)
    qtbot.addWidget(view)
    view.setModel(proxy)
    selection.set_current("e2")  # the Reuters report of the summit, shown as the Pentagon's entry
    assert view.current_event_id() == "e1"

"""Both directions of the timeline <-> article text link, through real mouse clicks."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from gui.main_window import MainWindow
from tests.fakes import fake_result


def click_marker(qtbot, window: MainWindow, event_id: str) -> None:
    timeline = window.timeline
    timeline.select_event(event_id)  # brings it into view if needed
    timeline.select_event(None)
    pos = timeline.marker_position(event_id)
    assert pos is not None and timeline.plot.viewport().rect().contains(pos)
    with qtbot.waitSignal(timeline.eventActivated) as blocker:
        qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [event_id]


def test_click_marker_shows_sentence_in_fake_result(qtbot, make_window) -> None:
    result = fake_result()
    window = make_window(result)
    event = next(e for e in result.events if e.id == "b-e3")  # after an emoji: UTF-16 offsets
    click_marker(qtbot, window, event.id)
    assert window.selection.current == event.id
    assert window.timeline.selected_event_id == event.id
    assert window.article_view.highlighted_sentence() == event.sentence.text
    assert window.article_view.highlighted_timex() == "Nov 30 2021"
    # The extra selection really covers the sentence in the document.
    selections = window.article_view.extraSelections()
    assert selections[-2].cursor.selectedText() == event.sentence.text
    assert selections[-1].cursor.selectedText() == "Nov 30 2021"


def test_click_marker_on_samples(qtbot, window: MainWindow) -> None:
    result = window.session.result
    # Markers are the dated events; an undated one sits in its article's band, not on a day.
    dated = [e for e in result.events if e.date.granularity != "relative"]
    for event in (dated[0], dated[-1]):
        click_marker(qtbot, window, event.id)
        article = result.article(event.article)
        assert article is not None
        assert window.article_view.article is not None and window.article_view.article.id == article.id
        assert window.article_view.highlighted_sentence() == event.sentence.text
        assert window.article_view.highlighted_sentence() == article.text[event.sentence.start : event.sentence.end]
        assert event.timex.text == window.article_view.highlighted_timex()
        # the article list follows
        assert window.article_list.currentIndex().row() == window.article_model.row_of(article.id)


def test_click_sentence_selects_event(qtbot, window: MainWindow) -> None:
    result = window.session.result
    first = next(e for e in result.events if e.date.granularity != "relative")
    click_marker(qtbot, window, first.id)  # opens the first dated event's article
    # Another event of the same article if there is one, so the selection really moves.
    target = next((e for e in result.events if e.article == first.article and e.id != first.id), first)
    view = window.article_view
    article = result.article(target.article)
    assert article is not None
    view.show_event(article, target)  # scrolls its sentence into view
    window.timeline.select_event(None)
    # Click inside its date expression: the event meant even when a sentence holds several.
    pos = view.position_of((target.timex.start + target.timex.end) // 2)
    with qtbot.waitSignal(view.eventClicked) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [target.id]
    assert window.selection.current == target.id
    assert window.timeline.selected_event_id == target.id
    assert view.highlighted_sentence() == target.sentence.text


def test_click_outside_event_sentences_selects_nothing(qtbot, make_window) -> None:
    window = make_window(fake_result())
    view = window.article_view
    window.article_list.selectRow(0)
    assert view.article is not None and view.article.id == "a"
    pos = view.position_of(3)  # "Talks resumed." holds no event
    with qtbot.assertNotEmitted(view.eventClicked):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.selection.current is None


def test_fake_click_sentence_selects_event_and_centres_marker(qtbot, make_window) -> None:
    window = make_window(fake_result())
    window.article_list.selectRow(1)
    view = window.article_view
    window.timeline.zoom(0.01)  # most markers are now off-screen
    pos = view.position_of(view.article.text.index("October"))
    with qtbot.waitSignal(view.eventClicked) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["b-e2"]
    assert window.timeline.selected_event_id == "b-e2"
    x0, x1 = window.timeline.x_range()
    marker = window.timeline._markers["b-e2"]
    assert x0 <= marker.x <= x1


def test_hover_shows_date_headline_and_source(qtbot, make_window) -> None:
    window = make_window(fake_result())
    timeline = window.timeline
    pos = timeline.marker_position("a-e1")
    assert pos is not None
    viewport = timeline.plot.viewport()
    # pyqtgraph drops mouse moves closer together than its rate limit: move, pause, move.
    for _ in range(20):
        qtbot.mouseMove(viewport, pos - QPoint(30, 30))
        qtbot.wait(40)
        qtbot.mouseMove(viewport, pos)
        qtbot.wait(40)
        if "The leaders met" in timeline.view_box.toolTip():
            break
    assert "The leaders met" in timeline.view_box.toolTip()
    assert timeline.view_box.toolTip().splitlines()[0] == "2021-11-15"
    assert "Reuters" in timeline.view_box.toolTip()


def test_choosing_an_article_shows_its_text_with_event_sentences(qtbot, make_window) -> None:
    result = fake_result()
    window = make_window(result)
    index = window.article_list.model().index(1, 0)  # the list shows a proxy of the article model
    rect = window.article_list.visualRect(index)
    qtbot.mouseClick(window.article_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = window.article_view
    assert view.article is result.articles[1]
    assert len(view.extraSelections()) == 3  # its three event sentences, marked
    assert view.selected_event is None

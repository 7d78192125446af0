"""The overview strip: whole-span density and a window tied to the timeline's range."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from gui.timeline.overview_strip import OverviewStrip
from gui.timeline.timeline_view import TimelineView
from model.qt.event_filter_model import EventFilterModel
from model.qt.event_table_model import EventTableModel
from model.state.session import Session
from tests.gui.timeline.test_timeline_view import many_result


def build(qtbot, n: int = 500):
    session = Session()
    model = EventTableModel(session)
    proxy = EventFilterModel()
    proxy.setSourceModel(model)
    box = QWidget()
    timeline = TimelineView()
    strip = OverviewStrip(timeline)
    layout = QVBoxLayout(box)
    layout.addWidget(timeline, 1)
    layout.addWidget(strip)
    qtbot.addWidget(box)
    box.resize(1000, 600)
    box.show()
    qtbot.waitExposed(box)
    session.set_result(many_result(n))
    timeline.set_model(proxy)
    build.keep = box  # type: ignore[attr-defined]  # qtbot holds widgets weakly
    return session, proxy, timeline, strip


def send(widget: QWidget, kind, pos: QPoint, buttons) -> None:
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        Qt.MouseButton.LeftButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_strip_shows_density_of_all_events(qtbot) -> None:
    _s, proxy, timeline, strip = build(qtbot)
    xs, counts = strip.curve.getData()
    assert counts.sum() == 500
    proxy.set_article_ids({"a0"})
    qtbot.waitUntil(lambda: strip.curve.getData()[1].sum() == len(timeline.marker_ids()) < 500)
    strip.dispose()
    timeline.dispose()


def test_dragging_the_window_moves_the_timeline_and_zoom_moves_the_window(qtbot) -> None:
    _s, _p, timeline, strip = build(qtbot)
    assert strip.window_range() == timeline.x_range()
    timeline.zoom(0.25)
    z0, z1 = timeline.x_range()
    assert strip.window_range() == (z0, z1)  # the window follows the main view's zoom
    # Drag the window's middle to the right with the mouse.
    viewport = strip.plot.viewport()
    centre = strip.view_box.mapViewToScene(QPointF((z0 + z1) / 2, strip.view_box.viewRange()[1][1] / 2))
    start = strip.plot.mapFromScene(centre)
    end = start + QPoint(120, 0)
    send(viewport, QMouseEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for k in range(1, 7):
        send(viewport, QMouseEvent.Type.MouseMove, start + QPoint(20 * k, 0), Qt.MouseButton.LeftButton)
    send(viewport, QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    m0, m1 = timeline.x_range()
    assert m0 > z0 and m1 > z1
    assert abs((m1 - m0) - (z1 - z0)) < (z1 - z0) * 1e-6  # moved, not resized
    assert strip.window_range() == (m0, m1)
    # Setting the window (as a drag does) also drives the main view.
    strip.set_window(z0, z0 + (z1 - z0) / 2)
    assert timeline.x_range() == strip.window_range()
    strip.dispose()
    timeline.dispose()


def test_dispose_is_clean(qtbot) -> None:
    _s, _p, timeline, strip = build(qtbot, 20)
    strip.dispose()
    assert strip.region.scene() is None and strip.curve.scene() is None
    timeline.zoom(0.5)  # the timeline no longer drives a disposed strip
    timeline.dispose()


def test_strip_lines_up_with_the_timeline(qtbot) -> None:
    _s, _p, timeline, strip = build(qtbot, 50)

    def left_edge(plot, view_box) -> int:
        scene_left = view_box.sceneBoundingRect().topLeft()
        return plot.mapToGlobal(plot.mapFromScene(scene_left)).x()

    qtbot.waitUntil(
        lambda: abs(left_edge(strip.plot, strip.view_box) - left_edge(timeline.plot, timeline.view_box)) <= 2
    )
    strip.dispose()
    timeline.dispose()


def test_an_empty_strip_shows_no_date(qtbot) -> None:
    session, _proxy, timeline, strip = build(qtbot, n=0)
    assert timeline.data_span() is None
    assert strip.axis.tickStrings([0.0, 86400.0], 1.0, 86400.0) == ["", ""]  # no "1 Jan 00:00"
    session.set_result(many_result(50))
    qtbot.waitUntil(lambda: strip.region.isVisible())
    assert strip.axis.tickStrings([0.0], 1.0, 86400.0) == ["1 Jan 1970"]
    strip.dispose()
    timeline.dispose()

"""The window as a user meets it: menus and shortcuts, files in, problems shown, export, zoom."""

from __future__ import annotations

import shutil
import warnings

import pyqtgraph as pg
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QApplication

from gui.main_window import MainWindow
from gui.timeline.date_axis import tick_label
from model.core.time_axis import DAY, to_datetime
from tests.fakes import fake_result


def drop(window: MainWindow, paths: list) -> None:
    """What a drag from a file manager delivers: a drag-enter the window accepts, then the drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # PySide marks the QPoint constructor deprecated
        enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    assert event.isAccepted()


def test_title_menus_and_shortcuts(make_window) -> None:
    window = make_window()
    assert window.windowTitle() == "Untitled[*] — Chronicle"  # "*" shows once there are unsaved edits
    shortcuts = {
        window.open_action: "Ctrl+O",
        window.export_action: "Ctrl+E",
        window.quit_action: "Ctrl+Q",
        window.fit_action: "Ctrl+0",
        window.zoom_in_action: "+",
        window.zoom_out_action: "-",
    }
    for action, keys in shortcuts.items():
        assert QKeySequence(keys) in action.shortcuts(), action.text()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&File" and menus.index("&Edit") == menus.index("&View") - 1


def test_timeline_uses_one_scatter_item_and_shows_tooltips(qtbot, make_window) -> None:
    result = fake_result()
    window = make_window(result)
    qtbot.waitUntil(lambda: not window.key_ranker.busy)  # the key-event ranks come from a job
    items = window.timeline.plot.getPlotItem().items
    scatters = [i for i in items if isinstance(i, pg.ScatterPlotItem)]
    # all markers + the multi-selection rings + the current event's ring + the undated bands
    assert len(scatters) == 4
    assert len(window.timeline.scatter.points()) == len(result.events)
    assert len(window.timeline.bars.opts["x0"]) == 2  # the year and the month, not the days
    tip = window.timeline._tip(0, 0, "a-e1")
    assert tip.splitlines()[:3] == ["2021-11-15", "The leaders met on Nov 15, 2021 in a vir", "Reuters"]
    # Where the happening ranks among the key events, and why.
    assert tip.splitlines()[3].startswith("Key event ") and "told by 1 article" in tip.splitlines()[3]
    axis = window.timeline.plot.getPlotItem().getAxis("left")
    # Lanes by first event, named by their articles (the untitled one by its first line, elided).
    first, second = (label for _, label in axis._tickLevels[0])
    assert first.startswith("Officials met on") and second == "Leaders meet"


def test_zoom_fit_and_labels(qtbot, make_window) -> None:
    window = make_window(fake_result())
    timeline = window.timeline
    x0, x1 = timeline.x_range()
    assert all(x0 <= m.x <= x1 for m in timeline._markers.values())
    window.zoom_in_action.trigger()
    z0, z1 = timeline.x_range()
    assert (z1 - z0) < (x1 - x0) * 0.6
    window.zoom_out_action.trigger()
    window.zoom_out_action.trigger()
    window.fit_action.trigger()
    assert timeline.x_range() == (x0, x1)
    qtbot.waitUntil(lambda: bool(timeline.label_texts()))
    assert "They agreed to talk again in 2022." in timeline.label_texts()


def test_wheel_zooms_time_only(qtbot, make_window) -> None:
    window = make_window(fake_result())
    vb = window.timeline.view_box
    viewport = window.timeline.plot.viewport()
    (_, _), y_before = vb.viewRange()
    x0, x1 = window.timeline.x_range()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 240),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(viewport, wheel)
    (_, _), y_after = vb.viewRange()
    assert y_after == y_before
    n0, n1 = window.timeline.x_range()
    assert n1 - n0 < x1 - x0


def test_date_axis_reads_years_months_days() -> None:
    moment = to_datetime(1636934400.0)  # 2021-11-15 00:00 UTC
    assert moment is not None
    assert tick_label(moment, 365 * DAY, first=False) == "2021"
    assert tick_label(moment, 31 * DAY, first=False) == "Nov"
    assert tick_label(moment, 31 * DAY, first=True) == "Nov 2021"
    assert tick_label(moment, DAY, first=False) == "15 Nov"
    assert tick_label(moment, DAY, first=True) == "15 Nov 2021"


def test_drop_a_file_adds_its_article(qtbot, make_window, nlp, samples_dir, tmp_path) -> None:
    window = make_window()
    window.workflow.set_pipeline(nlp)
    sample = tmp_path / "dropped.txt"
    shutil.copy(next(samples_dir.glob("reuters*.txt")), sample)
    with qtbot.waitSignal(window.workflow.extractionFinished, timeout=120_000):
        drop(window, [sample])
    assert window.article_model.rowCount() == 1
    assert window.session.articles[0].path.endswith("dropped.txt")
    qtbot.waitUntil(lambda: bool(window.timeline.marker_ids()))  # the timeline redraws on the next loop turn
    assert "1 article" in window.status_label.text()


def test_bad_files_go_to_the_problems_panel_not_dialogs(qtbot, make_window, nlp, tmp_path) -> None:
    window = make_window()
    window.workflow.set_pipeline(nlp)
    bad = tmp_path / "broken.json"
    bad.write_text("[{]", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with qtbot.waitSignal(window.session.errorsChanged, timeout=30_000):
        drop(window, [bad, empty])
    qtbot.waitUntil(lambda: not window.workflow.busy)
    assert window.errors_dock.isVisible()
    assert window.errors_list.count() >= 1
    assert "broken.json" in window.errors_list.item(0).text()
    assert QApplication.activeModalWidget() is None


def test_missing_model_shows_a_message_not_a_traceback(qtbot, make_window, monkeypatch) -> None:
    import model.nlp.loading

    monkeypatch.setattr(model.nlp.loading, "available_model", lambda: None)
    window = make_window()
    with qtbot.waitSignal(window.workflow.modelFailed, timeout=30_000):
        window.workflow.start_model_load()
    assert window.banner.isVisible()
    assert "pip install" in window.banner.text()
    assert "Traceback" not in window.banner.text()


def test_export_visible_timeline_as_png(qtbot, make_window, tmp_path) -> None:
    window = make_window(fake_result())
    out = tmp_path / "timeline.png"
    job = window.exports.export_image(out)
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    image = QImage(str(out))
    assert image.width() >= 1600 and image.height() > 100
    assert "exported" in window.status_label.text()


def test_export_action_opens_the_export_dialog(qtbot, make_window) -> None:
    window = make_window(fake_result())
    window.export_action.trigger()
    dialog = window.exports.export_window
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert QApplication.activeModalWidget() in (dialog, None)
    dialog.reject()


def test_extraction_shows_progress_and_can_be_cancelled(qtbot, make_window, nlp, samples_dir, tmp_path) -> None:
    window = make_window()
    window.workflow.set_pipeline(nlp)
    for i in range(20):  # enough articles that the extraction is still running when we cancel
        for sample in samples_dir.glob("*.txt"):
            (tmp_path / f"{i}-{sample.name}").write_text(sample.read_text(encoding="utf-8") + f"\n{i}\n", encoding="utf-8")
    with qtbot.waitSignal(window.workflow.progress, timeout=60_000):
        window.open_paths([str(tmp_path)])
    assert window.progress_bar.isVisible() and window.cancel_button.isVisible()
    assert "Analysing 60 article(s)" in window.status_label.text()
    with qtbot.waitSignal(window.workflow.extractionCancelled, timeout=120_000):
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.progress_bar.isVisible() and not window.cancel_button.isVisible()
    assert window.article_model.rowCount() == 0  # nothing half-done is kept
    assert window.status_label.text() == "Extraction cancelled"


def test_extraction_in_window_fills_every_view(qtbot, make_window, nlp, samples_dir) -> None:
    window = make_window()
    window.workflow.set_pipeline(nlp)
    with qtbot.waitSignal(window.workflow.extractionFinished, timeout=120_000):
        window.open_paths([str(samples_dir)])
    n = len(window.session.events)
    entries = len({e.cluster_key for e in window.session.events})
    assert entries < n  # the summit is told twice
    assert window.status_label.text() == f"3 articles, {entries} events ({n} reports)"
    assert window.article_model.rowCount() == 3
    # One marker per entry: the summit both articles report is one.
    qtbot.waitUntil(lambda: 0 < len(window.timeline.shown_ids()) == window.event_filter.rowCount() < n)
    assert window.article_view.article is not None  # the first article is shown
    assert not window.progress_bar.isVisible()


def test_without_a_model_articles_can_still_be_read(qtbot, make_window, monkeypatch, samples_dir) -> None:
    import model.nlp.loading

    monkeypatch.setattr(model.nlp.loading, "available_model", lambda: None)
    window = make_window()
    with qtbot.waitSignal(window.workflow.modelFailed, timeout=30_000):
        window.workflow.start_model_load()
    with qtbot.waitSignal(window.session.resultChanged, timeout=30_000):
        window.open_paths([str(samples_dir)])
    assert window.article_model.rowCount() == 3
    assert window.article_view.article is not None
    assert window.status_label.text() == "3 article(s) opened but not analysed: no language model"


def test_zoom_keys_work_while_reading_the_article(qtbot, make_window) -> None:
    window = make_window(fake_result())
    window.activateWindow()
    window.article_view.setFocus()
    qtbot.waitUntil(window.article_view.hasFocus)
    x0, x1 = window.timeline.x_range()
    qtbot.keyClick(window.article_view, Qt.Key.Key_Plus)
    z0, z1 = window.timeline.x_range()
    assert z1 - z0 < x1 - x0
    qtbot.keyClick(window.article_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.timeline.x_range() == (x0, x1)


def test_the_exported_image_has_the_lanes_the_timeline_shows(qtbot, make_window) -> None:
    """Bug: the image was always grouped by article, whatever grouping the user had chosen."""
    from tests.fakes import fake_result

    result = fake_result()
    for event, who in zip(result.events, ["Biden", "Xi", "Biden", "Austin", "Xi"], strict=False):
        event.participants = [who]
    window = make_window(result)
    window.timeline.set_lane_mode("participant")
    window.exports.export_dialog()
    dialog = window.exports.export_window
    assert dialog is not None
    scene = dialog.scene()
    assert {lane.label for lane in scene.lanes} == set(window.timeline.lane_labels())
    assert {lane.label for lane in scene.lanes} <= {"Biden", "Xi", "Austin"}
    dialog.close()


def test_a_dropped_output_folder_is_read_back_beside_what_is_open(qtbot, make_window, tmp_path) -> None:
    from dataclasses import replace

    from model.core.result import ExtractionResult
    from model.core.rows import article_row, event_row
    from model.nlp.distributed import write_tables

    open_now = fake_result()
    window = make_window(ExtractionResult(open_now.articles[1:], open_now.events[2:]))  # article "b"
    written = fake_result()
    written.articles[0] = replace(written.articles[0], id="a", path="/elsewhere/a.txt")
    write_tables([article_row(a) for a in written.articles[:1]], [event_row(e) for e in written.events[:2]],
                 tmp_path / "out")
    with qtbot.waitSignal(window.session.resultChanged, timeout=30_000):
        drop(window, [tmp_path / "out"])  # no language model in this window: none is needed
    assert window.article_model.rowCount() == 2
    assert {e.id for e in window.session.events} == {"a-e1", "a-e2", "b-e1", "b-e2", "b-e3"}
    qtbot.waitUntil(lambda: "a-e1" in window.timeline.shown_ids() or "a-e1" in window.timeline.marker_ids())
    assert window.status_label.text().startswith("Read back without analysing again")

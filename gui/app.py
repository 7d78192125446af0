"""Start the application: window first, language model and articles in the background.

Shutdown order matters with pyqtgraph on PySide6: if plot items are still alive
when the interpreter finalises, the process can die with "Fatal Python error:
none_dealloc". So the window disposes its plot items, workers are joined and the
widgets are deleted before run_app returns.

Hooks for tests and screenshots (environment variables):
    CHRONICLE_AUTOQUIT_MS    quit this many ms after the first extraction ends (or fails)
    CHRONICLE_SCREENSHOT     save a grab of the window there just before the auto-quit
    CHRONICLE_SELECT_EVENT   select this event id (or "first") once events are in, for screenshots
    CHRONICLE_REPORT_STARTUP print start-up milestones on stderr (gui/startup_report.py)
    CHRONICLE_RECOVERY_DIR   where untitled work is autosaved (default: recovery/ in the app data folder)
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from functools import partial

import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gui.actions.scale_guard import confirm_large_corpus
from gui.main_window import MainWindow
from gui.qt_libraries import xcb_problem
from gui.qt_workarounds import pin_none
from gui.settings import ThemeFollower, idle_workers_ms, model_preference
from gui.startup_report import call_after_first_paint, install_startup_report
from model.state.session import Session
from model.state.workflow import Workflow


def _install_autoquit(app: QApplication, window: MainWindow, workflow: Workflow) -> None:
    delay = os.environ.get("CHRONICLE_AUTOQUIT_MS")
    if not delay:
        return
    screenshot = os.environ.get("CHRONICLE_SCREENSHOT")
    select = os.environ.get("CHRONICLE_SELECT_EVENT")

    def finish() -> None:
        if screenshot:
            window.grab().save(screenshot)
        window.close()
        app.quit()

    def after_extraction() -> None:
        ids = window.timeline.marker_ids()
        if select and ids:
            window.selection.select(ids[0] if select == "first" else select)
        QTimer.singleShot(int(delay), finish)

    def quit_now(*_: object) -> None:
        QTimer.singleShot(int(delay), finish)

    workflow.extractionFinished.connect(after_extraction)
    workflow.projectOpened.connect(lambda *_: after_extraction())  # a project opens without extraction
    workflow.outputRead.connect(after_extraction)  # so does an extraction output read back
    window.project.restored.connect(after_extraction)
    workflow.extractionFailed.connect(quit_now)
    workflow.extractionCancelled.connect(quit_now)
    workflow.modelFailed.connect(quit_now)
    # Nothing to extract at all (every path bad): quit once the workflow goes idle.
    workflow.busyChanged.connect(lambda busy: None if busy or workflow.session.articles else quit_now())


def run_app(paths: Sequence[str]) -> int:
    pin_none()  # a long session makes millions of void Qt calls (gui/qt_workarounds.py)
    if QApplication.instance() is None:
        problem = xcb_problem()  # before Qt aborts with its own message
        if problem is not None:
            print(f"chronicle: {problem}", file=sys.stderr)
            return 3
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Chronicle")
    app.setOrganizationName("Chronicle")
    pg.setConfigOptions(antialias=True, background="w", foreground="#222")
    theme = ThemeFollower(app)  # plot colours from the system light/dark palette, now and on change

    from model.nlp.loading import prefer_models

    prefer_models(model_preference())  # the saved spaCy model first, then the defaults

    session = Session()
    workflow = Workflow(session)
    workflow.idle_workers_ms = idle_workers_ms(workflow.idle_workers_ms)  # the user's setting, if any
    window = MainWindow(session, workflow)
    theme.set_root(window)
    screen = app.primaryScreen()
    if screen is not None:  # never larger than the screen it opens on
        available = screen.availableGeometry()
        window.resize(min(window.width(), int(available.width() * 0.95)), min(window.height(), int(available.height() * 0.92)))
    # A corpus far bigger than usual: say what is coming (time, memory) and let the user cancel.
    workflow.confirm_articles = partial(confirm_large_corpus, window)
    _install_autoquit(app, window, workflow)
    install_startup_report(window, workflow)
    window.show()

    project = window.project

    def start_work() -> None:
        workflow.start_model_load()  # the window is already up while spaCy loads
        if not project.offer_recovery():  # restored work after a crash replaces what the paths open
            workflow.open_paths(list(paths))

    # Not before the first paint: the model's imports would compete with it for the interpreter.
    call_after_first_paint(window, start_work)

    code = app.exec()

    window.project.shutdown()  # no new autosave
    # Every job of the app's one runner: extraction cancelled, a save or an export let finish and report.
    workflow.shutdown()
    window.dispose()
    window.deleteLater()
    app.processEvents()
    del window
    gc.collect()
    return int(code)

from __future__ import annotations

from collections.abc import Iterator

import pytest

from gui.main_window import MainWindow
from model.core.result import ExtractionResult
from model.state.session import Session
from model.state.workflow import Workflow


@pytest.fixture(scope="session")
def sample_result(nlp, samples_dir) -> ExtractionResult:
    """The three sample articles through the real loaders and pipeline, once per session."""
    from model.loaders import load_paths
    from model.nlp.pipeline import extract

    loaded = load_paths([str(samples_dir)])
    assert len(loaded.articles) == 3 and not loaded.errors
    result = extract(loaded.articles, nlp)
    assert result.events, "the sample articles must give events"
    return result


@pytest.fixture
def make_window(qtbot):
    """A shown main window on a result (no jobs), disposed after the test."""
    windows: list[MainWindow] = []

    def make(result: ExtractionResult | None = None) -> MainWindow:
        session = Session()
        workflow = Workflow(session)
        window = MainWindow(session, workflow)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        if result is not None:
            session.set_result(result)
            # One marker (or undated-band entry) per entry: the reports of one happening are one entry.
            qtbot.waitUntil(lambda: len(window.timeline.shown_ids()) == window.event_filter.rowCount() > 0)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.workflow.shutdown()
        window.dispose()


@pytest.fixture
def window(make_window, sample_result) -> Iterator[MainWindow]:
    yield make_window(sample_result)

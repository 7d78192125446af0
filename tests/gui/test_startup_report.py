"""Start-up milestones are reported when asked for, and background work waits for the first paint."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gui.startup_report import ENV, call_after_first_paint, install_startup_report, process_age
from model.state.session import Session
from model.state.workflow import Workflow


def test_work_starts_once_the_window_has_painted(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[bool] = []
    call_after_first_paint(widget, lambda: calls.append(widget.isVisible()), fallback_ms=60_000)
    assert calls == []
    widget.show()
    qtbot.waitUntil(lambda: calls == [True])
    widget.update()
    qtbot.wait(50)
    assert calls == [True]  # once only


def test_milestones_go_to_stderr_only_when_asked(qtbot, capsys, monkeypatch) -> None:
    workflow = Workflow(Session())
    quiet = QWidget()
    qtbot.addWidget(quiet)
    install_startup_report(quiet, workflow)
    quiet.show()
    qtbot.waitExposed(quiet)
    workflow.extractionFinished.emit()
    assert "chronicle-startup" not in capsys.readouterr().err

    monkeypatch.setenv(ENV, "1")
    workflow = Workflow(Session())
    window = QWidget()
    qtbot.addWidget(window)
    install_startup_report(window, workflow)
    window.show()
    qtbot.waitUntil(lambda: "window-shown" in capsys.readouterr().err)
    workflow.modelReady.emit()
    workflow.extractionFinished.emit()
    workflow.extractionFinished.emit()  # a later extraction is not start-up
    lines = capsys.readouterr().err.splitlines()
    assert [line.split()[1] for line in lines] == ["model-loaded", "extraction-done"]
    age = float(lines[0].split()[2])
    assert 0 < age <= process_age() + 0.01  # printed to the millisecond, /proc counts in 10 ms ticks


def test_importing_the_app_does_not_import_spacy() -> None:
    """The window paints before the language model's imports start (benchmarks/startup.py)."""
    import subprocess
    import sys
    from pathlib import Path

    code = "import sys, gui.app; print(sorted(m for m in ('spacy', 'thinc') if m in sys.modules))"
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

"""The workflow's status messages for paths that give nothing (no model needed)."""

from __future__ import annotations

from pathlib import Path

from model.state.session import Session
from model.state.workflow import Workflow


def test_a_path_that_cannot_be_opened_does_not_leave_reading_in_the_status(qtbot, tmp_path: Path) -> None:
    session = Session()
    workflow = Workflow(session)
    messages: list[str] = []
    workflow.message.connect(messages.append)
    with qtbot.waitSignal(session.errorsChanged, timeout=10000):
        workflow.open_paths([str(tmp_path / "missing.txt")])
    qtbot.waitUntil(lambda: not workflow.busy)
    assert messages[0] == "Reading 1 path(s)…"
    assert messages[-1] == "Nothing could be read: 1 problem (see Problems)"
    assert len(session.errors) == 1 and "missing.txt" in session.errors[0]
    workflow.shutdown()


def test_a_file_already_open_is_nothing_new_not_a_failure(qtbot, tmp_path: Path) -> None:
    from model.core.result import ExtractionResult
    from model.loaders import load_paths

    article = tmp_path / "talks.txt"
    article.write_text("Talks resumed on Monday.\n", encoding="utf-8")
    session = Session()
    session.set_result(ExtractionResult(load_paths([article]).articles, []))
    workflow = Workflow(session)
    messages: list[str] = []
    workflow.message.connect(messages.append)
    workflow.open_paths([str(article)])
    qtbot.waitUntil(lambda: not workflow.busy and len(messages) > 1)
    assert messages[-1] == "Nothing new to read in these paths"
    assert session.errors == []
    workflow.shutdown()

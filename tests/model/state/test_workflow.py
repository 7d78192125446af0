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

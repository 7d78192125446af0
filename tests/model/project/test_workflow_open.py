"""The workflow opens a `.chronicle` path (CLI argument, File > Open, drop) without re-extracting."""

from __future__ import annotations

from pathlib import Path

from model.project import save_project
from model.state.session import Session
from model.state.workflow import Workflow
from tests.fakes import fake_result


def test_open_paths_loads_a_project_in_a_worker(qtbot, tmp_path: Path) -> None:
    result = fake_result()
    result.events[0].starred = True
    path = tmp_path / "x.chronicle"
    save_project(result, path)
    session = Session()
    workflow = Workflow(session)
    with qtbot.waitSignal(workflow.projectOpened, timeout=10000) as opened:
        workflow.open_paths([str(path)])
    assert opened.args[0] == str(path)
    assert session.events == result.events and session.articles == result.articles
    assert session.result.docs == {}
    assert workflow.nlp is None  # no language model was needed
    workflow.shutdown()


def test_a_bad_project_is_reported_and_the_workspace_kept(qtbot, tmp_path: Path) -> None:
    session = Session()
    session.set_result(fake_result())
    workflow = Workflow(session)
    bad = tmp_path / "bad.chronicle"
    bad.write_text("nope", encoding="utf-8")
    with qtbot.waitSignal(session.errorsChanged, timeout=10000):
        workflow.open_paths([str(bad)])
    assert session.errors == [f"{bad}: not a Chronicle project (not an SQLite database)"]
    assert len(session.events) == 5
    workflow.shutdown()


def test_articles_added_to_a_reopened_project_keep_its_edited_events(qtbot, nlp, tmp_path: Path) -> None:
    result = fake_result()
    result.events[1].headline = "Edited by the user"
    path = tmp_path / "x.chronicle"
    save_project(result, path)
    article = tmp_path / "new.txt"
    article.write_text("WASHINGTON, March 3, 2022 - The ministers met on Tuesday in Geneva.\n", encoding="utf-8")
    session = Session()
    workflow = Workflow(session)
    workflow.set_pipeline(nlp)
    with qtbot.waitSignal(workflow.extractionFinished, timeout=60000):
        workflow.open_paths([str(path), str(article)])
    assert [a.id for a in session.articles][:2] == ["a", "b"] and len(session.articles) == 3
    assert session.events[:5] == result.events
    assert not session.errors
    workflow.shutdown()

"""Long work runs in workers and reports through signals; the GUI thread stays free."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QThreadPool, QTimer

from model.core.result import ExtractionResult
from model.state.jobs import ExtractionJob, FunctionJob, LoadJob, ModelLoadJob
from model.state.session import Session
from model.state.workflow import Workflow


def load_samples(samples_dir):
    from model.loaders import load_paths

    return load_paths([str(samples_dir)]).articles


def test_extraction_job_reports_progress_and_result_while_gui_thread_runs(qtbot, nlp, samples_dir) -> None:
    articles = load_samples(samples_dir)
    job = ExtractionJob(articles, nlp)
    progress: list[tuple[int, int]] = []
    job.progress.connect(lambda done, total: progress.append((done, total)))
    ticks: list[int] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(1))  # only fires if the GUI event loop is free
    timer.start()
    with qtbot.waitSignal(job.finished, timeout=120_000) as blocker:
        job.start(QThreadPool.globalInstance())
    timer.stop()
    result = blocker.args[0]
    assert isinstance(result, ExtractionResult)
    assert len(result.articles) == 3 and result.events
    assert progress[0] == (0, 3) and progress[-1] == (3, 3)
    assert ticks, "the GUI thread was blocked during extraction"


def test_extraction_job_can_be_cancelled(qtbot, nlp, samples_dir) -> None:
    job = ExtractionJob(load_samples(samples_dir), nlp)
    job.cancel()  # before it even starts: the first progress check stops it
    with qtbot.waitSignal(job.cancelled, timeout=60_000), qtbot.assertNotEmitted(job.finished):
        job.start()
    QThreadPool.globalInstance().waitForDone()


def test_extraction_job_merges_with_previous_result(qtbot, nlp, samples_dir) -> None:
    articles = load_samples(samples_dir)
    first = ExtractionJob(articles[:2], nlp)
    with qtbot.waitSignal(first.finished, timeout=120_000) as one:
        first.start()
    previous = one.args[0]
    second = ExtractionJob(articles[2:], nlp, previous)
    with qtbot.waitSignal(second.finished, timeout=120_000) as two:
        second.start()
    merged = two.args[0].onto(previous)
    assert [a.id for a in merged.articles] == [a.id for a in articles]
    assert set(merged.docs) == {a.id for a in articles}
    assert merged.docs[articles[0].id] is previous.docs[articles[0].id]  # not parsed again


def test_load_job_reports_articles_and_errors(qtbot, samples_dir, tmp_path) -> None:
    shutil.copy(next(samples_dir.glob("*.txt")), tmp_path / "good.txt")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    job = LoadJob([str(tmp_path / "good.txt"), str(tmp_path / "bad.json"), str(tmp_path / "missing.txt")])
    with qtbot.waitSignal(job.finished, timeout=30_000) as blocker:
        job.start()
    loaded = blocker.args[0]
    assert len(loaded.articles) == 1
    assert len(loaded.errors) == 2
    assert all("\n" not in str(e) for e in loaded.errors)


def test_model_load_job_explains_a_missing_model(qtbot, monkeypatch) -> None:
    import model.nlp.loading

    monkeypatch.setattr(model.nlp.loading, "available_model", lambda: None)
    job = ModelLoadJob()
    with qtbot.waitSignal(job.failed, timeout=30_000) as blocker:
        job.start()
    message = blocker.args[0]
    assert "pip install" in message and "Traceback" not in message


def test_function_job_failure_is_a_message(qtbot) -> None:
    def boom() -> None:
        raise ValueError("disk full")

    job = FunctionJob(boom)
    with qtbot.waitSignal(job.failed) as blocker:
        job.start()
    assert blocker.args == ["disk full"]


def test_workflow_opens_more_files_into_one_result(qtbot, nlp, samples_dir, tmp_path) -> None:
    session = Session()
    workflow = Workflow(session)
    workflow.set_pipeline(nlp)
    samples = sorted(samples_dir.glob("*.txt"))
    with qtbot.waitSignal(workflow.extractionFinished, timeout=120_000):
        workflow.open_paths([str(p) for p in samples[:2]])
    assert len(session.articles) == 2
    with qtbot.waitSignal(workflow.extractionFinished, timeout=120_000):
        workflow.open_paths([str(samples[2]), str(samples[0])])  # the first is already open
    assert len(session.articles) == 3
    assert len({a.id for a in session.articles}) == 3
    assert not workflow.busy
    assert workflow.shutdown(10_000)


def test_an_addition_joins_the_workspace_as_it_is_when_it_lands() -> None:
    """New events go in the cluster their anchor has *now*; the workspace's own events are untouched."""
    from dataclasses import replace

    from model.state.jobs import Addition
    from tests.fakes import fake_result

    workspace = fake_result()
    new = fake_result()
    new.articles = [replace(a, id=f"n{a.id}") for a in new.articles]
    new.events = [replace(e, id=f"n{e.id}", article=f"n{e.article}", cluster="") for e in new.events]
    addition = Addition(new.articles, new.events, {}, anchors={"na-e1": "a-e1", "nb-e3": "b-e3"})
    # Meanwhile the user merged a-e1 into the cluster "x", starred b-e3 and deleted a-e2.
    events = [replace(e, cluster="x") if e.id == "a-e1" else e for e in workspace.events if e.id != "a-e2"]
    events = [replace(e, starred=True) if e.id == "b-e3" else e for e in events]
    now = replace(workspace, events=events)

    joined = addition.onto(now)
    assert joined.events[: len(events)] == events  # the user's events, as they are
    assert [a.id for a in joined.articles] == ["a", "b", "na", "nb"]
    clusters = {e.id: e.cluster for e in joined.events}
    assert clusters["na-e1"] == "x"  # with a-e1 where the user put it
    assert clusters["nb-e3"] == "b-e3"
    assert clusters["nb-e1"] == ""  # no anchor: its own
    assert "a-e2" not in clusters

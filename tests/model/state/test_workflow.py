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


def _copies(samples_dir: Path, folder: Path, n: int) -> Path:
    """n copies of each sample article, each a different text (the workflow skips a text already open)."""
    folder.mkdir()
    for i in range(n):
        for sample in sorted(samples_dir.glob("*.txt")):
            text = sample.read_text(encoding="utf-8") + f"\n{folder.name} {i}\n"
            (folder / f"{i}-{sample.name}").write_text(text, encoding="utf-8")
    return folder


def test_a_second_large_extraction_finds_the_workers_loaded_and_cancel_still_works(
        qtbot, nlp, samples_dir: Path, tmp_path: Path) -> None:
    import copy
    import multiprocessing

    from model.nlp.pipeline import extract

    def workers() -> set[multiprocessing.process.BaseProcess]:
        return {p for p in multiprocessing.active_children() if p.is_alive()} - before

    def without_cluster(events) -> list[dict[str, object]]:  # clusters join the workspace's events
        return [{k: v for k, v in e.to_json().items() if k != "cluster"} for e in events]

    before = set(multiprocessing.active_children())
    session = Session()
    workflow = Workflow(session)
    workflow.set_pipeline(nlp)
    workflow.parallel_threshold = 4  # the app's threshold is ~200 articles; 6 here
    try:
        with qtbot.waitSignal(workflow.extractionFinished, timeout=180_000):
            workflow.open_paths([str(_copies(samples_dir, tmp_path / "first", 2))])
        first = workers()
        assert len(first) == 2  # spawned (Qt is loaded), and kept once the run is over

        with qtbot.waitSignal(workflow.extractionFinished, timeout=180_000):
            workflow.open_paths([str(_copies(samples_dir, tmp_path / "second", 2))])
        assert workers() == first  # the same processes: the model is not loaded again
        added = session.articles[6:]
        assert len(added) == 6
        second = [e for e in session.events if e.article in {a.id for a in added}]
        assert second and without_cluster(second) == without_cluster(extract(copy.deepcopy(added), nlp).events)

        started: list[int] = []
        workflow.progress.connect(lambda done, _total: started.append(done) if done else None)
        workflow.open_paths([str(_copies(samples_dir, tmp_path / "third", 30))])  # 90 articles
        qtbot.waitUntil(lambda: bool(started), timeout=180_000)
        with qtbot.waitSignal(workflow.extractionCancelled, timeout=60_000), \
                qtbot.assertNotEmitted(workflow.extractionFinished):
            workflow.cancel()
        assert started[-1] < 90 and len(session.articles) == 12  # nothing of the cancelled run is kept
        assert workers() == set()  # ended in the middle of their batches, not left parsing

        with qtbot.waitSignal(workflow.extractionFinished, timeout=180_000):
            workflow.open_paths([str(_copies(samples_dir, tmp_path / "fourth", 2))])
        assert len(session.articles) == 18 and len(workers()) == 2  # new processes after the cancel
    finally:
        workflow.shutdown()
    assert workers() == set()  # quitting ends the session's processes

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

        workflow.idle_workers_ms = 300  # the app waits 10 minutes
        with qtbot.waitSignal(workflow.extractionFinished, timeout=180_000):
            workflow.open_paths([str(_copies(samples_dir, tmp_path / "fourth", 2))])
        assert len(session.articles) == 18 and len(workers()) == 2  # new processes after the cancel
        # Idle for the quiet period: ended (each held the model), the workspace untouched.
        qtbot.waitUntil(lambda: workers() == set(), timeout=10_000)
        assert len(session.articles) == 18 and not workflow.busy
    finally:
        workflow.shutdown()
    assert workers() == set()  # quitting ends the session's processes


def _output(folder: Path, result) -> Path:
    from model.core.rows import article_row, event_row
    from model.nlp.distributed import write_tables

    write_tables([article_row(a) for a in result.articles], [event_row(e) for e in result.events], folder)
    return folder


def _open(qtbot, workflow: Workflow, paths: list[str]) -> list[str]:
    messages: list[str] = []
    workflow.message.connect(messages.append)
    workflow.open_paths(paths)
    qtbot.waitUntil(lambda: not workflow.busy and len(messages) > 1, timeout=20000)
    return messages


def test_an_output_folder_is_read_back_with_its_events_not_extracted_again(qtbot, tmp_path: Path) -> None:
    from tests.fakes import fake_result

    written = fake_result()
    session = Session()
    workflow = Workflow(session)  # no language model: none is needed to read an output back
    finished: list[object] = []
    workflow.extractionFinished.connect(lambda: finished.append(True))
    with qtbot.waitSignal(workflow.outputRead, timeout=20000):
        messages = _open(qtbot, workflow, [str(_output(tmp_path / "out", written))])
    assert session.articles == written.articles
    assert [e.to_json() for e in session.events] == [e.to_json() for e in written.events]
    assert finished == [] and workflow.nlp is None and session.errors == []
    assert messages[-1].startswith("Read back without analysing again: 2 articles")
    # The same output again adds nothing.
    assert _open(qtbot, workflow, [str(tmp_path / "out")])[-1].startswith("Nothing new in this extraction output")
    assert len(session.articles) == 2
    workflow.shutdown()


def test_an_output_joins_the_open_workspace_and_a_taken_id_is_renamed_with_its_events(qtbot, tmp_path: Path) -> None:
    from dataclasses import replace

    from model.core.result import ExtractionResult
    from tests.fakes import fake_result

    open_now = fake_result()
    session = Session()
    session.set_result(ExtractionResult(open_now.articles[:1], open_now.events[:2]))
    # Another corpus whose record ids are the same: its article "a" is a different text.
    other = fake_result()
    other.articles[0] = replace(other.articles[0], path="/elsewhere/a.txt")
    workflow = Workflow(session)
    _open(qtbot, workflow, [str(_output(tmp_path / "out", other))])
    assert [a.id for a in session.articles] == ["a", "a-2", "b"]
    assert session.articles[0] is open_now.articles[0]  # what was open stays as it was
    renamed = [e for e in session.events if e.article == "a-2"]
    assert [e.id for e in renamed] == ["a-2-e1", "a-2-e2"]
    assert {e.id for e in session.events} == {"a-e1", "a-e2", "a-2-e1", "a-2-e2", "b-e1", "b-e2", "b-e3"}
    workflow.shutdown()


def test_a_damaged_output_is_a_problem_line_and_the_workspace_is_kept(qtbot, tmp_path: Path) -> None:
    from tests.fakes import fake_result

    open_now = fake_result()
    session = Session()
    session.set_result(open_now)
    out = _output(tmp_path / "out", fake_result())
    (out / "events.parquet").write_bytes(b"PAR1 damaged")
    workflow = Workflow(session)
    messages = _open(qtbot, workflow, [str(out)])
    assert messages[-1] == "Nothing could be read: 1 problem (see Problems)"
    assert len(session.errors) == 1 and session.errors[0].startswith(f"{out}: damaged extraction output")
    assert session.result.articles == open_now.articles and session.result.events == open_now.events
    workflow.shutdown()

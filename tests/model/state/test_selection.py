"""The one selection: a current event and the selected set, with change signals; gone events left out."""

from __future__ import annotations

from model.state.selection import Selection
from model.state.session import Session
from tests.fakes import fake_result


def test_select_makes_current_and_keeps_a_set_that_holds_it(qtbot) -> None:
    selection = Selection()
    changes: list[list[str]] = []
    currents: list[object] = []
    selection.changed.connect(changes.append)
    selection.currentChanged.connect(currents.append)
    selection.select("a")
    assert (selection.current, selection.ids) == ("a", ["a"])
    selection.set(["a", "b"])  # a Ctrl-click in a multi-select view
    selection.select("b")  # the current one moves inside the set: the set stays
    assert (selection.current, selection.ids) == ("b", ["a", "b"])
    selection.select("c")  # elsewhere: a single selection again
    assert selection.ids == ["c"]
    selection.select("c")  # chosen again: shown again, the set did not change
    assert changes == [["a"], ["a", "b"], ["c"]]
    assert currents == ["a", "b", "c", "c"]


def test_set_current_moves_the_current_event_only(qtbot) -> None:
    selection = Selection()
    selection.set(["a", "b"])
    selection.set_current("c")  # a table's current row, before its selected rows follow
    assert (selection.current, selection.ids) == ("c", ["a", "b"])
    selection.clear()
    assert (selection.current, selection.ids) == (None, [])


def test_events_the_session_no_longer_holds_are_not_selected(qtbot) -> None:
    session = Session()
    session.set_result(fake_result())
    selection = Selection(session)
    selection.set(["a-e1", "b-e2"])
    selection.select("b-e2")
    session.set_events([e for e in session.events if e.id != "b-e2"])  # deleted
    assert selection.current is None and selection.ids == ["a-e1"]

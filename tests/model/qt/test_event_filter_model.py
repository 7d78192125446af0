"""The filter proxy: every criterion of FilterState, chips, sorting, and edits that change rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from model.filtering.filter_state import Chip, FilterState
from model.qt.event_filter_model import EventFilterModel
from model.qt.event_table_model import EventColumn, EventRole, EventTableModel
from model.state.session import Session
from tests.fakes import fake_result


@pytest.fixture
def session(qapp) -> Session:
    result = fake_result()
    result.events[0].participants = ["Biden", "Xi"]
    result.events[1].participants = ["Xi"]
    result.events[2].participants = ["Austin"]
    result.events[3].tags = ["check"]
    s = Session()
    s.set_result(result)
    return s


@pytest.fixture
def proxy(session: Session) -> EventFilterModel:
    proxy = EventFilterModel()
    proxy.setSourceModel(EventTableModel(session, proxy))  # the proxy owns its source
    return proxy


def ids(proxy: EventFilterModel) -> set[str]:
    return set(proxy.visible_event_ids())


def test_each_criterion(proxy: EventFilterModel) -> None:
    base = FilterState()
    cases = {
        replace(base, text="  SUMMIT "): {"a-e1"},
        base.toggled("participants", "Xi", True): {"a-e1", "a-e2"},
        base.toggled("participants", "Xi", True).toggled("participants", "Austin", True): {"a-e1", "a-e2", "b-e1"},
        base.toggled("articles", "a", True): {"a-e1", "a-e2"},
        base.toggled("sources", "Reuters", True): {"a-e1", "a-e2"},
        base.toggled("modalities", "reported", True): {"b-e2"},
        base.toggled("tags", "check", True): {"b-e2"},
        replace(base, date_from=date(2021, 11, 10), date_to=date(2021, 11, 20)): {"a-e1"},
        replace(base, date_from=date(2021, 11, 29)): {"b-e3", "a-e2"},
        replace(base, date_to=date(2021, 10, 5)): {"b-e2"},  # October overlaps the 5th
    }
    for state, expected in cases.items():
        proxy.set_state(state)
        assert ids(proxy) == expected, state
    # Facets combine: Xi's events in article a that are planned.
    proxy.set_state(base.toggled("participants", "Xi", True).toggled("modalities", "planned", True))
    assert ids(proxy) == {"a-e2"}
    assert proxy.rowCount() == 1
    assert str(proxy.data(proxy.index(0, EventColumn.HEADLINE), Qt.ItemDataRole.DisplayRole)).startswith("They agreed")


def test_hidden_starred_and_uncertain(proxy: EventFilterModel, session: Session) -> None:
    events = {e.id: e for e in session.events}
    session.replace_events([replace(events["a-e1"], hidden=True), replace(events["b-e1"], starred=True)])
    assert "a-e1" not in ids(proxy)  # hidden by default
    proxy.set_state(replace(proxy.state, show_hidden=True))
    assert "a-e1" in ids(proxy)
    proxy.set_state(FilterState(starred_only=True))
    assert ids(proxy) == {"b-e1"}
    session.replace_events([replace(events["b-e2"], confidence=0.2)])
    proxy.set_state(FilterState(hide_uncertain=True))
    assert ids(proxy) == {"a-e2", "b-e1", "b-e3"}
    proxy.clear_filters()
    assert ids(proxy) == {"a-e2", "b-e1", "b-e2", "b-e3"}  # clear all still hides the hidden one


def test_edit_that_leaves_the_filter_removes_the_row(proxy: EventFilterModel, session: Session) -> None:
    proxy.set_text("met")
    assert ids(proxy) == {"a-e1", "b-e1"}
    event = session.find_event("b-e1")
    assert event is not None
    session.replace_events([replace(event, headline="Talks", sentence=replace(event.sentence, text="Talks."))])
    assert ids(proxy) == {"a-e1"}
    assert proxy.row_of("b-e1") == -1
    session.set_events([e for e in session.events if e.id != "a-e1"])
    assert ids(proxy) == set()


def test_sort_columns_both_ways(proxy: EventFilterModel) -> None:
    proxy.sort(EventColumn.DATE, Qt.SortOrder.AscendingOrder)
    assert proxy.visible_event_ids() == ["b-e2", "b-e1", "a-e1", "b-e3", "a-e2"]
    proxy.sort(EventColumn.DATE, Qt.SortOrder.DescendingOrder)
    assert proxy.visible_event_ids() == ["a-e2", "b-e3", "a-e1", "b-e1", "b-e2"]
    proxy.sort(EventColumn.CONFIDENCE, Qt.SortOrder.DescendingOrder)
    assert proxy.visible_event_ids()[0] == "a-e1"
    proxy.sort(EventColumn.HEADLINE, Qt.SortOrder.AscendingOrder)
    headlines = [str(proxy.data(proxy.index(r, EventColumn.HEADLINE))) for r in range(proxy.rowCount())]
    assert headlines == sorted(headlines, key=str.casefold)
    proxy.sort(EventColumn.SOURCE, Qt.SortOrder.AscendingOrder)
    sources = [proxy.data(proxy.index(r, EventColumn.SOURCE)) for r in range(proxy.rowCount())]
    assert sources == ["Officials met on Tuesday, Nov 2 2021."] * 3 + ["Reuters"] * 2  # no source, no title: the first line
    proxy.sort(EventColumn.MODALITY, Qt.SortOrder.AscendingOrder)
    modalities = [str(proxy.data(proxy.index(r, EventColumn.MODALITY))) for r in range(proxy.rowCount())]
    assert modalities == sorted(modalities)
    # The filter keeps the sort order.
    proxy.sort(EventColumn.DATE, Qt.SortOrder.AscendingOrder)
    proxy.set_article_ids({"b"})
    assert proxy.visible_event_ids() == ["b-e2", "b-e1", "b-e3"]
    assert proxy.row_of("b-e3") == 2 and proxy.row_of("a-e1") == -1
    assert proxy.data(proxy.index(2, 0), EventRole.EVENT_ID) == "b-e3"
    assert proxy.mapToSource(proxy.index(2, 0)).row() == 4


def test_facet_counts_use_the_other_facets(proxy: EventFilterModel) -> None:
    counts = proxy.facet_counts()
    assert counts.counts["participants"] == {"Xi": 2, "Biden": 1, "Austin": 1}
    assert counts.counts["modalities"]["happened"] == 3
    assert counts.date_bounds == (date(2021, 10, 1), date(2022, 12, 31))
    proxy.set_state(FilterState().toggled("participants", "Xi", True))
    counts = proxy.facet_counts()
    # Participants still counted as if none were ticked; other facets within Xi's events.
    assert counts.counts["participants"] == {"Xi": 2, "Biden": 1, "Austin": 1}
    assert counts.counts["modalities"] == {"happened": 1, "planned": 1}
    assert counts.counts["articles"] == {"a": 2}
    assert counts.visible == 2 and counts.total == 5


def test_chips_describe_and_remove_each_filter() -> None:
    state = replace(
        FilterState().toggled("participants", "Xi", True).toggled("articles", "a", True),
        text="summit", date_from=date(2021, 1, 1), starred_only=True, show_hidden=True,
    )
    chips = state.chips(lambda facet, value: "Leaders meet" if facet == "articles" else value)
    assert [c.label for c in chips] == [
        "Search: “summit”", "Article: Leaders meet", "Participant: Xi", "Dates: 2021-01-01 – …",
        "Starred only", "Showing hidden",
    ]
    for chip in chips:
        smaller = chip.remove_from(state)
        assert chip not in smaller.chips(lambda f, v: "Leaders meet" if f == "articles" else v)
        assert len(smaller.chips()) == len(chips) - 1
    assert state.is_narrowing() and not FilterState(show_hidden=True).is_narrowing()
    assert Chip("Starred only", "starred_only").remove_from(state).starred_only is False
    with pytest.raises(ValueError):
        state.without("nonsense")

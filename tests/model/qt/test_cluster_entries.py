"""One entry per cluster: the filter proxy shows the reports of one happening once, by its best
report, and the table names every source; filters decide each report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from model.core.documents import Article, DocumentDate, TextSpan
from model.core.events import Event, EventDate
from model.core.result import ExtractionResult
from model.filtering.filter_state import FilterState
from model.qt.event_filter_model import EventFilterModel
from model.qt.event_table_model import EventColumn, EventRole, EventTableModel
from model.state.curation import MergeEvents, SplitEvent
from model.state.session import Session

TEXT = "Leaders met at a summit in November 2021 and talked for hours.\n"


def article(aid: str, source: str) -> Article:
    return Article(aid, f"/tmp/{aid}.txt", TEXT, title=f"Title {aid}", source=source, dct=DocumentDate("2021-11-20", "metadata", 1.0))


def event(eid: str, art: str, day: date, granularity: str = "day", confidence: float = 0.5, **kw: object) -> Event:
    end = date(day.year, day.month, 30) if granularity == "month" else day
    sentence = TextSpan(0, len(TEXT) - 1, TEXT.strip())
    return Event(
        id=eid,
        article=art,
        date=EventDate(day.isoformat(), day, end, granularity),
        headline=f"headline {eid}",
        sentence=sentence,
        trigger=TextSpan(10, 13, "met"),
        timex=TextSpan(30, 43, "November 2021"),
        confidence=confidence,
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def session(qapp) -> Session:
    """A summit told by three articles (a: by month, b and c: to the day, c the more confident)
    and one event of article a alone."""
    articles = [article("a", "Agency A"), article("b", "Agency B"), article("c", "Agency C")]
    events = [
        event("a1", "a", date(2021, 11, 1), "month", 0.9, cluster="summit", participants=["Biden"]),
        event("a2", "a", date(2021, 11, 3), participants=["Xi"]),
        event("b1", "b", date(2021, 11, 15), "day", 0.5, cluster="summit", participants=["Biden", "Xi"]),
        event("c1", "c", date(2021, 11, 15), "day", 0.7, cluster="summit", participants=["Biden"]),
    ]
    s = Session()
    s.set_result(ExtractionResult(articles, events))
    return s


@pytest.fixture
def table(session: Session) -> EventTableModel:
    return EventTableModel(session)


@pytest.fixture
def proxy(table: EventTableModel) -> EventFilterModel:
    proxy = EventFilterModel()
    proxy.setSourceModel(table)
    return proxy


def test_a_cluster_is_one_row_shown_by_its_finest_dated_most_confident_report(proxy: EventFilterModel) -> None:
    assert proxy.rowCount() == 2
    assert sorted(proxy.visible_event_ids()) == ["a2", "c1"]
    for member in ("a1", "b1", "c1"):
        assert proxy.representative_of(member) == "c1"
        assert proxy.cluster_members(member) == ["a1", "b1", "c1"], "every report, in article order"
    assert proxy.representative_of("a2") == "a2"
    assert proxy.cluster_members("a2") == ["a2"]
    assert proxy.entry_count() == 2, "the filter bar's total counts entries"
    assert proxy.cluster_members("nope") == [] and proxy.representative_of("nope") is None


def test_filters_decide_each_report_and_the_best_passing_one_stands_for_the_cluster(proxy: EventFilterModel) -> None:
    # Only the month-dated report (the least preferred) mentions... its own headline.
    proxy.set_state(replace(FilterState(), text="headline a1"))
    assert proxy.visible_event_ids() == ["a1"]
    assert proxy.representative_of("c1") == "a1"
    # Only b1 names Xi among the summit's reports: the summit shows as b1 (with a2, which also does).
    proxy.set_state(FilterState().toggled("participants", "Xi", True))
    assert sorted(proxy.visible_event_ids()) == ["a2", "b1"]
    # Articles filter members too: article a holds the summit's least preferred report.
    proxy.set_state(FilterState().toggled("articles", "a", True))
    assert sorted(proxy.visible_event_ids()) == ["a1", "a2"]
    # A filter no report of the cluster passes leaves the cluster out.
    proxy.set_state(replace(FilterState(), text="headline a2"))
    assert proxy.visible_event_ids() == ["a2"] and proxy.representative_of("b1") is None


def test_a_hidden_preferred_report_gives_way_to_the_next_one(session: Session, proxy: EventFilterModel) -> None:
    c1 = session.find_event("c1")
    assert c1 is not None
    session.replace_events([replace(c1, hidden=True)])
    assert sorted(proxy.visible_event_ids()) == ["a2", "b1"]
    assert proxy.representative_of("a1") == "b1"
    proxy.set_state(replace(proxy.state, show_hidden=True))
    assert proxy.representative_of("a1") == "c1"


def test_every_report_separately_and_clear_all_keeps_that_choice(proxy: EventFilterModel) -> None:
    proxy.set_state(FilterState(one_per_cluster=False))
    assert sorted(proxy.visible_event_ids()) == ["a1", "a2", "b1", "c1"]
    assert proxy.representative_of("a1") == "a1"
    assert proxy.cluster_members("a1") == ["a1", "b1", "c1"]
    assert proxy.entry_count() == 4
    state = proxy.state
    assert state.chips() == [] and not state.is_narrowing() and not proxy.is_filtering()
    proxy.set_state(state.toggled("participants", "Xi", True))
    proxy.clear_filters()
    assert proxy.state == FilterState(one_per_cluster=False)
    assert proxy.rowCount() == 4


def test_facet_counts_count_entries_not_reports(proxy: EventFilterModel) -> None:
    counts = proxy.facet_counts()
    assert counts.visible == 2 and counts.total == 4
    assert counts.counts["participants"] == {"Biden": 1, "Xi": 2}, "the summit counts once under Biden"
    assert counts.counts["sources"] == {"Agency A": 2, "Agency B": 1, "Agency C": 1}
    # Ticking a value shows as many entries as its count said.
    proxy.set_state(FilterState().toggled("sources", "Agency A", True))
    assert proxy.rowCount() == 2
    proxy.set_state(FilterState(one_per_cluster=False))
    assert proxy.facet_counts().counts["participants"] == {"Biden": 3, "Xi": 2}


def test_articles_of_collapsed_reports_stay_visible(proxy: EventFilterModel) -> None:
    assert proxy.visible_article_ids() == {"a", "b", "c"}
    assert proxy.visible_article_counts() == {"a": 2, "b": 1, "c": 1}
    assert proxy.visible_report_ids() == ["a1", "a2", "b1", "c1"]


def test_sorting_keeps_one_row_per_cluster(proxy: EventFilterModel) -> None:
    proxy.sort(EventColumn.DATE, Qt.SortOrder.DescendingOrder)
    assert proxy.visible_event_ids() == ["c1", "a2"]


def test_source_column_names_the_other_reports(table: EventTableModel, proxy: EventFilterModel) -> None:
    row = proxy.row_of("c1")
    assert proxy.data(proxy.index(row, EventColumn.SOURCE)) == "Agency C +2"
    assert proxy.data(proxy.index(row, 0), EventRole.CLUSTER_SIZE) == 3
    assert proxy.data(proxy.index(row, EventColumn.SOURCE), Qt.ItemDataRole.ToolTipRole) == (
        "3 sources: Agency A; Agency B; Agency C"
    )
    lone = proxy.row_of("a2")
    assert proxy.data(proxy.index(lone, EventColumn.SOURCE)) == "Agency A"
    assert proxy.data(proxy.index(lone, 0), EventRole.CLUSTER_SIZE) == 1
    assert table.cluster_sources("b1") == ["Agency A", "Agency B", "Agency C"]


def test_split_and_merge_update_the_entries_and_their_source_counts(session: Session, table: EventTableModel, proxy: EventFilterModel) -> None:
    stack = QUndoStack()
    changed: list[int] = []
    table.dataChanged.connect(lambda top, bottom, *_: changed.extend(range(top.row(), bottom.row() + 1)))
    stack.push(SplitEvent(session, "a1"))
    assert sorted(proxy.visible_event_ids()) == ["a1", "a2", "c1"]
    assert table.row_of("c1") in changed, "a report left c1's cluster: its '+n' is redrawn"
    assert proxy.data(proxy.index(proxy.row_of("c1"), EventColumn.SOURCE)) == "Agency C +1"
    assert proxy.data(proxy.index(proxy.row_of("a1"), EventColumn.SOURCE)) == "Agency A"
    stack.undo()
    assert sorted(proxy.visible_event_ids()) == ["a2", "c1"]
    assert proxy.data(proxy.index(proxy.row_of("c1"), EventColumn.SOURCE)) == "Agency C +2"
    stack.push(MergeEvents(session, ["a2", "c1"]))
    assert proxy.visible_event_ids() == ["c1"]
    assert proxy.cluster_members("a2") == ["a1", "a2", "b1", "c1"]
    # Four reports from three articles: "+n" counts the other articles, the size every report.
    index = proxy.index(0, EventColumn.SOURCE)
    assert proxy.data(index) == "Agency C +2" and proxy.data(index, EventRole.CLUSTER_SIZE) == 4
    assert table.cluster_sources("a2") == ["Agency A", "Agency B", "Agency C"]

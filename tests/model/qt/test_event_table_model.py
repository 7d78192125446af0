from __future__ import annotations

import calendar
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from model.core.events import Event
from model.core.time_axis import event_interval, event_x
from model.qt.event_filter_model import EventFilterModel
from model.qt.event_table_model import EventColumn, EventRole, EventTableModel
from model.state.session import Session
from tests.fakes import fake_result


@pytest.fixture
def session(qapp) -> Session:
    s = Session()
    s.set_result(fake_result())
    return s


@pytest.fixture
def model(session: Session) -> EventTableModel:
    return EventTableModel(session)


def ts(d: date) -> float:
    return float(calendar.timegm(d.timetuple()))


def test_shape_and_headers(model: EventTableModel) -> None:
    assert model.rowCount() == 5
    assert model.columnCount() == len(EventColumn)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Date", "Headline", "Source", "Modality", "Confidence"]
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree


def test_display_columns(model: EventTableModel) -> None:
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row == ["2021-11-15", "The leaders met on Nov 15, 2021 in a vir", "Reuters", "happened", "0.90"]
    # No source and no title: the article's first line, as the article list names it; never its id.
    assert model.data(model.index(2, EventColumn.SOURCE)) == "Officials met on Tuesday, Nov 2 2021."


def test_custom_roles(model: EventTableModel) -> None:
    index = model.index(1, 0)
    event = model.data(index, EventRole.EVENT)
    assert isinstance(event, Event) and event.id == "a-e2"
    assert model.data(index, EventRole.EVENT_ID) == "a-e2"
    assert model.data(index, EventRole.START) == ts(date(2022, 1, 1))
    assert model.data(index, EventRole.END) == ts(date(2023, 1, 1))  # end is exclusive
    assert model.data(index, EventRole.X) == (ts(date(2022, 1, 1)) + ts(date(2023, 1, 1))) / 2
    assert model.data(index, EventRole.CLUSTER) == "a-e2"  # no cluster: its own
    assert model.data(model.index(2, 0), EventRole.CLUSTER) == "x"
    assert model.data(index, EventRole.ARTICLE_ID) == "a"
    assert model.data(index, EventRole.GRANULARITY) == "year"


def test_day_event_sits_at_noon(model: EventTableModel) -> None:
    event = model.event_at(0)
    assert event is not None
    assert event_x(event) == ts(date(2021, 11, 15)) + 43200
    assert event_interval(event) == (ts(date(2021, 11, 15)), ts(date(2021, 11, 16)))


def test_invalid_index_gives_none(model: EventTableModel) -> None:
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(99, 0)) is None


def test_resets_when_session_changes(qtbot, session: Session, model: EventTableModel) -> None:
    result = fake_result()
    result.events = result.events[:2]
    with qtbot.waitSignal(model.modelReset):
        session.set_result(result)
    assert model.rowCount() == 2
    assert model.row_of("b-e1") == -1
    assert model.find_event("a-e2") is not None
    assert [e.id for e in model.events_for_article("a")] == ["a-e1", "a-e2"]


def test_filter_by_article_and_text(model: EventTableModel) -> None:
    proxy = EventFilterModel()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 5
    proxy.set_article_ids({"b"})
    assert proxy.visible_event_ids() == ["b-e1", "b-e2", "b-e3"]
    proxy.set_text("REPORT")
    assert proxy.visible_event_ids() == ["b-e2"]
    proxy.set_article_ids(None)
    proxy.set_text("agreed")
    assert proxy.visible_event_ids() == ["a-e2"]
    proxy.clear_filters()
    assert proxy.rowCount() == 5


def test_sort_by_date_and_confidence(model: EventTableModel) -> None:
    proxy = EventFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(EventColumn.DATE, Qt.SortOrder.AscendingOrder)
    assert proxy.visible_event_ids() == ["b-e2", "b-e1", "a-e1", "b-e3", "a-e2"]
    proxy.sort(EventColumn.CONFIDENCE, Qt.SortOrder.DescendingOrder)
    assert proxy.visible_event_ids()[0] == "a-e1"
    assert proxy.row_of("a-e1") == 0


@pytest.mark.parametrize(
    ("value", "start", "end", "source", "cell", "how"),
    [
        ("2021-11-15", date(2021, 11, 15), date(2021, 11, 15), "timex", "2021-11-15", "its own expression"),
        ("2021-11-15", date(2021, 11, 15), date(2021, 11, 15), "scene", "2021-11-15", "the story's scene"),
        # No date in the text: the relation to the document date, never its day.
        ("PAST_REF", date(2021, 11, 17), date(2021, 11, 17), "document", "before 2021-11-17", "the document date"),
        ("FUTURE_REF", date(2021, 12, 1), date(2021, 12, 1), "document", "after 2021-12-01", "the document date"),
    ],
)
def test_date_cell_says_how_an_entry_got_its_date(
    session: Session, value: str, start: date, end: date, source: str, cell: str, how: str
) -> None:
    from dataclasses import replace

    from model.core.events import EventDate
    from model.core.result import ExtractionResult

    result = session.result
    first = replace(result.events[0], date=EventDate(value, start, end, "relative" if "REF" in value else "day"),
                    date_source=source)
    session.set_result(ExtractionResult(result.articles, [first, *result.events[1:]]))
    model = EventTableModel(session)
    index = model.index(0, EventColumn.DATE)
    assert model.data(index) == cell
    assert how in str(model.data(index, Qt.ItemDataRole.ToolTipRole))

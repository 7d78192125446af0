"""The typed protocols the views read the event models through (instead of getattr)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel

from model.qt.article_list_model import ArticleListModel
from model.qt.event_filter_model import EventFilterModel
from model.qt.event_source import CollapsesReports, EventSource, RowsById, RowsInBulk, event_source
from model.qt.event_table_model import EventTableModel
from model.state.session import Session
from tests.fakes import fake_result


def test_the_models_implement_what_the_views_read(qapp) -> None:
    session = Session()
    session.set_result(fake_result())
    table = EventTableModel(session)
    proxy = EventFilterModel()
    proxy.setSourceModel(table)
    assert isinstance(table, EventSource) and isinstance(table, RowsById)
    assert isinstance(proxy, RowsInBulk) and isinstance(proxy, RowsById) and isinstance(proxy, CollapsesReports)
    assert isinstance(ArticleListModel(session), RowsById)
    assert event_source(proxy) is table and event_source(table) is table
    assert table.find_article("a") is session.find_article("a")


def test_a_plain_model_is_no_event_source(qapp) -> None:
    assert event_source(QStringListModel(["x"])) is None
    assert event_source(None) is None

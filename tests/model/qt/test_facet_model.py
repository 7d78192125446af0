"""Facet list models: counts under the other filters, ticking edits the filter; the article list proxy."""

from __future__ import annotations

from PySide6.QtCore import Qt

from model.qt.article_list_model import ArticleColumn, ArticleListModel, ArticleRole
from model.qt.event_filter_model import EventFilterModel
from model.qt.event_table_model import EventTableModel
from model.qt.facet_model import ArticleFilterModel, FacetRole, FacetSet
from model.state.session import Session
from tests.fakes import fake_result


def make(qapp) -> tuple[Session, EventFilterModel, FacetSet]:
    result = fake_result()
    result.events[0].participants = ["Biden", "Xi"]
    result.events[1].participants = ["Xi"]
    session = Session()
    session.set_result(result)
    proxy = EventFilterModel(session)
    proxy.setSourceModel(EventTableModel(session, proxy))
    return session, proxy, FacetSet(proxy, session, proxy)


def rows(model) -> list[tuple[str, int, object]]:
    return [
        (model.data(model.index(r), FacetRole.VALUE), model.data(model.index(r), FacetRole.COUNT),
         model.data(model.index(r), Qt.ItemDataRole.CheckStateRole))
        for r in range(model.rowCount())
    ]


def test_ticking_a_value_filters_and_recounts(qapp) -> None:
    _session, proxy, facets = make(qapp)
    participants = facets.models["participants"]
    assert rows(participants) == [("Xi", 2, Qt.CheckState.Unchecked), ("Biden", 1, Qt.CheckState.Unchecked)]
    articles = facets.models["articles"]
    assert [articles.data(articles.index(r)) for r in range(2)] == ["Officials met on Tuesday, Nov 2 2021. (3)", "Leaders meet (2)"]  # as the list names them
    assert participants.setData(participants.index(1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert proxy.visible_event_ids() == ["a-e1"]
    facets.flush()
    assert rows(participants) == [("Xi", 2, Qt.CheckState.Unchecked), ("Biden", 1, Qt.CheckState.Checked)]
    assert rows(facets.models["modalities"]) == [("happened", 1, Qt.CheckState.Unchecked)]
    participants.set_checked("Biden", False)
    facets.flush()
    assert len(proxy.visible_event_ids()) == 5
    assert sum(c for _v, c, _s in rows(facets.models["modalities"])) == 5


def test_chosen_value_with_no_events_stays_listed(qapp) -> None:
    _session, proxy, facets = make(qapp)
    proxy.set_state(proxy.state.toggled("participants", "Nobody", True))
    facets.flush()
    assert ("Nobody", 0, Qt.CheckState.Checked) in rows(facets.models["participants"])
    assert proxy.rowCount() == 0
    assert facets.date_bounds() is None  # no event left for the date editor to span


def test_article_list_shows_articles_with_visible_events(qapp) -> None:
    session, proxy, _facets = make(qapp)
    articles = ArticleFilterModel(proxy)
    articles.setSourceModel(ArticleListModel(session, articles))
    assert articles.rowCount() == 2
    proxy.set_text("summit")
    assert [articles.data(articles.index(r, 0), ArticleRole.ARTICLE_ID) for r in range(articles.rowCount())] == ["a"]
    assert articles.row_of("a") == 0 and articles.row_of("b") == -1
    assert articles.data(articles.index(0, ArticleColumn.EVENTS)) == "1 of 2"  # shown of all
    proxy.clear_filters()
    assert articles.rowCount() == 2
    assert articles.data(articles.index(0, ArticleColumn.EVENTS)) == 2

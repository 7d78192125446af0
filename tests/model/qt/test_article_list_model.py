from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from model.core.documents import Article
from model.qt.article_list_model import ArticleColumn, ArticleListModel, ArticleRole
from model.state.session import Session
from tests.fakes import fake_result


@pytest.fixture
def session(qapp) -> Session:
    s = Session()
    s.set_result(fake_result())
    return s


def test_rows_and_columns(session: Session) -> None:
    model = ArticleListModel(session)
    assert model.rowCount() == 2
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Title", "Source", "Date", "Events"]
    assert [model.data(model.index(0, c)) for c in ArticleColumn] == ["Leaders meet", "Reuters", "2021-11-16", 2]


def test_untitled_article_shows_first_line_and_unknown_date(session: Session) -> None:
    model = ArticleListModel(session)
    assert model.data(model.index(1, ArticleColumn.TITLE)) == "Officials met on Tuesday, Nov 2 2021."
    assert model.data(model.index(1, ArticleColumn.DATE)) == "unknown"
    assert model.data(model.index(1, ArticleColumn.EVENTS)) == 3


def test_roles_and_lookup(session: Session) -> None:
    model = ArticleListModel(session)
    article = model.data(model.index(1, 0), ArticleRole.ARTICLE)
    assert isinstance(article, Article) and article.id == "b"
    assert model.data(model.index(1, 0), ArticleRole.ARTICLE_ID) == "b"
    assert model.row_of("b") == 1 and model.row_of("zzz") == -1
    assert "dateline" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)


def test_follows_session(qtbot, session: Session) -> None:
    model = ArticleListModel(session)
    with qtbot.waitSignal(model.modelReset):
        session.clear()
    assert model.rowCount() == 0


def test_articles_whose_date_is_inferred_or_missing_are_marked(session: Session) -> None:
    from dataclasses import replace

    from model.core.documents import DocumentDate

    model = ArticleListModel(session)
    # a: dated by its dateline; b: no date at all.
    assert model.data(model.index(0, 0), ArticleRole.NEEDS_DATE) is False
    assert model.data(model.index(0, ArticleColumn.DATE), Qt.ItemDataRole.DecorationRole) is None
    assert model.data(model.index(1, 0), ArticleRole.NEEDS_DATE) is True
    icon = model.data(model.index(1, ArticleColumn.DATE), Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert "Needs a date" in model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)

    inferred = session.find_article("a")
    assert inferred is not None
    session.replace_articles([replace(inferred, dct=DocumentDate("2021-11", "inferred", 0.55))])
    assert model.data(model.index(0, 0), ArticleRole.NEEDS_DATE) is True
    assert "2021-11 is inferred" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)

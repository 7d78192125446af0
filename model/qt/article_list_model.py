"""The loaded articles as a table: title, source, document date, number of events."""

from __future__ import annotations

from collections import Counter
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from model.core.documents import Article
from model.core.naming import article_name
from model.state.session import Session

Index = QModelIndex | QPersistentModelIndex


class ArticleRole(IntEnum):
    ARTICLE = Qt.ItemDataRole.UserRole + 1
    ARTICLE_ID = ARTICLE + 1
    NEEDS_DATE = ARTICLE + 2  # True when the date is inferred or missing: the user should check it


class ArticleColumn(IntEnum):
    TITLE = 0
    SOURCE = 1
    DATE = 2
    EVENTS = 3


HEADERS = {
    ArticleColumn.TITLE: "Title",
    ArticleColumn.SOURCE: "Source",
    ArticleColumn.DATE: "Date",
    ArticleColumn.EVENTS: "Events",
}


_NEEDS_DATE_ICON: QIcon | None = None


def needs_date_icon() -> QIcon:
    """A small amber "?" badge, drawn once (no icon files to ship)."""
    global _NEEDS_DATE_ICON
    if _NEEDS_DATE_ICON is None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QBrush(QColor("#f0a020")))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(8, 8), 7, 7)
        painter.setPen(QColor("white"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(11)
        painter.setFont(font)
        painter.drawText(pixmap.rect(), int(Qt.AlignmentFlag.AlignCenter), "?")
        painter.end()
        _NEEDS_DATE_ICON = QIcon(pixmap)
    return _NEEDS_DATE_ICON


def needs_date_note(article: Article) -> str:
    """Why the article's date should be checked, or "" when the page or the user gave it."""
    dct = article.dct
    if not dct.needs_date:
        return ""
    if dct.value is None:
        return "Needs a date: none found in the text (set it in the Document date panel)"
    return (f"Needs a date: {dct.value} is inferred (confidence {dct.confidence:.0%}), not printed on the page; "
            "check it in the Document date panel")


class ArticleListModel(QAbstractTableModel):
    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._articles: list[Article] = []
        self._counts: Counter[str] = Counter()
        self._load()
        session.resultChanged.connect(self._reload)
        session.articlesChanged.connect(self._articles_changed)

    def _articles_changed(self, ids: list[str]) -> None:
        for article_id in ids:
            row = self.row_of(article_id)
            article = self._session.find_article(article_id)
            if row >= 0 and article is not None:
                self._articles[row] = article
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(ArticleColumn) - 1))

    def _load(self) -> None:
        self._articles = list(self._session.articles)
        self._counts = Counter(e.article for e in self._session.events)

    def _reload(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def row_of(self, article_id: str) -> int:
        return next((i for i, a in enumerate(self._articles) if a.id == article_id), -1)

    def article_at(self, row: int) -> Article | None:
        return self._articles[row] if 0 <= row < len(self._articles) else None

    def event_count(self, article_id: str) -> int:
        return self._counts[article_id]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._articles)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ArticleColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS.get(ArticleColumn(section)) if 0 <= section < len(ArticleColumn) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._articles):
            return None
        article = self._articles[index.row()]
        column = ArticleColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(article, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(article)
        if role == Qt.ItemDataRole.DecorationRole and column == ArticleColumn.DATE and article.dct.needs_date:
            return needs_date_icon()
        if role == ArticleRole.NEEDS_DATE:
            return article.dct.needs_date
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ArticleColumn.EVENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ArticleRole.ARTICLE:
            return article
        if role == ArticleRole.ARTICLE_ID:
            return article.id
        return None

    def _display(self, article: Article, column: ArticleColumn) -> object:
        if column == ArticleColumn.TITLE:
            return article_name(article)
        if column == ArticleColumn.SOURCE:
            return article.source
        if column == ArticleColumn.DATE:
            return article.dct.value or "unknown"
        return self._counts[article.id]

    def _tooltip(self, article: Article) -> str:
        dct = article.dct
        lines = [article_name(article), article.path]
        if dct.value:
            lines.append(f"Date {dct.value} ({dct.source}, confidence {dct.confidence:.2f})")
            lines += [f"  {e.reason}: “{e.text}”" for e in dct.evidence[:3]]
        else:
            lines.append("No document date found")
        if note := needs_date_note(article):
            lines.append(note)
        return "\n".join(lines)

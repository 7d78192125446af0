"""The selected article's document date: its value, where it came from, the sentences behind it.

"Edit document date…" asks for a day, a month or a year; ``gui.actions.document_date`` makes it
an undoable command that re-dates the article's relative expressions and rebuilds its events.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.panels.article_view import ArticleView, OffsetMap
from model.core.documents import Article, Evidence
from model.core.events import Event
from model.state.curation import CurationError, parse_document_date
from model.state.session import Session

SOURCE_LABELS = {
    "user": "set by you",
    "metadata": "from the file's metadata",
    "dateline": "from the dateline",
    "inferred": "inferred from the text",
    "none": "not found",
}
GRANULARITY = {4: "year", 7: "month", 10: "day"}
EVIDENCE_SPAN = Qt.ItemDataRole.UserRole + 1

# The current value -> the text the user accepted, or None if cancelled.
AskDate = Callable[[str], "str | None"]


class DocumentDateDialog(QDialog):
    """A line edit that accepts YYYY-MM-DD, YYYY-MM or YYYY; OK only when the text is one of them."""

    def __init__(self, title: str, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit document date")
        self.edit = QLineEdit(current)
        self.edit.setPlaceholderText("YYYY-MM-DD, YYYY-MM or YYYY")
        self.problem = QLabel()
        self.problem.setStyleSheet("QLabel { color: #b00020; }")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(f"Date of “{title}”. Relative dates in the article (“last month”, “on Sunday”) follow it.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow("Date:", self.edit)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._validate)
        self._validate(current)

    def _validate(self, text: str) -> None:
        try:
            parse_document_date(text)
        except CurationError as error:
            self.problem.setText(str(error) if text.strip() else "")
            ok = False
        else:
            self.problem.setText("")
            ok = True
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def value(self) -> str:
        return self.edit.text().strip()


class DctPanel(QWidget):
    """Shows one article's DCT; asks for a new one; says which evidence sentence was clicked."""

    evidenceActivated = Signal(str, int, int)  # article id, start, end (offsets in the article text)
    dateEntered = Signal(str, str)  # article id, the date as typed (already validated)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._article_id: str | None = None
        self._busy = False
        # Replaced in tests; the validating dialog in the app.
        self.ask_date: AskDate = self._ask_dialog

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("QLabel { font-weight: bold; }")
        self.value_label = QLabel()
        self.source_label = QLabel()
        self.confidence_label = QLabel()
        for label in (self.value_label, self.source_label, self.confidence_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence = QListWidget()
        self.evidence.setWordWrap(True)
        self.evidence.setSpacing(3)  # one sentence and its reason per item, visibly apart
        self.evidence.setToolTip("Click a sentence to see it in the article")
        self.edit_button = QPushButton("Edit document date…")
        self.edit_button.setToolTip("Set the article's date yourself; its relative dates follow")
        # Wired to the article list's filter by the main window.
        self.needs_date_toggle = QCheckBox("Article list: only those that need a date")
        self.needs_date_toggle.setToolTip("Articles whose date is inferred or missing (marked ? in the list)")

        form = QFormLayout()
        form.addRow("Date:", self.value_label)
        form.addRow("Source:", self.source_label)
        form.addRow("Confidence:", self.confidence_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(QLabel("Evidence:"))
        layout.addWidget(self.evidence, 1)
        layout.addWidget(self.edit_button)
        layout.addWidget(self.needs_date_toggle)

        self.evidence.itemClicked.connect(self._on_evidence)
        self.evidence.itemActivated.connect(self._on_evidence)
        self.edit_button.clicked.connect(self.edit_date)
        session.resultChanged.connect(self._refresh)
        session.articlesChanged.connect(lambda ids: self._refresh() if self._article_id in ids else None)
        self._refresh()

    @property
    def article_id(self) -> str | None:
        return self._article_id

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """While an article is being re-dated, no second date can be entered."""
        self._busy = busy
        self.edit_button.setText("Re-dating…" if busy else "Edit document date…")
        self._refresh()

    def show_article(self, article_id: str | None) -> None:
        self._article_id = article_id
        self._refresh()

    def _refresh(self) -> None:
        article = self.session.find_article(self._article_id) if self._article_id else None
        self.evidence.clear()
        self.edit_button.setEnabled(article is not None and not self._busy)
        if article is None:
            self.title.setText("No article selected")
            for label in (self.value_label, self.source_label, self.confidence_label):
                label.setText("")
            return
        from model.core.naming import article_name

        dct = article.dct
        self.title.setText(article_name(article))
        if dct.value:
            granularity = GRANULARITY.get(len(dct.value))
            self.value_label.setText(f"{dct.value} ({granularity})" if granularity and granularity != "day" else dct.value)
        else:
            self.value_label.setText("unknown")
        self.source_label.setText(SOURCE_LABELS.get(dct.source, dct.source))
        self.confidence_label.setText(f"{dct.confidence:.0%}" if dct.value else "")
        for (start, end, text), reasons in _by_sentence(dct.evidence).items():
            reason = "; ".join(reasons)
            item = QListWidgetItem(f"“{text}”\n— {reason}")
            item.setData(EVIDENCE_SPAN, (start, end))
            item.setToolTip(reason)
            self.evidence.addItem(item)
        if not dct.evidence:
            placeholder = QListWidgetItem("You set this date." if dct.source == "user" else "No sentence supports it.")
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.evidence.addItem(placeholder)

    def _on_evidence(self, item: QListWidgetItem) -> None:
        span = item.data(EVIDENCE_SPAN)
        if self._article_id is not None and span:
            self.evidenceActivated.emit(self._article_id, int(span[0]), int(span[1]))

    def _ask_dialog(self, current: str) -> str | None:
        article = self.session.find_article(self._article_id) if self._article_id else None
        dialog = DocumentDateDialog(article.title or article.id if article else "", current, self)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def edit_date(self) -> None:
        article = self.session.find_article(self._article_id) if self._article_id else None
        if article is None:
            return
        text = self.ask_date(article.dct.value or "")
        if text is not None and text.strip() and text.strip() != article.dct.value:
            self.dateEntered.emit(article.id, text.strip())


def highlight_range(view: ArticleView, article: Article, events: list[Event], start: int, end: int) -> None:
    """Open the article in the article view (with its events), scrolled to the range and the range selected."""
    if view.article is None or view.article.id != article.id:
        view.show_article(article, events)
    offsets = OffsetMap(article.text)
    cursor = QTextCursor(view.document())
    cursor.setPosition(offsets.to_qt(start))
    cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.centerCursor()


def _by_sentence(evidence: tuple[Evidence, ...] | list[Evidence]) -> dict[tuple[int, int, str], list[str]]:
    """One entry per sentence, in order, with every reason it gives: dating can cite one sentence
    for two steps ("latest explicit past date", then "the day after" it)."""
    out: dict[tuple[int, int, str], list[str]] = {}
    for piece in evidence:
        reasons = out.setdefault((piece.start, piece.end, piece.text), [])
        if piece.reason not in reasons:
            reasons.append(piece.reason)
    return out

"""The article text exactly as read, with its event sentences marked and clickable.

Offsets in the model are Python string indices (code points); Qt counts UTF-16
units, so positions are converted both ways when the text has characters outside
the Basic Multilingual Plane.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from model.core.documents import Article
from model.core.events import Event

EVENT_SENTENCE = QColor("#eef3fb")  # every clickable sentence, subtle
SELECTED_SENTENCE = QColor("#fff2a8")
SELECTED_TIMEX = QColor("#ffb347")


class OffsetMap:
    """Python index <-> Qt document position for one text."""

    def __init__(self, text: str) -> None:
        # Indices of characters that take two UTF-16 units; usually none.
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, index: int) -> int:
        return index + bisect_right(self._wide, index - 1)

    def from_qt(self, position: int) -> int:
        index = position
        for wide in self._wide:
            if self.to_qt(wide) < position:
                index -= 1
            else:
                break
        return index


class ArticleView(QPlainTextEdit):
    eventClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.document().setDocumentMargin(12)
        self._article: Article | None = None
        self._events: list[Event] = []
        self._selected: Event | None = None
        self._offsets = OffsetMap("")
        self._press: QPoint | None = None
        self.setPlaceholderText("Select an article or click an event on the timeline.")

    # --- content -----------------------------------------------------------------
    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def selected_event(self) -> Event | None:
        return self._selected

    def show_article(self, article: Article | None, events: list[Event] | None = None) -> None:
        """Show the article's text with its event sentences marked; nothing selected."""
        if article is None:
            self._article, self._events, self._selected = None, [], None
            self.clear()
            return
        if article is not self._article:  # same object: keep the scroll position
            self._article = article
            self._offsets = OffsetMap(article.text)
            self.setPlainText(article.text)
        self._events = list(events or [])
        self._selected = None
        self._apply_selections()

    def show_event(self, article: Article, event: Event, events: list[Event] | None = None) -> None:
        """Show the event's article scrolled to its sentence, sentence and date expression highlighted."""
        if article is not self._article or events is not None:
            self.show_article(article, events if events is not None else [event])
        if all(e.id != event.id for e in self._events):
            self._events.append(event)
        self._selected = event
        self._apply_selections()
        self._scroll_to(event.sentence.start)

    def _scroll_to(self, index: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self._offsets.to_qt(index))
        self.setTextCursor(cursor)
        self.centerCursor()

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _selection(self, start: int, end: int, colour: QColor, bold: bool = False) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        if bold:
            fmt.setFontWeight(700)
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        selection.format = fmt  # type: ignore[attr-defined]
        selection.cursor = self._cursor(start, end)  # type: ignore[attr-defined]
        return selection

    def _apply_selections(self) -> None:
        selections = [self._selection(e.sentence.start, e.sentence.end, EVENT_SENTENCE) for e in self._events]
        if self._selected is not None:
            event = self._selected
            selections.append(self._selection(event.sentence.start, event.sentence.end, SELECTED_SENTENCE))
            selections.append(self._selection(event.timex.start, event.timex.end, SELECTED_TIMEX, bold=True))
        self.setExtraSelections(selections)

    # --- what is highlighted (for tests and accessibility) -------------------------
    def highlighted_sentence(self) -> str:
        if self._selected is None or self._article is None:
            return ""
        return self._article.text[self._selected.sentence.start : self._selected.sentence.end]

    def highlighted_timex(self) -> str:
        if self._selected is None or self._article is None:
            return ""
        return self._article.text[self._selected.timex.start : self._selected.timex.end]

    def position_of(self, index: int) -> QPoint:
        """The viewport point of a character of the article (for clicks and tests)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(index))
        return self.cursorRect(cursor).center()

    # --- clicks ------------------------------------------------------------------------
    def event_at(self, index: int) -> Event | None:
        """The event whose sentence holds the character; with several, the one whose date is nearest."""
        hits = [e for e in self._events if e.sentence.start <= index < e.sentence.end]
        if not hits:
            return None

        def distance(e: Event) -> int:
            if e.timex.start <= index < e.timex.end:
                return 0
            return min(abs(index - e.timex.start), abs(index - e.timex.end))

        return min(hits, key=distance)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        release = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        if (release - press).manhattanLength() > 4 or self.textCursor().hasSelection():
            return  # the user is selecting text, not clicking
        index = self._offsets.from_qt(self.cursorForPosition(release).position())
        hit = self.event_at(index)
        if hit is not None:
            self._selected = hit
            self._apply_selections()
            self.eventClicked.emit(hit.id)

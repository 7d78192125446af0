"""The open workspace: the current extraction result and the load errors, with change signals.

The Qt item models read from a Session; widgets never touch it directly.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, Signal

from model.core.documents import Article
from model.core.events import Event
from model.core.result import ExtractionResult


def _settle_heap() -> None:
    """A 10,000-article project is millions of long-lived objects; each full garbage collection
    walks all of them (a few hundred ms), and the views' work right after loading triggers several.
    Moving what is alive now out of the collector's reach (gc.freeze) avoids that; unfreezing first
    lets the previous result's objects be collected as usual."""
    gc.unfreeze()
    gc.freeze()


class Session(QObject):
    """Every change goes through one of the mutators below so each view hears of it.

    ``resultChanged``: the lists of articles/events were replaced (models reset).
    ``replaced``: after ``resultChanged``, when the workspace is a new one (a project opened, New, a
    restore): the edit history refers to it no more. Not for articles added or a command's change.
    ``eventsChanged(ids)``: those events were replaced in place (same ids, same order).
    ``articlesChanged(ids)``: those articles were replaced in place.
    ``edited``: any change the user should not lose (drives autosave and the title's "*").
    """

    resultChanged = Signal()
    eventsChanged = Signal(list)
    articlesChanged = Signal(list)
    edited = Signal()
    errorsChanged = Signal()
    replaced = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._result = ExtractionResult([], [])
        self._events_by_id: dict[str, Event] = {}
        self._articles_by_id: dict[str, Article] = {}
        # Positions in the lists, so in-place replacements stay O(changed) at 100,000 events.
        self._event_rows: dict[str, int] = {}
        self._article_rows: dict[str, int] = {}
        self._errors: list[str] = []

    @property
    def result(self) -> ExtractionResult:
        return self._result

    @property
    def articles(self) -> list[Article]:
        return self._result.articles

    @property
    def events(self) -> list[Event]:
        return self._result.events

    @property
    def errors(self) -> list[str]:
        return list(self._errors)

    def set_result(self, result: ExtractionResult, *, new_workspace: bool = True) -> None:
        """Show ``result``; ``new_workspace=False`` when it grows or edits the current one."""
        # Own copies of the lists: in-place edits must never reach the caller's result.
        result = ExtractionResult(list(result.articles), list(result.events), result.docs)
        self._result = result
        self._events_by_id = {e.id: e for e in result.events}
        self._articles_by_id = {a.id: a for a in result.articles}
        self._event_rows = {e.id: i for i, e in enumerate(result.events)}
        self._article_rows = {a.id: i for i, a in enumerate(result.articles)}
        _settle_heap()
        self.resultChanged.emit()
        if new_workspace:
            self.replaced.emit()

    def replace_events(self, events: list[Event]) -> None:
        """Put new versions of existing events in place (matched by id); unknown ids are ignored."""
        changed: list[str] = []
        for event in events:
            i = self._event_rows.get(event.id)
            if i is None:
                continue
            self._result.events[i] = event
            self._events_by_id[event.id] = event
            changed.append(event.id)
        if changed:
            self.eventsChanged.emit(changed)
            self.edited.emit()

    def replace_articles(self, articles: list[Article]) -> None:
        """Put new versions of existing articles in place (matched by id)."""
        changed: list[str] = []
        for article in articles:
            i = self._article_rows.get(article.id)
            if i is None:
                continue
            self._result.articles[i] = article
            self._articles_by_id[article.id] = article
            changed.append(article.id)
        if changed:
            self.articlesChanged.emit(changed)
            self.edited.emit()

    def set_events(self, events: list[Event]) -> None:
        """A new list of events over the same articles (delete, merge, split, re-dating)."""
        self.set_result(ExtractionResult(self._result.articles, events, self._result.docs), new_workspace=False)
        self.edited.emit()

    def clear(self) -> None:
        self.set_result(ExtractionResult([], []))

    # Not named event(): that would override QObject.event and break event delivery.
    def find_event(self, event_id: str) -> Event | None:
        return self._events_by_id.get(event_id)

    def find_article(self, article_id: str) -> Article | None:
        return self._articles_by_id.get(article_id)

    def add_errors(self, errors: list[str]) -> None:
        if errors:
            self._errors.extend(errors)
            self.errorsChanged.emit()

    def clear_errors(self) -> None:
        self._errors.clear()
        self.errorsChanged.emit()

"""The user's edits to the timeline as undoable commands.

Every command changes the ``Session`` only through its mutators, so the views (which listen to the
session's signals) re-render on redo and undo alike. Commands never mutate an ``Event`` or
``Article`` in place: they keep the objects from before and put new copies after, so undo is
putting the old objects back. Input is validated when a command is built: a bad value raises
``CurationError`` with a one-line message and nothing changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Union

from PySide6.QtGui import QUndoCommand

from model.core.documents import Article, DocumentDate
from model.core.events import Event, EventDate
from model.core.result import ExtractionResult
from model.timex.values import value_to_interval

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from model.state.session import Session

# The caller's spaCy pipeline, or a function returning it (None while it is still loading).
PipelineSource = Union["Language", Callable[[], "Language | None"], None]

DATE_HELP = "use YYYY-MM-DD, YYYY-MM or YYYY"
_LOOSE_DATE = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")


class CurationError(ValueError):
    """An edit that cannot be made; the message is shown to the user as is."""


# --- parsing what the user types ------------------------------------------------------------
def parse_event_date(text: str) -> EventDate:
    """A date the user typed ("2021-11-15", "2021-11", "2021", "2021/11/5", "2021-W46", "2021-Q3")."""
    value = text.strip().upper()
    if not value:
        raise CurationError(f"Enter a date: {DATE_HELP}")
    if m := _LOOSE_DATE.match(value):  # tolerate "2021/11/5" and one-digit months and days
        value = m[1] + "".join(f"-{int(part):02d}" for part in (m[2], m[3]) if part is not None)
    interval = value_to_interval(value)
    if interval is None:
        raise CurationError(f"“{text.strip()}” is not a date: {DATE_HELP} (or a TIMEX3 value such as 2021-W46)")
    return interval


def parse_document_date(text: str) -> str:
    """An article's date as the user typed it, as a TIMEX3 value of a day, a month or a year."""
    interval = parse_event_date(text)
    if interval.granularity not in ("day", "month", "year"):
        raise CurationError(f"“{text.strip()}” is not a document date: {DATE_HELP}")
    return interval.value


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def _events(session: Session, ids: Iterable[str]) -> list[Event]:
    """The session's events with these ids, in session order, unknown ids dropped."""
    wanted = set(ids)
    found = [e for e in session.events if e.id in wanted]
    if not found:
        raise CurationError("Select an event first")
    return found


# --- commands --------------------------------------------------------------------------------
class _ReplaceEvents(QUndoCommand):
    """Events replaced in place (same ids): the common shape of most edits."""

    def __init__(self, session: Session, before: list[Event], after: list[Event], text: str) -> None:
        super().__init__(text)
        self.session = session
        self.before = before
        self.after = after

    @property
    def event_ids(self) -> list[str]:
        return [e.id for e in self.before]

    def redo(self) -> None:
        self.session.replace_events(list(self.after))

    def undo(self) -> None:
        self.session.replace_events(list(self.before))

    def _merge_same_events(self, other: QUndoCommand) -> bool:
        """Take over a later edit of the same kind on the same events (typing a headline twice)."""
        if type(other) is not type(self) or not isinstance(other, _ReplaceEvents):
            return False
        if other.event_ids != self.event_ids:
            return False
        self.after = other.after
        return True


class EditHeadline(_ReplaceEvents):
    def __init__(self, session: Session, event_id: str, headline: str) -> None:
        headline = " ".join(headline.split())
        if not headline:
            raise CurationError("A headline cannot be empty")
        (event,) = _events(session, [event_id])
        super().__init__(session, [event], [replace(event, headline=headline)], "Edit headline")

    def id(self) -> int:
        return 5001

    def mergeWith(self, other: QUndoCommand) -> bool:
        return self._merge_same_events(other)


class EditEventDate(_ReplaceEvents):
    def __init__(self, session: Session, event_id: str, text: str) -> None:
        date = parse_event_date(text)
        (event,) = _events(session, [event_id])
        super().__init__(session, [event], [replace(event, date=date)], "Edit date")

    def id(self) -> int:
        return 5002

    def mergeWith(self, other: QUndoCommand) -> bool:
        return self._merge_same_events(other)


class SetHidden(_ReplaceEvents):
    def __init__(self, session: Session, event_ids: Sequence[str], hidden: bool) -> None:
        events = _events(session, event_ids)
        verb = "Hide" if hidden else "Show"
        super().__init__(
            session, events, [replace(e, hidden=hidden) for e in events], f"{verb} {_plural(len(events), 'event')}"
        )


class SetStarred(_ReplaceEvents):
    def __init__(self, session: Session, event_ids: Sequence[str], starred: bool) -> None:
        events = _events(session, event_ids)
        verb = "Star" if starred else "Unstar"
        super().__init__(
            session, events, [replace(e, starred=starred) for e in events], f"{verb} {_plural(len(events), 'event')}"
        )


def parse_tags(text: str) -> list[str]:
    """Comma-separated tags, trimmed, without duplicates (first spelling kept)."""
    tags: list[str] = []
    for tag in text.split(","):
        tag = " ".join(tag.split())
        if tag and tag.casefold() not in {t.casefold() for t in tags}:
            tags.append(tag)
    return tags


class SetTags(_ReplaceEvents):
    def __init__(self, session: Session, event_ids: Sequence[str], tags: Sequence[str]) -> None:
        events = _events(session, event_ids)
        clean = parse_tags(",".join(tags))
        super().__init__(
            session, events, [replace(e, tags=list(clean)) for e in events], f"Tag {_plural(len(events), 'event')}"
        )

    def id(self) -> int:
        return 5003

    def mergeWith(self, other: QUndoCommand) -> bool:
        return self._merge_same_events(other)


class MergeEvents(_ReplaceEvents):
    """The selected entries become one: every member of their clusters takes the first one's cluster id."""

    def __init__(self, session: Session, event_ids: Sequence[str]) -> None:
        selected = _events(session, event_ids)
        clusters = list(dict.fromkeys(e.cluster_key for e in selected))
        if len(clusters) < 2:
            raise CurationError("Select two or more separate entries to merge")
        target = clusters[0]
        members = [e for e in session.events if e.cluster_key in clusters and e.cluster != target]
        super().__init__(
            session, members, [replace(e, cluster=target) for e in members], f"Merge {_plural(len(clusters), 'event')}"
        )
        self.cluster = target


class SplitEvent(_ReplaceEvents):
    """The event leaves its cluster; the others stay together under an id that is not the leaver's."""

    def __init__(self, session: Session, event_id: str) -> None:
        (event,) = _events(session, [event_id])
        cluster = event.cluster_key
        others = [e for e in session.events if e.cluster_key == cluster and e.id != event.id]
        if not others:
            raise CurationError("This event is not merged with any other")
        before = [event]
        after = [replace(event, cluster=event.id)]
        if cluster == event.id:  # the cluster is named after the leaver: the rest needs a new name
            rest = others[0].id
            before += others
            after += [replace(e, cluster=rest) for e in others]
        super().__init__(session, before, after, "Split event from its entry")


class DeleteEvents(QUndoCommand):
    def __init__(self, session: Session, event_ids: Sequence[str]) -> None:
        events = _events(session, event_ids)
        super().__init__(f"Delete {_plural(len(events), 'event')}")
        self.session = session
        ids = {e.id for e in events}
        # Positions in the list as it was, so undo puts every event back where it stood.
        self.removed = [(i, e) for i, e in enumerate(session.events) if e.id in ids]

    def redo(self) -> None:
        ids = {e.id for _, e in self.removed}
        self.session.set_events([e for e in self.session.events if e.id not in ids])

    def undo(self) -> None:
        events = list(self.session.events)
        for i, event in self.removed:  # ascending positions: each insert sees the earlier ones back
            events.insert(min(i, len(events)), event)
        self.session.set_events(events)


class SetDocumentDate(QUndoCommand):
    """The user's DCT for one article: its relative expressions re-dated and its events rebuilt.

    The parsed doc is re-dated in place when the session has it; otherwise (a project reopened
    from file) the article alone is parsed again with the caller's pipeline. Either way only this
    article's events are extracted again, then clustered with the others'. The user's curation
    (starred, hidden, tags, headline) stays on every event whose trigger is where it was, and the
    other articles' events are kept as they were, manual merges and splits included.

    Articles whose inferred date rests on this one (``DocumentDate.based_on``: "last month's
    summit" dated from this article's summit) are dated again from the new date, and their events
    rebuilt the same way, in the same undo step.
    """

    def __init__(self, session: Session, article_id: str, text: str, nlp: PipelineSource = None) -> None:
        value = parse_document_date(text)
        article = session.find_article(article_id)
        if article is None:
            raise CurationError("Select an article first")
        super().__init__(f"Set document date to {value}")
        self.session = session
        self.article_id = article_id
        self.value = value
        self._nlp = nlp
        self._before = (article, list(session.events), dict(session.result.docs))
        self._articles = list(session.articles)
        # Each re-dated article as it was, in the order they are re-dated (this one first).
        self._old_articles: list[Article] = [article]
        self._after: tuple[list[Article], list[Event], dict[str, Doc]] | None = None
        if article_id not in session.result.docs and self._pipeline() is None:
            raise CurationError("The language model is not loaded yet: try again in a moment")

    def _pipeline(self) -> Language | None:
        nlp = self._nlp
        if nlp is None or hasattr(nlp, "pipe"):
            return nlp  # type: ignore[return-value]
        return nlp()  # type: ignore[operator]

    @property
    def prepared(self) -> bool:
        return self._after is not None

    @property
    def redated(self) -> list[str]:
        """Ids of the articles this command re-dates: this one, then those dated from it."""
        return [a.id for a in (self._after[0] if self._after else self._old_articles)]

    def prepare(self) -> None:
        """Re-date the doc (parsing it if need be) and rebuild the article's events, without
        changing the session: the slow part, safe to run in a worker (it touches no Qt object).
        ``redo`` does it when it was not done before."""
        if self._after is None:
            self._after = self._rebuild()

    def is_current(self) -> bool:
        """Nothing was edited since the command was made (a prepared result would undo that edit)."""
        article, events, _docs = self._before
        now = self.session.events
        return (
            self.session.find_article(self.article_id) is article
            and len(now) == len(events)
            and all(a is b for a, b in zip(now, events, strict=True))
        )

    def discard(self) -> None:
        """Forget a prepared result that will not be pushed: the shared docs are dated back."""
        if self._after is not None:
            self._redate(self._after[2], self._old_articles)
            self._after = None

    def redo(self) -> None:
        if self._after is None:
            self.prepare()
        else:
            self._redate(self._after[2], self._after[0])  # idempotent; needed after an undo
        assert self._after is not None
        self._apply(*self._after)

    def undo(self) -> None:
        _article, events, docs = self._before
        self._redate(docs, self._old_articles)
        self._apply(self._old_articles, events, docs)

    @staticmethod
    def _redate(docs: dict[str, Doc], articles: list[Article]) -> None:
        from model.timex import redate

        for article in articles:
            doc = docs.get(article.id)
            if doc is not None:
                redate(doc, article.dct.value)

    def _apply(self, articles: list[Article], events: list[Event], docs: dict[str, Doc]) -> None:
        """Put the re-dated articles' events (and docs) of ``events`` in place of the session's:
        only they differ between before and after, and the session may since hold more articles
        (opened while this command was on the stack)."""
        session = self.session
        ids = [a.id for a in articles]
        ours: dict[str, list[Event]] = {}
        for event in events:
            if event.article in ids:
                ours.setdefault(event.article, []).append(event)
        out: list[Event] = []
        placed: set[str] = set()
        for event in session.events:  # each article's events where its old ones were
            if event.article not in ours and event.article not in ids:
                out.append(event)
            elif event.article not in placed:
                out.extend(ours.get(event.article, []))
                placed.add(event.article)
        for article_id in ids:
            if article_id not in placed:
                out.extend(ours.get(article_id, []))
        now_docs = dict(session.result.docs)
        for article_id in ids:
            if article_id in docs:
                now_docs[article_id] = docs[article_id]
            else:
                now_docs.pop(article_id, None)
        session.set_result(ExtractionResult(list(session.articles), out, now_docs), new_workspace=False)
        session.replace_articles(list(articles))  # after the events, so "edited" comes last

    def _rebuild(self) -> tuple[list[Article], list[Event], dict[str, Doc]]:
        from model.nlp.pipeline import set_document_date

        _article, old_events, old_docs = self._before
        before = ExtractionResult(list(self._articles), list(old_events), dict(old_docs))
        after = set_document_date(before, self.article_id, DocumentDate(self.value, "user", 1.0), parse=self._parse)
        old_by_id = {a.id: a for a in self._articles}
        # The re-dated articles are the new objects: this one first, then those dated from it.
        redated = [a for a in after.articles if a is not old_by_id.get(a.id)]
        redated.sort(key=lambda a: a.id != self.article_id)
        self._old_articles = [old_by_id[a.id] for a in redated]
        return redated, after.events, after.docs

    def _parse(self, article: Article) -> Doc:
        from model.nlp.pipeline import parse_articles

        nlp = self._pipeline()
        if nlp is None:
            raise CurationError("The language model is not loaded yet: try again in a moment")
        return list(parse_articles([article], nlp))[0]

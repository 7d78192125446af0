"""Every recognised event mention with the time it takes, and the TimeML link that says so.

Extraction stores on each ``EventMention`` the trigger offset of the event whose time it shares
(``model/nlp/events/anchoring.py``): a timeline event, or a happening the timeline leaves out (a
dated opinion) whose time the article keeps (``Article.time_anchors``). The JSON and TimeML exports
read it here, so both say the same and neither needs the parsed doc. The event found is the one in the result, so a date the user
edited is the date exported, and a mention whose event the user deleted takes no time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from model.core.documents import Article, EventMention
from model.core.events import Event, anchor_events

# Modalities whose PAST_REF is certainly before the document date: told as done (or as someone's
# account of a deed), not planned, forecast, hypothetical or negated.
_CERTAINLY_PAST = frozenset(("happened", "reported"))


def events_by_trigger(events: Iterable[Event]) -> dict[int, Event]:
    """Trigger start -> the (first) event with that trigger, for one article's events."""
    out: dict[int, Event] = {}
    for event in events:
        out.setdefault(event.trigger.start, event)
    return out


def article_times(article: Article, events: Iterable[Event]) -> dict[int, Event]:
    """Trigger start -> the event whose time a mention anchored there takes: the article's timeline
    events first, then the happenings that are no entries (``Article.time_anchors``, as events
    with no id). An entry the user deleted is in neither: its mentions take no time."""
    out = events_by_trigger(events)
    for event in anchor_events(article):
        out.setdefault(event.trigger.start, event)
    return out


def mention_event(mention: EventMention, by_trigger: dict[int, Event]) -> Event | None:
    """The event whose time the mention takes: its anchor's, else (a project saved before anchors)
    the event it is the trigger of."""
    if mention.anchor is not None:
        return by_trigger.get(mention.anchor)
    return by_trigger.get(mention.start)


def mentions_json(article: Article, events: Sequence[Event]) -> list[dict[str, object]]:
    """The article's recognised mentions for ``--format json``: offsets, text, class, the date it
    takes (the same object as an event's ``date``; null when the text gives it none) and that event
    (null too when the time is that of a happening the timeline leaves out)."""
    by_trigger = article_times(article, events)
    out: list[dict[str, object]] = []
    for mention in article.event_mentions:
        event = mention_event(mention, by_trigger)
        out.append({
            "start": mention.start,
            "end": mention.end,
            "text": article.text[mention.start : mention.end],
            "class": mention.event_class,
            "date": event.date.to_json() if event is not None else None,
            "event": event.id if event is not None and event.id else None,
        })
    return out


@dataclass(frozen=True)
class TimeLink:
    """A TLINK from an event to a time: the event's timex span, or None for the DCT (``t0``)."""

    relation: str  # "IS_INCLUDED" or "BEFORE"
    timex: tuple[int, int] | None


def time_link(
    event: Event, article: Article, events: Sequence[Event], timex_spans: set[tuple[int, int]], mention_class: str = "",
) -> TimeLink | None:
    """The one link the text warrants for a mention taking ``event``'s time, or None.

    ``timex_spans``: the TIMEX3 spans the document holds. A calendar date links IS_INCLUDED to its
    own expression (or the one that governs it), a scene's to the scene's expression, a date equal to
    the document's day to the DCT. An undated past happening told as done is BEFORE the DCT; any other
    relative time (present, future, planned, negated) gets no link: an honest gap beats a guess. Nor
    does an undated report ("officials said"): news reports what was said that day, and TimeML puts
    it inside the document's day (60 TBAQ documents: with reports, 200 of 321 BEFORE links right;
    without, 94 of 134).
    """
    dct = article.dct.value or ""
    if event.date.granularity == "relative":
        if (event.date.value == "PAST_REF" and event.modality in _CERTAINLY_PAST and dct
                and "REPORTING" not in (mention_class, event.event_class)):
            return TimeLink("BEFORE", None)
        return None
    own = (event.timex.start, event.timex.end)
    if event.timex.end > event.timex.start and own in timex_spans:
        return TimeLink("IS_INCLUDED", own)
    if event.date_source == "scene":
        # The scene is the last dated happening before it with this date: link to its expression.
        for other in sorted(events, key=lambda e: e.sentence.start, reverse=True):
            span = (other.timex.start, other.timex.end)
            if (other.sentence.start <= event.sentence.start and other.date == event.date
                    and other.date_source in ("timex", "governor") and span in timex_spans):
                return TimeLink("IS_INCLUDED", span)
    day = event.date.start.isoformat()
    if dct and event.date.granularity == "day" and event.date.start == event.date.end and dct[:10] == day:
        return TimeLink("IS_INCLUDED", None)
    return None

"""Events from a tagged doc (placeholder: one event per calendar date expression; replaced by issue 4)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.documents import Article, TextSpan
from model.events import Event
from model.timex.values import value_to_interval

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_events(doc: Doc, article: Article) -> list[Event]:
    events: list[Event] = []
    for timex in doc._.timexes:
        interval = value_to_interval(timex.value)
        if interval is None:
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        root = sent.root
        events.append(
            Event(
                id=f"{article.id}-e{len(events) + 1}",
                article=article.id,
                date=interval,
                headline=sent.text.strip()[:80],
                sentence=TextSpan(sent.start_char, sent.end_char, sent.text),
                trigger=TextSpan(root.idx, root.idx + len(root.text), root.text),
                timex=TextSpan(timex.start, timex.end, timex.text),
            )
        )
    return events

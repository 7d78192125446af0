"""Sentences written with their trigger in braces ("The army {denied} it ."), parsed by the trained
model: the rows of the event, entry and headline tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.core.documents import Article, DocumentDate
from model.nlp.events.headlines import headline
from model.nlp.events.participants import find_participants
from model.nlp.pipeline import extract

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

    from model.core.events import Event


def marked_trigger(nlp: Language, text: str) -> tuple[Token, str]:
    """The parsed token in braces, and the text without them."""
    start, end = text.index("{"), text.index("}")
    plain = text[:start] + text[start + 1 : end] + text[end + 1 :]
    doc = nlp(plain)
    return doc.char_span(start, end - 1, alignment_mode="expand").root, plain


def headline_of(nlp: Language, text: str) -> str:
    """The headline of the happening in braces."""
    trigger, _plain = marked_trigger(nlp, text)
    participants = find_participants(trigger.doc)
    return headline(trigger, participants, participants.in_span(trigger.sent.start, trigger.sent.end))


def events_of(nlp: Language, text: str, dct: str) -> list[Event]:
    """The entries extracted from a one-article text with its document date as metadata."""
    article = Article("t", "/tmp/t.txt", text, dct=DocumentDate(dct, "metadata", 1.0))
    return extract([article], nlp).events


def event_at(events: list[Event], trigger: str) -> Event:
    """The first of ``events`` whose trigger is the word ``trigger`` (the test fails, listing them, if none)."""
    found = [e for e in events if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r}: " + "; ".join(f"{e.trigger.text}/{e.date.value}" for e in events)
    return found[0]

"""Sentences a careful reader would not put on a timeline, whatever their verbs say.

Read one by one, the entries of real news pages that were not happenings were mostly the page
talking to its reader or a presenter talking on air: page furniture and reader calls on a page
flattened to one line (``model.text.boilerplate.boilerplate_sentence``), questions, and clauses
whose doer is the writer, the presenter or the reader ("We got another love story", "I missed you
last week", "I believe that …", "you can always comment"). Someone else's words in quotation marks
("'We will meet on Tuesday,' Sullivan said") are statements and stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.nlp.sentences import sentence_of
from model.text.boilerplate import boilerplate_sentence

if TYPE_CHECKING:
    from spacy.tokens import Token

_SPEAKER_PRONOUNS = frozenset(("i", "we", "you"))
_OPEN_QUOTES = ("``", "“")
_CLOSE_QUOTES = ("''", "”")


def is_entry(predicate: Token, sentence: str) -> bool:
    """Whether the happening ``predicate`` names, in ``sentence`` (its text), is a timeline entry."""
    if boilerplate_sentence(sentence):
        return False
    subject = _doer(predicate)
    return subject is None or subject.lower_ not in _SPEAKER_PRONOUNS or _in_quotes(subject)


def _doer(predicate: Token) -> Token | None:
    """The subject of the predicate's clause, through "to"-infinitives and shared subjects."""
    token = predicate
    for _ in range(4):
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if token.dep_ not in ("xcomp", "conj", "acomp", "attr") or token.head.i == token.i:
            return None
        token = token.head
    return None


def _in_quotes(token: Token) -> bool:
    """Inside quotation marks opened earlier in its sentence (someone else's words)."""
    sent = sentence_of(token)
    before = token.doc[sent.start : token.i].text
    opened = sum(before.count(q) for q in _OPEN_QUOTES) - sum(before.count(q) for q in _CLOSE_QUOTES)
    return opened > 0 or before.count('"') % 2 == 1

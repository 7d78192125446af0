"""Sentences a careful reader would not put on a timeline, whatever their verbs say.

Read one by one, the entries of real news pages that were not happenings were mostly the page
talking to its reader or a presenter talking on air: page furniture and reader calls on a page
flattened to one line (``model.text.boilerplate.boilerplate_sentence``), questions, and clauses
whose doer is the writer, the presenter or the reader ("We got another love story", "I missed you
last week", "I believe that …", "you can always comment") or who talk to the audience ("Anderson
Cooper is joining us", "he told us what he saw"). Someone else's words in quotation marks
("'We will meet on Tuesday,' Sullivan said") are statements and stay. A noun that names no happening
("the 2006 X Factor winner", "9.7 percent") is not one, whatever date sits beside it; nor is a
state: a copula ("my sense was that …"; "there were reports" tells of something and stays) or a
perfect that lasts "for 30 years".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.nlp.events.predicates import is_event_noun
from model.nlp.sentences import sentence_of
from model.text.boilerplate import boilerplate_sentence

if TYPE_CHECKING:
    from spacy.tokens import Token

_SPEAKER_PRONOUNS = frozenset(("i", "we", "you"))
_AUDIENCE = frozenset(("us", "you"))
_SPANS = frozenset(("year", "month", "week", "day", "decade", "century", "hour", "time", "while", "ages", "generation"))
_OPEN_QUOTES = ("``", "“")
_CLOSE_QUOTES = ("''", "”")


def is_entry(predicate: Token, sentence: str) -> bool:
    """Whether the happening ``predicate`` names, in ``sentence`` (its text), is a timeline entry."""
    if boilerplate_sentence(sentence):
        return False
    if predicate.pos_ in ("NOUN", "PROPN", "NUM") and not is_event_noun(predicate):
        return False  # "the 2006 X Factor winner", "9.7 percent", "today 's globalised meat industry"
    if predicate.lemma_ == "be" and not any(c.dep_ == "expl" for c in predicate.children):
        return False  # a state: "my sense was that …", "the rate last year was 9.7 percent", "That was two years ago"
    if _lasting(predicate):
        return False
    subject = _doer(predicate)
    if subject is not None and subject.lower_ in _SPEAKER_PRONOUNS and not _in_quotes(subject):
        return False
    # On air: "Anderson Cooper is joining us", "he told us what he saw", "A.J. has got it for you".
    audience = _clause_verb(predicate)
    return not any(c.lower_ in _AUDIENCE and c.dep_ in ("dobj", "dative", "pobj", "prep") and not _in_quotes(c)
                   for c in (*audience.children, *(g for p in audience.children if p.dep_ == "prep"
                                                    for g in p.children)))


def _lasting(predicate: Token) -> bool:
    """"Mubarak has ruled for 30 years", "Egyptians have seen this for quite some time": a state
    that lasts up to now, not a happening (its headline would read "Mubarak rules")."""
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in predicate.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(o.lemma_.lower() in _SPANS for o in p.children)
               for p in predicate.children)


def _clause_verb(predicate: Token) -> Token:
    token = predicate
    while token.dep_ in ("xcomp", "acomp") and token.head.i != token.i:
        token = token.head
    return token


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

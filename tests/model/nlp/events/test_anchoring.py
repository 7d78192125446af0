"""Every recognised mention takes the time of the event it is told as part of (``mention_times``).

Rows are sentences in our own words after the shared corpora (Wikinews on Apple, TimeBank news);
each is an article with its document date as metadata. ``None``: the tree ties the word to no
dated event, so the text gives it no time here.
"""

from __future__ import annotations

import pytest

from model.core.documents import Article, DocumentDate
from model.nlp.events.anchoring import mention_times
from model.nlp.pipeline import extract


def time_of(nlp, text: str, dct: str, word: str) -> str | None:
    article = Article("t", "/tmp/t.txt", text, dct=DocumentDate(dct, "metadata", 1.0))
    result = extract([article], nlp)
    doc = result.docs["t"]
    times = mention_times(doc, result.events)
    token = next(t for t in doc if t.text == word)
    event = times.get(token.i)
    return None if event is None else event.date.value


@pytest.mark.parametrize(
    ("text", "dct", "word", "value"),
    [
        # Conjuncts share the time: "on Monday, X announced and showed …".
        ("On Monday, Apple announced a new phone and showed its camera.", "2010-06-08", "showed", "2010-06-07"),
        # How it was done: "by walking onto the stage".
        ("Jobs unveiled the device on Tuesday by walking onto the stage with it in his pocket.",
         "2007-01-10", "walking", "2007-01-09"),
        # A light verb's noun: the keynote is when it was given.
        ("Jobs gave his annual keynote to the developers on Monday.", "2005-06-07", "keynote", "2005-06-06"),
        # The happening that frames the verb: the statement was made at the press conference.
        ("In a July 16 press conference, Jobs said that every buyer would get a free case.",
         "2010-08-09", "said", "2010-07-16"),
        # The purpose of a past deed was carried out there and then.
        ("Jobs returned to the stage on Monday to reveal the new music service.", "2011-06-07", "reveal",
         "2011-06-06"),
        # What was said is not at the time of saying it.
        ("Apple said on Monday that the deal had expired.", "2007-02-06", "expired", None),
        # A plan is not carried out when it is announced.
        ("On Friday the company decided to close the plant.", "1998-03-02", "close", None),
        # A relative clause about a thing has a time of its own.
        ("On Tuesday the court upheld the agreement that the two firms signed.", "2006-05-10", "signed", None),
    ],
)
def test_mentions_share_the_time_of_the_event_they_are_told_with(nlp, text: str, dct: str, word: str,
                                                                 value: str | None) -> None:
    assert time_of(nlp, text, dct, word) == value


@pytest.mark.parametrize(
    ("text", "dct", "word"),
    [
        # Bug: "is expected" took "last year" from "accounted" (conjuncts of two tenses).
        ("The brewer accounted for 41% of beer sales last year and is expected to gain more of the market.",
         "1989-10-26", "expected"),
    ],
)
def test_conjuncts_of_two_tenses_are_two_times(nlp, text: str, dct: str, word: str) -> None:
    article = Article("t", "/tmp/t.txt", text, dct=DocumentDate(dct, "metadata", 1.0))
    result = extract([article], nlp)
    doc = result.docs["t"]
    token = next(t for t in doc if t.text == word)
    tied = mention_times(doc, result.events).get(token.i)
    # Its own event or no time from the tree, never its conjunct's.
    assert tied is None or tied.trigger.text == word, (tied.trigger.text, tied.date.value)

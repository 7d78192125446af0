"""The story's scene: undated past sentences told as part of a dated happening take its day.

Rows are short articles in our own words after the shared Wikinews reports on Apple's keynotes
and press events; the scene rules are in ``model/nlp/events/extraction.py``.
"""

from __future__ import annotations

import pytest

from model.core.documents import Article, DocumentDate
from model.core.events import Event
from model.nlp.pipeline import extract


def event_at(nlp, text: str, dct: str, trigger: str) -> Event:
    article = Article("t", "/tmp/t.txt", text, dct=DocumentDate(dct, "metadata", 1.0))
    events = extract([article], nlp).events
    found = [e for e in events if e.trigger.text == trigger]
    assert found, "; ".join(f"{e.trigger.text}/{e.date.value}" for e in events)
    return found[-1]


@pytest.mark.parametrize(
    ("text", "dct", "trigger", "value", "source"),
    [
        # "since" inside a quotation is the speaker's word, not background to the scene.
        ("Steve Jobs unveiled the new phone on Monday at the developer conference. The phone was praised "
         "by Jobs as \"the largest step we have made since the first model.\"",
         "2010-06-08", "praised", "2010-06-07", "scene"),
        # "already" in a clause about the buyers does not take the saying out of the press event.
        ("Jobs said on Friday that Apple will hand out free cases for the phone. Jobs also said that "
         "buyers who had already paid for a case would get their money back.",
         "2010-07-17", "said", "2010-07-16", "scene"),
        # The sentence names the scene's happening again, two sentences on, with a new doer.
        ("In a Wednesday media event, Apple released new laptops. The event also gave a preview of the next "
         "system. Apple chief Steve Jobs presented the machines at the event in Cupertino.",
         "2010-10-23", "presented", "2010-10-20", "scene"),
        # The doer of an earlier scene happening acts again after another dated happening.
        ("In his keynote address on Wednesday, Jobs announced a new music suite. The suite went on sale on "
         "Wednesday for 49 dollars. In another move, Jobs announced new laptops.",
         "2010-10-23", "announced", "2010-10-20", "scene"),
        # The saying of a dated happening takes its own time: the keynote, not last year.
        ("Steve Jobs unveiled new laptops on Wednesday at a media event. Jobs said that his company sold "
         "13 million computers last year.", "2010-10-23", "said", "2010-10-20", "scene"),
        # A statement is no scene for the speaker's own deeds told later (a flashback, often).
        ("Commander Bunchhay said on Thursday that the hostage had been killed. The talks with the rebels ended "
         "on Friday. Bunchhay fled the capital with his troops.", "1998-02-21", "fled", "PAST_REF", "document"),
        # Background in the sentence's own clause still ends the scene.
        ("Steve Jobs unveiled the new phone on Monday at the developer conference. Jobs had previously "
         "shown three other models.", "2010-06-08", "shown", "PAST_REF", "document"),
    ],
)
def test_the_scene_carries_the_events_told_as_part_of_it(nlp, text: str, dct: str, trigger: str, value: str,
                                                         source: str) -> None:
    event = event_at(nlp, text, dct, trigger)
    assert (event.date.value, event.date_source) == (value, source)


def test_a_report_with_no_time_of_its_own_adds_no_entry(nlp) -> None:
    """"…, the White House said": the happening keeps its date; an undated copy of the sentence as a
    statement would only crowd the undated band (and split a merged happening's cluster)."""
    text = "Biden and Xi held a virtual summit on Monday, the White House said."
    article = Article("t", "/tmp/t.txt", text, dct=DocumentDate("2021-11-16", "metadata", 1.0))
    events = extract([article], nlp).events
    assert [(e.trigger.text, e.date.value) for e in events] == [("held", "2021-11-15")]


def test_a_present_tense_report_is_made_now(nlp) -> None:
    """"Apple Corps claims that … in 1991": the claim is at the document date, the agreement in 1991."""
    text = "Apple Corps claims that the computer maker broke an agreement the two firms reached in 1991."
    article = Article("t", "/tmp/t.txt", text, dct=DocumentDate("2006-03-28", "metadata", 1.0))
    events = {e.trigger.text: (e.date.value, e.date_source) for e in extract([article], nlp).events}
    assert events.get("claims") == ("PRESENT_REF", "document"), events

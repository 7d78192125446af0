"""Events from a hand-built parse (no trained model): the timex component, then extract_events."""

from __future__ import annotations

import pytest

from model.core.documents import Article, DocumentDate
from model.nlp.events.extraction import extract_events
from model.timex.component import TimexTagger
from tests.docs import doc_from_table

MET_ON_MONDAY = """
    Xi      PROPN NNP nsubj  1 -    B-PERSON
    met     VERB  VBD ROOT   1 meet
    Biden   PROPN NNP dobj   1 -    B-PERSON
    on      ADP   IN  prep   1
    Monday  PROPN NNP pobj   3 -    B-DATE
    .       PUNCT .   punct  1
"""
WILL_VISIT_ON_FRIDAY = """
    Xi     PROPN NNP nsubj 2 -  B-PERSON
    will   AUX   MD  aux   2
    visit  VERB  VB  ROOT  2
    Paris  PROPN NNP dobj  2 -  B-GPE
    on     ADP   IN  prep  2
    Friday PROPN NNP pobj  4 -  B-DATE
    .      PUNCT .   punct 2
"""


@pytest.mark.parametrize(
    ("table", "trigger", "date", "modality", "participants"),
    [
        (MET_ON_MONDAY, "met", "2021-11-15", "happened", ["Xi", "Biden"]),
        (WILL_VISIT_ON_FRIDAY, "visit", "2021-11-19", "planned", ["Xi", "Paris"]),
    ],
)
def test_a_dated_clause_is_one_event(
    table: str, trigger: str, date: str, modality: str, participants: list[str]
) -> None:
    doc = doc_from_table(table)
    doc._.dct = "2021-11-16"
    TimexTagger()(doc)
    article = Article("a", "/tmp/a.txt", doc.text, dct=DocumentDate("2021-11-16", "metadata", 1.0))
    events = extract_events(doc, article)
    assert [(e.trigger.text, e.date.value, e.modality) for e in events] == [(trigger, date, modality)]
    assert events[0].sentence.text == doc.text
    assert set(events[0].participants) == set(participants)

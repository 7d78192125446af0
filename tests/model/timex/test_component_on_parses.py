"""The timex component on hand-built parses (no trained model): the clause's tense decides which
"Friday" or "January" an expression means; the parse tells a year from a count."""

from __future__ import annotations

import pytest

from model.timex.component import TimexTagger
from tests.docs import doc_from_table

DCT = "2021-11-16"  # a Tuesday

WILL_VISIT_ON_FRIDAY = """
    Xi     PROPN NNP nsubj 2
    will   AUX   MD  aux   2
    visit  VERB  VB  ROOT  2
    on     ADP   IN  prep  2
    Friday PROPN NNP pobj  3
    .      PUNCT .   punct 2
"""
VISITED_ON_FRIDAY = """
    Xi      PROPN NNP nsubj 1
    visited VERB  VBD ROOT  1 visit
    on      ADP   IN  prep  1
    Friday  PROPN NNP pobj  2
    .       PUNCT .   punct 1
"""
WILL_VOTE_IN_JANUARY = """
    Congress PROPN NNP nsubj 2
    will     AUX   MD  aux   2
    vote     VERB  VB  ROOT  2
    in       ADP   IN  prep  2
    January  PROPN NNP pobj  3
    .        PUNCT .   punct 2
"""
VOTED_IN_JANUARY = """
    Congress PROPN NNP nsubj 1
    voted    VERB  VBD ROOT  1 vote
    in       ADP   IN  prep  1
    January  PROPN NNP pobj  2
    .        PUNCT .   punct 1
"""


@pytest.mark.parametrize(
    ("table", "text", "value"),
    [
        (WILL_VISIT_ON_FRIDAY, "Friday", "2021-11-19"),
        (VISITED_ON_FRIDAY, "Friday", "2021-11-12"),
        (WILL_VOTE_IN_JANUARY, "January", "2022-01"),
        (VOTED_IN_JANUARY, "January", "2021-01"),
    ],
)
def test_tense_decides_the_direction(table: str, text: str, value: str) -> None:
    doc = doc_from_table(table)
    doc._.dct = DCT
    TimexTagger()(doc)
    assert [(t.text, t.value) for t in doc._.timexes] == [(text, value)]


SENT_2000_TROOPS = """
    China  PROPN NNP nsubj  1
    sent   VERB  VBD ROOT   1 send
    2000   NUM   CD  nummod 3
    troops NOUN  NNS dobj   1 troop
    .      PUNCT .   punct  1
"""
THE_1996_BOMBING = """
    They     PRON  PRP nsubj  1 they
    recalled VERB  VBD ROOT   1 recall
    the      DET   DT  det    4
    1996     NUM   CD  nummod 4
    bombing  NOUN  NN  dobj   1
    .        PUNCT .   punct  1
"""


@pytest.mark.parametrize(
    ("table", "found"),
    [
        (SENT_2000_TROOPS, []),  # a year-like number that counts a plural noun is a count
        (THE_1996_BOMBING, [("1996", "1996")]),  # a year before a singular noun dates it
    ],
)
def test_a_number_that_counts_is_not_a_year(table: str, found: list[tuple[str, str]]) -> None:
    doc = doc_from_table(table)
    doc._.dct = DCT
    TimexTagger()(doc)
    assert [(t.text, t.value) for t in doc._.timexes] == found

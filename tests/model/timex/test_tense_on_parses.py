"""The timex component on hand-built parses (no trained model): the clause's tense decides which
"Friday" or "January" an expression means."""

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

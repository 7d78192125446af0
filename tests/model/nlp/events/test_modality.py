"""Modality and tense of a predicate, on hand-built parses (no trained model)."""

from __future__ import annotations

import pytest

from model.nlp.events.modality import is_negated, modality_of, tense_direction
from tests.docs import doc_from_table, token

MET = """
    Xi      PROPN NNP nsubj  1
    met     VERB  VBD ROOT   1 meet
    Biden   PROPN NNP dobj   1
    on      ADP   IN  prep   1
    Monday  PROPN NNP pobj   3
    .       PUNCT .   punct  1
"""
WILL_MEET = """
    Xi      PROPN NNP nsubj    2
    will    AUX   MD  aux      2
    meet    VERB  VB  ROOT     2
    Biden   PROPN NNP dobj     2
    next    ADJ   JJ  amod     5
    week    NOUN  NN  npadvmod 2
    .       PUNCT .   punct    2
"""
HAS_MET = """
    Xi      PROPN NNP nsubj 2
    has     AUX   VBZ aux   2 have
    met     VERB  VBN ROOT  2 meet
    Biden   PROPN NNP dobj  2
    .       PUNCT .   punct 2
"""
SAID = """
    Officials NOUN  NNS nsubj 1 official
    said      VERB  VBD ROOT  1 say
    talks     NOUN  NNS nsubj 3 talk
    resumed   VERB  VBD ccomp 1 resume
    .         PUNCT .   punct 1
"""
EXPORTS_WILL_RISE = """
    Exports NOUN  NNS nsubj 2 export
    will    AUX   MD  aux   2
    rise    VERB  VB  ROOT  2
    in      ADP   IN  prep  2
    2027    NUM   CD  pobj  3
    .       PUNCT .   punct 2
"""
PRICES_COULD_RISE = """
    Prices  NOUN  NNS nsubj 2 price
    could   AUX   MD  aux   2
    rise    VERB  VB  ROOT  2
    by      ADP   IN  prep  2
    2030    NUM   CD  pobj  3
    .       PUNCT .   punct 2
"""
PLANS_TO_VISIT = """
    Xi      PROPN NNP nsubj 1
    plans   VERB  VBZ ROOT  1 plan
    to      PART  TO  aux   3
    visit   VERB  VB  xcomp 1
    Paris   PROPN NNP dobj  3
    .       PUNCT .   punct 1
"""
IS_EXPECTED_TO_VISIT = """
    Xi       PROPN NNP nsubjpass 2
    is       AUX   VBZ auxpass   2 be
    expected VERB  VBN ROOT      2 expect
    to       PART  TO  aux       4
    visit    VERB  VB  xcomp     2
    Paris    PROPN NNP dobj      4
    next     ADJ   JJ  amod      7
    week     NOUN  NN  npadvmod  4
    .        PUNCT .   punct     2
"""
IF_XI_VISITS = """
    If      SCONJ IN  mark  2 if
    Xi      PROPN NNP nsubj 2
    visits  VERB  VBZ advcl 7 visit
    Paris   PROPN NNP dobj  2
    ,       PUNCT ,   punct 7
    talks   NOUN  NNS nsubj 7 talk
    will    AUX   MD  aux   7
    follow  VERB  VB  ROOT  7
    .       PUNCT .   punct 7
"""
MEETS_ON_FRIDAY = """
    Xi      PROPN NNP nsubj 1
    meets   VERB  VBZ ROOT  1 meet
    Biden   PROPN NNP dobj  1
    on      ADP   IN  prep  1
    Friday  PROPN NNP pobj  3
    .       PUNCT .   punct 1
"""
ATTENDED_THE_SUMMIT = """
    Xi       PROPN NNP nsubj 1
    attended VERB  VBD ROOT  1 attend
    the      DET   DT  det   3
    summit   NOUN  NN  dobj  1
    .        PUNCT .   punct 1
"""
DID_NOT_MEET = """
    Xi      PROPN NNP nsubj 3
    did     AUX   VBD aux   3 do
    not     PART  RB  neg   3
    meet    VERB  VB  ROOT  3
    Biden   PROPN NNP dobj  3
    .       PUNCT .   punct 3
"""
HAVE_YET_TO_SPEAK = """
    They    PRON  PRP nsubj  1 they
    have    VERB  VBP ROOT   1
    yet     ADV   RB  advmod 1
    to      PART  TO  aux    4
    speak   VERB  VB  xcomp  1
    .       PUNCT .   punct  1
"""


@pytest.mark.parametrize(
    ("table", "predicate", "date_is_future", "expected"),
    [
        (MET, "met", None, "happened"),
        (WILL_MEET, "meet", None, "planned"),
        (HAS_MET, "met", None, "happened"),
        (SAID, "said", None, "reported"),
        (SAID, "resumed", None, "happened"),  # what was said happened; the saying is the report
        (EXPORTS_WILL_RISE, "rise", None, "projected"),  # a quantity's future is a projection, not a plan
        (PRICES_COULD_RISE, "rise", None, "projected"),
        (PLANS_TO_VISIT, "visit", None, "planned"),
        (IS_EXPECTED_TO_VISIT, "visit", None, "planned"),
        (IF_XI_VISITS, "visits", None, "hypothetical"),
        (IF_XI_VISITS, "follow", None, "planned"),
        (MEETS_ON_FRIDAY, "meets", True, "planned"),  # present tense, a date ahead: a schedule
        (MEETS_ON_FRIDAY, "meets", False, "happened"),
    ],
)
def test_modality(table: str, predicate: str, date_is_future: bool | None, expected: str) -> None:
    doc = doc_from_table(table)
    assert modality_of(token(doc, predicate), date_is_future=date_is_future) == expected


@pytest.mark.parametrize(
    ("table", "predicate", "expected"),
    [
        (MET, "met", -1),
        (HAS_MET, "met", -1),
        (WILL_MEET, "meet", 1),
        (PLANS_TO_VISIT, "visit", 1),
        (PLANS_TO_VISIT, "plans", 0),  # the present tense says nothing about when
        (ATTENDED_THE_SUMMIT, "summit", -1),  # an event noun takes the tense of its clause
    ],
)
def test_tense_direction(table: str, predicate: str, expected: int) -> None:
    assert tense_direction(token(doc_from_table(table), predicate)) == expected


@pytest.mark.parametrize(
    ("table", "predicate", "expected"),
    [
        (DID_NOT_MEET, "meet", True),
        (HAVE_YET_TO_SPEAK, "speak", True),  # "have yet to": it has not happened so far
        (MET, "met", False),
        (PLANS_TO_VISIT, "visit", False),
    ],
)
def test_negation(table: str, predicate: str, expected: bool) -> None:
    assert is_negated(token(doc_from_table(table), predicate)) is expected

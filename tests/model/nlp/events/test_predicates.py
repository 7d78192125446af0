"""The happening a date expression attaches to, on hand-built parses (no trained model)."""

from __future__ import annotations

import pytest

from model.nlp.events.predicates import clause_predicates, is_event_noun, predicate_of
from tests.docs import doc_from_table, span, token

MET_ON_MONDAY = """
    Xi      PROPN NNP nsubj  1
    met     VERB  VBD ROOT   1 meet
    Biden   PROPN NNP dobj   1
    on      ADP   IN  prep   1
    Monday  PROPN NNP pobj   3
    .       PUNCT .   punct  1
"""
SUMMIT_ON_NOV_15 = """
    The     DET   DT  det     1
    summit  NOUN  NN  nsubj   5
    on      ADP   IN  prep    1
    Nov     PROPN NNP pobj    2
    15      NUM   CD  nummod  3
    ended   VERB  VBD ROOT    5 end
    .       PUNCT .   punct   5
"""
THE_2021_SUMMIT = """
    They     PRON  PRP nsubj  1 they
    recalled VERB  VBD ROOT   1 recall
    the      DET   DT  det    4
    2021     NUM   CD  nummod 4
    summit   NOUN  NN  dobj   1
    .        PUNCT .   punct  1
"""
EXPECTED_TO_VISIT_NEXT_WEEK = """
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
STATEMENT_DATED_THURSDAY = """
    Xi        PROPN NNP nsubj    1
    issued    VERB  VBD ROOT     1 issue
    a         DET   DT  det      3
    statement NOUN  NN  dobj     1
    dated     VERB  VBN acl      3 date
    Thursday  PROPN NNP npadvmod 4
    .         PUNCT .   punct    1
"""
SAID_MONDAY_MEN_ARRESTED = """
    Police    NOUN  NNS nsubj     1 police
    said      VERB  VBD ROOT      1 say
    Monday    PROPN NNP npadvmod  6
    two       NUM   CD  nummod    4
    men       NOUN  NNS nsubjpass 6 man
    were      AUX   VBD auxpass   6 be
    arrested  VERB  VBN ccomp     1 arrest
    .         PUNCT .   punct     1
"""
SAID_ON_TUESDAY_IT_SOLD = """
    Acme      PROPN NNP nsubj 1
    said      VERB  VBD ROOT  1 say
    on        ADP   IN  prep  6
    Tuesday   PROPN NNP pobj  2
    it        PRON  PRP nsubj 6 it
    had       AUX   VBD aux   6 have
    sold      VERB  VBN ccomp 1 sell
    the       DET   DT  det   8
    unit      NOUN  NN  dobj  6
    .         PUNCT .   punct 1
"""
SAID_MEN_ARRESTED_MONDAY = """
    Police    NOUN  NNS nsubj     1 police
    said      VERB  VBD ROOT      1 say
    two       NUM   CD  nummod    3
    men       NOUN  NNS nsubjpass 5 man
    were      AUX   VBD auxpass   5 be
    arrested  VERB  VBN ccomp     1 arrest
    Monday    PROPN NNP npadvmod  5
    .         PUNCT .   punct     1
"""
UNVEILED_AND_ANNOUNCED = """
    Apple     PROPN NNP nsubj 1
    unveiled  VERB  VBD ROOT  1 unveil
    a         DET   DT  det   3
    phone     NOUN  NN  dobj  1
    and       CCONJ CC  cc    1
    announced VERB  VBD conj  1 announce
    prices    NOUN  NNS dobj  5 price
    .         PUNCT .   punct 1
"""


@pytest.mark.parametrize(
    ("table", "expression", "predicate"),
    [
        (MET_ON_MONDAY, "Monday", "met"),
        (SUMMIT_ON_NOV_15, "Nov 15", "summit"),  # the nearest happening is the noun, not "ended"
        (THE_2021_SUMMIT, "2021", "summit"),  # a year that modifies a noun names that thing
        (EXPECTED_TO_VISIT_NEXT_WEEK, "next week", "visit"),  # the visit, not the expecting
        (STATEMENT_DATED_THURSDAY, "Thursday", "statement"),
        # Right after a verb of saying and before what was said, a date dates the saying ...
        (SAID_MONDAY_MEN_ARRESTED, "Monday", "said"),
        (SAID_ON_TUESDAY_IT_SOLD, "Tuesday", "said"),
        # ... and inside what was said, what was said.
        (SAID_MEN_ARRESTED_MONDAY, "Monday", "arrested"),
    ],
)
def test_predicate_of(table: str, expression: str, predicate: str) -> None:
    doc = doc_from_table(table)
    assert predicate_of(span(doc, expression)).text == predicate


@pytest.mark.parametrize(
    ("word", "lemma", "expected"),
    [
        ("summit", "summit", True),
        ("talks", "talk", True),
        ("negotiations", "negotiation", True),
        ("construction", "construction", True),  # a long -tion noun names a happening
        ("table", "table", False),
        ("nation", "nation", False),  # too short for the suffix rule
        # Long nouns with an event's ending that name a body, a thing or a quantity.
        ("government", "government", False),
        ("edition", "edition", False),
        ("population", "population", False),
        ("settlement", "settlement", True),
    ],
)
def test_is_event_noun(word: str, lemma: str, expected: bool) -> None:
    doc = doc_from_table(f"{word} NOUN NN ROOT 0 {lemma}")
    assert is_event_noun(doc[0]) is expected


def test_coordinated_verbs_share_the_clause() -> None:
    doc = doc_from_table(UNVEILED_AND_ANNOUNCED)
    assert [t.text for t in clause_predicates(token(doc, "unveiled"))] == ["unveiled", "announced"]
    assert [t.text for t in clause_predicates(token(doc, "announced"))] == ["announced"]

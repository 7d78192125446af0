"""Class corrections after the event tagger (``model/nlp/events/class_rules.py``), on hand-built parses.

Sentences reworded from TBAQ training documents and the sample articles; no trained model needed.
"""

from __future__ import annotations

import pytest

from model.nlp.events.class_rules import refine_classes, rule_class
from tests.docs import doc_from_table, token

# "The agency said output fell." / "Analysts expect rates to rise." and so on: one row per case, the
# verb whose class the rules decide, and that class (None: the tagger's class stands).
CASES = [
    ("""
        The      DET   DT   det    1
        agency   NOUN  NN   nsubj  2
        said     VERB  VBD  ROOT   2  say
        output   NOUN  NN   nsubj  4
        fell     VERB  VBD  ccomp  2  fall
        .        PUNCT .    punct  2
     """, "said", "REPORTING"),
    ("""
        Officials NOUN  NNS  nsubj  1
        told      VERB  VBD  ROOT   1  tell
        reporters NOUN  NNS  dobj   1  reporter
        .         PUNCT .    punct  1
     """, "told", "REPORTING"),
    ("""
        Analysts NOUN  NNS  nsubj  1  analyst
        expect   VERB  VBP  ROOT   1
        rates    NOUN  NNS  nsubj  4  rate
        to       PART  TO   aux    4
        rise     VERB  VB   xcomp  1
        .        PUNCT .    punct  1
     """, "expect", "I_STATE"),
    # Aspectual verbs with the happening they start or stop.
    ("""
        Fighting NOUN  NN   nsubj  1  fighting
        continued VERB VBD  ROOT   1  continue
        overnight ADV  RB   advmod 1
        .        PUNCT .    punct  1
     """, "continued", "ASPECTUAL"),
    ("""
        The      DET   DT   det    1
        company  NOUN  NN   nsubj  2
        stopped  VERB  VBD  ROOT   2  stop
        production NOUN NN  dobj   2
        .        PUNCT .    punct  2
     """, "stopped", "ASPECTUAL"),
    ("""
        Talks    NOUN  NNS  nsubj  1  talk
        began    VERB  VBD  ROOT   1  begin
        to       PART  TO   aux    3
        stall    VERB  VB   xcomp  1
        .        PUNCT .    punct  1
     """, "began", "ASPECTUAL"),
    # Without an object or a clause "stop" is a happening of its own: "the convoy stopped".
    ("""
        The      DET   DT   det    1
        convoy   NOUN  NN   nsubj  2
        stopped  VERB  VBD  ROOT   2  stop
        at       ADP   IN   prep   2
        dawn     NOUN  NN   pobj   3
        .        PUNCT .    punct  2
     """, "stopped", None),
    ("""
        Villagers NOUN NNS  nsubj  1  villager
        saw       VERB VBD  ROOT   1  see
        the       DET  DT   det    3
        blast     NOUN NN   dobj   1
        .         PUNCT .   punct  1
     """, "saw", "PERCEPTION"),
    # "keep" is left to the tagger (the two corpora class it differently), and so are nouns.
    ("""
        Rebels   NOUN  NNS  nsubj  1  rebel
        kept     VERB  VBD  ROOT   1  keep
        firing   VERB  VBG  xcomp  1  fire
        .        PUNCT .    punct  1
     """, "kept", None),
    ("""
        The      DET   DT   det    1
        report   NOUN  NN   nsubj  2
        appeared VERB  VBD  ROOT   2  appear
        .        PUNCT .    punct  2
     """, "report", None),
    # The guidelines' intensional verbs with the happening or view they take.
    ("""
        Rescuers NOUN  NNS  nsubj  1  rescuer
        tried    VERB  VBD  ROOT   1  try
        to       PART  TO   aux    3
        reach    VERB  VB   xcomp  1
        the      DET   DT   det    5
        village  NOUN  NN   dobj   3
        .        PUNCT .    punct  1
     """, "tried", "I_ACTION"),
    ("""
        The      DET   DT   det    1
        board    NOUN  NN   nsubj  2
        postponed VERB VBD  ROOT   2  postpone
        the      DET   DT   det    4
        vote     NOUN  NN   dobj   2
        .        PUNCT .    punct  2
     """, "postponed", "I_ACTION"),
    ("""
        Residents NOUN NNS  nsubj  1  resident
        fear     VERB  VBP  ROOT   1
        the      DET   DT   det    3
        dam      NOUN  NN   nsubj  5
        will     AUX   MD   aux    5
        break    VERB  VB   ccomp  1
        .        PUNCT .    punct  1
     """, "fear", "I_STATE"),
    # Without one the tagger's class stands: "asked about the delay" is a question put, no request.
    ("""
        Reporters NOUN NNS  nsubj  1  reporter
        asked    VERB  VBD  ROOT   1  ask
        about    ADP   IN   prep   1
        the      DET   DT   det    4
        delay    NOUN  NN   pobj   2
        .        PUNCT .    punct  1
     """, "asked", None),
    # "agree" is I_ACTION in some TimeBank documents and I_STATE in others: the tagger decides.
    ("""
        The      DET   DT   det    1
        ministers NOUN NNS  nsubj  2  minister
        agreed   VERB  VBD  ROOT   2  agree
        to       PART  TO   aux    4
        meet     VERB  VB   xcomp  2
        .        PUNCT .    punct  2
     """, "agreed", None),
    ("""
        Witnesses NOUN NNS  nsubj  1  witness
        heard    VERB  VBD  ROOT   1  hear
        two      NUM   CD   nummod 3
        blasts   NOUN  NNS  dobj   1  blast
        .        PUNCT .    punct  1
     """, "heard", "PERCEPTION"),
    ("""
        The      DET   DT   det    1
        minister NOUN  NN   nsubj  2
        cited    VERB  VBD  ROOT   2  cite
        security NOUN  NN   compound 4
        concerns NOUN  NNS  dobj   2  concern
        .        PUNCT .    punct  2
     """, "cited", "REPORTING"),
]

# An aspectual verb without an object or a clause is ASPECTUAL when its subject is a happening the
# tagger marked ("the strike ended"), and left to the tagger otherwise ("the road ended").
STRIKE_ENDED = """
    The      DET   DT   det    1
    strike   NOUN  NN   nsubj  2
    ended    VERB  VBD  ROOT   2  end
    on       ADP   IN   prep   2
    Friday   PROPN NNP  pobj   3
    .        PUNCT .    punct  2
"""


@pytest.mark.parametrize(("table", "word", "expected"), CASES)
def test_rule_class(table: str, word: str, expected: str | None) -> None:
    doc = doc_from_table(table)
    assert rule_class(token(doc, word)) == expected


def test_refine_changes_only_the_class_of_tokens_the_tagger_marked() -> None:
    doc = doc_from_table(CASES[0][0])  # "The agency said output fell."
    said, fell = token(doc, "said").i, token(doc, "fell").i
    refined = refine_classes(doc, {said: "OCCURRENCE", fell: "OCCURRENCE"})
    assert refined == {said: "REPORTING", fell: "OCCURRENCE"}  # no event added, none removed


@pytest.mark.parametrize(("subject_is_event", "expected"), [(True, "ASPECTUAL"), (False, None)])
def test_an_aspectual_verb_without_an_argument_needs_a_happening_as_its_subject(
    subject_is_event: bool, expected: str | None
) -> None:
    doc = doc_from_table(STRIKE_ENDED)
    ended, strike = token(doc, "ended").i, token(doc, "strike").i
    marked = {ended: "OCCURRENCE", strike: "OCCURRENCE"} if subject_is_event else {ended: "OCCURRENCE"}
    assert rule_class(doc[ended], set(marked)) == expected
    assert refine_classes(doc, dict(marked))[ended] == (expected or "OCCURRENCE")

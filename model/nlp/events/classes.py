"""TimeML class of an event (OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL, PERCEPTION).

A trained recogniser may set ``Token._.event_class``; where it does, its class wins. Otherwise
the class comes from the predicate's lemma, as TimeML's guidelines list them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.nlp.events.predicates import EVENT_NOUNS
from model.text.lexicon import REPORTING_VERBS
from model.text.lexicon import words as _words

if TYPE_CHECKING:
    from spacy.tokens import Token


ASPECTUAL_VERBS = _words("begin start continue resume stop finish end cease halt complete initiate keep quit")
PERCEPTION_VERBS = _words("see hear watch observe witness notice spot view")
I_ACTION_VERBS = _words("""try attempt seek promise vow pledge propose offer agree refuse decline fail
    decide ask urge order request demand allow permit prevent avoid plan threaten call invite""")
I_STATE_VERBS = _words("want believe think hope expect fear wish intend doubt suspect worry feel assume")
# Verbs that tell a state, not a happening: "the phone has two cameras", "experts worry".
STATIVE_VERBS = I_STATE_VERBS | _words("""be have remain seem appear know need like love hate own
    contain consist belong cost weigh mean understand remember exist depend matter deserve lack
    resemble include involve concern represent stay""")
_STATE_ONLY = STATIVE_VERBS - I_STATE_VERBS


def event_class_of(token: Token) -> str:
    """The TimeML class of the event ``token`` names."""
    if token.has_extension("event_class"):
        given = token._.event_class
        if given:
            return str(given)
    lemma = token.lemma_.lower()
    if token.pos_ in ("NOUN", "PROPN"):
        return "REPORTING" if lemma in ("statement", "announcement", "report") else "OCCURRENCE"
    if lemma in REPORTING_VERBS:
        return "REPORTING"
    if lemma in ASPECTUAL_VERBS:
        return "ASPECTUAL"
    if lemma in PERCEPTION_VERBS:
        return "PERCEPTION"
    if lemma in I_ACTION_VERBS:
        return "I_ACTION"
    if lemma in I_STATE_VERBS:
        return "I_STATE"
    if lemma == "have" and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in EVENT_NOUNS
                               for c in token.children):
        return "OCCURRENCE"  # "had a virtual summit"
    if lemma in _STATE_ONLY:
        return "STATE"
    return "OCCURRENCE"

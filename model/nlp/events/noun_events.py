"""Event nouns of general news that the trained tagger leaves out: "the bombing", "a ceremony in …".

The tagger is trained on TempEval-3's TimeBank, financial news that rarely tells a bombing, a funeral
or a summit; on general news (AQUAINT, trained on TimeBank alone) it finds 55 % of the event nouns
against 90 % of the event verbs. After the tagger, a noun it left out is marked an OCCURRENCE when

- the lexicon says it names a happening: WordNet's first sense of it is an act or an event (the list
  in ``data/wordnet_event_nouns.txt``, written by ``training/wordnet_nouns.py``) and the tagger gives
  it some chance of being an event (``MIN_PROBABILITY``: the context still counts), or it is one of
  the occasions and incidents of ``OCCASION_NOUNS`` ("summit", "rally", "funeral", "blast"),
  whatever the tagger says;
- it is a particular happening, not the kind: it has a determiner, a possessive or a number ("the
  bombing", "Sunday's ceremony", "two blasts") or an "of" ("the shooting of …"), or it is an
  occasion in the plural ("protest rallies were held"); "charged with murder", "opposed to abortion"
  are not events in TimeML, nor is "a selection of your comments" one;
- it is no name, body or thing: not inside a named entity ("the Clinton administration" is an
  organisation), not one of ``predicates``' bodies and things, not a compound's modifier ("election
  officials"), not one of the fields and jobs TimeBank rarely marks (``RARELY_EVENTS``: "service",
  "management", "trade").

The tagger's class stands for the nouns it marked; the rule's nouns are OCCURRENCE, as nearly all
event nouns of TBAQ are. Measured in ``docs/benchmarks.md`` ("Stop 17: evnouns").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy
from spacy.symbols import NOUN

from model.nlp.events.predicates import NOT_EVENT_NOUNS
from model.text.lexicon import words as _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

WORDNET_NOUNS = Path(__file__).resolve().parent / "data" / "wordnet_event_nouns.txt"

# The tagger's probability that the word is an event (any class), below which the lexicon alone does
# not mark it: chosen on the AQUAINT documents outside the ``tbaq`` test fifth, with the tagger
# trained on TimeBank alone (0.01 to 0.05 give nearly the same; 0 adds many kinds named in passing).
MIN_PROBABILITY = 0.02

# Occasions and incidents that are happenings in any context the determiner test lets through, though
# WordNet's first sense is another ("summit": the top; "rally": a recovery; "trip": a stumble), the
# lemma is a plural ("talks"), or the tagger, trained on financial news, gives them next to no chance
# ("the blast"): the TimeML guidelines' examples of event nouns, the gatherings and the violent
# incidents of general news. A plural of them is a set of happenings even without a determiner
# ("Rallies were held in twenty cities").
OCCASION_NOUNS = _words("""summit rally trip visit tour conference meeting talks negotiations ceremony
    funeral wedding inauguration celebration parade festival concert match tournament election referendum
    protest demonstration march strike riot interview speech debate hearing trial
    blast explosion bombing shooting crash raid ambush massacre accident killing assassination""")

# WordNet nouns that name a field, a job or a standing activity more often than a happening: those the
# TimeBank documents outside the ``tbaq`` test fifth mark EVENT in fewer than a fifth of their uses as
# a noun (4 or more of them); TimeBank alone, so the list is fair on the split across annotation teams.
RARELY_EVENTS = _words("""abortion activity administration application banking conversion defense duty
    education enforcement engineering exploration finance job management manufacturing marketing
    production project protection role sell service step task technology trade""")

# Entity types that make a noun part of a name: "the Clinton administration", "the Oklahoma City
# bombing" stays an event ("EVENT"), "the Gulf War" too.
_NAME_TYPES = frozenset(("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "LAW"))
_PARTICULAR_DEPS = frozenset(("det", "poss", "nummod"))
OCCURRENCE = "OCCURRENCE"


@cache
def wordnet_event_nouns() -> frozenset[str]:
    """The shipped WordNet list (lemmas, lower case); empty if the file is missing."""
    try:
        text = WORDNET_NOUNS.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _particular(token: Token) -> bool:
    """ "the bombing", "Sunday's ceremony", "two blasts", "the shooting of …": one happening, not a kind."""
    return any(c.dep_ in _PARTICULAR_DEPS or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children)


def _amount_of(token: Token) -> bool:
    """ "a selection of your comments", "a wave of cases", "a volley of shots": a set or an amount of
    things, not one happening."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.tag_ == "NNS" for g in c.children)
        for c in token.children)


def is_noun_event(token: Token, probability: float = 1.0) -> bool:
    """Whether a noun the tagger left out names a particular happening (the module's docstring);
    ``probability`` is the tagger's probability that it is an event."""
    if token.pos_ != "NOUN" or token.dep_ == "compound" or token.ent_type_ in _NAME_TYPES:
        return False
    lemma = token.lemma_.lower()
    if lemma in NOT_EVENT_NOUNS or lemma in RARELY_EVENTS:
        return False
    if _amount_of(token):
        return False
    occasion = lemma in OCCASION_NOUNS or token.lower_ in OCCASION_NOUNS
    if not (occasion or probability >= MIN_PROBABILITY and lemma in wordnet_event_nouns()):
        return False
    return _particular(token) or (occasion and token.tag_ == "NNS")


def add_noun_events(doc: Doc, classes: dict[int, str], probabilities: Sequence[float] | None = None) -> dict[int, str]:
    """``classes`` (token index -> class, the tagger's) with the nouns of ``is_noun_event`` added as
    OCCURRENCE; ``probabilities`` holds the tagger's probability of an event per token (all 1 if None)."""
    if not len(doc):
        return classes
    # The nouns from the POS column in one call: a Token object per word would cost more than the rule.
    nouns = numpy.flatnonzero(doc.to_array("POS") == NOUN)
    for i in nouns.tolist():
        if i in classes:
            continue
        probability = 1.0 if probabilities is None else float(probabilities[i])
        if is_noun_event(doc[i], probability):
            classes[i] = OCCURRENCE
    return classes

"""Modality of an event: happened, planned, reported, projected, hypothetical or negated.

Decided from the predicate's own morphology and its auxiliaries, negation ("not", "never",
"failed to", "has yet to", "no one"), conditionals, future markers and reporting verbs; the
date's position relative to the DCT breaks ties.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())

REPORTING_VERBS = _words("""say tell announce report state add claim confirm deny reveal note warn insist argue
    explain write comment disclose acknowledge point indicate describe suggest told""")
# Verbs that make their complement a plan: "is expected to cover", "plans to visit", "is due to meet".
_PLAN_VERBS = _words("expect plan schedule set due intend aim seek hope prepare propose agree promise vow pledge")
# Quantities and trends, which modals turn into projections rather than plans.
_TREND_VERBS = _words("reach rise grow fall drop increase decrease double triple hit exceed top climb decline surpass")
_MODALS = _words("could might may would should can")
_FUTURE_AUX = frozenset(("will", "shall", "'ll", "wo"))


def _aux_words(token: Token) -> list[str]:
    words = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    # "is expected to cover": the auxiliaries of the governing verb count too.
    if token.dep_ == "xcomp" and token.head.pos_ in ("VERB", "AUX", "ADJ"):
        words += [c.lower_ for c in token.head.children if c.dep_ in ("aux", "auxpass")]
    return words


# Verbs whose complement did not happen: "failed to name", "refused to sign".
_FAIL_VERBS = _words("fail refuse decline neglect")
# Subjects that deny the happening: "no one was hurt", "none of the claims was verified".
_NEGATIVE_SUBJECTS = _words("none nobody nothing neither")
_NEGATIVE_ADVERBS = _words("never not n't no")


def _has_negation(token: Token) -> bool:
    for c in token.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NEGATIVE_ADVERBS):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in _NEGATIVE_SUBJECTS or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        ):
            return True
    return False


def is_negated(token: Token) -> bool:
    """The text says the happening did not (or not yet) happen."""
    if _has_negation(token):
        return True
    if token.dep_ == "xcomp" and token.head.i != token.i:
        head = token.head
        # "has yet to speak", "failed to name", "could not verify … to", "did not manage to"
        if any(c.lower_ == "yet" for c in head.children) or head.lemma_.lower() in _FAIL_VERBS:
            return True
        if _has_negation(head):
            return True
    return False


def modality_of(predicate: Token, *, date_is_future: bool | None = None, has_by: bool = False) -> str:
    """One of model.core.events.MODALITIES for the happening ``predicate`` names."""
    aux = _aux_words(predicate)
    lemma = predicate.lemma_.lower()
    head = predicate.head
    if is_negated(predicate):
        return "negated"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in predicate.children):
        return "hypothetical"
    if any(a in _FUTURE_AUX for a in aux) or (
        predicate.dep_ == "xcomp" and head.lemma_.lower() in _PLAN_VERBS
    ) or any(c.dep_ == "aux" and c.lower_ == "to" for c in predicate.children) and head.lemma_ in ("be", "go"):
        return "projected" if lemma in _TREND_VERBS else "planned"
    if any(a in _MODALS for a in aux):
        if lemma in _TREND_VERBS or has_by:
            return "projected"
        if date_is_future:
            return "planned"
        if "would" in aux and date_is_future is None:
            return "hypothetical"
        return "planned" if date_is_future is not False else "hypothetical"
    if lemma in REPORTING_VERBS and predicate.pos_ == "VERB":
        return "reported"
    if predicate.pos_ == "VERB" and predicate.tag_ in ("VB", "VBP", "VBZ", "VBG") and date_is_future:
        return "planned"
    if predicate.pos_ in ("NOUN", "PROPN") and date_is_future:
        return "planned"
    if date_is_future:
        return "planned"
    return "happened"


def tense_direction(predicate: Token) -> int:
    """-1 if the clause places its happening in the past, +1 in the future, 0 if it does not say."""
    aux = _aux_words(predicate)
    if any(a in _FUTURE_AUX for a in aux) or any(a in ("could", "might", "may") for a in aux) and predicate.tag_ == "VB":
        return 1
    if predicate.dep_ == "xcomp" and predicate.head.lemma_.lower() in _PLAN_VERBS and predicate.head.lemma_ != "agree":
        return 1
    if predicate.tag_ == "VBD" or any(a in ("did", "had", "was", "were", "has", "have", "been") for a in aux):
        return -1
    if predicate.tag_ == "VBN" and predicate.dep_ not in ("acl", "amod", "advcl"):
        return -1  # a bare participle describing a noun ("notes due …, priced at …") has no tense
    if predicate.pos_ not in ("VERB", "AUX"):
        # An event noun takes the tense of the clause it sits in ("pointed to a briefing on Nov 16").
        verb = next((a for a in predicate.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return tense_direction(verb) if verb is not None else 0
    return 0

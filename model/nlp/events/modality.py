"""Modality of an event: happened, planned, reported, projected, hypothetical or negated.

Decided from the predicate's own morphology and its auxiliaries, negation ("not", "never",
"failed to", "has yet to", "no one"), conditionals, future markers and reporting verbs; the
date's position relative to the DCT breaks ties.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.text.lexicon import (
    CONDITIONS,
    FAIL_VERBS,
    NEGATIVE_ADVERBS,
    NEGATIVE_SUBJECTS,
    PLAN_VERBS,
    POSSIBILITY_ADVERBS,
    REPORTING_VERBS,
    UNREAL_GOVERNORS,
)
from model.text.lexicon import words as _words

if TYPE_CHECKING:
    from spacy.tokens import Token

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


# A negated verb whose complement still happened: "did not hesitate to strike".
_NEGATION_KEEPS = _words("hesitate wait stop cease")
# "was prevented from entering", "were barred from leaving": the entering did not happen.
_PREVENT_VERBS = _words("prevent bar block stop keep ban forbid prohibit")
# "denied killing her", "denied that he took bribes": the text does not tell it as done.
_DENY_VERBS = _words("deny")
# Conjunctions after which a second verb no longer shares the first one's "not": "did not resign but stayed".
_CONTRASTS = _words("but yet though although")


def shares_head(token: Token) -> bool:
    """A coordinated verb with no subject of its own shares its head's auxiliaries: "will meet Xi and
    discuss Taiwan", "could mutate and hit hard", "was not charged or tried", "will continue and be
    involved", "may branch out … as well as beefing up"."""
    head = token.head
    if token.dep_ != "conj" or head.i == token.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    if any(c.dep_ == "cc" and c.lower_ in _CONTRASTS for c in head.children):
        return False  # "did not resign but stayed"
    own = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if own:  # "… and be involved" shares the "will"; "… and has been told" has its own tense
        return all(c.tag_ == "VB" for c in own)
    # Two non-finite forms, or a bare-looking form after a bare head ("to mutate and hit", whatever
    # its tag says); "will sell … and took a loss", "must be returned … and set Friday as the
    # deadline" are deeds of their own.
    if token.tag_ == "VB" or token.tag_ == head.tag_ and token.tag_ in ("VBG", "VBN"):
        return True
    if head.tag_ == "VB":
        return token.tag_ == "VBG" or token.lower_ == token.lemma_.lower()
    return False


def governors(token: Token) -> list[tuple[Token, Token]]:
    """The (governed, governor) links above a predicate whose words decide its modality.

    Through infinitives ("failed to name", "is likely to visit"), coordination that shares the
    head's subject and auxiliaries, "prevented from" / "without" ("left without paying"), and what
    was denied; never through a clause with its own subject and tense (said, that, relative).
    """
    out: list[tuple[Token, Token]] = []
    current = token
    for _ in range(6):
        head = current.head
        dep = current.dep_
        if head.i == current.i:
            break
        if dep == "xcomp" or shares_head(current):
            pass
        elif dep in ("acomp", "attr") and head.pos_ in ("VERB", "AUX"):
            pass  # "was not able to", "is likely to": the copula carries the words
        elif dep == "pcomp" and head.lower_ in ("without", "from"):
            pass
        elif dep == "prep" and current.lower_ in ("without", "from") and out:
            pass  # the verb the preposition hangs on ("prevented", "left")
        elif dep in ("ccomp", "xcomp", "dobj") and head.lemma_.lower() in _DENY_VERBS and head.i < current.i:
            pass
        else:
            break
        out.append((current, head))
        current = head
    return out


def modality_chain(predicate: Token, links: list[tuple[Token, Token]] | None = None) -> list[Token]:
    """The predicate and the verbs whose words decide its modality, lowest first: its governors, and
    the verb a subjectless conjunct shares an "if" with ("if his father came and then stayed")."""
    chain = [predicate, *(head for _below, head in (governors(predicate) if links is None else links))]
    head = predicate.head
    if predicate.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in predicate.children) and any(
            c.dep_ == "mark" and c.lower_ in CONDITIONS for c in head.children):
        chain.append(head)
    return chain


def _has_negation(token: Token) -> bool:
    for c in token.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIVE_ADVERBS):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NEGATIVE_SUBJECTS or any(
                d.lower_ in ("no", "neither") and d.i < c.i for d in c.children)):
            # "no one was hurt", "Neither Equus nor Tony Lama gave a reason", "No-one" parsed "No" + "one"
            return True
    return False


def is_negated(token: Token) -> bool:
    """The text says the happening did not (or not yet) happen, or was denied."""
    if _has_negation(token):
        return True
    if token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return True  # "no agreement", "no decision"
    for below, head in governors(token):
        lemma = head.lemma_.lower()
        if lemma in _DENY_VERBS:
            return True  # "denied killing her": told as denied, not as done
        if below.dep_ == "xcomp" or head.dep_ == "acomp":
            # "has yet to speak", "failed to name", "was unable to attend", "could not manage to"
            if any(c.lower_ == "yet" for c in head.children) or lemma in FAIL_VERBS or head.lower_ in FAIL_VERBS:
                return True
        elif head.lower_ == "without":
            return True  # "left without paying"
        elif head.lower_ == "from":
            if head.head.lemma_.lower() in _PREVENT_VERBS:
                return True  # "was prevented from landing"
            continue
        if _has_negation(head):
            return lemma not in _NEGATION_KEEPS
    return False


def possibility(chain: list[Token]) -> Token | None:
    """The adverb that makes the happening a possibility ("Maybe 200 people died", "the virus possibly
    reached Britain"), on the predicate or a verb that governs it; None when there is none."""
    return next((c for v in chain for c in v.children if c.dep_ == "advmod" and c.lower_ in POSSIBILITY_ADVERBS
                 and not any(t.is_punct for t in v.doc[min(c.i, v.i) + 1 : max(c.i, v.i)])), None)


def modality_of(predicate: Token, *, date_is_future: bool | None = None, has_by: bool = False) -> str:
    """One of model.core.events.MODALITIES for the happening ``predicate`` names."""
    aux = _aux_words(predicate)
    lemma = predicate.lemma_.lower()
    links = governors(predicate)
    chain = modality_chain(predicate, links)
    if is_negated(predicate):
        return "negated"
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for v in chain for c in v.children):
        return "hypothetical"
    # The auxiliaries of the verbs it shares them with: "will meet Xi and discuss Taiwan".
    aux += [c.lower_ for below, head in links if below.dep_ in ("conj", "xcomp", "acomp", "attr")
            for c in head.children if c.dep_ in ("aux", "auxpass")]
    if "must" in aux and "have" not in aux:
        aux.append("should")  # "aid must stop": an obligation; "must have fired" infers a past deed
    planned = any(below.dep_ == "xcomp" and (head.lemma_.lower() in UNREAL_GOVERNORS or head.lower_ in UNREAL_GOVERNORS)
                  for below, head in links)
    # "is to visit", "was going to stop": "be" (or "go") with the infinitive.
    planned = planned or any(below.dep_ == "xcomp" and head.lemma_ in ("be", "go") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in below.children) for below, head in links)
    if any(a in _FUTURE_AUX for a in aux) or planned or any(
            c.dep_ == "aux" and c.lower_ == "to" for c in predicate.children) and predicate.head.lemma_ in ("be", "go"):
        return "projected" if lemma in _TREND_VERBS else "planned"
    if any(a in _MODALS for a in aux):
        if lemma in _TREND_VERBS or has_by:
            return "projected"
        if date_is_future:
            return "planned"
        if "would" in aux and date_is_future is None:
            return "hypothetical"
        return "planned" if date_is_future is not False else "hypothetical"
    if possibility(chain):
        return "hypothetical"  # "maybe the virus mutated in pigs": a possibility, never a fact
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
    if predicate.dep_ == "xcomp" and predicate.head.lemma_.lower() in PLAN_VERBS and predicate.head.lemma_ != "agree":
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

"""Short headlines a reader understands out of context: "Biden and Xi hold virtual summit"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.modality import REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from model.participants import Participants

MAX_CHARS = 70
_IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}
_IRREGULAR_PL = {"be": "are"}
# "had a summit" reads better as "hold a summit" out of context.
_LIGHT_VERBS = {"have": "hold"}
_NP_DEPS = ("compound", "amod", "nummod", "poss", "nmod")


def present(lemma: str, plural: bool) -> str:
    """Present tense of a verb lemma, third person."""
    if plural:
        return _IRREGULAR_PL.get(lemma, lemma)
    if lemma in _IRREGULAR_3SG:
        return _IRREGULAR_3SG[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _noun_phrase(token: Token, max_tokens: int = 4) -> str:
    """The head noun with its compounds and adjectives, no determiners or clauses."""
    words = [c for c in token.lefts if c.dep_ in _NP_DEPS and not c.is_punct and c.pos_ != "DET"]
    words = [w for w in words if w.dep_ != "poss" or w.pos_ == "PROPN"][-(max_tokens - 1) :]
    tokens = sorted([*words, token], key=lambda t: t.i)
    return " ".join(t.text for t in tokens)


def _who(token: Token, participants: Participants) -> tuple[str, bool]:
    """The subject as participant names ("Biden and Xi") or its noun phrase; and whether plural."""
    sub = list(token.subtree)
    names = [n.split()[-1] if len(n.split()) > 1 and participants.labels.get(n) == "PERSON" else n
             for n in participants.in_span(sub[0].i, sub[-1].i + 1)]
    names = names[:3]
    if names:
        text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return text, len(names) > 1 or (token.tag_ in ("NNS", "NNPS") and len(names) == 1 and
                                        participants.labels.get(names[0]) not in ("PERSON", "GPE"))
    if token.pos_ == "PRON":
        return "", token.lower_ in ("they", "we")
    return _noun_phrase(token), token.tag_ in ("NNS", "NNPS")


def _object(verb: Token, participants: Participants) -> str:
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "oprd"):
            names = participants.in_span(child.left_edge.i, child.right_edge.i + 1)
            if names and child.pos_ == "PROPN":
                return names[0]
            return _noun_phrase(child)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "to", "on", "for", "against", "from", "into"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ not in ("DATE", "TIME"):
                    names = participants.in_span(pobj.left_edge.i, pobj.right_edge.i + 1)
                    return f"{child.lower_} {names[0] if names else _noun_phrase(pobj)}"
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            obj = _object(child, participants)
            return f"to {child.lemma_}" + (f" {obj}" if obj else "")
    return ""


def _clause(verb: Token, participants: Participants, depth: int = 0) -> str:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    who, plural = _who(subject, participants) if subject is not None else ("", False)
    lemma = verb.lemma_.lower()
    particle = " ".join(c.text for c in verb.children if c.dep_ == "prt")
    if any(c.dep_ == "auxpass" for c in verb.children):
        # "was released": the thing released, then the verb as a participle.
        obj = who
        return f"{obj} {verb.text.lower()}".strip() if obj else verb.text.lower()
    if lemma in REPORTING_VERBS and depth == 0:
        comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if comp is not None:
            inner = _clause(comp, participants, depth + 1)
            return f"{who}: {inner}" if who else inner
    verb_text = present(_LIGHT_VERBS.get(lemma, lemma), plural)
    if particle:
        verb_text += f" {particle}"
    obj = _object(verb, participants)
    return " ".join(p for p in (who, verb_text, obj) if p)


def headline(predicate: Token, participants: Participants, fallback_names: list[str] | None = None) -> str:
    """Subject participants, the predicate in the present tense, and its object or key noun."""
    if predicate.pos_ in ("VERB", "AUX"):
        text = _clause(predicate, participants)
    else:
        # An event noun ("summit on Nov 15"): who held it, and the noun phrase.
        names = participants.in_span(predicate.sent.start, predicate.sent.end) or list(fallback_names or [])
        names = [n.split()[-1] if participants.labels.get(n) == "PERSON" and len(n.split()) > 1 else n for n in names][:2]
        np = _noun_phrase(predicate)
        text = (" and ".join(names) + (" hold " if len(names) > 1 else " holds ") + np) if names else np
    text = text.strip()
    if text and not text[0].isupper():
        text = text[0].upper() + text[1:]
    if len(text) > MAX_CHARS:
        text = text[: MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return text

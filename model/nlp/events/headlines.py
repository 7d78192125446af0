"""Short headlines a reader understands out of context: "Biden and Xi hold virtual summit".

Subject participants, the predicate lemma in the present tense, then the object or key noun;
reported speech reads "Sullivan: Biden wants military ties"; at most ~70 characters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.nlp.events.modality import REPORTING_VERBS
from model.nlp.events.predicates import is_event_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

    from model.nlp.events.participants import Participants

MAX_CHARS = 70
_IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}
_IRREGULAR_PL = {"be": "are"}
# "had a summit" reads better as "hold a summit" out of context.
_LIGHT_VERBS = {"have": "hold"}
_NP_DEPS = ("compound", "amod", "nummod", "poss", "nmod")
_MEETING_NOUNS = frozenset(
    ["summit", "meeting", "talks", "talk", "conference", "briefing", "dialogue", "negotiation", "negotiations",
     "call", "session", "discussion", "discussions", "exercise", "exercises", "drill", "drills", "keynote",
     "ceremony", "rally", "interview", "event", "hearing"]
)


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


def _short(name: str, participants: Participants) -> str:
    """People by surname ("Biden"), everything else in full."""
    parts = name.split()
    if participants.labels.get(name) == "PERSON" and len(parts) > 1:
        # Chinese names put the family name first: "Xi Jinping" -> "Xi".
        return parts[0] if parts[0] in {"Xi", "Li", "Wang", "Hu", "Wen", "Mao", "Deng", "Zhou"} else parts[-1]
    return name


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _noun_phrase(token: Token, max_tokens: int = 5) -> str:
    """The head noun with its compounds, adjectives, "no", particles and a short "of" phrase."""
    left = [c for c in token.lefts if (c.dep_ in _NP_DEPS and not c.is_punct) or c.lower_ == "no"]
    left = [w for w in left if w.dep_ != "poss" or w.pos_ == "PROPN"][-(max_tokens - 1) :]
    words = [t.text for t in sorted([*left, token], key=lambda t: t.i)]
    for child in token.rights:
        if child.dep_ in ("prt", "advmod") and child.lower_ in ("down", "up", "off", "out"):
            words.append(child.text)
        elif child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and len(words) < max_tokens:
                inner = _noun_phrase(pobj, max_tokens=3)
                words += ["of", inner]
            break
    return " ".join(words)


def _entity_names(token: Token, participants: Participants) -> list[str]:
    """Names of the token and its conjuncts, when they are participants ("Biden and Xi")."""
    out: list[str] = []
    for t in [token, *token.conjuncts]:
        name = participants.by_token.get(t.i)
        if name is not None and name not in out:
            out.append(name)
    return out


def _who(token: Token, participants: Participants) -> tuple[str, bool]:
    """The subject as names ("Biden and Xi") or its noun phrase; and whether it is plural."""
    names = _entity_names(token, participants)
    if names:
        shorts = [_short(n, participants) for n in names[:3]]
        # "Normans come", but "United States comes": plural nouns only for peoples and groups.
        many = token.tag_ == "NNPS" and token.ent_type_ in ("NORP",)
        return _join(shorts), len(shorts) > 1 or many
    if token.pos_ == "PRON":
        sub = list(token.subtree)
        text = " ".join(t.text for t in sub) if len(sub) <= 4 else ""
        return text, token.lower_ in ("they", "we", "you") or len(sub) > 1
    return _noun_phrase(token), token.tag_ in ("NNS", "NNPS") or bool(token.conjuncts)


def _object(verb: Token, participants: Participants) -> str:
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "oprd"):
            names = _entity_names(child, participants)
            if names:
                return _join([_short(n, participants) for n in names[:3]])
            return _noun_phrase(child)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "to", "on", "for", "against", "from", "into"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ not in ("DATE", "TIME"):
                    names = _entity_names(pobj, participants)
                    target = _short(names[0], participants) if names else _noun_phrase(pobj)
                    return f"{child.lower_} {target}"
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            obj = _object(child, participants)
            word = child.lemma_
            doc = child.doc
            if child.i + 2 < len(doc) and doc[child.i + 1].text == "-":
                word = f"{child.text}-{doc[child.i + 2].text}"  # "re-establish" split by the tokenizer
                obj = obj or _object(doc[child.i + 2], participants)
            return f"to {word}" + (f" {obj}" if obj else "")
    return ""


def _subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    if subject is None and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject


def _clause(verb: Token, participants: Participants, depth: int = 0) -> str:
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children
    ):
        # A participle describing a noun: "the Pentagon's report, released last month".
        head = verb.head
        if head.pos_ in ("VERB", "AUX"):
            head = next((c for c in head.children if c.dep_ in ("attr", "dobj")), head)
        return f"{_noun_phrase(head)} {verb.text.lower()}"
    subject = _subject(verb)
    who, plural = _who(subject, participants) if subject is not None else ("", False)
    if lemma in REPORTING_VERBS and depth == 0:
        comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if (comp is None and verb.dep_ in ("parataxis", "ccomp") and verb.head.pos_ in ("VERB", "AUX")
                and "\n" not in verb.doc[min(verb.i, verb.head.i) : max(verb.i, verb.head.i)].text):
            comp = verb.head  # "Biden wants …, Sullivan said"
        if comp is not None:
            inner = _clause(comp, participants, depth + 1)
            # "Yellen said she has no plans" -> "Yellen has no plans", not "Yellen: Yellen has …".
            return f"{who}: {inner}" if who and not inner.startswith(who) else inner
    if any(c.dep_ == "auxpass" for c in verb.children):
        return f"{who} {verb.text.lower()}".strip()  # "Talks postponed"
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is not None and is_event_noun(dobj):
        lemma = _LIGHT_VERBS.get(lemma, lemma)
    verb_text = present(lemma, plural)
    if any(c.dep_ == "neg" for c in verb.children):
        verb_text = ("do not " if plural else "does not ") + lemma
    particle = " ".join(c.text for c in verb.children if c.dep_ == "prt")
    if particle:
        verb_text += f" {particle}"
    obj = _object(verb, participants)
    return " ".join(p for p in (who, verb_text, obj) if p)


def headline(predicate: Token, participants: Participants, names: list[str] | None = None) -> str:
    """A headline for the happening ``predicate`` names; ``names`` are the event's participants."""
    if predicate.pos_ in ("VERB", "AUX"):
        text = _clause(predicate, participants)
    else:
        people = [n for n in names or [] if participants.labels.get(n) == "PERSON"]
        chosen = [_short(n, participants) for n in (people or list(names or []))[:2]]
        np = _noun_phrase(predicate)
        if not chosen:
            text = np
        elif predicate.lemma_.lower() in _MEETING_NOUNS:
            text = _join(chosen) + (" hold " if len(chosen) > 1 else " holds ") + np
        else:
            text = f"{_join(chosen)}: {np}"
    text = " ".join(text.split())
    if text and not text[0].isupper():
        text = text[0].upper() + text[1:]
    if len(text) > MAX_CHARS:
        text = text[: MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return text

"""Participants: people, organisations and countries, with simple within-article coreference.

"Mr Xi", "Xi" and "Chinese President Xi Jinping" become one participant, "Xi Jinping"; "U.S.",
"US", "the United States" and "American" become "United States".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from model.nlp.events.coreference import resolve_references

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_TITLE_WORDS = (
        "mr mrs ms miss dr prof sir dame lord lady president vice prime minister secretary senator sen rep "
        "governor gov general gen admiral adm chairman chairwoman chair ceo cfo coo king queen prince princess "
        "pope chancellor premier mayor judge justice former late leader spokesman spokeswoman spokesperson "
        "adviser advisor director minister envoy ambassador chief executive officer founder co-founder"
)
_TITLES = frozenset(_TITLE_WORDS.split())
_COUNTRY_ALIASES = {
    "us": "United States", "u.s.": "United States", "u.s": "United States", "usa": "United States",
    "u.s.a.": "United States", "united states": "United States", "the united states": "United States",
    "america": "United States", "american": "United States", "americans": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
    "british": "United Kingdom", "united kingdom": "United Kingdom",
    "chinese": "China", "prc": "China", "people's republic of china": "China",
    "russian": "Russia", "russians": "Russia", "japanese": "Japan", "french": "France", "german": "Germany",
    "indian": "India", "israeli": "Israel", "ukrainian": "Ukraine", "taiwanese": "Taiwan", "korean": "Korea",
    "north korean": "North Korea", "south korean": "South Korea", "european": "Europe", "eu": "European Union",
    "un": "United Nations", "u.n.": "United Nations",
}
_GENERATIONS = frozenset(("II", "III", "IV", "Jr", "Sr"))
_KEEP_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT")
_STRIP = re.compile(r"^(?:the\s+)|(?:'s|’s)$", re.IGNORECASE)


@dataclass
class Participants:
    """The article's participants: every entity mention mapped to one canonical name."""

    by_token: dict[int, str] = field(default_factory=dict)  # token index -> canonical name
    labels: dict[str, str] = field(default_factory=dict)  # canonical name -> entity label
    # pronoun token -> head token of an unnamed antecedent ("rebels … they")
    refers_to: dict[int, int] = field(default_factory=dict)
    # full name -> the one word the article also calls the person by ("Song Zhongping" -> "Song")
    aliases: dict[str, str] = field(default_factory=dict)

    def in_span(self, start: int, end: int) -> list[str]:
        """Canonical names mentioned in tokens [start, end), in order, without repeats."""
        out: list[str] = []
        for i in range(start, end):
            name = self.by_token.get(i)
            if name is not None and name not in out:
                out.append(name)
        return out


def _clean(span: Span) -> list[str]:
    """The mention's words without leading titles ("Mr", "President") or a possessive."""
    start = span.start
    while start < span.end and (
        span.doc[start].lower_.rstrip(".") in _TITLES or span.doc[start].lower_ == "the"
        or span.doc[start].is_punct  # "-- Tony Blair": a wire dash taken into the name
        or span.doc[start].text in ("-LRB-", "-LSB-")  # "he -LRB- Mubarak -RRB-": a bracket of tokenised text
    ):
        start += 1
    if start >= span.end:
        return []
    text = _STRIP.sub("", span.doc[start : span.end].text).strip()
    words = text.split()
    if span.label_ == "PERSON":
        # "Michael Vick - convicted" (the entity ran on past a dash): a name ends at its last
        # capitalised word, or its short form becomes "convicted".
        while len(words) > 1 and not words[-1][:1].isupper():
            words.pop()
    return words


def _titles_a_person(ent: Span) -> bool:
    token = ent.root
    for _ in range(5):
        if token.dep_ not in ("compound", "amod", "nmod") or token.head.i == token.i:
            return False
        token = token.head
        if token.ent_type_ == "PERSON" and not (ent.start <= token.i < ent.end):
            return True
    return False


def _office_holder(ent: Span, words: list[str]) -> bool:
    """"Secretary of Defence Lloyd Austin": the tagger took the office and the name for one organisation."""
    doc = ent.doc
    if len(words) < 3 or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return False
    return doc[ent.start - 2].lower_ in _TITLES and all(w[:1].isupper() for w in words[-2:])


def _plausible_first(name: list[str], persons: list[list[str]]) -> bool:
    """"Mubarak Obama", "Will Assange": two names the tagger ran together, or a word taken for a
    first name, are not the person a bare surname stands for when a real full name is there."""
    first = name[0]
    return first.lower() not in STOP_WORDS and not any(first == p[-1] and p != name for p in persons)


def canonical_name(text: str, label: str) -> str:
    key = text.lower().strip()
    if key.startswith("the "):
        key = key[4:]
    if key in _COUNTRY_ALIASES and label in ("GPE", "NORP", "ORG", "LOC"):
        return _COUNTRY_ALIASES[key]
    return text


def find_participants(doc: Doc) -> Participants:
    """Resolve every entity mention in the doc to a canonical participant name."""
    result = Participants()
    persons: list[list[str]] = []
    mentions: list[tuple[Span, list[str], str]] = []
    for ent in doc.ents:
        if ent.label_ not in _KEEP_LABELS:
            continue
        words = _clean(ent)
        if not words or "\n" in ent.text:
            continue
        if ent.label_ != "PERSON" and _titles_a_person(ent):
            continue  # "Chinese President Xi", "White House adviser Jake Sullivan": a title, not a party
        label = ent.label_
        if label != "PERSON" and _office_holder(ent, words):
            words, label = words[-2:], "PERSON"  # "Secretary of [Defence Lloyd Austin]"
        mentions.append((ent, words, label))
        if label == "PERSON" and len(words) > 1:
            persons.append(words)
    for ent, words, label in mentions:
        name = " ".join(words)
        if label in ("PERSON", "ORG", "GPE", "NORP") and len(words) == 1:
            # "Xi" / "Mr Biden": the longest full name of the article that contains the word.
            full = [p for p in persons if words[0] in p]
            if full:
                # A surname before a name it begins: "Mubarak" is "Hosni Mubarak", not the title's
                # "Mubarak Family (Assets)", whose last word would become his short name. Among
                # people who share a surname, a bare "Jackson" is the one the article names most,
                # then first (news names its main person first), not whichever relative came last.
                best: list[str] = max(full, key=lambda p: (
                    p[-1] == words[0], len(p), _plausible_first(p, persons), full.count(p), -full.index(p)))
                name, label = " ".join(best), "PERSON"
                result.aliases.setdefault(name, words[0])
        elif label == "PERSON":
            # "Michael Jackson" is not "Michael Jackson II", his son: a generational suffix is
            # another person
            longer = [p for p in persons if len(p) > len(words) and " ".join(words) in " ".join(p)
                      and not (p[-1].rstrip(".") in _GENERATIONS and words[-1].rstrip(".") not in _GENERATIONS)]
            if longer:
                name = " ".join(sorted(longer, key=len)[-1])
        name = canonical_name(name, label)
        result.labels.setdefault(name, label)
        for token in ent:
            result.by_token[token.i] = name
    resolve_references(doc, result)
    return result

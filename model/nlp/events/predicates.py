"""The predicate a temporal expression modifies, found by climbing the dependency parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.text.lexicon import REPORTING_VERBS
from model.text.lexicon import words as _words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Nouns that name happenings, so "the summit on Nov 15" is an event even without a verb.
EVENT_NOUNS = _words("""
    summit meeting talks talk visit trip call conference briefing dialogue negotiation negotiations
    election vote referendum war attack strike invasion launch release announcement interview speech
    agreement deal treaty accord visit tour trial hearing ruling verdict sale sales merger acquisition
    lawsuit suit settlement protest riot crash explosion earthquake storm flood fire shooting killing
    death funeral birth wedding ceremony inauguration resignation appointment departure arrival return
    exercise exercises drill drills test tests meeting summitry keynote event unveiling introduction
    debut opening closing ban sanction sanctions decision report statement session discussion discussions
    campaign operation offensive ceasefire truce meeting visit rally match game final tournament arrest
    """)
# "by the end of 2009", "the summer of 1976": a part of the time, which still dates the verb.
_PARTS_OF_TIME = _words("end start beginning middle part rest half close spring summer autumn fall winter "
                        "course turn dawn day week month quarter year decade century period weekend night morning "
                        "afternoon evening season")
_TEMPORAL_PREPOSITIONS = _words("during in since after before until following amid throughout")
_EVENT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ing", "ure", "al")
_MODIFIER_DEPS = frozenset(("compound", "nummod", "amod"))
# Prepositions whose object is a happening before or after the clause's own: a date inside it is its own.
_BEFORE_OR_AFTER = frozenset(("before", "after", "since", "until", "till", "following"))


def named_as_a_time(noun: Token) -> bool:
    """A noun that names a happening only as the time of another ("before his arrest", "since the war"):
    its date and its headline are its own, not the clause's it is the time of."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and noun.head.lower_ in _BEFORE_OR_AFTER
# "prepared for Saturday's concert", "a film about last year's floods": the day names the noun, whatever
# the verb's own time.
_FOR_OR_ABOUT = frozenset(("for", "about", "over", "against"))
_CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "acl", "pcomp", "csubj", "parataxis"}


# Long nouns with an event's ending that name a body, a place, a thing or a quantity, not a happening:
# "the government", "last week's edition", "the population".
NOT_EVENT_NOUNS = _words("""
    government department parliament environment equipment apartment document monument instrument management
    establishment element movement supplement compartment sentiment temperament
    station population position condition institution organization organisation administration edition
    question generation section portion caption option solution nutrition foundation federation association
    corporation commission television division provision version pension dimension occasion nation
    distance balance finance insurance alliance guidance substance significance importance instance
    ambulance allowance
    """)


def is_event_noun(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in EVENT_NOUNS:
        return True
    return (token.pos_ == "NOUN" and len(lemma) > 6 and lemma.endswith(_EVENT_SUFFIXES[:4])
            and lemma not in NOT_EVENT_NOUNS)


def predicate_of(span: Span) -> Token:
    """The verb (or event noun) the expression in ``span`` attaches to.

    The timex itself is skipped; climbing stops at the first verb, or at an event noun the
    expression directly modifies ("summit on Nov 15"), so the date goes to the nearest happening.
    """
    tokens = set(range(span.start, span.end))
    current = span.root
    head = current.head
    if (current.dep_ in _MODIFIER_DEPS or current.dep_ == "nmod" and head.i >= span.end and not _framing(head)
            and head.dep_ not in ("nsubj", "nsubjpass")  # "The February 24 liftoff will be the last"
            or current.dep_ == "poss" and (head.dep_ == "dobj" or head.dep_ == "pobj" and head.head.lower_ in _FOR_OR_ABOUT)) \
            and head.i not in tokens and head.pos_ in ("NOUN", "PROPN"):
        # "the 2014 Memorandum", "the 2021 summit", "last year's reform package": the date names the
        # thing it modifies, not the verb the thing is the object of ("defends last year's package");
        # a subject acts at its date ("Today's study estimated …"), and an occasion frames the verb
        # ("at the start of last night's show they ran a statement").
        return head
    if (current.dep_ == "pobj" and head.lower_ == "of" and head.i not in tokens and head.head.pos_ == "NOUN"
            and (span[0].text[:1].isdigit() or "centur" in span.text.lower())
            and head.head.lemma_.lower() not in _PARTS_OF_TIME
            and not (head.head.dep_ == "pobj" and head.head.head.lower_ in _TEMPORAL_PREPOSITIONS)):
        # "looks back at the pandemic of 1918", "the first pandemic of the 21st century": the year
        # names the noun, as "the 1918 pandemic" does ("repeated during the outbreak of 2003" is then).
        return head.head
    for _ in range(12):
        head = current.head
        if head.i == current.i:
            break
        current = head
        if current.i in tokens:
            continue
        if current.pos_ == "NOUN" and named_as_a_time(current):
            return current  # "Before his arrest in May, Smith had fled": May is the arrest's, not the flight's
        if current.pos_ == "VERB" and current.tag_ == "VBG" and current.dep_ == "prep":
            # "Following their summit this week": a verb used as a preposition.
            noun = next((c for c in current.children if c.dep_ in ("dobj", "pobj") and is_event_noun(c)), None)
            if noun is not None:
                return noun
            continue
        if current.pos_ == "VERB" and current.dep_ == "acl" and current.tag_ == "VBN" and is_event_noun(current.head):
            return current.head  # "a statement dated Thursday"
        if current.pos_ == "VERB" or (current.pos_ == "AUX" and current.dep_ in _CLAUSE_DEPS):
            return _saying_of(span, current) or _lexical(current)
        if current.pos_ in ("NOUN", "PROPN") and is_event_noun(current):
            return current
    # No verb above: the sentence root (a title, a caption), or a verb below it.
    root = span.sent.root if span.root.i not in tokens or span.sent.root.i not in tokens else span.root
    if root.i in tokens:
        verbs = [t for t in span.sent if t.pos_ == "VERB" and t.i not in tokens]
        return verbs[0] if verbs else span.root
    return _lexical(root)


def _framing(noun: Token) -> bool:
    """"killed in the March 3 bombing", "at the July 2009 rally": a happening the verb's own happening
    is framed by shares its date."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at", "during", "on", "amid", "throughout")


def _saying_of(span: Span, verb: Token) -> Token | None:
    """ "Police said Monday two men were arrested", "Novartis said earlier this week it had received
    …": a date right after a verb of saying, before the clause said, dates the saying (the parser
    hangs it on the clause)."""
    saying = verb.head
    if verb.dep_ != "ccomp" or saying.lemma_ not in REPORTING_VERBS or saying.i > span.start:
        return None
    own_preposition = span.root.head.i if span.root.dep_ == "pobj" else -1  # "said on Tuesday"
    attached = span.root.head if own_preposition < 0 else span.root.head.head
    if attached.i != verb.i:
        return None  # inside the clause said: "said third-quarter net income fell"
    if any(t.pos_ not in ("ADV", "PART") and t.i != own_preposition for t in span.doc[saying.i + 1 : span.start]):
        return None  # something said comes first: "said the men were arrested Monday"
    clause_start = min(t.i for t in verb.subtree if not (span.start <= t.i < span.end) and t.i != own_preposition)
    if clause_start < span.end:
        return None
    return saying


def _lexical(token: Token) -> Token:
    """For "is expected to cover" the happening is "cover"; for "be" + attr the attribute noun."""
    if token.lemma_ in ("be",) and token.pos_ == "AUX":
        for child in token.children:
            if child.dep_ in ("attr", "acomp") and child.pos_ in ("NOUN", "PROPN", "ADJ"):
                return child
    return token


def clause_predicates(predicate: Token) -> list[Token]:
    """The predicate and the verbs coordinated with it ("unveiled ... and announced")."""
    out = [predicate]
    for child in predicate.children:
        if child.dep_ == "conj" and child.pos_ == "VERB":
            out.append(child)
    return out

"""The events of one entity: every recognised happening the entity takes part in, with its time.

What a participant lane means by "events of X", and what SemEval-2015 Task 4 asks for a target
entity. An event mention belongs to the entity when one of its arguments refers to it:

- the arguments of a verb (subject, object, the object of its prepositions, "by X"); a verb with
  no subject of its own takes the subject of the verb it is told with ("Jobs acknowledged … but
  dismissed …"); a participle or relative clause takes the noun it describes ("the recently
  announced phone", "the store, which sells music");
- the arguments of an event noun: its possessor ("its launch", "Jobs' death"), "of/with/against
  X" ("the dispute with X"), and the subject of the light verb whose object it is ("X filed a
  lawsuit");
- an argument refers to the entity when it names it (the name or a simple variant: "Steve Jobs" →
  "Jobs", "General Motors" → "GM", "iTunes store" → "iTunes"), when the article's coreference
  resolves it to the entity, or when it is a pronoun ("it", "its") or a definite description ("the
  store", "the CEO") whose nearest candidate antecedent is the entity.

Each mention takes the time of the event the tree ties it to (``anchoring.mention_times``); one
the tree ties to none takes its tense's relation to the document date (``PRESENT_REF`` for a
present state such as "the store sells music", ``PAST_REF``, ``FUTURE_REF``), never a day.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from model.nlp.events.anchoring import mention_times, tense
from model.nlp.events.participants import find_participants
from model.nlp.events.predicates import is_event_noun
from model.text.doc_text import doc_text
from model.text.lexicon import LIGHT_VERBS, REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from model.core.events import Event
    from model.nlp.events.participants import Participants

_ARG_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "attr", "dative", "oprd"))
_SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass"))
# Prepositions that introduce a party to an event noun: "the dispute with X", "the launch of X".
_NOUN_ARG_PREPS = frozenset(("of", "with", "against", "by", "between", "from", "for"))
# Clauses inside an argument tell another happening: their words are not the argument's.
_CLAUSE_DEPS = frozenset(("relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"))
# Clauses that are not what their head says, plans or wants: "a briefing in which Kirby said …".
_OTHER_CLAUSE_DEPS = frozenset(("relcl", "acl", "advcl", "csubj", "parataxis"))
_CORPORATE_SUFFIXES = frozenset(("inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc",
                                 "corporation", "company", "group", "holdings"))
_PRONOUNS = frozenset(("it", "its"))
# Nouns a name qualifies that are other things than the named one: "iPhone 4 owners", "the iPod
# line", "the iTunes library", "the iPhone 4 antenna".
_OTHER_THINGS = frozenset(["line", "family", "range", "series", "version", "model", "edition", "update", "upgrade", "feature", "library", "account", "app", "application", "software", "price", "prices", "sale", "order", "case", "cover", "accessory", "part", "component", "antenna", "battery", "screen", "logo", "brand", "owner", "user", "customer", "buyer", "fan", "developer", "maker", "seller", "shareholder", "investor", "employee", "worker", "executive", "official", "spokesman", "spokeswoman", "spokesperson", "chief"])
_QUALIFIER_DEPS = frozenset(("compound", "nmod", "amod", "npadvmod"))  # "iTunes downloadable music service"
# Happenings that befall a thing or a person once: what they are the object of (a product is
# launched once), or, for the second set, the subject of (a person dies once).
_ONCE = frozenset(("launch", "introduce", "unveil", "announce", "debut", "found", "establish", "die", "bear", "kill",
                   "resign", "retire", "acquire", "bankrupt"))
_ONCE_TO_SUBJECT = frozenset(("die", "resign", "retire"))
# Words for one happening: a product is shown to the world once, unveiled, announced or introduced
# alike (not "released": it goes on sale another day).
_SAME_HAPPENING = {"unveil": "introduce", "announce": "introduce", "debut": "introduce", "found": "establish"}
_NOUN_VERBS = {"launch": "launch", "introduction": "introduce", "unveiling": "unveil", "announcement": "announce",
               "debut": "debut",
               "founding": "found", "foundation": "found", "establishment": "establish", "death": "die",
               "birth": "bear", "killing": "kill", "resignation": "resign", "retirement": "retire",
               "acquisition": "acquire", "bankruptcy": "bankrupt"}
_NOT_ANTECEDENTS = frozenset(("PERSON", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"))
_REACH = 2  # a pronoun or description looks back this many sentences for its antecedent
# Bodies and offices that act for whoever they belong to: "Egypt's ministry says" is Egypt saying.
_ACTING_FOR = frozenset(("ministry", "government", "army", "military", "police", "parliament", "cabinet",
                         "embassy", "authority", "spokesman", "spokeswoman", "spokesperson", "official",
                         "leader", "president", "force", "troop", "regime", "administration", "agency",
                         "department"))
# Verbs whose subject "it" can stand for the clause that follows: "it seems that …".
_EXPLETIVE_VERBS = frozenset(("be", "seem", "appear", "look", "sound", "remain", "become"))


@dataclass(frozen=True)
class EntityMention:
    """One event mention of the entity: its token, and where its time comes from."""

    token: int  # index of the mention's word in the doc
    start: int  # its character offset
    # The extracted event whose time the mention shares (its own event included), or None.
    event: Event | None
    # Without such an event: the mention's relation to the document date (PRESENT_REF …), or None.
    relation: str | None
    # The happening's verb ("launch" for "its launch", "die" for "his death") when it can befall
    # the entity only once (``_ONCE``) and the entity is the one it befalls; else "".
    once: str = ""


def entity_variants(entity: str) -> list[str]:
    """The entity's name and simple variants a news text calls it by.

    "Steve Jobs" -> "Jobs"; "iPhone 3G" -> "3G iPhone"; "iTunes store" -> "iTunes";
    "General Motors Corp." -> "General Motors", "GM"; "Beatles Apple Corps" -> "Apple Corps".
    """
    words = entity.split()
    out = [entity]
    while len(words) > 1 and words[-1].lower() in _CORPORATE_SUFFIXES:
        words = words[:-1]  # "General Motors Corp." is "General Motors"
        out.append(" ".join(words))
    if len(words) == 2 and all(w[:1].isupper() and w.isalpha() for w in words):
        out.append(words[1])  # a person's surname, or a company's distinctive word
    elif len(words) == 2 and not words[1].islower():
        out.append(f"{words[1]} {words[0]}")  # "iPhone 3G" -> "3G iPhone"
        model = words[1]
        if len(model) >= 3 and any(c.isdigit() for c in model) and any(c.isupper() for c in model):
            out.append(model)  # "Airbus A380" -> "A380": a model code names the product alone
    if len(words) >= 2 and words[-1].islower():
        out.append(" ".join([*words[:-1], words[-1].capitalize()]))  # "iTunes Store"
        if not all(w.islower() for w in words[:-1]):
            out.append(" ".join(words[:-1]))  # "iTunes store" -> "iTunes", but "stock market" is not "stock"
    if len(words) >= 3 and not any(w.islower() for w in words):
        out.append(" ".join(words[1:]))  # "Beatles Apple Corps" -> "Apple Corps", not "Bank of America" -> "of America"
        out.append(words[0])
    if len(words) >= 2 and all(w[:1].isupper() and w.isalpha() for w in words):
        out.append("".join(w[0] for w in words))  # "General Motors" -> "GM"
    return list(dict.fromkeys(out))


@functools.lru_cache(maxsize=4096)  # every entity of every article asks again for the same few names
def _pattern(variant: str) -> re.Pattern[str]:
    """A name variant as whole words."""
    return re.compile(rf"(?<![\w-]){re.escape(variant)}(?![\w-])")


@dataclass
class ArticleView:
    """What every entity's look-up in one article reads, worked out once (``article_view``)."""

    doc: Doc
    text: str
    tokens: list[Token]
    sentence_of: list[int]  # token index -> sentence number
    participants: Participants
    times: dict[int, Event]
    # The event mentions an entity can take part in, each with the tokens whose reference to the
    # entity makes one of its arguments refer to it (``_refers``).
    candidates: list[tuple[Token, frozenset[int]]]
    # The words a pronoun or a description may stand in for or be: token index -> (a pronoun
    # "it"/"its", its lemma, another thing "it" may stand for).
    antecedents: dict[int, tuple[bool, str, bool]]
    roots: list[Token]  # each sentence's main verb
    tokens_of: dict[str, list[int]]  # each participant's tokens (``participants.by_token`` turned round)
    possessives: list[int]  # the possessive "its"
    antecedent_order: list[int] = field(init=False)  # ``antecedents`` in text order

    def __post_init__(self) -> None:
        self.antecedent_order = sorted(self.antecedents)


def article_view(doc: Doc, events: list[Event], *, participants: Participants | None = None,
                 times: dict[int, Event] | None = None) -> ArticleView:
    """The view of one article that ``entity_events`` reads, for looking up several entities in it."""
    times = mention_times(doc, events) if times is None else times
    classes = (doc._.event_classes if doc.has_extension("event_classes") else None) or {}
    tokens = list(doc)
    sentence_of = [0] * len(tokens)
    for n, sent in enumerate(doc.sents):
        sentence_of[sent.start:sent.end] = [n] * (sent.end - sent.start)
    candidates = []
    for token in tokens:
        if not (token.pos_ == "VERB" or token.i in classes or token.i in times or is_event_noun(token)):
            continue
        if token.pos_ == "NOUN" and token.i not in classes and token.i not in times:
            continue  # a noun counts only when the recognizer marks it an event
        if token.dep_ == "prep":
            continue  # "according to", "including": a verb form working as a preposition
        reach = frozenset().union(*map(_reach, _arguments(token)))
        if reach:
            candidates.append((token, reach))
    antecedents = {}
    for token in tokens:
        if token.lower_ in _PRONOUNS:
            antecedents[token.i] = (True, "", False)
        elif token.pos_ in ("NOUN", "PROPN") and token.ent_type_ not in _NOT_ANTECEDENTS:
            other = token.ent_type_ in ("ORG", "PRODUCT") or token.dep_ in _SUBJECT_DEPS
            antecedents[token.i] = (False, token.lemma_.lower(), other)
    participants = participants or find_participants(doc)
    tokens_of: dict[str, list[int]] = {}
    for i, name in participants.by_token.items():
        tokens_of.setdefault(name, []).append(i)
    return ArticleView(doc, doc_text(doc), tokens, sentence_of, participants, times, candidates, antecedents,
                       [sent.root for sent in doc.sents], tokens_of,
                       [t.i for t in tokens if t.lower_ in _PRONOUNS and t.dep_ == "poss"])


def entity_events(
    doc: Doc, events: list[Event], entity: str, *,
    participants: Participants | None = None, times: dict[int, Event] | None = None,
    view: ArticleView | None = None,
) -> list[EntityMention]:
    """Every event mention of ``doc`` that ``entity`` takes part in (see the module docstring).

    ``view`` (``article_view(doc, events)``), or ``participants`` (``find_participants(doc)``) and
    ``times`` (``mention_times(doc, events)``), may be passed when several entities are looked up
    in one article.
    """
    if view is None:
        view = article_view(doc, events, participants=participants, times=times)
    refers = _referring_tokens(view, entity)
    if not refers:
        return []
    out = []
    for token, reach in view.candidates:
        if reach.isdisjoint(refers):
            continue
        event = view.times.get(token.i)
        relation = None if event is not None else _relation(token)
        out.append(EntityMention(token.i, token.idx, event, relation, _once(token, refers)))
    return out


def share_one_off_dates(mentions: list[EntityMention]) -> list[EntityMention]:
    """Mentions, across one entity's articles, of a happening that befalls it once take its date.

    A product is launched once and a person dies once: "since its launch" and "when Jobs first
    introduced iPhone 4" are the launch and the introduction another sentence or article dates.
    Only the same happening ("introduce" and "unveil" are one, "release" another: a phone is
    unveiled and sold on different days), and only a date that most of the dates given contain (the
    finest such); a mention whose own date disagrees keeps it.
    """
    dated: dict[str, list[Event]] = {}
    for m in mentions:
        if m.once and m.event is not None and m.event.date.granularity != "relative":
            dated.setdefault(m.once, []).append(m.event)
    best: dict[str, Event] = {}
    for verb, events in dated.items():
        # The finest date that most of the dates given contain: "yesterday" in one report and
        # "in 2010" in another agree; a lone "less than two weeks ago" that misses by a day is
        # outvoted, and keeps its own date.
        agreed = [e for e in events
                  if 2 * sum(o.date.start <= e.date.start and e.date.end <= o.date.end for o in events) > len(events)]
        if agreed:
            best[verb] = min(agreed, key=lambda e: (e.date.end - e.date.start, e.date.start))
    out = []
    for m in mentions:
        event = best.get(m.once) if m.once else None
        if event is not None and (m.event is None or m.event.date.granularity == "relative" or (
                m.event.date.start <= event.date.start and event.date.end <= m.event.date.end)):
            m = replace(m, event=event, relation=None)
        out.append(m)
    return out


def _once(token: Token, refers: set[int]) -> str:
    """The verb of a happening that befalls the entity once, when the entity is the one it befalls."""
    lemma = token.lemma_.lower()
    verb = _NOUN_VERBS.get(lemma, lemma) if token.pos_ == "NOUN" else lemma
    if verb not in _ONCE:
        return ""
    verb = _SAME_HAPPENING.get(verb, verb)
    if token.pos_ == "NOUN":
        befallen = [c for c in token.children if c.dep_ in ("poss", "compound")]
        befallen += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
    elif verb in _ONCE_TO_SUBJECT:
        befallen = [c for c in token.children if c.dep_ in _SUBJECT_DEPS]
    else:
        befallen = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if token.dep_ in ("acl", "amod"):
            befallen.append(token.head)  # "the recently announced iPhone 4"
    return verb if any(_refers(b, refers) for b in befallen) else ""


def _referring_tokens(view: ArticleView, entity: str) -> set[int]:
    """Tokens that refer to the entity: its names, the pronouns and descriptions that stand for it."""
    doc, participants = view.doc, view.participants
    variants = entity_variants(entity)
    words = entity.split()
    # A bare second word ("Jobs" for "Steve Jobs") names a person; for a company's name ("Dow
    # Jones", "Jones Soda") it names something else, so it needs the parse's or the article's word.
    surname = words[1] if len(words) == 2 and words[1] in variants[1:] else None
    names = [_pattern(v) for v in variants if v != surname]
    named: set[int] = set()
    for variant in variants:
        for m in _pattern(variant).finditer(view.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            if variant == surname and span[0].ent_type_ not in ("PERSON", "") and not any(
                    p.search(participants.by_token.get(span[0].i, "")) for p in names):
                continue  # "Jones" alone, tagged a company's word, is not "Dow Jones"
            named.update(t.i for t in span)
    # The article's participant is the entity when a full variant names it, or it is the bare
    # surname itself: "Jones Soda" is not "Dow Jones".
    same = {name for name in view.tokens_of if name == surname or any(p.search(name) for p in names)}
    for name in same:
        named.update(view.tokens_of[name])
    if not named:
        return named
    kinds = _descriptions(doc, named)
    # "It" and "its" never stand for a person ("Hariri … it emerged that …"); a possessive before
    # the subject it stands for is checked against that subject itself (below).
    person = participants.labels.get(entity, "") == "PERSON" or \
        2 * sum(view.tokens[i].ent_type_ == "PERSON" for i in named) > len(named)
    refers = set(named)
    sentence_of = view.sentence_of
    last_named: tuple[int, int] | None = None  # the sentence and token of the entity's last mention
    last_other = -1  # the token of the last other candidate antecedent (a thing or a body, named or not)
    before_other = -1  # the one before it
    # Nothing before the first name can stand for it, nor anything sentences past its last mention.
    first, last = min(named), max(named)
    for i in sorted(named.union(view.antecedent_order[bisect_left(view.antecedent_order, first):])):
        n = sentence_of[i]
        if i in refers:
            last_named = (n, i)
            continue
        if i > last and last_named is not None and n - last_named[0] > _REACH + 1:
            break
        near = last_named is not None and n - last_named[0] <= _REACH
        pronoun, lemma, other = view.antecedents[i]
        if pronoun:
            if person or _expletive(view.tokens[i]):
                continue
            blocker = last_other
            verb = view.tokens[i].head
            if verb.dep_ == "relcl" and verb.head.i == last_other:
                blocker = before_other  # "the music it sells": "it" is not the music it sells
            if (last_named is not None and near and blocker < last_named[1]) or _continues_subject(view, i, refers):
                refers.add(i)  # "It is slated for release on June 24": the phone just named
                last_named = (n, i)
            continue
        if lemma in kinds and near and _definite(view.tokens[i]):
            refers.add(i)  # "the store", "the CEO": what the article called the entity
            last_named = (n, i)  # a mention of it: "it" after "the iTunes Music Store" is the store
            continue
        if other:
            last_other, before_other = i, last_other  # another thing "it" may stand for
    # "Five years after its launch, the iTunes service …": a possessive before the subject it
    # stands for (the subject is known only now).
    for i in view.possessives:
        if i not in refers and _fronted_for_subject(view, i, refers):
            refers.add(i)
    return refers


def _main_subjects(view: ArticleView, n: int) -> list[Token]:
    """The subjects of sentence ``n``'s main verb."""
    root = view.roots[n] if 0 <= n < len(view.roots) else None
    return [] if root is None else [c for c in root.children if c.dep_ in _SUBJECT_DEPS]


def _continues_subject(view: ArticleView, i: int, refers: set[int]) -> bool:
    """"iPhone 4 was introduced by Steve Jobs at the company's conference. It is slated for …": a
    sentence's subject "it" goes on with the subject of the sentence before, whatever other
    things that sentence named besides."""
    token = view.tokens[i]
    n = view.sentence_of[i]
    if token.lower_ != "it" or token.dep_ not in _SUBJECT_DEPS or token not in _main_subjects(view, n):
        return False
    return any(not _reach(s).isdisjoint(refers) for s in _main_subjects(view, n - 1))


def _fronted_for_subject(view: ArticleView, i: int, refers: set[int]) -> bool:
    """A possessive "its" in a phrase set before its sentence's subject ("Since its launch the
    store has sold …") whose subject refers to the entity."""
    n = view.sentence_of[i]
    subjects = _main_subjects(view, n)
    if not subjects or i > min(s.left_edge.i for s in subjects):
        return False
    node = view.tokens[i]
    while node.head.i != node.i and node.head.i != view.roots[n].i:
        node = node.head
    if node.dep_ not in ("prep", "advcl", "npadvmod", "advmod"):
        return False  # not a fronted adverbial: "Its shares fell as the company …"
    return any(not _reach(s).isdisjoint(refers) for s in subjects)


def _descriptions(doc: Doc, named: set[int]) -> set[str]:
    """Common nouns the article itself puts beside the entity's name: "Apple CEO Steve Jobs" ->
    "ceo", "the iTunes Music Store" -> "store", "iPod portable music player" -> "player",
    "Jobs, the company's co-founder" -> "co-founder"."""
    out: set[str] = set()
    for i in named:
        token = doc[i]
        head = token.head
        if token.dep_ == "compound" and head.i not in named and _qualified_kind(head, named):
            out.add(head.lemma_.lower())  # "iPod player": the thing the name qualifies
        for child in token.children:
            if child.i in named:
                continue
            if child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < token.i:
                out.add(child.lemma_.lower())  # "Apple CEO Steve Jobs": his title
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                out.add(child.lemma_.lower())  # "Jobs, the co-founder"
        if token.pos_ == "NOUN" and token.lower_.islower():
            out.add(token.lemma_.lower())  # "iTunes store": the name's own common noun
        elif token.pos_ == "PROPN" and token.is_title and token.i - 1 in named and token.head.i not in named \
                and token.ent_type_ != "PERSON":  # "Steve Jobs": "Jobs" is no description
            out.add(token.lower_)  # "iTunes Music Store": the name's last word, a common noun capitalised
    return out


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children) or \
        any(c.dep_ == "poss" for c in token.children)


def _expletive(token: Token) -> bool:
    """"It is easy to …", "it was announced that …", "it seems that …": an "it" that stands for nothing."""
    if token.lower_ != "it" or token.dep_ not in _SUBJECT_DEPS:
        return token.dep_ == "expl"
    return any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > token.head.i for c in token.head.children) and \
        token.head.lemma_.lower() in _EXPLETIVE_VERBS


def _arguments(token: Token) -> list[Token]:
    """The heads of the arguments of a predicate (see the module docstring)."""
    if token.pos_ == "NOUN":
        args = [c for c in token.children if c.dep_ in ("poss", "compound")]
        args += [g for c in token.children if c.dep_ == "prep" and c.lower_ in _NOUN_ARG_PREPS
                 for g in c.children if g.dep_ == "pobj"]
        if token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS:
            args += [c for c in token.head.children if c.dep_ in _SUBJECT_DEPS]
            args += _shared_subject(token.head) if not any(c.dep_ in _SUBJECT_DEPS for c in token.head.children) else []
        return args
    args = [c for c in token.children if c.dep_ in _ARG_DEPS]
    args += [g for c in token.children if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"]
    if not any(a.dep_ in _SUBJECT_DEPS for a in args):
        args += _shared_subject(token)
    if token.dep_ in ("acl", "relcl", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
        args.append(token.head)  # "the recently announced iPhone 4", "the store, which sells …"
    return args


def _refers(arg: Token, refers: set[int]) -> bool:
    """Whether an argument stands for the entity: its head does, or one of the heads it is
    coordinated or in apposition with ("Apple and Apple Corps", "Jobs, the CEO"), or the name
    qualifies a plain noun for the same thing ("the iTunes music service"). A name that qualifies
    another thing names that thing, not the entity: "iPhone 4 owners", "the iPod line", "a new
    version of iTunes", "the iPod nano"."""
    return not _reach(arg).isdisjoint(refers)


def _reach(arg: Token) -> frozenset[int]:
    """The tokens whose reference to the entity makes ``arg`` refer to it (``_refers``)."""
    out: set[int] = set()
    stack = [arg]
    seen = set()
    while stack:
        node = stack.pop()
        if node.i in seen:
            continue
        seen.add(node.i)
        out.add(node.i)
        out.update(_qualifiers(node))
        out.update(_acted_for(node))
        stack.extend(c for c in node.children if c.dep_ in ("conj", "appos"))
    return frozenset(out)


def _acted_for(head: Token) -> list[int]:
    """Who a body or an office acts for: "Egypt's interior ministry says", "the ministry of Egypt",
    "an official from the Food and Drug Administration", "the Egyptian government", "Biden
    administration officials"."""
    if head.lemma_.lower() not in _ACTING_FOR or head.pos_ not in ("NOUN", "PROPN"):
        return []
    out = [c.i for c in head.children if c.dep_ == "poss" or (
        c.dep_ in ("compound", "amod", "nmod") and c.i < head.i and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))]
    out += [g.i for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
            for g in c.children if g.dep_ == "pobj"]
    # "Biden administration officials": through the office the officials serve.
    out += [i for c in head.children if c.dep_ == "compound" and c.i < head.i and c.pos_ == "NOUN"
            for i in _acted_for(c)]
    return out


def _qualified_kind(head: Token, refers: set[int]) -> bool:
    """"iTunes music service", "iPod portable music player": a singular common noun the name
    qualifies (through the words before it), not a part, a collection, a version or people."""
    return not refers.isdisjoint(_qualifiers(head))


def _qualifiers(head: Token) -> list[int]:
    """The words before a singular common noun that qualify it (``_qualified_kind``); none for
    another kind of word, a part, a collection, a version or people."""
    if head.tag_ != "NN" or head.lemma_.lower() in _OTHER_THINGS or not head.lower_.islower():
        return []
    out = []
    stack = [c for c in head.children if c.dep_ in _QUALIFIER_DEPS and c.i < head.i]
    while stack:
        node = stack.pop()
        out.append(node.i)
        stack.extend(c for c in node.children if c.dep_ in _QUALIFIER_DEPS and c.i < node.i)
    return out


def _shared_subject(token: Token) -> list[Token]:
    """The subject a verb shares with the verb it is told with ("Jobs acknowledged … but dismissed …")."""
    node = token
    for _ in range(4):
        if node.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "prep") or node.head.i == node.i:
            return []
        if node.dep_ == "xcomp":
            # "prompting Apple Corps to file suit": the object of the verb is the doer
            objects = [c for c in node.head.children if c.dep_ == "dobj"]
            if objects:
                return objects
        node = node.head
        subjects = [c for c in node.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            return subjects
    return []


def _relation(token: Token) -> str | None:
    """A mention the text gives no time: its tense's relation to the document date."""
    if token.pos_ != "VERB":
        return None
    head = token
    while head.dep_ in ("xcomp", "conj") and head.tag_ in ("VB", "VBG", "VBN") and head.head.i != head.i:
        head = head.head  # "has begun to sell": the tense is the governing verb's
    found = tense(head)
    if found == "present" and not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve")
                                      for c in head.children):
        return "PRESENT_REF"
    return {"past": "PAST_REF", "future": "FUTURE_REF", "present": "PAST_REF"}.get(found or "")


def assign_entities(doc: Doc, events: list[Event], participants: Participants | None = None) -> None:
    """Set each event's ``entities``: the article's participants that ``entity_events`` finds in it.

    What a participant lane holds, worked out once at extraction (the app never parses text): an
    entity is the event's when one of its mentions inside the event's sentence takes the event's
    time (the trigger itself, or a happening the tree ties to it: "walked onto the stage to unveil
    the iPhone"), or, having no time of its own, is governed by the trigger ("Biden will push China
    …, an official says") or is the saying whose content the trigger is ("Egypt's ministry says one
    demonstrator was killed on Tuesday"). The main entity comes first: one that is an argument of the trigger itself, then
    in the order of the event's own participants, then in the order of the text.
    """
    view = article_view(doc, events, participants=participants)
    by_trigger = {e.trigger.start: e for e in events}
    # A saying with no time of its own tells the entry its content holds: "Egypt's ministry says
    # one demonstrator was killed on Tuesday" is the killing's entry, told by the ministry.
    told_by: dict[int, Event] = {}
    token_at = {t.idx: t for t in view.tokens}
    for entry in events:
        trigger = token_at.get(entry.trigger.start)
        if trigger is not None and trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in REPORTING_VERBS:
            told_by.setdefault(trigger.head.i, entry)
    found: dict[str, dict[str, tuple[int, int, int]]] = {e.id: {} for e in events}
    # The names the article's events have as participants (a dateline's place is none of them),
    # each short form under the full name it is a variant of ("Acme" is "Acme Corp"'s).
    names = list(dict.fromkeys(n for e in events for n in e.participants))
    variants = {name: set(entity_variants(name)[1:]) for name in names}
    full_name = {}
    for name in names:
        fuller = [other for other in names if other != name and name in variants[other]]
        full_name[name] = max(fuller, key=len) if fuller else name
    for name in dict.fromkeys(full_name.values()):
        for m in entity_events(doc, events, name, view=view):
            event = m.event if m.event is not None else _governing_event(view.tokens[m.token], by_trigger)
            for target in (event, told_by.get(m.token)):
                if target is None or target.id not in found or \
                        not target.sentence.start <= m.start < target.sentence.end:
                    continue
                own = participants_order = len(target.participants)
                told = [full_name.get(p, p) for p in target.participants]
                if name in told:
                    participants_order = told.index(name)
                rank = (0 if m.start == target.trigger.start else 1, min(own, participants_order), m.start)
                best = found[target.id].get(name)
                if best is None or rank < best:
                    found[target.id][name] = rank
    for event in events:
        ranked = found[event.id]
        event.entities = sorted(ranked, key=ranked.__getitem__)


def _governing_event(token: Token, by_trigger: dict[int, Event]) -> Event | None:
    """The event whose trigger governs a mention with no time of its own: what was said, planned or
    wanted ("Biden will push China …, an official says": the saying's entry tells the push)."""
    node = token
    for _ in range(12):
        if node.head.i == node.i:
            # "Biden wants to …, Sullivan said": a saying set off after what was said hangs below it.
            tag = next((c for c in node.children if c.dep_ in ("parataxis", "ccomp") and c.i > node.i
                        and c.idx in by_trigger), None)
            return by_trigger[tag.idx] if tag is not None else None
        if node.dep_ in _OTHER_CLAUSE_DEPS:
            return None  # a relative or adverbial clause tells a happening of its own
        node = node.head
        if node.idx in by_trigger:
            return by_trigger[node.idx]
    return None

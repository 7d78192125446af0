"""The time of every recognised event mention: the extracted event whose time it shares.

``extract_events`` makes one event per dated happening and per undated sentence; TimeML marks
about four events a sentence. A mention that is not an event of its own shares the time of the
event it is told as part of, read from the dependency tree:

- conjuncts ("on Monday, X announced and showed …"): ``conj``;
- how or while it was done ("unveiled the phone by walking onto the stage", "started by hinting",
  "saying …", "when he first introduced it, he praised …"): ``advcl`` without a marker of another
  time, ``pcomp`` under "by", "while", "in", "upon"; the purpose of a past deed ("returned to the
  stage to reveal iCloud"), not of a plan, a try or a wish;
- aspect ("moved on to talk"): ``xcomp`` under an aspectual verb;
- a light verb's noun ("gave his keynote", "made an appearance in March", "filed suit"), the
  subject of "began", "came", "took place" ("pre-orders began Tuesday");
- the happening that frames it ("during his speech he stated", "at the conference, where he
  promoted …").

Never through a clause that tells another time: what was said or planned (``ccomp``, intensional
``xcomp``), a relative clause about a thing ("the agreement reached in 1991"), "after", "before",
"since", "until", "because", "if". The report's date is not the reported happening's.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from model.core.documents import EventMention
from model.nlp.events.classes import ASPECTUAL_VERBS, I_ACTION_VERBS, I_STATE_VERBS, STATIVE_VERBS
from model.nlp.events.predicates import is_event_noun
from model.nlp.sentences import doc_scratch
from model.text.lexicon import LIGHT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from model.core.events import Event

# Verbs whose subject is the happening and which say only when it was: "the sale began on Monday".
_FRAME_VERBS = ASPECTUAL_VERBS | frozenset(["happen", "occur", "come", "take"])
_SAME_TIME_MARKERS = frozenset(("by", "while", "when", "as", "in", "upon", "whilst", "during"))
_SAME_TIME_PREPS = frozenset(("by", "while", "in", "upon", "during", "whilst"))
_FRAME_PREPS = frozenset(("during", "at", "in", "throughout", "amid"))
_MOVE_VERBS = frozenset(["move", "go", "return", "turn", "proceed"])  # "moved on to talk about"


def mention_times(doc: Doc, events: list[Event]) -> dict[int, Event]:
    """Token index -> the event whose time that token's happening shares (its own event included).

    Every token that is an event's trigger, and every other verb or recognised event mention tied to
    one by the tree as above. A token with no such tie is absent: the text gives it no time here.
    """
    by_start = {e.trigger.start: e for e in events}
    links = _links(doc)  # what the tree says, read once per doc: each article asks twice
    own: dict[int, Event] = {}
    for i in sorted(links.token_at[start] for start in by_start if start in links.token_at):
        own[i] = by_start[links.tokens[i].idx]
    out = dict(own)
    for i, frames in links.frames.items():
        if i in out:
            continue
        # "In a July 16 press conference, Jobs said …": the happening that frames the verb.
        frame = next((g for g in frames if g in own), None)
        if frame is not None:
            own[i] = out[i] = own[frame]
    classes = (doc._.event_classes if doc.has_extension("event_classes") else None) or {}
    # A word a time expression modifies has a time of its own ("in a speech six weeks ago"): the
    # tree does not give it another's.
    own_time = set()
    for timex in doc._.timexes or () if doc.has_extension("timexes") else ():
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None and timex.type in ("DATE", "TIME"):  # not "his annual keynote"
            own_time.add(span.root.head.i)
    for token in links.tokens:
        i = token.i
        if i in out or i in own_time or not (i in links.happenings or i in classes):
            continue
        # a short chain: "walking" -> "by" -> "unveiled"
        node = next((n for n in links.chain(token) if n in own), None)
        if node is not None:
            out[i] = own[node]
    return out


@dataclass
class _Links:
    """The tree's ties that ``mention_times`` reads, whatever the events: found once per doc."""

    tokens: list[Token]  # once: each pass over a Doc makes every Token object again
    token_at: dict[int, int]  # character offset -> token index
    # each verb (in text order) -> the objects of its framing prepositions ("during", "at" …), in order
    frames: dict[int, list[int]]
    happenings: set[int]  # verbs and event nouns
    chains: dict[int, tuple[int, ...]] = field(default_factory=dict)

    def chain(self, token: Token) -> tuple[int, ...]:
        """The tokens whose time ``token`` shares, one step up the tree after another (at most 8)."""
        found = self.chains.get(token.i)
        if found is None:
            steps = []
            node: Token | None = token
            for _ in range(8):
                node = _same_time_head(node) if node is not None else None
                if node is None:
                    break
                steps.append(node.i)
            found = self.chains[token.i] = tuple(steps)
        return found


def _links(doc: Doc) -> _Links:
    scratch = doc_scratch(doc)
    links = scratch.get("anchoring_links")
    if links is None:
        tokens = list(doc)
        frames = {t.i: [g.i for c in t.children if c.dep_ == "prep" and c.lower_ in _FRAME_PREPS
                        for g in c.children if g.dep_ == "pobj"] for t in tokens if t.pos_ == "VERB"}
        happenings = {t.i for t in tokens if t.pos_ == "VERB" or is_event_noun(t)}
        links = scratch["anchoring_links"] = _Links(tokens, {t.idx: t.i for t in tokens}, frames, happenings)
    return links  # type: ignore[no-any-return]


def anchor_mentions(doc: Doc, events: list[Event], mentions: tuple[EventMention, ...]) -> tuple[EventMention, ...]:
    """The recognised mentions, each with the trigger start of the event whose time it shares.

    Called once per article as its events are made: the exports read the anchors from the article,
    so a saved project or a worker's result needs no parsed doc to write them.
    """
    times = mention_times(doc, events)
    out = []
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        event = times.get(span.root.i) if span is not None and len(span) else None
        out.append(replace(mention, anchor=None if event is None else event.trigger.start))
    return tuple(out)


def _same_time_head(token: Token) -> Token | None:
    """The token whose time ``token`` shares one step up the tree, or None."""
    head, dep = token.head, token.dep_
    if head.i == token.i:
        return None
    if dep == "conj":
        # "accounted for 41% last year and is expected to grow": another tense, another time.
        mine, theirs = tense(token), tense(head)
        return None if mine and theirs and mine != theirs else head
    if dep == "advcl":
        markers = {c.lower_ for c in token.children if c.dep_ in ("mark", "advmod") and c.i < token.i}
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if markers - _SAME_TIME_MARKERS:
            return None  # "after …", "because …", "if …"
        if to and (tense(head) != "past" or head.lemma_.lower() in I_ACTION_VERBS | I_STATE_VERBS | STATIVE_VERBS):
            return None  # a purpose still to come; what was tried, planned or wanted
        return head  # "returned to the stage to reveal iCloud": done there and then
    if dep == "xcomp":
        lemma = head.lemma_.lower()
        return head if lemma in ASPECTUAL_VERBS or lemma in _MOVE_VERBS else None
    if dep == "pcomp" and head.lower_ in _SAME_TIME_PREPS and head.dep_ == "prep":
        return head.head  # "by walking onto the stage": the prep's head did it by walking
    if dep == "dobj" and head.lemma_.lower() in LIGHT_VERBS and token.pos_ == "NOUN":
        return head
    if dep in ("nsubj", "nsubjpass") and token.pos_ == "NOUN" and head.lemma_.lower() in _FRAME_VERBS:
        return head
    if dep == "pobj" and head.lower_ in _FRAME_PREPS and head.dep_ == "prep" and token.pos_ == "NOUN":
        return head.head  # "during his speech he stated": the speech frames the statement
    if dep == "relcl" and any(c.lower_ in ("where", "when") for c in token.children) and is_event_noun(head):
        return head  # "a conference, where he promoted the phone" (not "a year ago, when …": its own time)
    return None


def tense(verb: Token) -> str | None:
    """"past", "present" or "future" from the verb's tag and auxiliaries; None when it has none."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "shall", "'ll", "would"}:
        return "future"
    if aux & {"was", "were", "did", "had"} or (verb.tag_ == "VBD" and not aux):
        return "past"
    if aux & {"is", "are", "am", "has", "have", "does", "do", "'s", "'re"} or verb.tag_ in ("VBZ", "VBP"):
        return "present"
    return None

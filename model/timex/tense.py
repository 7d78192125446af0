"""Which way a clause looks from the document date: past, future or undecided.

Uses spaCy's tags and dependency parse when the pipeline has them ("met on Tuesday" -> past,
"will meet on Wednesday", "could take place in January", "plans to visit in May" -> future),
and falls back to nearby words when it does not.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from model.text.doc_text import doc_text
from model.text.lexicon import NEGATIVE_SUBJECTS
from model.timex.normalizer import FUTURE, PAST

_FUTURE_MODALS = {"will", "'ll", "shall", "wo", "would", "could", "might", "may", "should", "must", "can", "ca"}
_PAST_AUX = {"had", "did", "was", "were"}


def _governing_verb(tok: Token) -> Token | None:
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod",):
            return t
        if t.head is t:
            return None
        t = t.head
    return None


# Verbs of planning look ahead even in the past tense ("planned a rally on Saturday").
_PLANNING = re.compile(r"^(?:plan|schedul|expect|intend|slat|propos|due|set$|sets$|vow|promis|pledg|threaten|aim|prepar|hop|want|agree|decid|seek|sought|postpon|delay|await|anticipat)")
# Of those, the ones whose object is a date on a timetable rather than the day of the decision.
_TIMETABLED = re.compile(r"^(?:plann|schedul|reschedul|set$|slated|postpon)")
_PAST_SENSE_MODALS = {"could", "would"}
# Verbs whose simple present announces a timetable ("the trial starts Monday").
_SCHEDULE = re.compile(r"^(?:start|begin|open|close|end|resume|expire|arriv|leav|depart|meet|vote|return|launch|take|kick|run|finish|conclud|go|fl[iy])")


def _verb_direction(verb: Token) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    has_perfect = any(a.lower_ in ("have", "has", "'ve") for a in auxes)
    negated = any(c.dep_ == "neg" for c in verb.children) or _negative_subject(verb)
    present = words & {"is", "are", "am", "be", "'s", "'re", "being"}
    if _PLANNING.match(verb.lower_) and (verb.tag_ in ("VBZ", "VBP", "VBG") or (verb.tag_ == "VBN" and present)):
        return FUTURE  # "is scheduled for Friday", "plans a rally on Saturday"
    for a in auxes:
        if a.tag_ == "MD" or a.lower_ in _FUTURE_MODALS:
            # "could have met" looks back; "could meet" ahead; "could not be found" is a past inability.
            if has_perfect and verb.tag_ == "VBN":
                return PAST
            if negated and a.lower_ in _PAST_SENSE_MODALS:
                return PAST
            return FUTURE
    if "going" in words:
        return FUTURE
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        if verb.tag_ == "VBG" and words & {"was", "were"} and verb.lower_ == "going":
            return FUTURE
        return PAST
    if verb.tag_ == "VBN" and has_perfect:
        return PAST
    if verb.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re"}:
        return FUTURE  # "is meeting on Tuesday": an arrangement
    if verb.tag_ in ("VBZ", "VBP") and not auxes and _SCHEDULE.match(verb.lower_):
        return FUTURE  # "the meeting starts Tuesday": the present of schedules
    if verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl") and "to" in words:
        # "plans to visit in May" looks ahead; "voted to support it Friday" is as past as "voted".
        # An infinitive follows its head in time: after a past head it may lie either side of now.
        head = verb.head
        if head is not verb and _pluperfect(head):
            return PAST  # "had been scheduled to expire Friday": a timetable the report has overtaken
        if head is not verb and _PLANNING.match(head.lower_) and _past_copula(head):
            # "was due to start on Thursday, but …": a plan told in the past may be one the report has
            # overtaken or one still ahead ("was due to arrive on Monday, officials said"): either side
            return None
        if head is verb or _PLANNING.match(head.lower_) or head.lower_ in ("going", "is", "are", "will"):
            return FUTURE
        head_direction = _verb_direction(head)
        return None if head_direction == PAST else FUTURE
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
        return PAST  # "talks held on Monday"
    if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("be",) for c in verb.children):
        return FUTURE
    return None


def _negative_subject(verb: Token) -> bool:
    """ "Neither he nor his aides could be reached", "No one could say": negated through the subject."""
    return any(
        c.lower_ in NEGATIVE_SUBJECTS
        or any(t.lower_ in NEGATIVE_SUBJECTS and t.dep_ in ("preconj", "det") for t in c.children)
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass")
    )


def _past_copula(tok: Token) -> bool:
    """ "was due", "were expected", "was scheduled": the plan itself told in the simple past."""
    verb = tok.head if tok.dep_ in ("acomp", "attr") else tok
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb is not tok:
        return verb.tag_ == "VBD" and verb.lemma_ == "be" and not own
    # "was scheduled", "were expected"; but "were planning to drive on Monday" is an arrangement ahead
    return tok.tag_ == "VBN" and any(a.lower_ in ("was", "were") for a in own) and not any(a.tag_ == "MD" for a in own)


def _pluperfect(tok: Token) -> bool:
    """ "had been scheduled", "had been due": the verb, or the copula of an adjective, takes "had"."""
    for t in (tok, tok.head) if tok.dep_ == "acomp" else (tok,):
        if t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in t.children):
            return True
    return False


def _is_timetabled(span: Span, verb: Token) -> bool:
    """ "planned a rally on Saturday", "has scheduled a news conference Thursday", "set Nov. 10 as the
    deadline": the planning is past, the planned day may lie either side of the report."""
    if not (_TIMETABLED.match(verb.lower_) and verb.tag_ in ("VBD", "VBN") and span.root.i > verb.i):
        return False
    # "a record set on Aug. 6" is the day it was set.
    return not (verb.lower_ == "set" and span.root.head.lower_ in ("on", "in"))


# Happenings set on a timetable: a month or day named on them is most often one still to come.
_TIMETABLED_NOUNS = re.compile(r"^(?:(?:re-?)?elections?|votes?|polls?|ballots?|run-?offs?|referend(?:um|a|ums)|summits?|"
                               r"conferences?|congress|conventions?|deadlines?|talks|meetings?|hearings?|trials?|"
                               r"games|olympics|inaugurations?|sessions?|handovers?|exams?|examinations?)$")
# Verbs that put a timetabled happening on the calendar: "called elections for June".
_CALLS_FOR = re.compile(r"^(?:announc|call|set$|sets$|schedul|plann|propos|agree|promis|pledg|fix|order|confirm)")
_AHEAD_WORDS = frozenset(("upcoming", "coming", "next", "planned", "scheduled", "proposed", "forthcoming",
                          "expected", "impending", "future", "possible", "promised", "rescheduled"))
# Prepositions that put their object after the happening they attach to: "ahead of the June vote".
_BEFORE_PREPS = frozenset(("before", "towards", "toward", "until", "till", "pending"))
_AHEAD_AFTER = re.compile(r"^\s*(?:,\s*)?(?:down\s+the\s+(?:line|road)|to\s+come|ahead\b)", re.I)


def _wills_a_timetabled(verb: Token) -> bool:
    """ "will not seek another term in the next elections", "would not run for re-election in September"."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(_TIMETABLED_NOUNS.match(o.lower_) for o in objects)


_WHEN_WORDS = frozenset(("when", "once", "after", "before", "until", "till", "as soon as"))


def _as_it_happened(verb: Token) -> bool:
    """A present form in an "as"/"while"/"when" clause under a verb told in the past: the same past
    ("As clashes spread on Thursday, the army moved tanks")."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBZ", "VBP") or head.i == verb.i or head.tag_ != "VBD":
        return False
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ in ("as", "while", "when") for c in verb.children):
        return False
    return _verb_direction(head) == PAST


def when_ahead(verb: Token) -> bool:
    """A present tense in a "when"/"once"/"after" clause under a verb that looks ahead tells the
    future ("will speak when she returns on Tuesday", "is expected to testify when the trial resumes
    Monday"); a verb's "to"-complement in such a clause ("when she continues testifying") goes with it."""
    node = verb
    for _ in range(3):
        if node.dep_ == "xcomp" and node.head.i != node.i:
            node = node.head
            continue
        break
    head = node.head
    if node.dep_ != "advcl" or node.tag_ not in ("VBZ", "VBP") or head.i == node.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ in _WHEN_WORDS for c in node.children):
        return False
    return _verb_direction(head) == FUTURE


def _upcoming(noun: Token) -> bool:
    """A timetabled happening the sentence tells as still to come: "the upcoming September elections",
    "ahead of the November summit", "the September elections down the line could give space", "the
    September vote will be free". Told as past ("the September elections were rigged") it is not."""
    if not _TIMETABLED_NOUNS.match(noun.lower_):
        return False
    if any(c.lower_ in _AHEAD_WORDS for c in noun.children):
        return True
    if _AHEAD_AFTER.match(doc_text(noun.doc)[noun.right_edge.idx + len(noun.right_edge.text) :][:20]):
        return True
    if noun.dep_ == "pobj":
        prep = noun.head
        if prep.lower_ in _BEFORE_PREPS or (prep.lower_ == "of" and prep.head.lower_ == "ahead"):
            return True
        if prep.lower_ == "to" and prep.head.lower_ in ("run-up", "runup", "lead-up", "leadup"):
            return True
    verb = _governing_verb(noun)
    if verb is not None and verb.lower_ in ("have", "has", "need", "needs") and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return True  # "details of Thursday's meeting have to be worked out": an obligation looks ahead
    return verb is not None and _verb_direction(verb) == FUTURE


_PAST_HINT = re.compile(r"\b(?:said|was|were|had|did|\w+ed)\b", re.I)
_FUTURE_HINT = re.compile(r"\b(?:will|would|could|might|shall|going to|plans? to|expected to|'ll)\b", re.I)


_READY_FOR = re.compile(r"\b(?:readied|prepared|braced|geared\s+up)\b[^.;]{0,25}\bfor\s+$", re.I)
_EFFECTIVE = re.compile(r"\b(?:effective|starting|beginning|as\s+(?:soon|early)\s+as)\s*$", re.I)
_SAID_ON = re.compile(r"\b(?:said|told|announced|reported|added|stated|declared|confirmed)\s+(?:on\s+)?$", re.I)
_SINCE = re.compile(r"\bsince\s+(?:(?:shortly|just|soon)\s+(?:after|before)\s+)?(?:the\s+|last\s+)?$", re.I)
_WEEKDAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_MOVES_FORWARD = re.compile(r"\b(?:postpon|delay|extend|adjourn|defer|put\s+off|push(?:ed)?\s+back|mov)\w*\b[^.;]*$", re.I)
_ENDPOINT = re.compile(r"\b(?:to|until|till|through|by|before|from|payable|record|due(?:\s+(?:in|on|at))?)\s*$", re.I)


def direction_of(doc: Doc, start: int, end: int) -> str | None:
    """The tense direction of the clause that holds the characters [start, end)."""
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    text = doc_text(doc)
    before = text[max(0, start - 12) : start]
    if _EFFECTIVE.search(text[max(0, start - 16) : start]):
        return FUTURE
    if _READY_FOR.search(text[max(0, start - 45) : start]):
        return None  # "readied themselves for Sunday": what they got ready for lies either side of the report
    if _SINCE.search(text[max(0, start - 30) : start]):
        return PAST  # "since Oct. 23": a starting point already behind us
    if _SAID_ON.search(text[max(0, start - 20) : start]):
        # "said on Sunday people should …": the parse may hang the day on the reported clause's verb,
        # but a day right after a past verb of saying is the saying's
        return PAST
    if _ENDPOINT.search(before):
        # "extended the offer to Nov. 20": a deadline lies either side whatever the verb's tense,
        # unless the verb itself looks ahead ("will double its flights by August").
        if _clause_direction(doc, span) == FUTURE:
            return FUTURE
        if _WEEKDAY.match(span.text) and _MOVES_FORWARD.search(text[max(0, start - 40) : start]):
            return FUTURE  # "postponed until Tuesday morning": within the week, pushed back means ahead
        return None
    return _clause_direction(doc, span)


def _clause_direction(doc: Doc, span: Span) -> str | None:
    start, end = span.start_char, span.end_char
    if doc.has_annotation("DEP"):
        if span.root.dep_ == "poss" or (len(span) < len(doc) and span.end < len(doc) and doc[span.end].tag_ == "POS"):
            # "Wednesday's ruling": news reports what has happened; not "ahead of Thursday's meeting".
            noun = span.root.head if span.root.dep_ == "poss" else doc[span.end].head
            return FUTURE if _upcoming(noun) else PAST
        if span.root.dep_ in ("compound", "nmod") and span.root.head.pos_ == "NOUN":
            # "a June agreement", "the Jan. 14 deadline": a thing named by its date, either side; but
            # "the September elections down the line could give space" lies ahead.
            noun = span.root.head
            if _upcoming(noun):
                return FUTURE
            if _TIMETABLED_NOUNS.match(noun.lower_):
                return None
            # "relatives of those killed in the March 3 attack": an attack told in the past is behind us.
            verb = _governing_verb(noun)
            return PAST if verb is not None and _verb_direction(verb) == PAST else None
        verb = _governing_verb(span.root)
        held = span.root.head.head if span.root.dep_ == "pobj" and span.root.head.dep_ == "prep" else None
        if held is not None and held.pos_ == "NOUN" and (
                _upcoming(held) or (verb is not None and _TIMETABLED_NOUNS.match(held.lower_)
                                    and _CALLS_FOR.match(verb.lower_) and not _pluperfect(verb))):
            return FUTURE  # "the vote in June will be free", "called the vote in June": still to come
        if (held is not None and verb is not None and held.i == verb.i and _CALLS_FOR.match(verb.lower_)
                and not _pluperfect(verb) and any(c.dep_ == "dobj" and _TIMETABLED_NOUNS.match(c.lower_)
                                                  for c in verb.children)):
            return FUTURE  # "announced elections in June": the parser hangs the month on the verb
        if verb is not None and _wills_a_timetabled(verb):
            return FUTURE  # "would not seek re-election in September": a refusal of what is to come
        if verb is not None and _is_timetabled(span, verb) and _verb_direction(verb) != FUTURE:
            if verb.dep_ in ("acl", "amod") and not _pluperfect(verb) and not _WEEKDAY.match(span.text):
                # "the summit scheduled for September": a thing still on the timetable (a weekday is
                # the nearest: "a service planned for Saturday was cancelled" told on Sunday)
                return FUTURE
            return None
        if verb is not None:
            found = _verb_direction(verb)
            if found is None and verb.dep_ in ("xcomp", "ccomp", "advcl", "conj") and verb.head is not verb:
                head = verb.head if verb.head.pos_ in ("VERB", "AUX") else None
                # A conjunct shares its head's tense; so does a participle clause, which has none of its
                # own ("has fluctuated, rising ... from $29.75 in March").
                if head is not None and (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")):
                    found = _verb_direction(head)
            if found is None and when_ahead(verb):
                return FUTURE  # "is expected to tell jurors … when she continues testifying on Tuesday"
            if found is None and _as_it_happened(verb):
                return PAST  # "As clashes spread on Thursday, the army moved tanks": the main verb's past
            return found
    if doc.has_annotation("TAG"):
        window = doc[max(0, span.start - 8) : min(len(doc), span.end + 8)]
        for t in window:
            if t.tag_ == "MD":
                return FUTURE
        for t in window:
            if t.tag_ == "VBD":
                return PAST
        return None
    context = doc_text(doc)[max(0, start - 60) : end + 60]
    if _FUTURE_HINT.search(context):
        return FUTURE
    if _PAST_HINT.search(context):
        return PAST
    return None

"""Word lists and English forms the headline rules share."""

from __future__ import annotations

import re

from model.text.lexicon import BELIEF_VERBS, CONDITIONS, MONTHS, SPEECH_NOUNS, WEEKDAY_NAMES
from model.text.lexicon import STATEMENT_VERBS as LEXICON_STATEMENT_VERBS
from model.text.lexicon import words as _words

# A headline's length: room for a verb with its object, its complement and a "to"-infinitive
# ("Student takes a taxi to hospital", "Spain reports first case in Europe of a man who had not
# travelled"); 70 cut too many of them short ("takes taxi", "authorises relaxation").
MAX_CHARS = 90
# How far past it the source's own words may run when nothing shorter is whole (a clause kept
# whole, a sentence cut where a clause ends): to 100 characters, where they always stopped; the
# longer limit is for complements, not for longer fallbacks.
OVERRUN = 100 - MAX_CHARS


# Verbs whose clausal complement is what was said: the speaker form "X: …" is theirs. Not those of
# evidence ("the data suggest …" is no one's statement); see the lexicon.
STATEMENT_VERBS = LEXICON_STATEMENT_VERBS
# "denied he caused": what the speaker said is the opposite of the clause, so no "X: clause".
# "said he believed that …": the belief is the statement.
_OPINION_VERBS = BELIEF_VERBS
_IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}
_IRREGULAR_PL = {"be": "are"}
_MODALS = {"will": "will", "shall": "will", "'ll": "will", "wo": "will", "would": "would", "'d": "would",
           "could": "could", "might": "might", "may": "may", "can": "can", "ca": "can", "should": "should",
           "must": "must", "ought": "ought"}
_MEETING_NOUNS = _words("""summit meeting talks talk conference briefing dialogue negotiation negotiations
    call session discussion discussions exercise exercises drill drills keynote ceremony rally interview
    hearing consultations""")
# Verbs that need their place: "put finances under pressure", "placed the city on alert".
_PLACING = _words("put place lay")
# Verbs whose person object is told something: "told member countries (that …)".
_TELLING = _words("tell inform notify assure remind brief")
_A_AMOUNTS = _words("lot bit little few handful couple")
# Nouns whose "that" clause is what they hold: "evidence that flu is declining", "word that he had resigned".
_CONTENT_NOUNS = _words("""evidence sign signs word news fear fears hope hopes doubt doubts possibility chance risk
    suggestion claim claims report reports concern concerns belief fact rumour rumours indication proof lie allegation
    message warning promise threat idea view notion assumption impression""")
_PERSONAL_PRONOUNS = _words("he him his she her hers they them their it its this that these those there")
_FIRST_PERSON = _words("i we me us my our you")
_TIME_WORDS = _words("""today tomorrow yesterday week weeks month months year years day days morning evening
    night weekend time period decade quarter summer summers winter winters spring autumn fall season""") | {
    *MONTHS, *(day.lower() for day in WEEKDAY_NAMES)}
_CONDITIONS = CONDITIONS
# Verbs whose clause is what they show or mean: "the moves showed the generals that …".
_SHOWING_VERBS = _words("show suggest indicate signal prove mean reveal demonstrate")
_SPEECH_NOUNS = SPEECH_NOUNS
# Heads that say nothing without their "from" phrase: "representatives from China's Central Military Commission".
_GENERIC_HEADS = _words("representative representatives official officials member members delegation delegate "
                        "delegates envoy envoys staff team people")
_OPENERS = frozenset(("(", "[", "{", "-LRB-", "-LSB-", "-LCB-"))
_CLOSERS = frozenset((")", "]", "}", "-RRB-", "-RSB-", "-RCB-"))


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


def gerund(lemma: str) -> str:
    """"cause" -> "causing", "stop" -> "stopping", "die" -> "dying"."""
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and len(lemma) > 2:
        return lemma[:-1] + "ing"
    if len(lemma) <= 4 and re.fullmatch(r".*[^aeiou][aeiou][^aeiouwxy]", lemma):
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


_CORE = frozenset(("dobj", "attr", "xcomp", "ccomp", "oprd", "acomp"))


_FUNCTION_WORDS = _words("""a an the of to in on at for by with from as and or but nor that which who whom whose
    if than is are was were be been being has have had do does did can could will would shall should may might
    must its their his her our your my this these those into onto over under about after before while""")
_WORD = re.compile(r"[\w'’-]+")
_PRONOUN_ENDS = _words("it they he she we i you him them me us")


# Adjectives that are not said without their preposition: "aware of", "due to", "responsible for".
_SELECTING_ADJECTIVES = _words("""aware afraid sure keen due able unable responsible capable fond proud guilty free
    subject prone similar ready willing eager determined committed opposed entitled""")
# Governors that turn "to V" into a plan or expectation: "is expected to", "is scheduled to".
_EXPECT_PARTICIPLES = _words("expected scheduled set due slated poised likely unlikely supposed planned")

# "came back to the UK", "went home": the direction is the verb's complement.
_DIRECTIONS = _words("back away home abroad overseas together apart forward aside ashore upstairs downstairs short out")

"""The form check every headline passes: no fragment, no markup, no dangling word."""

from __future__ import annotations

import re

from model.nlp.events.headlines.render import has_markup
from model.nlp.events.headlines.words import _TIME_WORDS, _WORD, _words

# A reporting or perception verb that ends a headline has lost what was said or shown; words that
# are nouns as often ("reports", "claims", "shows") only after "to" or a modal ("goes on to question").
_BARE_ENDINGS = _words("""say says said tell tells told warn warns warned caution cautions cautioned show showed
    describe describes described questioned explain explains explained insist insists insisted argue argues
    argued predict predicts predicted acknowledge acknowledges acknowledged declare declares declared believe
    believes believed think thinks thought wonder wonders wondered suggest suggests suggested indicate indicates
    indicated reveal reveals revealed confirm confirms confirmed announce announces announced add adds added
    remark remarks remarked joke jokes joked quip quips quipped reply replies replied write writes wrote""")
_SAID = _words("say says said tell tells told add adds added")
_BARE_AFTER_TO = _words("question state report note claim hope fear comment")
# Words a headline cannot end on: it was cut before what they introduce ("swine farms are").
_DANGLING = _words("""a an the of to for by with from at as into about and or but nor than if whether because
    is are was were be been being has have had do does did its their his her our your my whose""")
_COPULAS = _words("is are was were be been being has have had do does did")
_WH = _words("where what who whom how which whatever wherever whoever")
_SPEECH_FRAME = re.compile(r"\b(?:in|on|at|during)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:statement|interview|"
                           r"speech|briefing|conference|letter|email|tweet|post|broadcast)$", re.IGNORECASE)


# Words that open a relative or a question: a headline starting with one has lost what it hangs on
# ("Which strikes me as …", "What happens", "Whose mocking …").
_RELATIVES = _words("which whose whom what where whereby wherein")


def _opens_with_relative(text: str) -> bool:
    first = _WORD.match(text.lstrip("“\"‘'`( "))
    return first is not None and first.group(0).lower() in _RELATIVES


# Auxiliaries and modals that cannot open a headline: "Has died today", "Will be released Monday".
_OPENING_AUX = _words("""has have had is are was were will would could should can may might must shall does did
    been being""")
# "Break comes", "His comments came": a verb of arriving says nothing without what came with it.
_BARE_COMING = _words("come comes came")


def _dangles(words: list[str]) -> bool:
    """The last word needs what follows: "swine farms are", but "do not know where he is"."""
    return words[-1] in _DANGLING and not (words[-1] in _COPULAS and bool(_WH & set(words[-6:-1])))


def headline_fault(text: str) -> str:
    """Why a headline is not well formed, or "" when it is: what no sub-editor would pass.

    - markup left in ("-LRB-", "``", "|") or brackets and quotation marks that do not pair;
    - a quotation that is not whole (cut at "…", or ending on "and");
    - a reporting verb left bare ("Analysts say", "X says in statement", "says…"), or "comes" alone;
    - a last word that needs what follows ("swine farms are", "… told CNN that", "warned it…");
    - no subject: opening on an auxiliary or an infinitive ("Has died today", "To discuss exams");
    - words said twice ("documents show documents show").
    """
    if not text.strip():
        return "empty"
    if has_markup(text) or "\\" in text:
        return "markup"
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return "unbalanced brackets"
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return "unbalanced quotation marks"
    for quote in re.findall(r"“([^”]*)”", text):
        inner = [w.lower() for w in _WORD.findall(quote)]
        if "…" in quote or inner and _dangles(inner) or len(inner) < 3:
            return "quotation not whole"  # 'Jernigan: “we had”', '“This country is ours, and”'
    body = text.split(": ", 1)[-1]
    if re.match(r"\(?\d{1,2}[.)]\s", body):
        return "list number"  # "3. Schools close": the number of a list item is no part of what happened
    cut = body.endswith("…")
    words = [w.lower() for w in _WORD.findall(body)]
    if not words:
        return "empty"
    first = _WORD.findall(body)[0]
    if first.lower() in _OPENING_AUX and not body.startswith("“") and not body.endswith("?") or \
            first == "To" and len(words) > 1 or \
            first.lower() in ("which", "whose") and not body.endswith("?"):
        return "no subject"  # "Has died today", "Which generated leads"; but "Is" inside a quotation
    if text.endswith(("”", '"')):
        return ""
    if cut:
        return "cut fragment"  # "says…", "The chief medical officer warned it…": cut in mid-phrase
    while len(words) > 2 and (words[-1] in _TIME_WORDS or words[-1].isdigit()) and words[-2] in _BARE_ENDINGS | {
            "on", "last", "this", "next", "late", "early", "earlier"} | _TIME_WORDS:
        words = words[:-1]  # "Nile TV reported Sunday", "officials said on Tuesday": bare all the same
    while len(words) > 2 and words[-1] in ("on", "last", "this", "next", "late", "early", "earlier"):
        words = words[:-1]
    passive = words[-2:-1] and words[-2] in ("be", "been", "being", "is", "are", "was", "were", "not") or \
        words[-2:] == ["to", "tell"]  # "too soon to tell" is whole; "went on to say" is not
    said, _, tag = text.rpartition(", ")
    # "…, he said": what was said stands before its tag, whole
    tagged = len(said.split()) >= 3 and 2 <= len(tag.split()) <= 3 and tag.split()[-1] in _SAID
    if not cut and (words[-1] in _BARE_ENDINGS and (len(words) <= 6 or words[-1] in _SAID) and not passive
                    and not tagged or words[-1] in _BARE_AFTER_TO and words[-2:-1] == ["to"]):
        return "bare reporting verb"
    if not cut and words[-1] in _BARE_COMING and len(words) <= 4:
        return "bare reporting verb"  # "Break comes": what came is lost
    if not cut and _dangles(words):
        return "ends on a function word"  # "swine farms are", but "do not know where he is"
    frame = _SPEECH_FRAME.search(text)
    before = _WORD.findall(text[: frame.start()]) if frame else []
    if before and before[-1].lower() in _BARE_ENDINGS:
        return "bare reporting verb"
    for n in (1, 2, 3):
        for i in range(len(words) - 2 * n + 1):
            if words[i : i + n] == words[i + n : i + 2 * n] and len("".join(words[i : i + n])) > 3:
                return "repeated words"  # "documents show documents show"
    if len(words) > 2 and words[0] == words[2] and len(words[0]) > 3:
        return "repeated words"  # "Pictures show Pictures …"
    return ""

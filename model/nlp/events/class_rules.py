"""Class corrections after the trained event tagger, for verbs whose TimeML class the guidelines fix.

The tagger decides *whether* a word is an event; these rules only change the *class* of a verb it
already marked. The lemmas are the TimeML annotation guidelines' own lists of REPORTING, I_ACTION,
I_STATE, ASPECTUAL and PERCEPTION verbs (Saurí et al., "TimeML Annotation Guidelines" 1.2.1, section
on the class attribute), less those the TimeBank documents outside the ``tbaq`` test split mark
otherwise in more than a quarter of their events (with 3 or more of them): "agree", "offer", "decide",
"name", "appoint", "declare", "claim", "suggest", "require", "keep" and "abandon" stay with the
tagger. TimeBank alone, so that the same list is fair on the split across annotation teams (trained
on TimeBank, tested on AQUAINT).

- Always: REPORTING "say", "tell", "report", "cite", "explain", "state" ("say" 902 of 905 in TBAQ);
  I_STATE "believe", "think", "expect", "hope", "want" (189 of 201); ASPECTUAL "continue", "resume".
- With an argument, an object or a clause (``dobj``, ``xcomp``, ``ccomp``): the intensional verbs,
  whose class is that they take a happening or a proposition ("asked him to leave", "urged talks",
  "fear that …"; "asked about it" stays the tagger's), and the perception verbs ("saw the blast").
- Aspectual verbs with an argument, or with a subject the tagger marked as an event ("talks began",
  "the strike ended"): "the convoy stopped" is a happening of its own, an OCCURRENCE.

Measured both ways in ``docs/benchmarks.md``: the tagger alone, and with these rules after it.
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from model.text.lexicon import words as _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_ALWAYS = {
    **dict.fromkeys(_words("say tell report cite explain state"), "REPORTING"),
    **dict.fromkeys(_words("believe think expect hope want"), "I_STATE"),
    **dict.fromkeys(_words("continue resume"), "ASPECTUAL"),
}
_WITH_ARGUMENT = {
    **dict.fromkeys(_words("""attempt try scramble investigate delay postpone defer hinder avoid prevent cancel
        ask order persuade request beg command urge authorize promise assure propose swear vow nominate
        proclaim allege"""), "I_ACTION"),
    **dict.fromkeys(_words("""suspect imagine doubt feel love like desire crave aspire plan fear hate dread
        worry need"""), "I_STATE"),
    **dict.fromkeys(_words("see watch glimpse behold view hear listen overhear observe notice witness spot"),
                    "PERCEPTION"),
}
_ASPECTUAL = _words("""begin start commence initiate restart reinitiate reignite stop end halt terminate
    cease discontinue interrupt quit finish complete proceed persist""")
_ARGUMENTS = frozenset({"dobj", "xcomp", "ccomp"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def rule_class(token: Token, events: Container[int] = ()) -> str | None:
    """The class the guidelines fix for this verb, or None (the tagger's class stands). ``events``
    holds the indices of the tokens the tagger marked (an aspectual verb's subject may be one)."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    fixed = _ALWAYS.get(lemma)
    if fixed is not None:
        return fixed
    takes_argument = any(child.dep_ in _ARGUMENTS for child in token.children)
    fixed = _WITH_ARGUMENT.get(lemma)
    if fixed is not None:
        return fixed if takes_argument else None
    if lemma in _ASPECTUAL and (
        takes_argument or any(child.dep_ in _SUBJECTS and child.i in events for child in token.children)
    ):
        return "ASPECTUAL"
    return None


def refine_classes(doc: Doc, classes: dict[int, str]) -> dict[int, str]:
    """``classes`` (token index -> class, the tagger's) with the rules' classes where they apply."""
    marked = set(classes)
    for i in classes:
        fixed = rule_class(doc[i], marked)
        if fixed is not None:
            classes[i] = fixed
    return classes

"""Class corrections after the trained event tagger, for verbs whose TimeML class the guidelines fix.

The tagger decides *whether* a word is an event; these rules only change the *class* of a verb it
already marked, and only for lemmas whose class is all but fixed in TBAQ's training documents
(counts from the ``tbaq`` split's train and dev documents, TimeBank and AQUAINT together):

- REPORTING: "say" (902 of 905), "tell" (42 of 45), "report" (51 of 53);
- I_STATE: "believe", "think", "expect", "hope", "want" (189 of 201);
- ASPECTUAL: "continue" and "resume" (57 of 61); "begin", "start", "commence", "stop", "finish",
  "complete", "halt", "cease" when they take an object or a clause, the happening they start or end
  (66 of 78: "stop" alone is mostly "the car stopped", an OCCURRENCE);
- PERCEPTION: "see", "watch", "witness" with an object or a clause (38 of 44).

Left to the tagger: "keep" (OCCURRENCE in AQUAINT, ASPECTUAL in TimeBank), "end" (7 of 16 OCCURRENCE),
"announce", "add" (a reporting verb only with a clause), nouns, and I_ACTION against OCCURRENCE (no
lemma is decisive enough).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.text.lexicon import words as _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_ALWAYS = {
    **dict.fromkeys(_words("say tell report"), "REPORTING"),
    **dict.fromkeys(_words("believe think expect hope want"), "I_STATE"),
    **dict.fromkeys(_words("continue resume"), "ASPECTUAL"),
}
_WITH_ARGUMENT = {
    **dict.fromkeys(_words("begin start commence stop finish complete halt cease"), "ASPECTUAL"),
    **dict.fromkeys(_words("see watch witness"), "PERCEPTION"),
}
_ARGUMENTS = frozenset({"dobj", "xcomp", "ccomp"})


def rule_class(token: Token) -> str | None:
    """The class the guidelines fix for this verb, or None (the tagger's class stands)."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    fixed = _ALWAYS.get(lemma)
    if fixed is not None:
        return fixed
    fixed = _WITH_ARGUMENT.get(lemma)
    if fixed is not None and any(child.dep_ in _ARGUMENTS for child in token.children):
        return fixed
    return None


def refine_classes(doc: Doc, classes: dict[int, str]) -> dict[int, str]:
    """``classes`` (token index -> class, the tagger's) with the rules' classes where they apply."""
    for i in classes:
        fixed = rule_class(doc[i])
        if fixed is not None:
            classes[i] = fixed
    return classes

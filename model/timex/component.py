"""The ``timex`` spaCy component: finds TIMEX3 expressions and resolves them against ``doc._.dct``."""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from model.text.doc_text import doc_text
from model.timex.lexicon import TEMPORAL_NOUNS
from model.timex.recognizer import Candidate, find_candidates
from model.timex.redating import USER_DATA_KEY, resolve_records
from model.timex.tense import direction_of

if not Doc.has_extension("dct"):
    Doc.set_extension("dct", default=None)
if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)


def _span_timex(span: Span) -> Any:
    """The Timex whose extent is exactly this span, if any."""
    for t in span.doc._.timexes or ():
        if t.start == span.start_char and t.end == span.end_char:
            return t
    return None


if not Span.has_extension("timex"):
    Span.set_extension("timex", getter=_span_timex)


def _is_counted_noun(doc: Doc, cand: Candidate) -> bool:
    """A bare year that counts a noun ("2000 troops", "1,500 warheads") is a number, not a date."""
    if not (cand.parse.get("k") == "abs" and cand.parse.get("year")) or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    head = tok.head
    # "2000 troops" counts (plural head); "the 1996 bombing", "a 1996 law" date (singular head).
    if (
        tok.dep_ == "nummod" and head.tag_ in ("NNS", "NNPS") and head.i > tok.i
        and head.lower_ not in TEMPORAL_NOUNS
    ):
        return True
    return _is_figure(tok)


# Verbs whose object is a count ("the quake killed 1700"); word forms, as the tagger may run without
# the lemmatizer.
_COUNTING_VERB = re.compile(r"^(?:kill|injur|wound|infect|hospitali[sz]|arrest|detain|evacuat|rescu|displac|total|"
                            r"number|exceed|surpass|top(?:s|ped|ping)?$)")
# A figure moving or standing: "rose to 2010", "stands at 1900", "put the toll at 1600" (not "pushed
# back to 2012", "brought forward to 2011": those move a date).
_FIGURE_VERB = re.compile(r"^(?:ris|rose|climb|increas|jump|grew|grow|swell|swoll|soar|fell|fall|drop|declin|"
                          r"stand|stood|put|reach)")
_FIGURE_AFTER = re.compile(r"\s+(?:of\s+(?:them|us|those|whom|these)\b|who\b|whom\b)", re.I)
_PLACES_A_DATE = frozenset(("in", "since", "by", "until", "till", "from", "during", "before", "after", "of", "through"))


def _is_figure(tok: Token) -> bool:
    """A number that looks like a year but counts: "killed 1700", "rose to 2010", "stands at 1900",
    "some 1800 of them", "of the 2000 who were tested"."""
    head = tok.head
    if tok.dep_ == "dobj" and head.i < tok.i and _COUNTING_VERB.match(head.lower_):
        return True
    if tok.dep_ == "pobj" and head.lower_ in ("to", "at") and _FIGURE_VERB.match(head.head.lower_):
        return True
    if tok.i == 0 or tok.nbor(-1).lower_ in _PLACES_A_DATE:
        return False
    after = tok.doc[tok.i + 1 : tok.i + 3]
    return bool(_FIGURE_AFTER.match(" " + " ".join(t.lower_ for t in after)))


class TimexTagger:
    """Pipeline component; stateless apart from the doc extensions it fills."""

    def __call__(self, doc: Doc) -> Doc:
        records: list[dict[str, Any]] = []
        text = doc_text(doc)  # once: spaCy joins every token's text on each ``Doc.text`` read
        for cand in find_candidates(text):
            if _is_counted_noun(doc, cand):
                continue
            records.append({
                "s": cand.start, "e": cand.end, "t": cand.type, "p": cand.parse, "mod": cand.mod,
                "dir": direction_of(doc, cand.start, cand.end), "rule": cand.rule,
            })
        doc.user_data[USER_DATA_KEY] = records
        doc._.timexes = resolve_records(text, records, doc._.dct)
        return doc


@Language.factory("timex")
def make_timex(nlp: Language, name: str) -> TimexTagger:
    return TimexTagger()

"""Sentences as a reader sees them: spaCy's sentence, never running across a line break."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from model.text.datelines import find_dateline
from model.text.doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_RUN_IN_CREDIT = re.compile(
    r"\b(?:PHOTO|PHOTOS|FILE PHOTO|PICTURE|IMAGE)\s*:\s*(?:[A-Z][A-Z.&-]+(?:[ /][A-Z][\w.&-]*)*)(?=\s+[A-Z][a-z])"
    r"|\((?:AP|AFP|Reuters|Getty Images|EPA)(?: Photo)?(?:/[\w .]+)?\)(?=\s+[A-Z][a-z])"
)


# A title, standfirst or caption that runs into the body with no full stop (pages flattened to one
# line): "… secondary infection The first planeload of medicines …". A capital "The"/"A"/"An" after
# a lower-case word and before one starts a new sentence; mid-sentence the capital article belongs
# to a name ("the newspaper The Times", "the film The King 's Speech") and a capital follows it.
# A byline's time stamp running into the lead: "By Dan Primack February 2, 2011: 2:24 PM ET One day …".
_RUN_IN_STAMP = re.compile(r"\b\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\.?\s*(?:ET|EST|EDT|GMT|BST|PT|PST|PDT)\b(?=\s+[A-Z])")
_RUN_IN_LEAD = re.compile(r"(?<=[a-z0-9%]) (?:The|A|An) (?=[a-z])")
# Letters and grades that are not articles: "influenza A virus", "got an A in maths".
_NOT_AN_ARTICLE = re.compile(r"\b(?:influenza|type|vitamin|hepatitis|grade|group|class|plan|an?|the)$",
                             re.IGNORECASE)

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
# A chronology's item header run into the item before it: "… killed 1,600 11 Oct , 1918 : Mona
# Passage …" (see ``model.nlp.events.chronology``): a full date and a colon after a lower-case word.
_RUN_IN_LIST_DATE = re.compile(
    rf"(?<=[a-z0-9%)]) (?=(?:\d{{1,2}} {_MONTH}(?: \d{{1,2}})? ?,? \d{{4}}|{_MONTH} \d{{1,2}} ?,? \d{{4}}) ?:(?! ?\d))"
)
# "He left on 12 May 2001: …" dates the clause before it; "By Jo Reyes March 4, 2011: 3:15 PM" is a byline.
_DATE_PREPOSITIONS = frozenset(["on", "in", "since", "by", "until", "till", "from", "of", "to", "before", "after",
                                "at", "between", "and", "or", "during"])


def run_in_list_dates(text: str) -> list[int]:
    """Where a chronology's item header starts, run into the item before it."""
    out = []
    for match in _RUN_IN_LIST_DATE.finditer(text):
        words = text[max(0, match.start() - 20) : match.start()].split()
        if not words or words[-1].lower() not in _DATE_PREPOSITIONS:
            out.append(match.end())
    return out


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line (paragraph) holding [start, end)."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, len(text) if last < 0 else last


def sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character range of the sentence holding [start, end), clipped to its line and trimmed."""
    span = doc.char_span(start, end, alignment_mode="expand")
    text = doc_text(doc)
    lo, hi = line_bounds(text, start, max(start, end - 1))
    if span is not None:
        lo, hi = max(lo, span.sent.start_char), min(hi, span.sent.end_char)
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def sentence_span(doc: Doc, start: int, end: int) -> Span | None:
    """The sentence as a token span (clipped to its line)."""
    lo, hi = sentence_bounds(doc, start, end)
    return doc.char_span(lo, hi, alignment_mode="expand")


def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs.

    Headlines, datelines, captions and bylines have no final full stop; without this the parser
    runs a headline into the lead sentence and attaches the lead's verbs to the headline's.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws and not token.is_space:
            token.is_sent_start = True
    # A caption or title that runs into the body with no full stop ends at its credit:
    # "Xi and Biden at the summit. PHOTO: REUTERS Chinese and American officials …".
    text = doc.text  # built once here: spaCy joins every token's text on each read
    for credit in _RUN_IN_CREDIT.finditer(text):
        after = doc.char_span(credit.end(), len(text), alignment_mode="expand")
        if after is not None and 0 < after.start < len(doc):
            doc[after.start].is_sent_start = True
    for stamp in _RUN_IN_STAMP.finditer(text):
        _start_sentence_at(doc, stamp.end() + 1, len(text))
    for lead in _RUN_IN_LEAD.finditer(text):
        if lead.group().strip() != "The" and _NOT_AN_ARTICLE.search(text[max(0, lead.start() - 12) : lead.start()]):
            continue
        _start_sentence_at(doc, lead.start() + 1, len(text))
    for header in run_in_list_dates(text):
        _start_sentence_at(doc, header, len(text))
    # "WASHINGTON, Nov 12 (Reuters) – U.S. President …": the dateline is not the lead's subject.
    dateline = find_dateline(text)
    if dateline is not None:
        after = doc.char_span(dateline.end, len(text), alignment_mode="expand")
        if after is not None and after.start > 0:
            doc[after.start].is_sent_start = True
    return doc


def _start_sentence_at(doc: Doc, char: int, length: int) -> None:
    span = doc.char_span(char, min(length, char + 3), alignment_mode="expand")
    if span is not None and 0 < span.start < len(doc):
        doc[span.start].is_sent_start = True


def sentence_of(token: Token) -> Span:
    """``token.sent`` without its cost: spaCy walks the doc's sentences on every call (a headline
    asks thousands of times per article); each token's sentence is found once per doc and kept
    (outside ``user_data``, so worker processes do not ship it)."""
    doc = token.doc
    starts, ends = _sentence_index(doc)
    return doc[starts[token.i] : ends[token.i]]


def sentence_start(token: Token) -> int:
    """``sentence_of(token).start`` without making the span."""
    starts, _ends = _sentence_index(token.doc)
    return starts[token.i]


def same_sentence(a: Token, b: Token) -> bool:
    starts, _ends = _sentence_index(a.doc)
    return bool(starts[a.i] == starts[b.i])


_INDEX: dict[int, tuple[object, list[int], list[int]]] = {}


def _sentence_index(doc: Doc) -> tuple[list[int], list[int]]:
    cached = _INDEX.get(id(doc))
    if cached is not None and cached[0] is doc and len(cached[1]) == len(doc):
        return cached[1], cached[2]
    starts: list[int] = []
    ends: list[int] = [0] * len(doc)
    for sent in doc.sents:
        starts.extend([sent.start] * (sent.end - sent.start))
        ends[sent.start : sent.end] = [sent.end] * (sent.end - sent.start)
    if len(_INDEX) >= 8:  # docs are headlined one after another: keep a few, never a corpus
        _INDEX.clear()
    _INDEX[id(doc)] = (doc, starts, ends)
    return starts, ends


_SCRATCH: dict[int, tuple[object, int, dict[str, Any]]] = {}


def doc_scratch(doc: Doc) -> dict[str, Any]:
    """A dict for values derived from one parsed doc (its tokens' texts, a sentence's header), kept
    while the doc's events are built: headlines ask the same questions of the same tokens thousands
    of times per article. Outside ``user_data``, so worker processes do not ship it; like the
    sentence index, only the last few docs are kept."""
    cached = _SCRATCH.get(id(doc))
    if cached is not None and cached[0] is doc and cached[1] == len(doc):
        return cached[2]
    if len(_SCRATCH) >= 8:
        _SCRATCH.clear()
    scratch: dict[str, Any] = {}
    _SCRATCH[id(doc)] = (doc, len(doc), scratch)
    return scratch


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, by index (``doc[i].text`` makes a Token object on each call)."""
    scratch = doc_scratch(doc)
    texts = scratch.get("texts")
    if texts is None:
        texts = scratch["texts"] = [t.text for t in doc]
    return texts  # type: ignore[no-any-return]

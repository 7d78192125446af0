"""Sentences as a reader sees them: spaCy's sentence, never running across a line break."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line (paragraph) holding [start, end)."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, len(text) if last < 0 else last


def sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character range of the sentence holding [start, end), clipped to its line and trimmed."""
    span = doc.char_span(start, end, alignment_mode="expand")
    text = doc.text
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

"""A set of patterns answers as searching each of them does, only sooner."""

from __future__ import annotations

import re

import pytest

from model.text.boilerplate import _LINE_PATTERNS, _SENTENCE_PATTERNS
from model.text.pattern_sets import _FOLDS_TO_ASCII, PatternSet

_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    r"\bthis comment (?:was|has been) removed\b|\bbroke the house rules\b",
    r"^\W*(?:listen|watch) to\b.{0,80}\bBBC\b",
    r"\b(?-i:MORE)\s+(?:jan|feb|mar)[a-z]*\.?\s+\d{1,2}",
    r"^\s*(?:photograph|photo|picture)\s*(?:by|:)\s",
    r"^\W*\d{1,2}:\d\d\s*[ap]m\b",  # no literal run: always searched
)] + [re.compile(r"\(Reuters\)\s*$")]  # case kept: its run is matched as written


@pytest.mark.parametrize("text", [
    "This comment was removed by a moderator because it broke the house rules.",
    "THIS COMMENT HAS BEEN REMOVED",
    "Listen to the interview with the health secretary on BBC Radio 4",
    "She said she would watch the vote closely.",
    "The story should have MORE Jan 9 , 2011 6:52 AM ET",
    "more jan 9 is lower case, not a teaser",
    "Photograph: a nurse at the clinic in Leeds",
    "The photographer said the clinic was closed.",
    "9:15 am The march reached the square.",
    "Troops entered the city on Monday (Reuters)",
    "Troops entered the city on Monday (REUTERS)",
    "A thermometer read 300 \u212aELVIN at the plant",  # the Kelvin sign folds to "k" in re
    "Thiſ comment was removed",  # the long s folds to "s"
    "",
])
def test_answers_as_every_pattern_searched(text: str) -> None:
    assert PatternSet(_PATTERNS).search_any(text) == any(p.search(text) for p in _PATTERNS)


@pytest.mark.parametrize("patterns", [_LINE_PATTERNS, _SENTENCE_PATTERNS], ids=["line", "sentence"])
@pytest.mark.parametrize("text", [
    "Share your experiences of the outbreak with us",
    "This article was amended on 3 May to correct the spelling of a name.",
    "Officials in Mexico City closed schools on Friday as the death toll rose.",
    "Egypt 's army said on Sunday it would not use force against the protesters .",
])
def test_the_page_furniture_sets_answer_as_before(patterns: tuple[re.Pattern[str], ...], text: str) -> None:
    assert PatternSet(patterns).search_any(text) == any(p.search(text) for p in patterns)


def test_the_characters_that_fold_to_ascii_are_all_listed() -> None:
    """Every character outside ASCII that an ASCII character matches when case is ignored is one the
    set will not lower-case as ``re`` does: a text holding one is searched with every pattern."""
    others = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    folding = {ch for letter in "abcdefghijklmnopqrstuvwxyz" for ch in re.findall(letter, others, re.IGNORECASE)}
    assert folding
    assert all(_FOLDS_TO_ASCII.search(ch) for ch in folding)

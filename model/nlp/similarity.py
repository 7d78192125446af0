"""Bag-of-lemmas similarity between passages, for merging events and cross-article dating.

No network models: content lemmas (nouns, verbs, adjectives, names) and shared participants.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_CONTENT_POS = frozenset(("NOUN", "PROPN", "VERB", "ADJ"))
_TEMPORAL_ENTS = frozenset(("DATE", "TIME", "ORDINAL", "CARDINAL", "QUANTITY", "PERCENT", "MONEY"))
# Words too common in news to say that two passages tell the same happening.
_WEAK = frozenset(["say", "tell", "report", "official", "people", "year", "month", "week", "day", "time", "also", "other", "new", "last", "next", "first"])


def token_key(token: Token) -> str:
    return token.lemma_.lower().strip("“”\"'’")


def content_lemmas(spans: list[Span]) -> set[str]:
    out: set[str] = set()
    for span in spans:
        for token in span:
            if token.pos_ not in _CONTENT_POS or token.is_stop or token.ent_type_ in _TEMPORAL_ENTS:
                continue
            key = token_key(token)
            if len(key) > 1 and key not in _WEAK:
                out.add(key)
    return out


def overlap(a: set[str], b: set[str]) -> float:
    """Shared share of the smaller set (a passage contained in a longer one scores high)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))

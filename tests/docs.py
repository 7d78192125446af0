"""Hand-built spaCy ``Doc``s for testing NLP stages without the trained model, as spaCy's own tests do.

A doc is written as a table, one token a row::

    doc = doc_from_table('''
        Xi      PROPN  NNP  nsubj  1  -     B-PERSON
        met     VERB   VBD  ROOT   1  meet  O
        Biden   PROPN  NNP  dobj   1  -     B-PERSON
        .       PUNCT  .    punct  1  -     O
    ''')

Columns: word, POS, tag, dependency, head (the absolute index of the head token; a root is its own
head), lemma (``-``: the word in lower case) and entity (BIO, ``O`` or ``-`` for none). Trailing
columns may be left out: lemma and entity then take their defaults. A word is followed by a space
unless the next one is punctuation that hangs on it (``.``, ``,``, ``'s``, ``n't``, ``)``…) or it
opens a bracket; ``\\n`` as a word is a line break (POS ``SPACE``).
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

_GLUED_AFTER = frozenset(".,;:!?)]%'\"") | {"'s", "’s", "n't", "'ll", "'re", "'ve", "'m", "'d"}


@cache
def blank() -> Language:
    """A blank English pipeline: tokenizer and vocabulary only, no trained weights."""
    return spacy.blank("en")


def doc_from_table(table: str) -> Doc:
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    words: list[str] = []
    pos: list[str] = []
    tags: list[str] = []
    deps: list[str] = []
    heads: list[int] = []
    lemmas: list[str] = []
    ents: list[str] = []
    for number, row in enumerate(rows):
        if len(row) < 5:
            raise ValueError(f"row {number}: word, POS, tag, dep and head are needed: {row}")
        word = "\n" if row[0] == "\\n" else row[0]
        words.append(word)
        pos.append(row[1])
        tags.append(row[2])
        deps.append(row[3])
        head = int(row[4])
        if not 0 <= head < len(rows):
            raise ValueError(f"row {number}: head {head} is not a token index")
        heads.append(head)
        lemma = row[5] if len(row) > 5 and row[5] != "-" else word.lower()
        lemmas.append(lemma)
        ents.append(row[6] if len(row) > 6 and row[6] != "-" else "O")
    spaces = [
        i + 1 < len(words) and words[i] != "\n" and words[i + 1] != "\n"
        and words[i + 1] not in _GLUED_AFTER and words[i] not in ("(", "[", "“")
        for i in range(len(words))
    ]
    return Doc(
        blank().vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        tags=tags,
        deps=deps,
        heads=heads,
        lemmas=lemmas,
        ents=ents,
    )


def token(doc: Doc, word: str, nth: int = 0):  # type: ignore[no-untyped-def]
    """The nth token whose text is ``word``."""
    matches = [t for t in doc if t.text == word]
    if len(matches) <= nth:
        raise LookupError(f"{word!r} is not in {doc.text!r}")
    return matches[nth]


def span(doc: Doc, text: str):  # type: ignore[no-untyped-def]
    """The token span whose text is ``text`` (the first one)."""
    start = doc.text.index(text)
    found = doc.char_span(start, start + len(text))
    if found is None:
        raise LookupError(f"{text!r} does not fall on token boundaries in {doc.text!r}")
    return found

"""A doc's text, built once.

spaCy's ``Doc.text`` joins every token's text on each access. Code that looks at the text
around each expression or event therefore cost O(tokens) per lookup, O(expressions x tokens)
per article: minutes for a long article full of dates. The text is cached in ``user_data``
(it never changes for a doc, and travels with the doc when pickled).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "chronicle.doc_text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_KEY] = text
    return text

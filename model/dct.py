"""Document creation time inference (placeholder: latest explicit full date; replaced by issue 4)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.documents import Article, DocumentDate, Evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc


def infer_document_dates(articles: list[Article], docs: list[Doc]) -> list[DocumentDate]:
    out: list[DocumentDate] = []
    for article, doc in zip(articles, docs, strict=True):
        if article.dct.value is not None:
            out.append(article.dct)
            continue
        full = [t for t in doc._.timexes if t.type == "DATE" and len(t.value) == 10 and t.value[0].isdigit()]
        if not full:
            out.append(DocumentDate(None, "none", 0.0))
            continue
        best = max(full, key=lambda t: t.value)
        out.append(DocumentDate(best.value, "inferred", 0.3, (Evidence(best.start, best.end, best.text, "latest explicit date"),)))
    return out

"""Shared by the table-style tagger tests: tag rows of (DCT, text) in one batch, check one row."""

from __future__ import annotations

from model.timex.expression import Timex


def tag_rows(nlp, rows: list[tuple[str | None, str]]) -> list[list[Timex]]:
    docs = []
    for dct, text in rows:
        doc = nlp.make_doc(text)
        doc._.dct = dct
        docs.append(doc)
    return [list(doc._.timexes) for doc in nlp.pipe(docs)]


def check_row(timexes: list[Timex], text: str, extent: str, type_: str, value: str) -> None:
    """The expression is found with exactly this extent, type and value, at its place in the text."""
    found = {t.text: t for t in timexes}
    assert extent in found, f"{extent!r} not found in {text!r}; got {list(found)}"
    timex = found[extent]
    assert (timex.type, timex.value) == (type_, value), text
    assert text[timex.start : timex.end] == extent

"""TIMEX3 temporal expressions: recognition and normalisation as a spaCy component.

Public API (other modules rely on exactly this):
- ``model.timex.expression.Timex``: a found expression (character offsets into ``doc.text``).
- ``model.timex.component``: registers the ``"timex"`` factory; after it has run,
  ``doc._.timexes`` is a list of ``Timex`` in text order.
- ``doc._.dct`` (TIMEX3 value or None) is read by the component as the anchor;
  set it on the ``Doc`` before the pipeline runs (``nlp.make_doc`` then ``nlp.pipe``).
- ``redate(doc, dct)``: re-resolve every timex of an already tagged doc against a
  new document date without re-parsing (used when the DCT is inferred or edited).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


def redate(doc: Doc, dct: str | None) -> None:
    """Re-resolve every timex of an already tagged doc against a new document date."""
    from model.timex.redating import redate as _redate

    _redate(doc, dct)


__all__ = ["redate"]

"""TIMEX3 temporal expressions: recognition and normalisation as a spaCy component.

Public API (other modules rely on exactly this):
- ``Timex``: a found expression (character offsets into ``doc.text``).
- ``model.timex.component``: registers the ``"timex"`` factory; after it has run,
  ``doc._.timexes`` is a list of ``Timex`` in text order.
- ``doc._.dct`` (TIMEX3 value or None) is read by the component as the anchor;
  set it on the ``Doc`` before the pipeline runs (``nlp.make_doc`` then ``nlp.pipe``).
- ``redate(doc, dct)``: re-resolve every timex of an already tagged doc against a
  new document date without re-parsing (used when the DCT is inferred or edited).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }
        if self.mod:
            out["mod"] = self.mod
        return out


def redate(doc: Doc, dct: str | None) -> None:
    """Re-resolve every timex of an already tagged doc against a new document date."""
    from model.timex.redating import redate as _redate

    _redate(doc, dct)


__all__ = ["Timex", "redate"]

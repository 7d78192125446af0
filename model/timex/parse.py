"""The unresolved meaning of a temporal expression: what it says before a DCT anchors it.

A ``Parse`` is a plain dict of JSON types so it can live in ``doc.user_data`` (and survive
DocBin/pickle), which is what lets ``redate`` re-resolve a doc without running spaCy again.
Keys: ``k`` the kind, then per kind:
- ``abs``: ``v`` a value that needs no anchor ("2021-11-15", "P9M", "PRESENT_REF").
- ``cal``: ``y``/``m``/``d`` (any may be None: year inferred from DCT and tense), ``tod``.
- ``wd``: ``wd`` ISO weekday, ``shift`` -1/0/+1 for last/this/next or None (tense decides), ``tod``.
- ``rel``: ``u`` unit (D W WE M Q H Y DE CE), ``n`` offset, ``ref`` True to count from the last
  date mentioned instead of the DCT ("two days later"), ``tod``.
- ``part``: ``p`` ("Q3", "H1", "SU"), ``y`` or ``yrel`` (year offset) or neither.
- ``lastq``: the latest quarter already reported ("the latest quarter").
- ``hol``: ``h`` holiday name, ``y`` or None.
- ``tm``: ``t`` clock time "T10:30", ``date`` a nested parse or None (the DCT's day).
"""

from __future__ import annotations

from typing import Any

Parse = dict[str, Any]

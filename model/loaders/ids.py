"""Readable, deterministic article ids, unique within one load."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """'Reuters Biden: ties' -> 'reuters-biden-ties'; accents folded, never empty."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", ascii_name.lower()).strip("-")
    return slug[:80].strip("-") or "article"


class IdAllocator:
    """Hands out ids, adding "-2", "-3"… when one is already taken."""

    def __init__(self, taken: set[str] | None = None) -> None:
        self._taken = set(taken or ())

    def allocate(self, base: str) -> str:
        candidate, n = base, 1
        while candidate in self._taken:
            n += 1
            candidate = f"{base}-{n}"
        self._taken.add(candidate)
        return candidate

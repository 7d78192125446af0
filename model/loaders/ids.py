"""Readable, deterministic article ids, unique within one load."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+")


def slugify(name: str) -> str:
    """'Réunion Biden: ties' -> 'reunion-biden-ties'; accents folded, other scripts kept
    ('新闻' stays readable), never empty."""
    decomposed = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    slug = _NON_WORD.sub("-", unicodedata.normalize("NFC", folded).lower()).strip("-")
    return slug[:80].strip("-") or "article"


_PATH_PARTS = re.compile(r"[/\\\x00-\x1f]|\.\.")


def safe_id(record_id: str) -> str:
    """A record's own id as given, unless it could name another folder when an export writes
    ``<id>.tml``: path separators, ".." and control characters become "_"."""
    return _PATH_PARTS.sub("_", record_id) or "article"


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

"""A temporal expression found in a text: its extent, TIMEX3 type and normalised value."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None
    # "three years later", "the following year" with no dated point before it to count from: the
    # value counts from the page's date (as TimeML asks), but no happening may be dated by it.
    unanchored: bool = field(default=False, compare=False)

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

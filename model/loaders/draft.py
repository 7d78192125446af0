"""One article as a format reader found it, before ids, dates and limits are applied."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Draft:
    text: str
    title: str = ""
    # Raw metadata date (string, number, datetime or TimelineJS date object); normalised later.
    date: object = None
    source: str = ""
    url: str = ""
    # The record's own id (JSON/JSONL/CSV), kept as the article's id; "" for none.
    id: str = ""
    format: str = "txt"
    # 1-based record number inside a corpus file (None for one-article files).
    record: int | None = None
    # Line in the file where the record starts, for messages.
    line: int | None = None
    # What the reader had to give up or work around, though the article still loads.
    warnings: list[str] = field(default_factory=list)


# What a reader yields: a draft, or a problem with one record as (message, line).
Problem = tuple[str, int | None]
Item = Draft | Problem


class FormatError(ValueError):
    """A whole file that cannot be read as its format (malformed XML, no records…)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line

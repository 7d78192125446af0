"""A chronology's own dates: the items of a dated list date the sentences told under them.

News pages end with lists such as "4 Aug 1946: Samana, Dominican Republic. A quake and tsunami
killed 1,600." The date heads its item and is the time of what the item tells, though no sentence
of the item names it; without it those happenings are undated, or take the date of the next item
when the page runs the items together. A header is a date with a year followed by a colon that
opens its sentence; it takes two headers to make a list ("Tuesday: the talks …" alone is a
sentence, not an item), and an item ends at the next header or after a few sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from model.nlp.sentences import run_in_list_dates

if TYPE_CHECKING:
    from model.timex.expression import Timex

_ITEM_SENTENCES_CHARS = 400  # an item is a line or two, not the rest of the page
_COLON_AFTER = re.compile(r"\s*:")
_OPENS = re.compile(r"(?:^|[.!?\n]['\"”’]?\s*)$")


@dataclass(frozen=True)
class ListHeader:
    start: int  # where the header's date starts
    timex: Timex


def list_headers(text: str, timexes: list[Timex]) -> list[ListHeader]:
    """The item headers of the article's dated lists, in text order; none unless there are two."""
    run_in = set(run_in_list_dates(text))
    headers = [
        ListHeader(t.start, t)
        for t in timexes
        if t.type == "DATE" and t.value[:4].isdigit() and _COLON_AFTER.match(text, t.end)
        and (_OPENS.search(text[max(0, t.start - 4) : t.start]) or t.start in run_in)
    ]
    return headers if len(headers) >= 2 else []


def header_of(headers: list[ListHeader], start: int) -> ListHeader | None:
    """The header of the item holding a sentence that starts at ``start``, if it is in one."""
    i = bisect_right([h.start for h in headers], start) - 1
    if i < 0:
        return None
    header = headers[i]
    if start - header.timex.end > _ITEM_SENTENCES_CHARS:
        return None
    return header

"""CSV: one row per event, every JSON contract field flattened (see ``table.py``)."""

from __future__ import annotations

import re

from model.exporters.base import ResultLike
from model.exporters.table import events_frame

# A spreadsheet runs a cell starting with one of these as a formula ("=HYPERLINK(...)" in a
# headline taken from a hostile article): such cells get a leading apostrophe (OWASP's advice).
# Plain numbers ("-3", "+1.5") are left alone.
_FORMULA_START = re.compile(r"^[=+\-@\t\r]")
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


def _neutralise(value: object) -> object:
    if isinstance(value, str) and _FORMULA_START.match(value) and not _NUMBER.match(value):
        return "'" + value
    return value


def render_csv(result: ResultLike) -> str:
    frame = events_frame(result)
    frame = frame.map(_neutralise)
    # "\n" rather than os.linesep: the same bytes on every platform; fields with newlines are quoted.
    return frame.to_csv(index=False, lineterminator="\n")

"""CSV: one row per event, every JSON contract field flattened (see ``table.py``)."""

from __future__ import annotations

from model.exporters.base import ResultLike
from model.exporters.table import events_frame


def render_csv(result: ResultLike) -> str:
    # "\n" rather than os.linesep: the same bytes on every platform; fields with newlines are quoted.
    return events_frame(result).to_csv(index=False, lineterminator="\n")

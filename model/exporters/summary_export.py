"""A timeline summary (the key dates, each with its best sentences) as JSON or Markdown.

The JSON is what ``main.py summarize --format json`` prints (``{"timeline": [{"date", "sentences"}]}``,
DESIGN.md); the Markdown is for publishing: a heading per date, its sentences as a list. Plain
data in (anything with ``day`` and ``sentences``, e.g. ``model.ranking.summary.SummaryDay``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Protocol

from model.exporters.base import ExportError, write_export

SUMMARY_FORMATS = {"json": ".json", "markdown": ".md"}


class SummaryDayLike(Protocol):
    @property
    def day(self) -> date: ...

    @property
    def sentences(self) -> list[str]: ...


def summary_json(days: Sequence[SummaryDayLike]) -> str:
    data = {"timeline": [{"date": d.day.isoformat(), "sentences": list(d.sentences)} for d in days]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def summary_markdown(days: Sequence[SummaryDayLike], title: str = "Timeline") -> str:
    lines = [f"# {_line(title) or 'Timeline'}", ""]
    for d in days:
        lines += [f"## {d.day.strftime('%-d %B %Y')}", ""]
        lines += [f"- {_line(s)}" for s in d.sentences] or ["- (no sentence)"]
        lines.append("")
    return "\n".join(lines)


def _line(text: str) -> str:
    """One line of Markdown: a sentence's line breaks would end its list item."""
    return " ".join(text.split())


def write_summary(days: Sequence[SummaryDayLike], fmt: str, path: str | Path, title: str = "Timeline") -> list[Path]:
    """Write the summary atomically; a bad format or path is one ``ExportError`` line."""
    if fmt not in SUMMARY_FORMATS:
        raise ExportError(f"unknown summary format {fmt!r} (one of: {', '.join(SUMMARY_FORMATS)})")
    target = Path(path)
    write_export(target, summary_json(days) if fmt == "json" else summary_markdown(days, title))
    return [target]

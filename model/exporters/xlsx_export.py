"""Excel (.xlsx through pandas + openpyxl): an "events" sheet (the CSV table) and an "articles" sheet."""

from __future__ import annotations

import io
import re

import pandas as pd
from openpyxl.worksheet.worksheet import Worksheet

from model.exporters.base import ResultLike
from model.exporters.table import events_frame, flatten

# What XML 1.0 cannot hold: control characters, lone surrogates, the non-characters U+FFFE/U+FFFF.
# One of them in one cell made openpyxl (or lxml under it) refuse the whole workbook.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(value: object) -> object:
    """Show the characters a workbook cannot hold as U+FFFD instead."""
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def _articles_frame(result: ResultLike) -> pd.DataFrame:
    rows = []
    for article in result.articles:
        row = flatten(article.to_json())
        # Evidence is a list of objects: keep just the quoted text, the reasons are in the JSON.
        row["dct.evidence"] = "; ".join(e.text for e in article.dct.evidence)
        rows.append(row)
    return pd.DataFrame(rows)


def _as_text(sheet: Worksheet) -> None:
    """A headline or sentence starting with "=" is text, never a formula Excel would run."""
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def render_xlsx(result: ResultLike) -> bytes:
    buffer = io.BytesIO()
    sheets = {"events": events_frame(result), "articles": _articles_frame(result)}
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.map(_clean).to_excel(writer, sheet_name=name, index=False)
            _as_text(writer.sheets[name])
    return buffer.getvalue()

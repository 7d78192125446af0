"""Data exports of an extraction result: JSON, CSV, Excel, TimelineJS3, TimeML, iCalendar.

Public API:
- ``FORMATS``: format name -> ``Exporter`` (label and suffix for file dialogs).
- ``export_data(result, fmt)``: the export in memory (``str`` for text formats, ``bytes`` otherwise).
- ``write_data(result, fmt, out_path)``: write it atomically; returns the paths written.
"""

from __future__ import annotations

from pathlib import Path

from model.exporters.base import Exporter, ExportError, ResultLike, write_export
from model.exporters.csv_export import render_csv
from model.exporters.ics_export import render_ics
from model.exporters.json_export import render_json
from model.exporters.timelinejs import render_timelinejs
from model.exporters.timeml_export import render_timeml, write_timeml
from model.exporters.xlsx_export import render_xlsx

FORMATS: dict[str, Exporter] = {
    "json": Exporter("json", "JSON (*.json)", ".json", render_json),
    "csv": Exporter("csv", "CSV (*.csv)", ".csv", render_csv),
    "xlsx": Exporter("xlsx", "Excel workbook (*.xlsx)", ".xlsx", render_xlsx),
    "timelinejs": Exporter("timelinejs", "TimelineJS3 JSON (*.json)", ".json", render_timelinejs),
    "tml": Exporter("tml", "TimeML (*.tml *.zip)", ".tml", render_timeml, write_timeml),
    "ics": Exporter("ics", "iCalendar (*.ics)", ".ics", render_ics),
}

__all__ = ["FORMATS", "ExportError", "Exporter", "export_data", "write_data"]


def _exporter(fmt: str) -> Exporter:
    try:
        return FORMATS[fmt]
    except KeyError:
        raise ExportError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})") from None


def export_data(result: ResultLike, fmt: str) -> bytes | str:
    return _exporter(fmt).render(result)


def write_data(result: ResultLike, fmt: str, out_path: str | Path) -> list[Path]:
    """Write the export to ``out_path``; an existing file there survives any failure."""
    exporter = _exporter(fmt)
    path = Path(out_path)
    if exporter.write is not None:
        return exporter.write(result, path)
    # Render fully before touching the disk: a failing exporter writes nothing.
    write_export(path, exporter.render(result))
    return [path]

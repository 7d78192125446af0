"""A failing export leaves the file that was already there untouched, and no temp file behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from model.exporters import FORMATS, ExportError, write_data
from model.exporters.base import write_export


def test_missing_folder_fails_and_writes_nothing(result, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="folder .*missing does not exist"):
        write_data(result, "json", tmp_path / "missing" / "events.json")
    assert list(tmp_path.iterdir()) == []


def test_failed_rename_leaves_existing_file_intact(result, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "events.csv"
    out.write_text("precious", encoding="utf-8")

    def fail(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device", str(src))

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(ExportError, match="No space left on device") as info:
        write_data(result, "csv", out)
    # Issue 17, item 13: the message names the file the user chose, not the temporary one.
    assert str(info.value).startswith(f"{out}: ") and ".tmp" not in str(info.value)
    assert out.read_text(encoding="utf-8") == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]


def test_failing_exporter_leaves_existing_file_intact(result, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "events.json"
    out.write_text("precious", encoding="utf-8")

    def broken(_result: object) -> str:
        raise RuntimeError("bug")

    monkeypatch.setitem(FORMATS, "json", FORMATS["json"].__class__("json", "JSON", ".json", broken))
    with pytest.raises(RuntimeError):
        write_data(result, "json", out)
    assert out.read_text(encoding="utf-8") == "precious"


def test_unknown_format_is_an_export_error(result, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown export format"):
        write_data(result, "docx", tmp_path / "x.docx")


def test_a_folder_is_not_overwritten_by_a_file_export(result, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        write_data(result, "csv", tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_pipeline_result_is_accepted(result, tmp_path: Path) -> None:
    from model.core.result import ExtractionResult

    real = ExtractionResult(result.articles, result.events)
    for fmt in FORMATS:
        assert write_data(real, fmt, tmp_path / f"{fmt}{'' if fmt == 'tml' else FORMATS[fmt].suffix}")


def test_a_failed_write_names_the_target_not_the_temp_file(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "events.json"

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError) as info:
        write_export(out, "data")
    assert str(info.value) == f"{out}: cannot write: No space left on device"
    assert list(tmp_path.iterdir()) == []

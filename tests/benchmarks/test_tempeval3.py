from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import tempeval3


def test_a_folder_without_documents_is_a_clear_message_not_a_division_by_zero(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert tempeval3.main([str(tmp_path), "--in-process"]) == 2
    assert "No TempEval-3 documents" in capsys.readouterr().err


def test_the_default_corpus_follows_chronicle_shared_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from benchmarks.shared_data import shared_data

    monkeypatch.setenv("CHRONICLE_SHARED_DATA", str(tmp_path))
    assert shared_data("tempeval3") == tmp_path / "tempeval3"

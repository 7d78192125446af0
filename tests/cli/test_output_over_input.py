"""Issue 17, item 7: `-o` naming an input of the same run is refused with one line and a non-zero exit;
the input stays as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.core.documents import Article, DocumentDate
from model.core.result import ExtractionResult
from model.project import save_project

RECORD = '{"id": "a", "title": "Plant", "text": "The plant opened on March 3, 2020.", "date": "2020-03-05"}\n'


def _project(folder: Path) -> Path:
    article = Article("a", "a.txt", "The plant opened on March 3, 2020.", "Plant", dct=DocumentDate("2020-03-05", "metadata", 1.0))
    path = folder / "t.chronicle"
    save_project(ExtractionResult([article], []), path)
    return path


@pytest.mark.parametrize(
    ("make", "args"),
    [
        ("corpus", ["--format", "csv", "-o", "{in}"]),
        ("corpus", ["-o", "{in}"]),
        ("project", ["-o", "{in}"]),
        ("project", ["--format", "json", "-o", "./{name}"]),
    ],
)
def test_extract_refuses_to_write_over_its_input(chronicle, tmp_path: Path, make: str, args: list[str]) -> None:
    if make == "corpus":
        source = tmp_path / "corpus.jsonl"
        source.write_text(RECORD, encoding="utf-8")
    else:
        source = _project(tmp_path)
    before = source.read_bytes()
    out = [a.format(**{"in": source, "name": source.name}) for a in args]
    if out[-1].startswith("./"):
        out[-1] = str(tmp_path / out[-1][2:])
    run = chronicle("extract", source, *out)
    assert run.code != 0
    assert "input" in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert source.read_bytes() == before


def test_extract_refuses_an_existing_file_inside_an_input_folder(chronicle, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    source = folder / "corpus.jsonl"
    source.write_text(RECORD, encoding="utf-8")
    run = chronicle("extract", folder, "--format", "csv", "-o", source)
    assert run.code != 0 and "input" in run.stderr
    assert source.read_text(encoding="utf-8") == RECORD


def test_export_refuses_to_write_over_its_input(chronicle, tmp_path: Path) -> None:
    source = tmp_path / "t.svg"
    source.write_text("<svg/>", encoding="utf-8")
    run = chronicle("export", source, "-o", source)
    assert run.code != 0 and "input" in run.stderr
    assert source.read_text(encoding="utf-8") == "<svg/>"

"""`extract` and `export` read a saved `.chronicle` project back instead of extracting again."""

from __future__ import annotations

import json
from pathlib import Path

from model.project import save_project
from tests.fakes import fake_result


def test_extract_a_project_gives_its_stored_events(chronicle, tmp_path: Path) -> None:
    result = fake_result()
    result.events[0].starred = True
    result.events[1].headline = "A headline the user wrote"
    result.events[2].tags = ["talks"]
    path = tmp_path / "x.chronicle"
    save_project(result, path)

    run = chronicle("extract", path, "--format", "json")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["events"] == [e.to_json() for e in result.events]
    assert [a["id"] for a in data["articles"]] == ["a", "b"]
    assert data["articles"][0]["dct"]["value"] == "2021-11-16"


def test_a_file_that_is_not_a_project_is_one_line(chronicle, tmp_path: Path) -> None:
    path = tmp_path / "x.chronicle"
    path.write_text("plain text", encoding="utf-8")
    run = chronicle("extract", path, "--format", "json")
    assert run.code == 1
    assert run.stderr.strip() == f"chronicle: {path}: not a Chronicle project (not an SQLite database)"
    assert run.stdout == ""


def test_a_project_with_other_inputs_is_a_usage_error(chronicle, tmp_path: Path) -> None:
    path = tmp_path / "x.chronicle"
    save_project(fake_result(), path)
    run = chronicle("extract", path, tmp_path / "more.txt")
    assert run.code == 2
    assert "given alone" in run.stderr and "Traceback" not in run.stderr


def test_a_project_with_wrong_typed_rows_exports_the_good_ones_and_names_the_bad(chronicle, tmp_path: Path) -> None:
    """Issue 17, item 12: one line per row left out, the others exported, exit 1, no traceback."""
    import sqlite3

    path = tmp_path / "typed.chronicle"
    result = fake_result()
    save_project(result, path)
    db = sqlite3.connect(path)
    db.execute("UPDATE events SET confidence = 'very sure' WHERE pos = 0")
    db.execute("UPDATE events SET participants = '[{\"a\": 1}]' WHERE pos = 1")
    db.execute("UPDATE events SET trigger_start = 4294967296 WHERE pos = 2")
    db.commit()
    db.close()
    run = chronicle("extract", path)
    assert run.code == 1 and "Traceback" not in run.stderr and "internal error" not in run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 3 and all("left out" in line for line in lines)
    exported = json.loads(run.stdout)
    assert len(exported["events"]) == len(result.events) - 3

"""Command-line edges a newcomer meets (issue 18): a mistyped command, an output folder that does not
exist yet, and a corpus's own record ids kept in the export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.mark.parametrize(
    ("first", "says"),
    [
        ("summarise", "did you mean 'summarize'?"),
        ("extarct", "did you mean 'extract'?"),
        ("exprot", "did you mean 'export'?"),
        ("frobnicate", "commands: tag, extract, export"),
        ("notes.txt", "notes.txt: no such file or folder"),
    ],
)
def test_a_first_argument_that_is_no_command_and_no_path_is_one_line_never_the_app(
    chronicle, tmp_path: Path, first: str, says: str
) -> None:
    # A short timeout: opening the app instead would hang here under offscreen.
    run = chronicle(first, "whatever.txt", timeout=60)
    assert run.code == 2
    assert run.stdout == ""
    assert len(run.stderr.splitlines()) == 1 and says in run.stderr, run.stderr


def test_summarize_on_a_missing_file_says_so_without_a_traceback(chronicle) -> None:
    run = chronicle("summarize", "whatever.txt", timeout=120)
    assert run.code == 1 and run.stdout == ""
    assert "whatever.txt" in run.stderr and "Traceback" not in run.stderr


def test_extract_into_a_missing_folder_keeps_the_records_ids(chronicle, tmp_path: Path) -> None:
    corpus = tmp_path / "feed.jsonl"
    records = [
        {"id": "articles-23", "title": "Talks", "date": "2021-11-16",
         "text": "Officials from both countries met in Geneva on Monday to discuss trade."},
        {"id": "articles-47", "title": "Vote", "date": "2021-11-18",
         "text": "The council will vote on the new budget on Friday."},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    out = tmp_path / "results" / "run-1"
    run = chronicle("extract", corpus, "-o", f"{out}/")
    assert run.code == 0, run.stderr
    data = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in data["articles"]] == ["articles-23", "articles-47"]
    assert data["events"] and {e["article"] for e in data["events"]} <= {"articles-23", "articles-47"}

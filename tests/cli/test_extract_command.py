"""The `extract --format json` contract (DESIGN.md): every field of articles and events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ARTICLE_FIELDS = {"id", "path", "title", "dct"}
DCT_FIELDS = {"value", "source", "confidence", "evidence"}
EVENT_FIELDS = {
    "id", "article", "date", "headline", "sentence", "trigger", "timex",
    "participants", "modality", "confidence", "cluster",
}
SPAN_FIELDS = {"start", "end", "text"}
DATE_FIELDS = {"value", "start", "end", "granularity"}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, samples_dir: Path) -> dict:
    import os
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("extract") / "samples.json"
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, str(root / "main.py"), "extract", str(samples_dir), "--format", "json", "-o", str(out)],
        capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    data: dict = json.loads(out.read_text(encoding="utf-8"))
    return data


def test_articles_carry_every_contract_field(extracted: dict) -> None:
    assert len(extracted["articles"]) == 3
    for article in extracted["articles"]:
        assert set(article) >= ARTICLE_FIELDS
        assert set(article["dct"]) >= DCT_FIELDS
        assert article["title"]


def test_events_carry_every_contract_field_with_offsets_into_their_article(extracted: dict) -> None:
    texts = {a["id"]: Path(a["path"]).read_text(encoding="utf-8") for a in extracted["articles"]}
    assert extracted["events"]
    for event in extracted["events"]:
        assert set(event) >= EVENT_FIELDS
        assert set(event["date"]) >= DATE_FIELDS
        assert event["date"]["start"] <= event["date"]["end"]
        text = texts[event["article"]]
        for key in ("sentence", "trigger", "timex"):
            span = event[key]
            assert set(span) >= SPAN_FIELDS
            assert text[span["start"] : span["end"]] == span["text"]
        assert event["sentence"]["start"] <= event["timex"]["start"] < event["sentence"]["end"]
        assert isinstance(event["participants"], list)
        assert event["modality"] in {"happened", "planned", "reported", "projected", "hypothetical", "negated"}
        assert event["date_source"] in {"timex", "governor", "scene", "document"}
        assert 0.0 <= event["confidence"] <= 1.0
        assert event["cluster"]


def test_json_goes_to_stdout_without_output_file(chronicle, tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text("Acme Corp opened a factory in Ohio on March 3, 2020.\n", encoding="utf-8")
    run = chronicle("extract", article)
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    assert [e["date"]["value"] for e in data["events"]] == ["2020-03-03"]


def test_nothing_loadable_is_a_one_line_error(chronicle, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    run = chronicle("extract", empty)
    assert run.code != 0
    assert "Traceback" not in run.stderr
    assert "empty.txt" in run.stderr


def test_an_impossible_metadata_date_is_a_warning_not_a_failure(chronicle, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"title": "Vote", "date": "2021-02-30", "text": "The council voted on March 3, 2021."}) + "\n",
        encoding="utf-8",
    )
    run = chronicle("extract", corpus)
    assert run.code == 0, run.stderr
    assert "2021-02-30" in run.stderr and "warning" in run.stderr
    assert json.loads(run.stdout)["articles"][0]["title"] == "Vote"


def test_a_large_corpus_is_announced_on_one_stderr_line(capsys) -> None:
    """Issue 17, item 11 (in process: a real run of that size would take hours)."""
    import main
    from model.core.documents import Article

    main._tell_what_is_coming([Article(f"a{i}", "c.jsonl", "z" * 1_900) for i in range(3_000)])
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("chronicle: 3,000 articles") and "of memory" in line and "Ctrl+C" in line
    main._tell_what_is_coming([Article("a", "c.jsonl", "short")])
    assert capsys.readouterr().err == ""


def test_a_big_input_file_is_announced_before_reading(capsys, tmp_path: Path) -> None:
    import main

    big = tmp_path / "big.jsonl"
    with big.open("wb") as out:
        out.truncate(main.BIG_INPUT_BYTES + 1)  # sparse: no disk used
    main._tell_input_size([str(big), str(tmp_path / "missing.txt")])
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("chronicle: reading 50 MB of input")

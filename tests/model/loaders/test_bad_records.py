"""Issue 17, item 8: one bad record in a corpus is reported with its file and line; the others load."""

from __future__ import annotations

import json

import pytest

from model.loaders import load_path, load_paths

GOOD_1 = {"title": "Plant", "text": "The plant opened on March 3, 2020.", "date": "2020-03-05"}
GOOD_2 = {"title": "Bridge", "text": "The bridge closed on March 6, 2020.", "date": "2020-03-07"}
# A scraper cut an emoji in half: JSON allows the escape, no encoder can write the result.
HALF_EMOJI = '{"title": "Mayor \\ud83d", "text": "The mayor \\ud83d spoke on March 4, 2020.", "date": "2020-03-05"}'
HUGE_NUMBER = '{"title": "Vote", "text": "The vote was on March 5, 2020.", "views": ' + "9" * 5000 + "}"


def _lines() -> list[str]:
    return [json.dumps(GOOD_1), HALF_EMOJI, HUGE_NUMBER, json.dumps(GOOD_2)]


@pytest.mark.parametrize("name", ["corpus.jsonl", "corpus.json"])
def test_a_half_emoji_and_a_huge_number_lose_only_their_own_record(write, name: str) -> None:
    lines = _lines()
    content = "\n".join(lines) + "\n" if name.endswith("jsonl") else "[\n" + ",\n".join(lines) + "\n]\n"
    path = write(name, content)
    result = load_path(path)
    assert [a.title for a in result.articles] == ["Plant", "Mayor \ufffd", "Bridge"]
    mayor = result.articles[1]
    assert mayor.text == "The mayor \ufffd spoke on March 4, 2020."  # one character for one: offsets hold
    mayor.text.encode("utf-8")
    first_line = 1 if name.endswith("jsonl") else 2
    (repaired,) = [e for e in result.errors if e.warning]
    assert repaired.line == first_line + 1 and "replaced" in str(repaired) and str(path) in str(repaired)
    (failed,) = result.failures
    assert failed.line == first_line + 2 and "number too long" in str(failed)


def test_reading_stops_between_records_when_asked(write) -> None:
    """Issue 17, item 11: Cancel must not wait for the rest of a 100,000-record corpus."""
    path = write("many.jsonl", "".join(json.dumps({"text": f"Record {i} opened on March 3, 2020."}) + "\n" for i in range(500)))
    asked = 0

    def stop() -> bool:
        nonlocal asked
        asked += 1
        return asked > 50

    result = load_paths([path], stop=stop)
    assert 0 < len(result.articles) < 60
    assert len(load_path(path).articles) == 500

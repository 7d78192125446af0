from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd

from model.exporters import export_data, write_data

ARTICLE_FIELDS = {"id", "path", "title", "dct"}
DCT_FIELDS = {"value", "source", "confidence", "evidence"}
EVENT_FIELDS = {
    "id",
    "article",
    "date",
    "headline",
    "sentence",
    "trigger",
    "timex",
    "participants",
    "modality",
    "confidence",
    "cluster",
}
SPAN_FIELDS = {"start", "end", "text"}
DATE_FIELDS = {"value", "start", "end", "granularity"}


def test_json_round_trip_has_every_contract_field(result, tmp_path: Path) -> None:
    out = tmp_path / "events.json"
    assert write_data(result, "json", out) == [out]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {"articles", "events"}
    assert [a["id"] for a in data["articles"]] == ["a1", "b2"]
    for article in data["articles"]:
        assert set(article) >= ARTICLE_FIELDS
        assert set(article["dct"]) >= DCT_FIELDS
    assert len(data["events"]) == len(result.events)
    texts = {a.id: a.text for a in result.articles}
    for event in data["events"]:
        assert set(event) >= EVENT_FIELDS
        assert set(event["date"]) >= DATE_FIELDS
        for key in ("sentence", "trigger", "timex"):
            assert set(event[key]) >= SPAN_FIELDS
            assert texts[event["article"]][event[key]["start"] : event[key]["end"]] == event[key]["text"]
    assert data["events"][0]["headline"] == "Biden, Xi meet; talks & <more>"
    assert data == json.loads(export_data(result, "json"))


def test_csv_has_one_row_per_event_and_every_flattened_field(result, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    write_data(result, "csv", out)
    frame = pd.read_csv(out, keep_default_na=False)
    assert len(frame) == len(result.events)
    expected = {
        "id",
        "article",
        "date.value",
        "date.start",
        "date.end",
        "date.granularity",
        "headline",
        "sentence.start",
        "sentence.end",
        "sentence.text",
        "trigger.start",
        "trigger.end",
        "trigger.text",
        "timex.start",
        "timex.end",
        "timex.text",
        "participants",
        "modality",
        "confidence",
        "cluster",
        "article.title",
        "article.dct",
    }
    assert expected <= set(frame.columns)
    first = frame.iloc[0]
    assert first["participants"] == "Joe Biden; Xi Jinping"
    assert first["article.title"] == 'Biden & Xi meet: "candid" <talks>'
    assert first["article.dct"] == "2022-11-12"
    assert first["date.start"] == "2022-11-14"
    # Quotes, "<", "&" and commas survive the round trip.
    assert list(frame["sentence.text"]) == [e.sentence.text for e in result.events]
    assert list(frame["trigger.start"]) == [e.trigger.start for e in result.events]


def test_csv_of_no_events_still_has_the_header() -> None:
    from tests.model.exporters.conftest import Result

    frame = pd.read_csv(io.StringIO(str(export_data(Result([], []), "csv"))))
    assert len(frame) == 0
    assert "date.value" in frame.columns


def test_csv_cells_never_start_a_spreadsheet_formula(result) -> None:
    """Bug: a headline "=HYPERLINK(...)" from a hostile article went into the CSV as a live formula."""
    from dataclasses import replace

    result.events[0] = replace(result.events[0], headline='=HYPERLINK("http://x")')
    result.events[1] = replace(result.events[1], headline="@SUM(A1)")
    text = export_data(result, "csv")
    assert isinstance(text, str)
    frame = pd.read_csv(io.StringIO(text), keep_default_na=False)
    assert frame.iloc[0]["headline"] == "'=HYPERLINK(\"http://x\")"
    assert frame.iloc[1]["headline"] == "'@SUM(A1)"
    assert frame.iloc[2]["headline"] == result.events[2].headline  # ordinary text untouched
    assert (frame["confidence"].astype(float) >= 0).all()  # numbers stay numbers

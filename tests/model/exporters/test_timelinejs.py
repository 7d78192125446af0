"""TimelineJS3 JSON checked against the structure TimelineJS documents (timeline.knightlab.com/docs/json-format)."""

from __future__ import annotations

import json
from pathlib import Path

from model.exporters import write_data

DATE_KEYS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"}


def _int_like(value: object) -> bool:
    return isinstance(value, int) or (isinstance(value, str) and value.lstrip("-").isdigit())


def check_date(d: object) -> tuple[int, ...]:
    assert isinstance(d, dict) and set(d) <= DATE_KEYS
    assert _int_like(d["year"])
    key = [int(d["year"])]
    if "day" in d:
        assert "month" in d, "a day needs a month"
    for part, high in (("month", 12), ("day", 31)):
        if part in d:
            assert _int_like(d[part]) and 1 <= int(d[part]) <= high
            key.append(int(d[part]))
    return tuple(key)


def check_text(text: object) -> None:
    assert isinstance(text, dict) and set(text) <= {"headline", "text"}
    assert all(isinstance(v, str) for v in text.values())


def validate_timelinejs(data: object) -> None:
    assert isinstance(data, dict) and set(data) <= {"title", "events", "eras", "scale"}
    if "title" in data:
        assert isinstance(data["title"], dict)
        check_text(data["title"]["text"])
    assert isinstance(data["events"], list)
    ids = []
    for slide in data["events"]:
        assert set(slide) <= {"start_date", "end_date", "text", "media", "group", "display_date", "background",
                              "autolink", "unique_id"}  # fmt: skip
        start = check_date(slide["start_date"])
        if "end_date" in slide:
            assert check_date(slide["end_date"]) >= start
        check_text(slide["text"])
        assert slide["text"]["headline"]
        if "group" in slide:
            assert isinstance(slide["group"], str)
        if "unique_id" in slide:
            assert isinstance(slide["unique_id"], str)
            ids.append(slide["unique_id"])
    assert len(ids) == len(set(ids)), "unique_id must be unique"


def load(result, tmp_path: Path) -> dict:
    out = tmp_path / "timeline.json"
    write_data(result, "timelinejs", out)
    data: dict = json.loads(out.read_text(encoding="utf-8"))
    validate_timelinejs(data)
    return data


def test_valid_and_one_slide_per_cluster(result, tmp_path: Path) -> None:
    data = load(result, tmp_path)
    assert [s["unique_id"] for s in data["events"]] == ["c1", "e2", "e3", "e5", "e6"]


def test_dates_at_the_event_granularity(result, tmp_path: Path) -> None:
    slides = {s["unique_id"]: s for s in load(result, tmp_path)["events"]}
    assert slides["c1"]["start_date"] == {"year": 2022, "month": 11, "day": 14}
    assert "end_date" not in slides["c1"]
    assert slides["e2"]["start_date"] == {"year": 2023, "month": 1}
    assert "end_date" not in slides["e2"]
    assert slides["e3"]["start_date"] == {"year": 2027}
    assert "end_date" not in slides["e3"]
    # A week is longer than a day: it needs an end.
    assert slides["e5"]["start_date"] == {"year": 2022, "month": 11, "day": 21}
    assert slides["e5"]["end_date"] == {"year": 2022, "month": 11, "day": 27}
    assert slides["e2"]["group"] == "Reported"


def test_merged_slide_lists_every_source_escaped_with_link(result, tmp_path: Path) -> None:
    merged = load(result, tmp_path)["events"][0]
    text = merged["text"]["text"]
    # The most confident of the equally precise mentions gives the headline, escaped for HTML.
    assert merged["text"]["headline"] == "Biden, Xi meet; talks &amp; &lt;more&gt;"
    assert "Biden &amp; Xi met on Monday in Bali." in text
    assert (
        "Xi and Biden held talks on Nov. 14, 2022; &quot;a candid &lt;exchange&gt;&quot; &amp; more." in text
    )
    assert '<a href="https://example.com/talks?id=1&amp;lang=en" target="_blank">' in text
    assert "Biden &amp; Xi meet: &quot;candid&quot; &lt;talks&gt;</a>" in text
    assert "Summit in Bali" in text
    assert "<exchange>" not in text and "<talks>" not in text


def test_non_web_urls_are_not_linked(result, tmp_path: Path) -> None:
    result.articles[0].url = "javascript:alert(1)"
    data = load(result, tmp_path)
    assert "javascript:" not in data["events"][0]["text"]["text"]


def test_an_undated_happening_is_no_slide_on_the_document_day(result, tmp_path: Path) -> None:
    from dataclasses import replace

    from model.core.events import EventDate

    first = result.events[-1]
    bound = first.date.end
    undated = replace(first, id="u1", cluster="u1", date=EventDate("PAST_REF", bound, bound, "relative"),
                      date_source="document")
    ids = [s["unique_id"] for s in load(replace(result, events=[*result.events, undated]), tmp_path)["events"]]
    assert "u1" not in ids

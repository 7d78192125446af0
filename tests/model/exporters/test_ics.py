"""iCalendar read back by a small RFC 5545 parser: CRLF lines, folding, TEXT escapes, one VEVENT per day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from model.exporters import write_data
from model.exporters.ics_export import fold, render_ics

Component = dict[str, list[tuple[dict[str, str], str]]]


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def parse_ics(raw: bytes) -> tuple[Component, list[Component]]:
    text = raw.decode("utf-8")
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    assert all("\n" not in line and "\r" not in line for line in physical)
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    unfolded = re.sub(r"\r\n[ \t]", "", text)
    calendar: Component = {}
    events: list[Component] = []
    stack: list[str] = []
    current: Component = calendar
    for line in unfolded[:-2].split("\r\n"):
        head, value = line.split(":", 1)
        name, *raw_params = head.split(";")
        params = dict(p.split("=", 1) for p in raw_params)
        if name == "BEGIN":
            stack.append(value)
            if value == "VEVENT":
                current = {}
                events.append(current)
            continue
        if name == "END":
            assert stack.pop() == value
            current = calendar
            continue
        current.setdefault(name, []).append((params, value))
    assert stack == []
    return calendar, events


def one(component: Component, name: str) -> str:
    values = component[name]
    assert len(values) == 1, name
    return values[0][1]


def test_one_vevent_per_day_precision_happening(result, tmp_path: Path) -> None:
    out = tmp_path / "events.ics"
    write_data(result, "ics", out)
    calendar, events = parse_ics(out.read_bytes())
    assert one(calendar, "VERSION") == "2.0" and one(calendar, "PRODID")
    day_clusters = {
        e.cluster for e in result.events if e.date.granularity == "day" and e.date.start == e.date.end
    }
    assert len(events) == len(day_clusters) == 2  # the merged c1 and e6; month, year and week events left out
    assert len({one(e, "UID") for e in events}) == len(events)
    merged = events[0]
    assert merged["DTSTART"] == [({"VALUE": "DATE"}, "20221114")]
    assert merged["DTEND"] == [({"VALUE": "DATE"}, "20221115")]
    assert re.fullmatch(r"\d{8}T\d{6}Z", one(merged, "DTSTAMP"))
    assert unescape(one(merged, "SUMMARY")) == "Biden, Xi meet; talks & <more>"
    description = unescape(one(merged, "DESCRIPTION"))
    assert "Biden & Xi met on Monday in Bali." in description
    assert 'Xi and Biden held talks on Nov. 14, 2022; "a candid <exchange>" & more.' in description
    assert "— Summit in Bali, 2022-11-15" in description
    assert "https://example.com/talks?id=1&lang=en" in description
    assert one(merged, "URL") == "https://example.com/talks?id=1&lang=en"


def test_long_lines_fold_without_splitting_characters(result) -> None:
    headline = "Überraschung: " + "日本と中国の首脳会談、" * 12 + "\\ end"
    result.events[0] = replace(result.events[0], headline=headline)
    stamp = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    raw = render_ics(result, now=stamp).encode("utf-8")
    _, events = parse_ics(raw)
    assert unescape(one(events[0], "SUMMARY")) == headline
    assert one(events[0], "DTSTAMP") == "20260102T030405Z"


def test_fold_keeps_short_lines() -> None:
    assert fold("SUMMARY:short") == "SUMMARY:short"
    folded = fold("X:" + "a" * 200)
    assert [len(p) for p in folded.split("\r\n")] == [75, 75, 54]  # 202 octets: 75 + (1 + 74) + (1 + 53)

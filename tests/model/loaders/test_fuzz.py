"""Property tests: nothing written to a file of any supported suffix makes load_paths raise,
and every file gives at least one article or one error."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.loaders import SUPPORTED_SUFFIXES, load_paths

# CHRONICLE_FUZZ_EXAMPLES scales the run up for long fuzzing sessions (issue 8).
FUZZ = settings(
    max_examples=int(os.environ.get("CHRONICLE_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Bytes that look like each format, so the fuzz reaches past the first parser check.
_PREFIXES = [
    b"",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"[",
    b'{"text": "',
    b'[{"text": "a", "date": "',
    b'{"events": [{"start_date": {"year": ',
    b"title,text,date\n",
    b"<TimeML><TEXT>",
    b"<html><body><p>",
    b"---\ntitle: ",
]


def _load_one(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        result = load_paths([path, Path(folder)])
    assert result.articles or result.errors
    for error in result.errors:
        line = str(error)
        assert "\n" not in line and line.startswith(str(path))
        assert "internal error" not in line, line
    for article in result.articles:
        assert article.text.strip()
        assert article.id


@FUZZ
@given(
    suffix=st.sampled_from(SUPPORTED_SUFFIXES),
    prefix=st.sampled_from(_PREFIXES),
    data=st.binary(max_size=600),
)
def test_arbitrary_bytes_never_raise(suffix: str, prefix: bytes, data: bytes) -> None:
    _load_one(suffix, prefix + data)


@FUZZ
@given(suffix=st.sampled_from(SUPPORTED_SUFFIXES), text=st.text(max_size=400))
def test_arbitrary_text_never_raises(suffix: str, text: str) -> None:
    _load_one(suffix, text.encode("utf-8"))


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
_FIELD_NAMES = st.sampled_from(["text", "body", "title", "date", "published", "source", "url", "x"])
_RECORDS = st.lists(st.dictionaries(_FIELD_NAMES, _JSON_VALUES, max_size=5), max_size=4)


@FUZZ
@given(records=_RECORDS, suffix=st.sampled_from([".json", ".jsonl"]))
def test_arbitrary_json_records_never_raise(records: list[dict[str, object]], suffix: str) -> None:
    data = json.dumps(records) if suffix == ".json" else "\n".join(json.dumps(r) for r in records)
    _load_one(suffix, data.encode("utf-8"))


@FUZZ
@given(events=st.lists(st.dictionaries(st.sampled_from(["start_date", "text"]), _JSON_VALUES), max_size=4))
def test_arbitrary_timelinejs_never_raises(events: list[dict[str, object]]) -> None:
    data = {"events": [{"start_date": {"year": "2021"}}, *events]}
    _load_one(".json", json.dumps(data).encode("utf-8"))


@FUZZ
@given(rows=st.lists(st.lists(st.text(max_size=15), min_size=1, max_size=4), max_size=5))
def test_arbitrary_csv_rows_never_raise(rows: list[list[str]]) -> None:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["title", "text", "date"])
    writer.writerows(rows)
    _load_one(".csv", out.getvalue().encode("utf-8"))


@FUZZ
@given(text=st.text(min_size=1, max_size=300))
def test_txt_text_round_trips_exactly(text: str) -> None:
    from hypothesis import assume

    from model.loaders.decoding import looks_binary

    assume(text.strip() and not text.startswith("\ufeff") and not looks_binary(text))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "round.txt"
        path.write_bytes(text.encode("utf-8"))
        (article,) = load_paths([path]).articles
    assert article.text == text


@FUZZ
@given(raw=_JSON_VALUES | st.text(max_size=40) | st.dates() | st.datetimes())
def test_normalize_date_only_ever_refuses_with_a_date_error(raw: object) -> None:
    import re

    from model.loaders.dates import DateError, normalize_date

    try:
        value = normalize_date(raw)
    except DateError as exc:
        assert "\n" not in str(exc)
        return
    assert value is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value)


@FUZZ
@given(data=st.binary(max_size=400))
def test_decode_bytes_only_ever_refuses_with_a_decode_error(data: bytes) -> None:
    from model.loaders.decoding import DecodeError, decode_bytes

    try:
        decoded = decode_bytes(data)
    except DecodeError:
        return
    assert isinstance(decoded.text, str)

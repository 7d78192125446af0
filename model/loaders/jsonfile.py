"""JSON corpora: .jsonl streamed line by line; .json parsed whole (a list of records, an object
wrapping one, a single record, a TimelineJS3 file or a Chronicle `extract` output), keeping
the good records when some are malformed."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from model.loaders.decoding import decode_bytes, detect_encoding, errors_for
from model.loaders.draft import Draft, FormatError, Item
from model.loaders.records import FIELDS, RecordError, draft_from_record
from model.loaders.timelinejs import is_timelinejs, timeline_title, timelinejs_drafts

# Keys under which wrappers commonly hold the list of records.
_WRAPPERS = ("articles", "records", "data", "items", "documents", "docs", "results", "stories")
_WHITESPACE = re.compile(r"\s*")
# Where to resume after a malformed record: the next object after a newline or a comma.
_NEXT_OBJECT = re.compile(r"[\n,][ \t\r\n]*\{")
_SAMPLE_BYTES = 64 * 1024


def read_jsonl(path: Path) -> Iterator[Item]:
    with path.open("rb") as raw:
        encoding = detect_encoding(raw.read(_SAMPLE_BYTES), partial=True)
        raw.seek(0)
        stream = io.TextIOWrapper(raw, encoding=encoding, errors=errors_for(encoding))
        number = 0
        for lineno, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            number += 1
            try:
                record = json.loads(line.lstrip("\ufeff"))
            except (ValueError, RecursionError) as exc:  # ValueError: a number of thousands of digits
                yield f"record {number}: malformed JSON: {_why(exc)}", lineno
                continue
            yield _record(record, "jsonl", number, lineno)
        if number == 0:
            raise FormatError("no records (the file holds only blank lines)")


def read_json(data: bytes) -> Iterator[Item]:
    text = decode_bytes(data).text.lstrip("\ufeff")
    if not text.strip():
        raise FormatError("no text (only whitespace)")
    start = _WHITESPACE.match(text).end()  # type: ignore[union-attr]
    if text.startswith("[", start):
        yield from _salvage_array(text, start)
        return
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            # JSON Lines saved as .json: one record per line.
            yield from _lines(text)
            return
        raise FormatError(f"malformed JSON: {exc.msg} (column {exc.colno})", exc.lineno) from None
    except RecursionError:
        raise FormatError("malformed JSON: nested too deeply") from None
    except ValueError:  # a number of thousands of digits: read record by record, losing only that one
        if text.lstrip().startswith("{") and "\n" in text.strip():
            yield from _lines(text)
            return
        raise FormatError("malformed JSON: a number too long to read") from None
    yield from _from_object(parsed)


def _from_object(parsed: object) -> Iterator[Item]:
    if is_timelinejs(parsed):
        assert isinstance(parsed, Mapping)
        for item in timelinejs_drafts(parsed, source=timeline_title(parsed)):
            yield (str(item), None) if isinstance(item, RecordError) else item
        return
    if not isinstance(parsed, Mapping):
        raise FormatError("no articles: expected a list of records, each with a text field")
    if isinstance(parsed.get("articles"), list) and isinstance(parsed.get("events"), list):
        yield from _chronicle_output(parsed["articles"])
        return
    for key in _WRAPPERS:
        if isinstance(parsed.get(key), list):
            for number, record in enumerate(parsed[key], start=1):
                yield _record(record, "json", number, None)
            return
    if any(k.lower() in FIELDS["text"] for k in parsed if isinstance(k, str)):
        single = _record(parsed, "json", 1, None)
        if isinstance(single, Draft):
            single.record = None  # one article per file: its id is the file's name
            yield single
        else:
            yield single[0].replace("record 1 ", "the record ", 1), None
        return
    raise FormatError("no articles: expected a list of records, each with a text field")


def _chronicle_output(articles: list[object]) -> Iterator[Item]:
    """A Chronicle `extract --format json` file: its articles carry no text unless a later
    version adds it, so say what to open instead of failing record by record."""
    if not any(isinstance(a, Mapping) and isinstance(a.get("text"), str) for a in articles):
        raise FormatError(
            "a Chronicle extract output: its articles carry no text; open the original articles instead"
        )
    for number, record in enumerate(articles, start=1):
        yield _record(record, "json", number, None)


def _salvage_array(text: str, start: int) -> Iterator[Item]:
    """A top-level array read element by element, so one broken record loses only itself."""
    decoder = json.JSONDecoder()
    lines = _LineCounter(text)
    pos = _skip(text, start + 1)
    number = 0
    while pos < len(text) and text[pos] != "]":
        number += 1
        line = lines.at(pos)
        try:
            record, end = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError) as exc:  # ValueError: a number of thousands of digits
            bad_line = exc.lineno if isinstance(exc, json.JSONDecodeError) else line
            yield f"record {number}: malformed JSON: {_why(exc)}", bad_line
            failed_at = exc.pos if isinstance(exc, json.JSONDecodeError) else pos
            resume = _NEXT_OBJECT.search(text, max(failed_at, pos + 1))
            if resume is None:
                return
            pos = resume.end() - 1
            continue
        yield _record(record, "json", number, line)
        pos = _skip(text, end)
        if pos < len(text) and text[pos] == ",":
            pos = _skip(text, pos + 1)
        elif pos < len(text) and text[pos] != "]":
            yield f"malformed JSON: expected ',' or ']' after record {number}", lines.at(pos)
            resume = _NEXT_OBJECT.search(text, pos)
            if resume is None:
                return
            pos = resume.end() - 1
    if pos >= len(text):
        yield "malformed JSON: the list is not closed (missing ']')", lines.at(len(text))
    elif text[pos + 1 :].strip():
        yield "malformed JSON: extra data after the list", lines.at(pos)
    if number == 0:
        raise FormatError("no records (the list is empty)")


class _LineCounter:
    """Line numbers of increasing positions, counted once (a big corpus has many records)."""

    def __init__(self, text: str) -> None:
        self._text, self._pos, self._line = text, 0, 1

    def at(self, pos: int) -> int:
        if pos < self._pos:  # only after a resume search went backwards: count afresh
            self._pos, self._line = 0, 1
        self._line += self._text.count("\n", self._pos, pos)
        self._pos = pos
        return self._line


def _lines(text: str) -> Iterator[Item]:
    number = 0
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        number += 1
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as exc:  # ValueError: a number of thousands of digits
            yield f"record {number}: malformed JSON: {_why(exc)}", lineno
            continue
        yield _record(record, "json", number, lineno)


def _record(record: object, fmt: str, number: int, line: int | None) -> Item:
    try:
        return draft_from_record(record, fmt=fmt, number=number, line=line)
    except RecordError as exc:
        return str(exc), line


def _skip(text: str, pos: int) -> int:
    return _WHITESPACE.match(text, pos).end()  # type: ignore[union-attr]


def _why(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} (column {exc.colno})"
    if isinstance(exc, ValueError):  # int() refuses numbers of more than 4,300 digits
        return "a number too long to read"
    return "nested too deeply"

"""CSV/TSV corpora, streamed: a header row naming the fields, one article per row."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from model.loaders.decoding import detect_encoding, errors_for
from model.loaders.draft import FormatError, Item
from model.loaders.limits import MAX_TEXT_CHARS
from model.loaders.records import FIELDS, RecordError, draft_from_record, field_map

_DELIMITERS = ",;\t|"
_SAMPLE_BYTES = 64 * 1024


def read_csv(path: Path) -> Iterator[Item]:
    _allow_long_fields()
    with path.open("rb") as raw:
        encoding = detect_encoding(raw.read(_SAMPLE_BYTES), partial=True)
        raw.seek(0)
        stream = io.TextIOWrapper(raw, encoding=encoding, errors=errors_for(encoding), newline="")
        header_line, header_lines = stream.readline().lstrip("\ufeff"), 1
        while header_line and not header_line.strip():
            header_line, header_lines = stream.readline(), header_lines + 1
        if not header_line.strip():
            raise FormatError("no header row (the file is blank)")
        delimiter = "\t" if path.suffix.lower() == ".tsv" else _delimiter(header_line)
        header = next(csv.reader([header_line], delimiter=delimiter))
        fields = field_map(header)
        if "text" not in fields:
            names = ", ".join(FIELDS["text"][:5])
            raise FormatError(f"no text column in the header (expected one of {names}…)", header_lines)
        yield from _rows(stream, header, delimiter, header_lines)


def _rows(stream: io.TextIOWrapper, header: list[str], delimiter: str, offset: int) -> Iterator[Item]:
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    # The header was read by hand: the reader's line numbers start after it.
    number, previous_end = 0, 0
    while True:
        start = offset + previous_end + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            number += 1
            previous_end = reader.line_num
            yield f"record {number}: malformed CSV: {exc}", start
            continue
        previous_end = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        number += 1
        if len(row) != len(header):
            yield f"record {number}: {len(row)} fields where the header has {len(header)}", start
            continue
        yield _draft(dict(zip(header, row, strict=True)), number, start)
    if number == 0:
        raise FormatError("no records (only a header row)")


def _draft(record: dict[str, str], number: int, line: int) -> Item:
    try:
        return draft_from_record(record, fmt="csv", number=number, line=line)
    except RecordError as exc:
        return str(exc), line


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _allow_long_fields() -> None:
    # The default 131,072-character cap is below one article's limit; allow a bit more than
    # the limit so an oversize text is reported as such, not as a CSV error.
    wanted = min(sys.maxsize, 4 * MAX_TEXT_CHARS)
    if csv.field_size_limit() < wanted:
        csv.field_size_limit(wanted)

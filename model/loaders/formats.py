"""Which reader handles which file suffix."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from model.loaders.csvfile import read_csv
from model.loaders.decoding import decode_bytes
from model.loaders.draft import FormatError, Item
from model.loaders.html import read_html
from model.loaders.htmlcharset import decode_html
from model.loaders.jsonfile import read_json, read_jsonl
from model.loaders.limits import (
    MAX_HTML_BYTES,
    MAX_JSON_BYTES,
    MAX_SINGLE_TEXT_BYTES,
    MAX_TEXT_CHARS,
)
from model.loaders.parquet_corpus import read_parquet
from model.loaders.text import read_text
from model.loaders.timeml import read_timeml

# A reader turns a file into drafts, and (message, line) for problems with single records.
Reader = Callable[[Path], Iterable[Item]]


def _read_txt(path: Path) -> Iterable[Item]:
    return [read_text(decode_bytes(_read(path, MAX_SINGLE_TEXT_BYTES)).text, markdown=False)]


def _read_md(path: Path) -> Iterable[Item]:
    return [read_text(decode_bytes(_read(path, MAX_SINGLE_TEXT_BYTES)).text, markdown=True)]


def _read_html(path: Path) -> Iterable[Item]:
    return [read_html(decode_html(_read(path, MAX_HTML_BYTES)).text)]


def _read_tml(path: Path) -> Iterable[Item]:
    data = _read(path, MAX_SINGLE_TEXT_BYTES)
    decode_bytes(data)  # binary files are told as such, not as bad XML
    return [read_timeml(data)]


def _read_json(path: Path) -> Iterable[Item]:
    return read_json(_read(path, MAX_JSON_BYTES))


READERS: dict[str, Reader] = {
    ".txt": _read_txt,
    ".text": _read_txt,
    ".md": _read_md,
    ".markdown": _read_md,
    ".html": _read_html,
    ".htm": _read_html,
    ".xhtml": _read_html,
    ".json": _read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
    ".tsv": read_csv,
    ".tml": _read_tml,
    ".parquet": read_parquet,  # pyarrow imported only when a Parquet file is read
}


def _read(path: Path, limit: int) -> bytes:
    size = path.stat().st_size
    if size > limit:
        if limit == MAX_SINGLE_TEXT_BYTES:
            raise FormatError(
                f"file is {size / 1e6:.1f} MB, more than the {MAX_TEXT_CHARS:,}-character limit "
                "per article of the language pipeline; split it into smaller articles"
            )
        raise FormatError(
            f"file is {size / 1e6:.1f} MB, above the {limit / 1e6:.0f} MB limit for this format"
        )
    return path.read_bytes()

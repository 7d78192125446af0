"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32, Latin-1/Windows-1252 and other
single-byte encodings through charset-normalizer; binary data refused."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WIDE = ("utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be")
# Text may hold tabs, newlines, form feeds; other control characters in quantity mean binary.
_ALLOWED_CONTROLS = frozenset("\t\n\r\x0b\x0c\x1b")
_MAX_CONTROL_SHARE = 0.01
_CONTROL_BYTES = bytes(b for b in range(0x20) if chr(b) not in _ALLOWED_CONTROLS) + b"\x7f"
# Characters no text is made of: C0/C1 controls, replacement marks, surrogates, private use,
# noncharacters. A regex counts them at C speed in texts of millions of characters.
_NOT_TEXT_CHARS = re.compile(
    "[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x84\x86-\x9f\ufffd\ufffe\uffff\ud800-\udfff\ue000-\uf8ff]"
)
# Letter statistics need no more than this much text.
_STATS_CHARS = 256 * 1024
# Western text is mostly ASCII letters; a single-byte text whose letters are mostly
# non-ASCII is Cyrillic, Greek… and is left to charset-normalizer.
_MAX_WESTERN_NON_ASCII_SHARE = 0.3

NOT_TEXT = "not a text file (binary data or an unknown encoding)"

# UTF-8 with a few stray Windows-1252 bytes (text pasted from several sources): each stray
# byte is read as Windows-1252 instead of turning the whole file into mojibake.
UTF8_MIXED = "utf-8"
MIXED_ERRORS = "chronicle-cp1252-fallback"
_VALID_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return bad.decode("cp1252", errors="replace"), exc.end


codecs.register_error(MIXED_ERRORS, _cp1252_fallback)


class DecodeError(ValueError):
    """The bytes are not text in any encoding we recognise."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode_bytes(data: bytes) -> Decoded:
    """The text of a whole file; raises DecodeError for binary data."""
    encoding = detect_encoding(data, partial=False)
    text = data.decode(encoding, errors=errors_for(encoding))
    if encoding == "utf-32" or encoding == "utf-16":
        text = text.removeprefix("\ufeff")
    if looks_binary(text):
        raise DecodeError(NOT_TEXT)
    return Decoded(text, encoding)


def errors_for(encoding: str) -> str:
    """The decoding error handler to use with `encoding`."""
    return MIXED_ERRORS if encoding in (UTF8_MIXED, "utf-8-sig") else "replace"


def detect_encoding(data: bytes, *, partial: bool = False) -> str:
    """The Python codec name for `data`; with partial=True `data` is the start of a longer file
    (it may end inside a multi-byte character). Raises DecodeError for binary data."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if _is_utf8(data, partial):
        return "utf-8"
    if b"\x00" in data:
        return _wide_encoding(data)
    if _control_share(data) > _MAX_CONTROL_SHARE:
        raise DecodeError(NOT_TEXT)
    if _mostly_utf8(data):
        return UTF8_MIXED
    return _single_byte_encoding(data)


def _is_utf8(data: bytes, partial: bool) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A sample cut inside a character is still UTF-8.
        return partial and exc.reason == "unexpected end of data" and exc.start >= len(data) - 3
    return True


def _mostly_utf8(data: bytes) -> bool:
    """More bytes in valid UTF-8 sequences than stray ones: UTF-8 with a few foreign bytes."""
    valid_bytes = sum(len(m) for m in _VALID_UTF8_MULTIBYTE.findall(data))
    stray = len(_HIGH_BYTE.findall(data)) - valid_bytes
    return valid_bytes > 0 and stray < valid_bytes


def _wide_encoding(data: bytes) -> str:
    """UTF-16/32 without a BOM, told by where the NUL bytes of mostly-ASCII text fall; else binary."""
    sample = data[: 64 * 1024]
    sample = sample[: len(sample) - len(sample) % 4] or sample
    quarters = [_zero_share(sample[i::4]) for i in range(4)]
    if min(quarters[1:]) > 0.9:
        return "utf-32-le"
    if min(quarters[:3]) > 0.9:
        return "utf-32-be"
    even, odd = _zero_share(sample[0::2]), _zero_share(sample[1::2])
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    best = from_bytes(sample, cp_isolation=list(_WIDE)).best()
    if best is None or best.encoding not in _WIDE:
        raise DecodeError(NOT_TEXT)
    return best.encoding


def _zero_share(data: bytes) -> float:
    return data.count(0) / len(data) if data else 0.0


def _single_byte_encoding(data: bytes) -> str:
    western = _as_western(data)
    if western is not None:
        return western
    best = from_bytes(data[: 256 * 1024]).best()
    if best is None:
        raise DecodeError(NOT_TEXT)
    return best.encoding


def _as_western(data: bytes) -> str | None:
    """'cp1252' if the bytes read as mostly-ASCII Western text in Windows-1252 (a superset of
    Latin-1's printable characters: Latin-1 maps 0x80–0x9F to invisible controls, which a
    writer never meant), else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text[:_STATS_CHARS] if c.isalpha()]
    if not letters:
        return "cp1252"
    non_ascii = sum(1 for c in letters if not c.isascii())
    return "cp1252" if non_ascii / len(letters) <= _MAX_WESTERN_NON_ASCII_SHARE else None


def _control_share(data: bytes) -> float:
    if not data:
        return 0.0
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data)


def looks_binary(text: str) -> bool:
    """Too many characters that are not text (controls, U+FFFD from undecodable bytes…)."""
    if not text:
        return False
    return len(_NOT_TEXT_CHARS.findall(text)) / len(text) > _MAX_CONTROL_SHARE

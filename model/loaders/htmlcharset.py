"""Decoding an HTML page: the charset it declares when that decodes cleanly, else detection."""

from __future__ import annotations

import codecs
import re

from model.loaders.decoding import NOT_TEXT, Decoded, DecodeError, decode_bytes, looks_binary

# <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…">
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_PRESCAN_BYTES = 4096
# As browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are read as Windows-1252.
_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252"}


def decode_html(data: bytes) -> Decoded:
    declared = _declared(data)
    if declared is not None:
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong label is common; detection decides
        else:
            if looks_binary(text):
                raise DecodeError(NOT_TEXT)
            return Decoded(text.removeprefix("\ufeff"), declared)
    return decode_bytes(data)


def _declared(data: bytes) -> str | None:
    # A BOM outranks any declaration; UTF-16 labels in an ASCII-readable meta are always wrong.
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    match = _DECLARED.search(data[:_PRESCAN_BYTES])
    if match is None:
        return None
    label = match.group(1).decode("ascii", "ignore").lower()
    label = _ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return None if name.startswith(("utf-16", "utf-32")) else name

"""Bytes to text: every common encoding decoded correctly, binary refused."""

from __future__ import annotations

import pytest

from model.loaders.decoding import DecodeError, decode_bytes

TEXT = "Réunion à Genève: “talks” – on Monday… €5, naïve façon.\nSecond line.\n"


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "cp1252"],
)
def test_text_in_each_encoding_is_decoded_exactly(encoding: str) -> None:
    assert decode_bytes(TEXT.encode(encoding)).text == TEXT


def test_latin1() -> None:
    text = "Le café est fermé. Réunion à Genève le 12 décembre 2021.\n"
    assert decode_bytes(text.encode("latin-1")).text == text


def test_short_latin1_word() -> None:
    assert decode_bytes("Café".encode("latin-1")).text == "Café"


def test_german_windows_1252() -> None:
    text = "Die Straße ist schön. Übermorgen gibt es Grüße aus München."
    assert decode_bytes(text.encode("cp1252")).text == text


def test_cyrillic_single_byte_is_left_to_charset_detection() -> None:
    text = "Встреча министров обороны состоится в понедельник в Москве, сообщили в министерстве."
    assert decode_bytes(text.encode("cp1251")).text == text


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,
        b"\x89PNG\r\n\x1a\n" + bytes(200),
        b"\x00" * 100,
        b"PK\x03\x04" + bytes(range(50)) * 4,
    ],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(DecodeError, match="not a text file"):
        decode_bytes(data)


def test_utf8_with_a_stray_windows_1252_byte_keeps_its_utf8() -> None:
    data = "Café “quoted” text, naïve.".encode() + b" It\x92s here."
    assert decode_bytes(data).text == "Café “quoted” text, naïve. It’s here."

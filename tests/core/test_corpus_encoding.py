"""Bytes to text: the right characters come out, and a guess is always announced."""

from __future__ import annotations

import codecs

import pytest

from explorer.corpus.encoding import DecodeError, decode_text

NEWS = "North Korea’s leader said: “We’re ready.” Café talks in Pyongyang — naïve hopes.\n"


def test_utf8_is_read_as_is_without_a_warning() -> None:
    decoded = decode_text(NEWS.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.warning) == (NEWS, "utf-8", None)


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (codecs.BOM_UTF8 + NEWS.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + NEWS.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + NEWS.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF32_LE + NEWS.encode("utf-32-le"), "utf-32"),
    ],
)
def test_a_byte_order_mark_decides_and_is_not_part_of_the_text(
    encoded: bytes, encoding: str
) -> None:
    decoded = decode_text(encoded)
    assert (decoded.text, decoded.encoding, decoded.warning) == (NEWS, encoding, None)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_western_legacy_text_is_decoded_as_cp1252_with_a_warning(encoding: str) -> None:
    text = "Le président français a rencontré le ministre à Paris. Ça va très bien.\n"
    decoded = decode_text(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"
    assert decoded.warning is not None and "cp1252" in decoded.warning
    assert "guess" in decoded.warning


def test_cp1252_typographic_quotes_are_not_mistaken_for_central_european() -> None:
    decoded = decode_text(NEWS.encode("cp1252"))
    assert decoded.text == NEWS


def test_cyrillic_legacy_text_is_guessed() -> None:
    text = "Президент России Владимир Путин встретился с лидером КНДР Ким Чен Ыном в Москве.\n"
    decoded = decode_text(text.encode("cp1251"))
    assert decoded.text == text and decoded.warning is not None


def test_a_declared_charset_is_trusted_over_a_guess_without_a_warning() -> None:
    text = "Caf\u00e9 na\u00efve \u00e0 Paris"
    decoded = decode_text(text.encode("latin-1"), declared="iso-8859-1")
    assert (decoded.text, decoded.warning) == (text, None)


def test_a_declared_charset_does_not_override_valid_utf8() -> None:
    assert decode_text(NEWS.encode("utf-8"), declared="latin-1").text == NEWS


def test_damaged_utf8_keeps_its_good_characters_and_warns() -> None:
    data = "Kim’s “closest comrade” ".encode() + b"\xff" + " — Putin’s reply".encode()
    decoded = decode_text(data)
    assert decoded.text == "Kim’s “closest comrade” \ufffd — Putin’s reply"
    assert decoded.warning is not None and "invalid UTF-8" in decoded.warning


def test_utf16_without_a_byte_order_mark_is_recognised() -> None:
    decoded = decode_text("Kim Jong Un and Vladimir Putin, café".encode("utf-16-le"))
    assert decoded.text == "Kim Jong Un and Vladimir Putin, café"
    assert decoded.warning is not None and "UTF-16-LE" in decoded.warning


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "zip archive"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"ELF-like \x00\x01\x02\x00\x00\x07 data", "NUL bytes"),
        (bytes(range(128, 256)) * 4, "no known encoding"),
    ],
)
def test_binary_data_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode_text(data)

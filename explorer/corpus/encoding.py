"""Turn a file's bytes into text: UTF-8 (with or without BOM), UTF-16/32 with BOM, a charset
the file declares, and legacy encodings guessed by charset-normalizer (with a warning).

Binary data is refused with a reason, never decoded into noise.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_SNIFF_BYTES = 8192
# Signatures of files that are often misnamed .txt/.html/.csv; the name is shown to the user.
_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (or a .docx/.xlsx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-zip archive"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc/.xls)"),
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The most common legacy encoding; charset-normalizer often names an equivalent one first.
_WESTERN = "cp1252"


class DecodeError(ValueError):
    """The bytes are not text this app can read; the message says why, for the user."""


# At most one NUL byte in this many is damage in a text file rather than binary data.
_STRAY_NUL_RATIO = 100


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None  # set when the text may not be what the author wrote


def decode_text(data: bytes, declared: str | None = None) -> Decoded:
    """Decode bytes as text, refusing binary data with a reason a user understands.

    `declared` is a charset the file names itself (an HTML `<meta charset>`); it is
    trusted over a guess but not over a byte-order mark or valid UTF-8.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_marked(data, name)
    head = data[:_SNIFF_BYTES]
    for magic, kind in _BINARY_MAGIC:
        if head.startswith(magic):
            raise DecodeError(f"not text: this looks like {kind}")
    if b"\x00" in head:
        return _decode_unmarked_utf16(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if declared:
        try:
            return Decoded(data.decode(declared), codecs.lookup(declared).name)
        except (LookupError, UnicodeDecodeError):
            pass
    if _mostly_utf8(data):
        text = data.decode("utf-8", errors="replace")
        return Decoded(
            text,
            "utf-8",
            f"invalid UTF-8 bytes ({utf8_error.reason} at byte "
            f"{utf8_error.start}) were replaced with '\ufffd'",
        )
    return _guess(data)


def _decode_marked(data: bytes, name: str) -> Decoded:
    """A byte-order mark settles the encoding; bad bytes after it are replaced, with a warning."""
    try:
        return Decoded(data.decode(name), name)
    except UnicodeDecodeError as exc:
        text = data.decode(name, errors="replace")
        label = name.removesuffix("-sig").upper()
        return Decoded(
            text,
            name,
            f"invalid {label} bytes ({exc.reason} at byte {exc.start}) were replaced with '\ufffd'",
        )


def _decode_unmarked_utf16(data: bytes) -> Decoded:
    """NUL bytes are binary, unless they fall on every other byte (UTF-16 without its
    mark) or are a stray few in otherwise valid UTF-8 (text damaged by some tool)."""
    head = data[: _SNIFF_BYTES & ~1]
    for name, high_bytes in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if high_bytes.count(0) >= 0.9 * len(high_bytes):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                break
            return Decoded(text, name, f"no byte-order mark; decoded as {name.upper()}")
    nuls = data.count(0)
    if nuls <= max(1, len(data) // _STRAY_NUL_RATIO):
        try:
            return Decoded(data.decode("utf-8"), "utf-8", f"contains {nuls} NUL character(s)")
        except UnicodeDecodeError:
            pass
    raise DecodeError("not text: it contains NUL bytes (a binary file?)")


def _mostly_utf8(data: bytes) -> bool:
    """More well-formed multi-byte UTF-8 characters than broken bytes: damaged UTF-8,
    not a legacy encoding (where accented letters are single bytes that break UTF-8)."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    broken = replaced - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return non_ascii - replaced > broken


def _guess(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise DecodeError("not text: not UTF-8 and no known encoding fits (a binary file?)")
    best = matches[0]
    # On short texts charset-normalizer's language guess is weak: it may name cp1250 or cp1257
    # for French. Prefer the commoner cp1252 when it decodes the bytes as cleanly as the best.
    encoding = best.encoding
    if any(
        match.chaos <= best.chaos and _WESTERN in match.could_be_from_charset for match in matches
    ):
        encoding = _WESTERN
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:  # charset-normalizer judged a sample; trust its own decoding
        encoding, text = best.encoding, str(best)
    return Decoded(
        text,
        encoding,
        f"not UTF-8; decoded as {encoding}, which is a guess: "
        "check that accented or non-Latin letters look right",
    )

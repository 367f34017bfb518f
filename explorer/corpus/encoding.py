"""Turn a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM,
and legacy single-byte encodings detected by charset-normalizer (with a warning)."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_SNIFF_BYTES = 8192
_BINARY_MAGIC = (
    b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"%PDF", b"\x7fELF",
    b"\x1f\x8b", b"BZh", b"\xfd7zXZ", b"MZ", b"OggS", b"RIFF", b"ID3",
)


class DecodeError(ValueError):
    """The bytes are not text this app can read; the message says why, for the user."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    guessed: bool


def decode_text(data: bytes) -> Decoded:
    """Decode bytes as text, refusing binary data with a reason a user understands."""
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig", False)
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name, False)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {name.upper()} text ({exc.reason})") from None
    head = data[:_SNIFF_BYTES]
    if head.startswith(_BINARY_MAGIC):
        raise DecodeError("binary file, not text")
    if b"\x00" in head:
        raise DecodeError("binary file, not text (contains NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("undecodable bytes: not UTF-8 and no known encoding fits")
    return Decoded(str(best), best.encoding, True)

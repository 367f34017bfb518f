"""Shared by every reader: build a Document from decoded text, hash bytes, report failure."""

from __future__ import annotations

import hashlib
from pathlib import Path

from explorer.corpus.language import detect_language
from explorer.corpus.model import Document
from explorer.corpus.paragraphs import content_paragraphs, headline


class ReadError(ValueError):
    """A file that cannot be read; the message is the reason shown to the user."""


def content_hash(data: bytes) -> str:
    """A short digest of what was read: a re-index skips a document whose digest is unchanged."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def make_document(
    path: Path,
    text: str,
    data_hash: str,
    *,
    key: str | None = None,
    title: str | None = None,
    date: str | None = None,
    language: str | None = None,
) -> Document:
    """A document from decoded text: paragraphs, furniture, headline and language found here.

    A `title` from metadata wins over the headline; its whitespace is collapsed to one line.
    A `language` from metadata (a code) wins over the one detected from the text.
    """
    paragraphs = content_paragraphs(text)
    title = " ".join(title.split()) if title else ""
    return Document(
        key=key or str(path),
        path=path,
        title=title or headline(text, paragraphs, fallback=path.stem),
        text=text,
        content_hash=data_hash,
        paragraphs=tuple(paragraphs),
        date=date,
        language=language or detect_language(text, paragraphs),
    )


def human_size(count: int) -> str:
    """A byte count as a person reads it: 900 bytes, 1.5 KB, 600.0 MB."""
    value, unit = float(count), "bytes"
    for larger in ("KB", "MB", "GB"):
        if value < 1024:
            break
        value, unit = value / 1024, larger
    return f"{count} bytes" if unit == "bytes" else f"{value:,.1f} {unit}"

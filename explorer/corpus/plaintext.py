"""Reader for .txt and .md files."""

from __future__ import annotations

from pathlib import Path

from explorer.corpus.assemble import ReadError, content_hash, make_document
from explorer.corpus.encoding import decode_text
from explorer.corpus.model import Problem, ReadOptions, ReadResult


def read_plain_text(path: Path, data: bytes, options: ReadOptions) -> ReadResult:
    """The decoded file is the document's text, unchanged, so that every passage's offsets
    are also offsets into the file a user may open."""
    decoded = decode_text(data)
    if not decoded.text.strip():
        raise ReadError("no text: the file holds only blank space")
    problems = [Problem(path, decoded.warning, skipped=False)] if decoded.warning else []
    return ReadResult([make_document(path, decoded.text, content_hash(data))], problems)

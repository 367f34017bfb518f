"""Reader for .txt and .md files."""

from __future__ import annotations

from pathlib import Path

from explorer.corpus.assemble import content_hash, make_document
from explorer.corpus.encoding import decode_text
from explorer.corpus.model import Problem, ReadOptions, ReadResult


def read_plain_text(path: Path, data: bytes, options: ReadOptions) -> ReadResult:
    """Offsets are offsets into the file's decoded text, so passages can be found in the file."""
    decoded = decode_text(data)
    problems = []
    if decoded.guessed:
        problems.append(Problem(path, f"not UTF-8; decoded as {decoded.encoding}", skipped=False))
    if not decoded.text.strip():
        return ReadResult([], [Problem(path, "empty file")])
    return ReadResult([make_document(path, decoded.text, content_hash(data))], problems)

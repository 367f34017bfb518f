"""Read one source file into documents, choosing the reader by the file's suffix.

A reader takes the file's path, bytes and read options and returns a ReadResult; it raises
`ReadError` (or `DecodeError`) with a sentence for the user when the file cannot be read
at all. Readers import their heavy libraries (trafilatura, pypdf, python-docx) when first
called, so importing this module stays fast.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from explorer.corpus.assemble import ReadError, content_hash, human_size
from explorer.corpus.csvfile import read_csv
from explorer.corpus.encoding import DecodeError
from explorer.corpus.htmlpage import read_html
from explorer.corpus.jsonl import read_jsonl
from explorer.corpus.model import Problem, ReadOptions, ReadResult, SourceFile
from explorer.corpus.pdf import read_pdf
from explorer.corpus.plaintext import read_plain_text
from explorer.corpus.word import read_docx

MAX_FILE_BYTES = 512 * 1024 * 1024

Reader = Callable[[Path, bytes, ReadOptions], ReadResult]

READERS: dict[str, Reader] = {
    ".txt": read_plain_text,
    ".md": read_plain_text,
    ".markdown": read_plain_text,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".jsonl": read_jsonl,
    ".csv": read_csv,
}
SUPPORTED_SUFFIXES = frozenset(READERS)


def readable_types() -> str:
    """'.txt, .md, … and .csv': what a message on a corpus with nothing readable names,
    in the readers' order (.txt first)."""
    suffixes = list(READERS)
    return ", ".join(suffixes[:-1]) + " and " + suffixes[-1]


_DEFAULT_OPTIONS = ReadOptions()


def read_source(source: SourceFile, options: ReadOptions = _DEFAULT_OPTIONS) -> ReadResult:
    """Read one file; every failure becomes a Problem naming the file, never an exception."""
    path = source.path
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        return _failed(path, f"unsupported file type '{path.suffix or path.name}'")
    try:
        size = path.stat().st_size  # now, not when discovered: the file may have grown
        if size > MAX_FILE_BYTES:
            return _failed(
                path, f"too large ({human_size(size)}; the limit is {human_size(MAX_FILE_BYTES)})"
            )
        data = path.read_bytes()
    except OSError as exc:
        return _failed(path, f"cannot be opened ({exc.strerror or exc})")
    if not data:
        return _failed(path, "empty file")
    try:
        result = reader(path, data, options)
        return dataclasses.replace(result, source_hash=content_hash(data))
    except (ReadError, DecodeError) as exc:
        return _failed(path, str(exc))
    except Exception as exc:  # a broken file must never stop the whole corpus
        return _failed(path, f"cannot be read ({type(exc).__name__}: {exc})")


def _failed(path: Path, reason: str) -> ReadResult:
    return ReadResult([], [Problem(path, reason)])

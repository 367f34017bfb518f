"""Read one source file into documents, choosing the reader by the file's suffix.

A reader takes the file's path, bytes and read options and returns a ReadResult; it raises
`ReadError` (or `DecodeError`) with a sentence for the user when the file
cannot be read at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from explorer.corpus.assemble import ReadError
from explorer.corpus.encoding import DecodeError
from explorer.corpus.model import Problem, ReadOptions, ReadResult, SourceFile
from explorer.corpus.plaintext import read_plain_text

MAX_FILE_BYTES = 512 * 1024 * 1024

Reader = Callable[[Path, bytes, ReadOptions], ReadResult]

READERS: dict[str, Reader] = {
    ".txt": read_plain_text,
    ".md": read_plain_text,
    ".markdown": read_plain_text,
}
SUPPORTED_SUFFIXES = frozenset(READERS)


_DEFAULT_OPTIONS = ReadOptions()


def read_source(source: SourceFile, options: ReadOptions = _DEFAULT_OPTIONS) -> ReadResult:
    """Read one file; every failure becomes a Problem, never an exception."""
    path = source.path
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        return ReadResult([], [Problem(path, f"unsupported file type '{path.suffix}'")])
    if source.size > MAX_FILE_BYTES:
        mb = 1024 * 1024
        reason = f"too large ({source.size // mb} MB; the limit is {MAX_FILE_BYTES // mb} MB)"
        return ReadResult([], [Problem(path, reason)])
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ReadResult([], [Problem(path, exc.strerror or str(exc))])
    try:
        return reader(path, data, options)
    except (ReadError, DecodeError) as exc:
        return ReadResult([], [Problem(path, str(exc))])
    except Exception as exc:  # a broken file must never stop the whole corpus
        return ReadResult([], [Problem(path, f"cannot be read ({type(exc).__name__}: {exc})")])

"""Reading a generated file the way the indexer does, for the corpus reader tests."""

from __future__ import annotations

from pathlib import Path

from explorer.corpus.model import Document, ReadOptions, ReadResult, SourceFile
from explorer.corpus.read import read_source


def read_bytes(
    tmp_path: Path, name: str, data: bytes | str, options: ReadOptions | None = None
) -> ReadResult:
    """Write `data` (text as UTF-8) to tmp_path/name and read it as the indexer would."""
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    source = SourceFile(path=path, size=path.stat().st_size, mtime_ns=0)
    return read_source(source, options) if options else read_source(source)


def only_document(result: ReadResult) -> Document:
    assert result.problems == []
    (document,) = result.documents
    return document


def skipped_reason(result: ReadResult, name: str) -> str:
    assert result.documents == []
    (problem,) = result.problems
    assert problem.skipped and problem.path.name == name
    return problem.reason

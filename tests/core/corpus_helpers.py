"""Reading a generated file the way the indexer does, for the corpus reader tests."""

from __future__ import annotations

from pathlib import Path

from explorer.corpus.model import Document, ReadResult, SourceFile
from explorer.corpus.read import read_source


def read_bytes(tmp_path: Path, name: str, data: bytes) -> ReadResult:
    path = tmp_path / name
    path.write_bytes(data)
    return read_source(SourceFile(path=path, size=len(data), mtime_ns=0))


def only_document(result: ReadResult) -> Document:
    assert result.problems == []
    (document,) = result.documents
    return document


def skipped_reason(result: ReadResult, name: str) -> str:
    assert result.documents == []
    (problem,) = result.problems
    assert problem.skipped and problem.path.name == name
    return problem.reason

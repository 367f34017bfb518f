"""The plain records the corpus package hands to the rest of the app."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# A file name may hold a newline or other control characters; a problem stays on one line.
_ESCAPES = {code: f"\\x{code:02x}" for code in (*range(0x20), 0x7F)} | {
    0x09: "\\t",
    0x0A: "\\n",
    0x0D: "\\r",
}


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file found on disk; size and mtime let a re-index skip unchanged files cheaply."""

    path: Path
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class Document:
    """One document: a file, or one record of a jsonl/csv file.

    `paragraphs` are (start, end) offsets into `text` of the content paragraphs;
    page furniture is left out of them but never removed from `text`, so every
    offset into `text` is also an offset into the file's decoded text (txt/md).
    """

    key: str
    path: Path
    title: str
    text: str
    content_hash: str
    paragraphs: tuple[tuple[int, int], ...]
    date: str | None = None
    # Its language's code ("en", "fr"; "und" when it could not be told): the record's
    # own field, else detected from the text (explorer/corpus/language.py).
    language: str = "und"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input. `skipped` is False for warnings (the file was read)."""

    path: Path
    reason: str
    skipped: bool = True

    def __str__(self) -> str:
        prefix = "skipped" if self.skipped else "warning"
        return f"{prefix}: {str(self.path).translate(_ESCAPES)}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ReadResult:
    documents: list[Document]
    problems: list[Problem]
    # Hash of the very bytes the documents came from ("" when nothing was read), so
    # a file that changes while being indexed is never remembered by its new hash.
    source_hash: str = ""


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Which fields of a jsonl/csv record hold the text, title, date and id."""

    text_field: str = "text"
    title_field: str = "title"
    date_field: str = "date"
    id_field: str = "id"

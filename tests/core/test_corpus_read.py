"""read_source: every bad file becomes one clear problem naming it; nothing raises."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.corpus import read
from explorer.corpus.model import Document, Problem, ReadResult, SourceFile
from explorer.corpus.read import read_source


def source(path: Path) -> SourceFile:
    size = path.stat().st_size if path.exists() else 0
    return SourceFile(path=path, size=size, mtime_ns=0)


def only_problem(result: ReadResult, path: Path) -> Problem:
    """The single problem of a file that was skipped, checked to be what a user would see."""
    assert result.documents == []
    (problem,) = result.problems
    assert problem.skipped and problem.path == path
    assert str(problem).startswith(f"skipped: {path}: ")
    return problem


def only_document(result: ReadResult) -> Document:
    (document,) = result.documents
    return document


def test_a_text_file_is_one_document_titled_by_its_headline(tmp_path: Path) -> None:
    path = tmp_path / "kim visit.txt"
    text = "Loading Now\r\n\r\nKim to Visit Russia\r\n\r\nKim Jong Un will visit Moscow in May.\r\n"
    path.write_bytes(text.encode())
    result = read_source(source(path))
    document = only_document(result)
    assert result.problems == []
    assert (document.key, document.path, document.title, document.text) == (
        str(path),
        path,
        "Kim to Visit Russia",
        text,
    )
    assert [text[s:e] for s, e in document.paragraphs] == [
        "Kim to Visit Russia",
        "Kim Jong Un will visit Moscow in May.",
    ]
    assert document.date is None and len(document.content_hash) == 32


def test_a_markdown_file_is_titled_by_its_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Putin meets Kim\n\nThe two leaders met in Pyongyang.\n", encoding="utf-8")
    assert only_document(read_source(source(path))).title == "Putin meets Kim"


def test_the_same_bytes_give_the_same_hash_and_other_bytes_another(tmp_path: Path) -> None:
    first, second, third = (tmp_path / f"{n}.txt" for n in "abc")
    first.write_text("Kim met Putin.")
    second.write_text("Kim met Putin.")
    third.write_text("Kim met Xi.")
    hashes = [only_document(read_source(source(p))).content_hash for p in (first, second, third)]
    assert hashes[0] == hashes[1] != hashes[2]


def test_a_legacy_encoding_is_read_with_a_warning_naming_file_and_encoding(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Le président a rencontré Kim Jong Un à Moscou.".encode("cp1252"))
    result = read_source(source(path))
    assert only_document(result).text == "Le président a rencontré Kim Jong Un à Moscou."
    (warning,) = result.problems
    assert not warning.skipped
    assert str(warning).startswith(f"warning: {path}: not UTF-8; decoded as cp1252")


def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Ким Чен Ын и Путин".encode("utf-16-le"))
    result = read_source(source(path))
    assert only_document(result).text == "Ким Чен Ын и Путин" and result.problems == []


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \r\n\t\n", "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not text: this looks like a PNG image"),
        (b"\x00\x01\x02\x03" * 100, "not text: it contains NUL bytes"),
        (bytes(range(128, 256)) * 4, "no known encoding fits"),
    ],
)
def test_a_text_file_that_is_not_text_is_skipped_with_the_reason(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    assert reason in only_problem(read_source(source(path)), path).reason


def test_a_missing_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    assert "No such file" in only_problem(read_source(source(path)), path).reason


def test_a_folder_given_as_a_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "folder.txt"
    path.mkdir()
    assert "cannot be opened" in only_problem(read_source(source(path)), path).reason


def test_an_unreadable_file_is_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Kim met Putin.")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    problem = only_problem(read_source(source(path)), path)
    assert problem.reason == "cannot be opened (Permission denied)"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root reads files whatever their permissions",
)
def test_a_file_without_read_permission_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Kim met Putin.")
    path.chmod(0)
    try:
        assert "Permission denied" in only_problem(read_source(source(path)), path).reason
    finally:
        path.chmod(0o644)


def test_an_enormous_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Kim met Putin. " * 200)
    monkeypatch.setattr(read, "MAX_FILE_BYTES", 2048)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("the file was read"))
    problem = only_problem(read_source(source(path)), path)
    assert problem.reason == "too large (2.9 KB; the limit is 2.0 KB)"


def test_an_unsupported_file_type_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff")
    assert only_problem(read_source(source(path)), path).reason == "unsupported file type '.jpg'"


def test_a_reader_that_crashes_is_a_problem_not_an_exception(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Kim met Putin.")

    def crash(*_: object) -> ReadResult:
        raise RuntimeError("library bug")

    monkeypatch.setitem(read.READERS, ".txt", crash)
    problem = only_problem(read_source(source(path)), path)
    assert problem.reason == "cannot be read (RuntimeError: library bug)"


def test_importing_the_reader_table_loads_no_heavy_library() -> None:
    code = (
        "import sys, explorer.corpus.read, explorer.corpus.discover; "
        "print(sorted(m for m in ('trafilatura', 'pypdf', 'docx', 'lxml', 'charset_normalizer',"
        " 'spacy', 'sqlite3', 'PySide6') if m in sys.modules))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "[]"


def test_problems_print_on_one_line_whatever_the_file_name() -> None:
    problem = Problem(Path("/corpus/two\nlines.txt"), "empty file")
    assert str(problem) == "skipped: /corpus/two\\nlines.txt: empty file"

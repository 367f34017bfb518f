"""Word files: paragraphs, tables, title and date; zip bombs refused before unpacking."""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile
from pathlib import Path

import docx
import pytest
from corpus_helpers import only_document, read_bytes, skipped_reason

from explorer.corpus import word
from explorer.corpus.model import ReadResult

BODY = "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a pact."


def word_file(*, title: str = "", heading: str | None = "Putin and Kim Sign a Pact") -> bytes:
    document = docx.Document()
    if heading:
        document.add_heading(heading, level=1)
    document.add_paragraph(BODY)
    document.add_paragraph("   ")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Country", "Leader", "Role"), strict=True):
        cell.text = text
    for cell, text in zip(
        table.rows[1].cells, ("Russia", "Vladimir Putin", "President"), strict=True
    ):
        cell.text = text
    document.add_paragraph("Share.")
    document.core_properties.title = title
    document.core_properties.created = dt.datetime(2024, 6, 19, 10, 30)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def read_docx_bytes(tmp_path: Path, data: bytes) -> ReadResult:
    return read_bytes(tmp_path, "memo.docx", data)


def skipped(result: ReadResult) -> str:
    return skipped_reason(result, "memo.docx")


def test_paragraphs_and_table_rows_are_read_in_order(tmp_path: Path) -> None:
    document = only_document(read_docx_bytes(tmp_path, word_file()))
    assert document.text == (
        "Putin and Kim Sign a Pact\n\n" + BODY + "\n\nCountry | Leader | Role"
        "\n\nRussia | Vladimir Putin | President\n\nShare."
    )
    assert [document.text[s:e] for s, e in document.paragraphs] == [
        "Putin and Kim Sign a Pact",
        BODY,
        "Country | Leader | Role",
        "Russia | Vladimir Putin | President",
    ]
    assert (document.title, document.date) == ("Putin and Kim Sign a Pact", "2024-06-19")


def test_the_title_property_wins_over_the_first_heading(tmp_path: Path) -> None:
    document = only_document(read_docx_bytes(tmp_path, word_file(title="Treaty memo")))
    assert document.title == "Treaty memo"


def test_a_short_first_heading_still_titles_the_document(tmp_path: Path) -> None:
    document = only_document(read_docx_bytes(tmp_path, word_file(heading="Treaty")))
    assert document.title == "Treaty"


def zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_a_zip_bomb_is_refused_before_anything_is_decompressed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = zip_of({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (32 << 20)})
    assert len(bomb) < 100_000
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: pytest.fail("decompressed"))
    reason = skipped(read_docx_bytes(tmp_path, bomb))
    assert re.fullmatch(
        r"refused: it would unpack to 32\.0 MB from \d+\.\d KB \(a zip bomb\?\)", reason
    )


def test_an_archive_unpacking_beyond_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(word, "MAX_UNPACKED_BYTES", 10_000)
    assert skipped(read_docx_bytes(tmp_path, word_file())).startswith("refused:")


def test_an_archive_of_too_many_files_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(word, "MAX_MEMBERS", 5)
    reason = skipped(read_docx_bytes(tmp_path, word_file()))
    assert reason.startswith("refused: the archive holds") and "files" in reason


def understate_sizes(archive: bytes, size: int) -> bytes:
    """The archive with every member's declared uncompressed size rewritten to `size`."""
    data = bytearray(archive)
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = data.find(signature)
        while start != -1:
            struct.pack_into("<I", data, start + offset, size)
            start = data.find(signature, start + 4)
    return bytes(data)


def test_a_bomb_that_lies_about_its_sizes_fails_without_unpacking(tmp_path: Path) -> None:
    liar = understate_sizes(
        zip_of({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (8 << 20)}), 100
    )
    reason = skipped(read_docx_bytes(tmp_path, liar))
    assert reason.startswith("damaged Word document (Bad CRC-32")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"This is plain text named .docx", "not a Word document (not a zip archive)"),
        (word_file()[:2000], "not a Word document (not a zip archive)"),
        (zip_of({"notes.txt": b"Kim met Putin."}), "not a Word document (KeyError:"),
    ],
)
def test_a_broken_docx_is_skipped_with_the_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    assert skipped(read_docx_bytes(tmp_path, data)).startswith(reason)


def test_a_docx_without_text_is_skipped(tmp_path: Path) -> None:
    out = io.BytesIO()
    docx.Document().save(out)
    assert skipped(read_docx_bytes(tmp_path, out.getvalue())) == "no text in this document"

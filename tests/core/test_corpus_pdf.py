"""PDF files: the text of every page, the title and date; damaged or locked files are named."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pytest
from corpus_helpers import only_document, read_bytes, skipped_reason
from pypdf import PdfReader, PdfWriter

from explorer.corpus.model import ReadResult


def minimal_pdf(pages: list[str], info: dict[str, str] | None = None) -> bytes:
    """A hand-written PDF with one Helvetica text line per line of each page."""
    count = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for number, page in enumerate(pages):
        shown = [
            line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            for line in page.splitlines()
        ]
        stream = "\n".join(
            ["BT /F1 11 Tf 14 TL 72 720 Td", *(f"({s}) Tj T*" for s in shown), "ET"]
        ).encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
            f"<< /Font << /F1 3 0 R >> >> /Contents {5 + 2 * number} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    trailer = f"/Size {len(objects) + 2} /Root 1 0 R"
    if info:
        entries = " ".join(f"/{key} ({value})" for key, value in info.items())
        objects.append(f"<< {entries} >>".encode("latin-1"))
        trailer += f" /Info {len(objects)} 0 R"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer.encode(), xref)
    return bytes(out)


PAGE_ONE = "Kim Jong Un met Vladimir Putin in Vladivostok.\nThe talks lasted two hours."
PAGE_TWO = "Pyongyang will send workers to Russia."


def read_pdf_bytes(tmp_path: Path, data: bytes) -> ReadResult:
    return read_bytes(tmp_path, "report.pdf", data)


def skipped(result: ReadResult) -> str:
    return skipped_reason(result, "report.pdf")


def encrypted(data: bytes, user_password: str, algorithm: str = "RC4-128") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_every_page_is_read_with_pages_separated_by_blank_lines(tmp_path: Path) -> None:
    pdf = minimal_pdf(
        [PAGE_ONE, PAGE_TWO],
        {"Title": "Summit in Vladivostok", "CreationDate": "D:20230913103000+09'00'"},
    )
    document = only_document(read_pdf_bytes(tmp_path, pdf))
    assert document.text == f"{PAGE_ONE}\n\n{PAGE_TWO}"
    assert (document.title, document.date) == ("Summit in Vladivostok", "2023-09-13")
    assert [document.text[s:e] for s, e in document.paragraphs] == [
        "Kim Jong Un met Vladimir Putin in Vladivostok.",
        "The talks lasted two hours.",
        PAGE_TWO,
    ]


def test_a_title_naming_the_authoring_program_gives_way_to_the_headline(tmp_path: Path) -> None:
    pdf = minimal_pdf(
        ["Putin Hosts Kim in Vladivostok\n\n" + PAGE_TWO], {"Title": "Microsoft Word - draft3.docx"}
    )
    assert only_document(read_pdf_bytes(tmp_path, pdf)).title == "Putin Hosts Kim in Vladivostok"


def test_a_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    document = only_document(read_pdf_bytes(tmp_path, encrypted(minimal_pdf([PAGE_ONE]), "")))
    assert document.text == PAGE_ONE


def test_a_pdf_that_needs_a_password_is_skipped(tmp_path: Path) -> None:
    result = read_pdf_bytes(tmp_path, encrypted(minimal_pdf([PAGE_ONE]), "secret"))
    assert skipped(result) == "encrypted PDF: it needs a password"


@pytest.mark.skipif(
    importlib.util.find_spec("cryptography") is None, reason="pypdf needs cryptography to write AES"
)
def test_an_aes_encrypted_pdf_with_an_empty_password_is_read(tmp_path: Path) -> None:
    data = encrypted(minimal_pdf([PAGE_ONE]), "", algorithm="AES-128")
    assert only_document(read_pdf_bytes(tmp_path, data)).text == PAGE_ONE


def test_a_pdf_without_a_text_layer_is_skipped_as_a_probable_scan(tmp_path: Path) -> None:
    reason = skipped(read_pdf_bytes(tmp_path, minimal_pdf(["", ""])))
    assert reason == "no text in its 2 page(s): a scan? (text in images is not read)"


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\nthis is not really a PDF",
        minimal_pdf([PAGE_ONE])[:150],
        b"Just a text file with the wrong name.",
    ],
)
def test_a_damaged_pdf_is_skipped_with_the_reason(tmp_path: Path, data: bytes) -> None:
    assert skipped(read_pdf_bytes(tmp_path, data)).startswith("damaged or not a PDF (")

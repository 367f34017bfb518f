"""Reader for .docx files: body paragraphs and table rows, separated by blank lines.

A .docx is a zip archive, so a small file can unpack to gigabytes. The archive is checked
before anything is decompressed, then copied member by member in bounded chunks into an
uncompressed archive for python-docx: a member whose header understates its size fails its
checksum there instead of filling memory.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.corpus.assemble import ReadError, content_hash, human_size, make_document
from explorer.corpus.dates import parse_date
from explorer.corpus.model import ReadOptions, ReadResult

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

MAX_UNPACKED_BYTES = 256 * 1024 * 1024
# Word's XML compresses about 10:1; past this ratio a large archive is a bomb, not a document.
MAX_RATIO = 100
_RATIO_CHECK_BYTES = 16 * 1024 * 1024
MAX_MEMBERS = 10_000
_CHUNK_BYTES = 1024 * 1024


def read_docx(path: Path, data: bytes, options: ReadOptions) -> ReadResult:
    """Title from the document properties, else its first Title or Heading paragraph."""
    import docx

    unpacked = _unpacked(data)
    try:
        document = docx.Document(unpacked)
    except Exception as exc:  # python-docx raises many kinds for a zip that is not Word's
        raise ReadError(f"not a Word document ({type(exc).__name__}: {exc})") from None
    blocks = list(_blocks(document))
    text = "\n\n".join(text for text, _ in blocks)
    if not text:
        raise ReadError("no text in this document")
    properties = document.core_properties
    title = (properties.title or "").strip() or next(
        (text for text, style in blocks if style == "Title" or style.startswith("Heading")), None
    )
    return ReadResult(
        [
            make_document(
                path, text, content_hash(data), title=title, date=parse_date(properties.created)
            )
        ],
        [],
    )


def _unpacked(data: bytes) -> io.BytesIO:
    """The archive stored without compression, after refusing one that would unpack too far."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ReadError("not a Word document (not a zip archive)") from None
    with archive:
        members = archive.infolist()
        _check_sizes(members, len(data))
        copy = io.BytesIO()
        try:
            with zipfile.ZipFile(copy, "w", zipfile.ZIP_STORED) as target:
                for member in members:
                    with archive.open(member) as source, target.open(member.filename, "w") as out:
                        shutil.copyfileobj(source, out, _CHUNK_BYTES)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, EOFError, OSError) as exc:
            raise ReadError(f"damaged Word document ({exc})") from None
    copy.seek(0)
    return copy


def _check_sizes(members: list[zipfile.ZipInfo], packed: int) -> None:
    unpacked = sum(member.file_size for member in members)
    if len(members) > MAX_MEMBERS:
        raise ReadError(f"refused: the archive holds {len(members)} files (a zip bomb?)")
    if unpacked > MAX_UNPACKED_BYTES or (
        unpacked > _RATIO_CHECK_BYTES and unpacked > MAX_RATIO * packed
    ):
        raise ReadError(
            f"refused: it would unpack to {human_size(unpacked)} from "
            f"{human_size(packed)} (a zip bomb?)"
        )


def _blocks(document: WordDocument) -> Iterator[tuple[str, str]]:
    """(text, style name) of each non-empty paragraph and table row, in reading order."""
    from docx.table import Table

    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = dict.fromkeys(cell.text.strip() for cell in row.cells)  # merged repeat
                line = " | ".join(cell for cell in cells if cell)
                if line:
                    yield line, ""
        elif text := item.text.strip():
            yield text, item.style.name if item.style is not None and item.style.name else ""

"""Reader for .pdf files: the text of every page, pages separated by blank lines."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.corpus.assemble import ReadError, content_hash, make_document
from explorer.corpus.dates import parse_date
from explorer.corpus.model import Problem, ReadOptions, ReadResult

if TYPE_CHECKING:
    from pypdf import PdfReader

# Titles that name the file or the program that made it, not the document.
_JUNK_TITLE = re.compile(
    r"(?i)^(?:untitled|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|pdf|"
    r"odt|rtf|txt|indd|qxd))$"
)


def read_pdf(path: Path, data: bytes, options: ReadOptions) -> ReadResult:
    """Scanned pages have no text layer and give none: there is no OCR here."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        _unlock(reader)
        pages = list(reader.pages)
    except PyPdfError as exc:
        raise ReadError(f"damaged or not a PDF ({exc})") from None
    problems: list[Problem] = []
    texts: list[str] = []
    for number, page in enumerate(pages, 1):
        try:
            texts.append(page.extract_text().strip())
        except Exception as exc:  # one bad page must not lose the others
            problems.append(
                Problem(
                    path,
                    f"page {number} skipped: its text cannot be extracted "
                    f"({type(exc).__name__}: {exc})",
                    skipped=False,
                )
            )
    text = "\n\n".join(t for t in texts if t)
    if not text:
        raise ReadError(
            f"no text in its {len(pages)} page(s): a scan? (text in images is not read)"
        )
    title, date = _metadata(reader)
    document = make_document(path, text, content_hash(data), title=title, date=date)
    return ReadResult([document], problems)


def _unlock(reader: PdfReader) -> None:
    """Open a PDF encrypted with an empty user password (restrictions only); refuse the rest."""
    from pypdf.errors import DependencyError

    if not reader.is_encrypted:
        return
    try:
        unlocked = reader.decrypt("")
    except (DependencyError, NotImplementedError) as exc:
        raise ReadError(f"encrypted PDF that cannot be opened here ({exc})") from None
    if not unlocked:
        raise ReadError("encrypted PDF: it needs a password")


def _metadata(reader: PdfReader) -> tuple[str | None, str | None]:
    """Title and creation date, where the PDF has them and they are usable."""
    try:
        info = reader.metadata
        title = (info.title or "").strip() if info else ""
        created = info.creation_date if info else None
    except Exception:  # metadata is optional: a damaged info dictionary is no reason to refuse
        return None, None
    return (None if _JUNK_TITLE.match(title) else title or None), parse_date(created)

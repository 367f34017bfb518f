"""Reader for .html/.htm pages: the article's main text, title and date, no navigation.

trafilatura finds the main text and the metadata (its date comes from htmldate). Both are
given a parsed tree, never a string: htmldate downloads a string that looks like a URL.
Parsing is lxml's HTML parser, which neither loads external entities nor runs scripts.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.corpus.assemble import ReadError, content_hash, make_document
from explorer.corpus.dates import parse_date
from explorer.corpus.encoding import decode_text
from explorer.corpus.model import Problem, ReadOptions, ReadResult

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_CHARSET_SNIFF_BYTES = 4096
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_HTML_ELEMENT = re.compile(r"<html[\s>]", re.IGNORECASE)


def read_html(path: Path, data: bytes, options: ReadOptions) -> ReadResult:
    """The main text, one paragraph per block separated by blank lines; offsets index it.

    The title is trafilatura's: the page's `og:title`, its only `<h1>` or its `<title>`
    without the site's name; else the first headline of the text.
    """
    from trafilatura import bare_extraction
    from trafilatura.settings import Document as Extracted

    decoded = decode_text(data, declared=_declared_charset(data))
    tree = _parse(decoded.text)
    extracted = bare_extraction(tree, with_metadata=True, include_comments=False)
    if not isinstance(extracted, Extracted) or not extracted.text:
        raise ReadError("no readable text on this page")
    lines = (line.strip() for line in extracted.text.splitlines())
    text = "\n\n".join(line for line in lines if line)
    problems = [Problem(path, decoded.warning, skipped=False)] if decoded.warning else []
    document = make_document(
        path, text, content_hash(data), title=extracted.title, date=parse_date(extracted.date)
    )
    return ReadResult([document], problems)


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:_CHARSET_SNIFF_BYTES])
    return match[1].decode("ascii") if match else None


def _parse(markup: str) -> HtmlElement:
    from trafilatura.utils import load_html

    if not _HTML_ELEMENT.search(markup):  # a fragment: trafilatura wants a whole page
        markup = f"<html><body>{markup}</body></html>"
    tree = load_html(markup)
    if tree is None:
        raise ReadError("not an HTML page")
    return tree

"""Render rows for the terminal (aligned table), for programs (JSON) and spreadsheets (CSV)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import textwrap
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO

Record = dict[str, Any]
Span = tuple[int, int]  # character offsets into a passage's text

# In a passage table the passage is the answer and the title only a label: the title
# gets at most this many columns, and the passage never fewer than MIN_TEXT_WIDTH.
TITLE_WIDTH = 28
MIN_TEXT_WIDTH = 40
# A match is starred where plain text is wanted (a pipe, a file, NO_COLOR) and bold on
# a terminal. While wrapping it is held by these two private-use characters, one column
# each like the stars, so the wrapped width is what is printed.
_OPEN, _CLOSE = "\ue000", "\ue001"
STARS = ("*", "*")
BOLD = ("\033[1m", "\033[22m")
# What full-text search takes for a word: letters and digits (FTS5's unicode61 tokenizer).
_TOKEN = re.compile(r"[^\W_]+")


def listed(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return " and ".join(filter(None, [", ".join(items[:-1]), *items[-1:]]))


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return (
            f"{value.get('text', '')} ({value.get('mentions', '')})"
            if "mentions" in value
            else str(value.get("text", ""))
        )
    return "" if value is None else " ".join(str(value).split())


def _cut(value: str, width: int) -> str:
    return value if len(value) <= width else value[: max(width - 1, 0)] + "…"


def _width(width: int | None) -> int:
    return width or shutil.get_terminal_size((120, 24)).columns


def table(records: Sequence[Record], columns: Sequence[str], width: int | None = None) -> str:
    """An aligned table that fits the terminal: the last column is cut to the width left."""
    width = _width(width)
    cells = [[_cell(r.get(c)) for c in columns] for r in records]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    fixed = sum(widths[:-1]) + 2 * (len(columns) - 1)
    widths[-1] = max(len(columns[-1]), min(widths[-1], width - fixed))
    numeric = [all(isinstance(r.get(c), int | float) for r in records) and records for c in columns]

    def line(values: Sequence[str]) -> str:
        parts = []
        for i, value in enumerate(values):
            value = _cut(value, widths[i])
            parts.append(value.rjust(widths[i]) if numeric[i] else value.ljust(widths[i]))
        return "  ".join(parts).rstrip()

    header = line([c.upper() for c in columns])
    return "\n".join([header, *(line(row) for row in cells)])


def passage_table(
    rows: Sequence[tuple[str, str, Sequence[Span]]],
    *,
    width: int | None = None,
    bold: bool = False,
) -> str:
    """Passages (title, text, matched spans) in full, wrapped beside a short title, each
    match starred (or bold): the passage is what was asked for, so none of it is cut."""
    width = _width(width)
    longest = max((len(_cell(title)) for title, _, _ in rows), default=0)
    title_width = max(len("TITLE"), min(TITLE_WIDTH, longest, width - 2 - MIN_TEXT_WIDTH))
    text_width = max(MIN_TEXT_WIDTH, width - title_width - 2)
    lines = [f"{'TITLE':<{title_width}}  PASSAGE"]
    for title, text, spans in rows:
        for i, line in enumerate(_wrapped(text, spans, text_width, bold)):
            label = _cut(_cell(title), title_width) if i == 0 else ""
            lines.append(f"{label:<{title_width}}  {line}".rstrip())
    return "\n".join(lines)


def _wrapped(text: str, spans: Sequence[Span], width: int, bold: bool) -> list[str]:
    """`text` wrapped to `width` with every span marked; bold is closed at the end of a
    line and opened again on the next, so it never leaks into the title column."""
    text = text.replace(_OPEN, "\ufffd").replace(_CLOSE, "\ufffd")
    for start, end in reversed(_merged(spans, len(text))):
        text = text[:start] + _OPEN + text[start:end] + _CLOSE + text[end:]
    opened, closed = BOLD if bold else STARS
    lines, inside = [], False
    for line in textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False) or [""]:
        starts_inside = inside
        last = max(line.rfind(_OPEN), line.rfind(_CLOSE))
        inside = line[last] == _OPEN if last >= 0 else inside
        line = line.replace(_OPEN, opened).replace(_CLOSE, closed)
        if bold:
            line = (opened if starts_inside else "") + line + (closed if inside else "")
        lines.append(line)
    return lines


def _merged(spans: Sequence[Span], length: int) -> list[Span]:
    """The spans inside the text, sorted, overlapping ones joined."""
    merged: list[Span] = []
    for start, end in sorted((max(0, s), min(length, e)) for s, e in spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def wants_bold(stream: TextIO) -> bool:
    """A terminal that has not asked for plain text (NO_COLOR); elsewhere matches are starred."""
    return stream.isatty() and not os.environ.get("NO_COLOR")


def query_spans(text: str, query: str) -> list[Span]:
    """Where the words of a search query occur in `text`, as full-text search matched them:
    each word a sequence of tokens, compared without case or diacritics."""
    tokens = [(m.start(), m.end(), _folded(m.group())) for m in _TOKEN.finditer(text)]
    words = [tok[2] for tok in tokens]
    spans = []
    for term in query.split():
        phrase = [_folded(t) for t in _TOKEN.findall(term)]
        for i in range(len(tokens) - len(phrase) + 1) if phrase else ():
            if words[i : i + len(phrase)] == phrase:
                spans.append((tokens[i][0], tokens[i + len(phrase) - 1][1]))
    joined: list[Span] = []  # the words of a query found side by side read as one match
    for start, end in _merged(spans, len(text)):
        if joined and not text[joined[-1][1] : start].strip():
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def to_json(records: Sequence[Record]) -> str:
    return json.dumps(list(records), ensure_ascii=False, indent=2)


def to_csv(records: Sequence[Record], columns: Sequence[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow(
            [
                _cell(record.get(c))
                if not isinstance(record.get(c), int | float)
                else record.get(c)
                for c in columns
            ]
        )
    return out.getvalue()

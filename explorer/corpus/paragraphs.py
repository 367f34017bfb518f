"""Split text into paragraphs, recognise page furniture, pick a headline.

Offsets always point into the text as given: nothing is removed or rewritten,
furniture is only left out of the paragraph list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

# Closing quotes and brackets may follow the mark that ends a sentence.
_CLOSERS = "\"'”’»)]"
_SENTENCE_END = (".", "!", "?", "…")
_TERMINAL = _SENTENCE_END + (":", ";") + tuple(_CLOSERS)
# A line at least this long that does not end a sentence was wrapped by its author.
_WRAPPED_LINE_CHARS = 50
# Navigation, section labels, share buttons and bylines are short lines on their own.
_FURNITURE_MAX_WORDS = 3
_FURNITURE_MAX_CHARS = 40
_HEADLINE_MAX_WORDS = 20
_TITLE_MAX_CHARS = 100

_HEADING = re.compile(r"#{1,6}(?=\s|$)")
# A closing run of #s, as in "## Title ##" (but not the # of "C#").
_CLOSING_MARKS = re.compile(r"(?:^|\s)#+\s*$")
_ITEM = re.compile(r"(?:[-*+•‣◦]|\d{1,3}[.)])[ \t]")
_RULE = re.compile(r"[-=*_~]{3,}")


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    kind: Literal["blank", "heading", "item", "text"]


@dataclass(frozen=True, slots=True)
class _Block:
    start: int
    end: int
    heading: bool


def _lines(text: str) -> Iterator[_Line]:
    """Every line's visible content, without its indent, line break or markdown heading marks.

    Line breaks are those of `str.splitlines` (CRLF, lone CR, LF and the Unicode separators);
    every one of them is whitespace, so stripping a line never crosses into the next.
    """
    position = 0
    for raw in text.splitlines(keepends=True):
        begin, position = position, position + len(raw)
        content = raw.strip()
        start = begin + len(raw) - len(raw.lstrip())
        if not content or _RULE.fullmatch(content):
            yield _Line(start, start, "blank")
            continue
        marks = _HEADING.match(content)
        if marks:
            rest = _CLOSING_MARKS.sub("", content[marks.end() :])
            title = rest.strip()
            if not title:
                yield _Line(start, start, "blank")
                continue
            start += marks.end() + len(rest) - len(rest.lstrip())
            yield _Line(start, start + len(title), "heading")
            continue
        yield _Line(start, start + len(content), "item" if _ITEM.match(content) else "text")


def _continues(previous: str, line: str) -> bool:
    """Whether `line` goes on the paragraph that `previous` ended: a long line that stops
    mid-sentence, or a lower-case start after a long line, means the author hard-wrapped."""
    if len(previous) < _WRAPPED_LINE_CHARS:
        return False
    return not previous.endswith(_TERMINAL) or line[:1].islower()


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    previous = ""
    for line in _lines(text):
        content = text[line.start : line.end]
        if (
            current
            and not current.heading
            and line.kind == "text"
            and _continues(previous, content)
        ):
            current = _Block(current.start, line.end, False)
        else:
            if current:
                blocks.append(current)
            current = (
                None
                if line.kind == "blank"
                else _Block(line.start, line.end, line.kind == "heading")
            )
        previous = content
    if current:
        blocks.append(current)
    return blocks


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph, in order, each stripped of surrounding whitespace.

    Blank lines, markdown headings, list items and rules (`---`) separate paragraphs; a single
    line break does too, unless the line before it looks hard-wrapped.
    """
    return [(block.start, block.end) for block in _blocks(text)]


def is_furniture(paragraph: str) -> bool:
    """Short stand-alone lines ("Share.", "Updated on", "Exit mobile version") are navigation,
    labels or bylines, not text: a few words that do not form a sentence of two or more."""
    words = paragraph.split()
    if len(words) > _FURNITURE_MAX_WORDS or len(paragraph) > _FURNITURE_MAX_CHARS:
        return False
    return len(words) < 2 or not paragraph.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def content_paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs worth reading. Headings the author marked (`# ...`) are always kept;
    a document made only of short lines keeps them all, as there is nothing else to read."""
    blocks = _blocks(text)
    content = [
        (b.start, b.end) for b in blocks if b.heading or not is_furniture(text[b.start : b.end])
    ]
    return content if content else [(b.start, b.end) for b in blocks]


def headline(text: str, paragraphs: list[tuple[int, int]], fallback: str) -> str:
    """The first paragraph when it reads like a headline, else the start of the text."""
    if not paragraphs:
        return fallback
    start, end = paragraphs[0]
    first = " ".join(text[start:end].split())
    if len(first.split()) <= _HEADLINE_MAX_WORDS and not first.endswith("."):
        return first
    if len(first) <= _TITLE_MAX_CHARS:
        return first
    cut = first.rfind(" ", 0, _TITLE_MAX_CHARS)
    return first[: cut if cut > 0 else _TITLE_MAX_CHARS] + "…"

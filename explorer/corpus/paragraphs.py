"""Split text into paragraphs, recognise page furniture, pick a headline.

Offsets always point into the text as given: nothing is removed or rewritten,
furniture is only left out of the paragraph list.
"""

from __future__ import annotations

import re

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_TERMINAL = tuple('.!?:;"”’)»…')
# A line at least this long that does not end a sentence was wrapped by its author.
_WRAPPED_LINE_CHARS = 50
# Navigation, section labels, share buttons and bylines are short lines on their own.
_FURNITURE_MAX_WORDS = 3
_FURNITURE_MAX_CHARS = 40
_HEADLINE_MAX_WORDS = 20
_TITLE_MAX_CHARS = 100


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line's visible content, blank lines as empty spans."""
    spans = []
    for match in _LINE.finditer(text):
        if match.start() == match.end():
            break
        line = match.group().rstrip("\r\n")
        stripped = line.strip()
        if not stripped:
            spans.append((match.start(), match.start()))
            continue
        lead = len(line) - len(line.lstrip())
        spans.append((match.start() + lead, match.start() + lead + len(stripped)))
    return spans


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Blocks separated by blank lines; a single line break ends a paragraph unless
    the line before it looks hard-wrapped (long and not ending a sentence)."""
    paragraphs: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    previous_wrapped = False
    for start, end in _lines(text):
        if start == end:
            if current:
                paragraphs.append(current)
            current, previous_wrapped = None, False
            continue
        if current and previous_wrapped:
            current = (current[0], end)
        else:
            if current:
                paragraphs.append(current)
            current = (start, end)
        line = text[start:end]
        previous_wrapped = len(line) >= _WRAPPED_LINE_CHARS and not line.endswith(_TERMINAL)
    if current:
        paragraphs.append(current)
    return paragraphs


def is_furniture(paragraph: str) -> bool:
    """Short stand-alone lines ("Share.", "Updated on", "Exit mobile version") are
    navigation or labels, not text: a paragraph of a few words cannot carry a sentence."""
    return (
        len(paragraph) <= _FURNITURE_MAX_CHARS
        and len(paragraph.split()) <= _FURNITURE_MAX_WORDS
    )


def content_paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs worth reading; a document made only of short lines keeps them all."""
    paragraphs = split_paragraphs(text)
    content = [(s, e) for s, e in paragraphs if not is_furniture(text[s:e])]
    return content if content else paragraphs


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

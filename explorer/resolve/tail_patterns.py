"""Patterns anchored at the end of a window before a span, with a cheap pre-check.

Many cues are a phrase right before a name ("a firm called", "his wife,", "lost 2-1
to"), found by searching an end-anchored pattern over a window of text before the
span. The search tries the pattern at every offset of the window, and most spans have
no such phrase before them: indexing a corpus spends more time in these failed
searches than in any other step of cleaning a span. Every such phrase ends in one of a
few words, so a window whose last word is none of them cannot match, and is skipped
with one string comparison.
"""

from __future__ import annotations

import re


class TailPattern:
    """An end-anchored pattern and the words any match of it ends with, before the
    whitespace the pattern may take after them (`$` also matches before a final
    newline). `search` finds exactly what the pattern alone finds."""

    __slots__ = ("_endings", "_pattern")

    def __init__(self, pattern: str, endings: tuple[str, ...], flags: int = 0) -> None:
        self._pattern = re.compile(pattern, flags)
        self._endings = endings

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """The pattern's match in text[pos:endpos], or None; None at once where the
        window does not end in one of the endings."""
        if not text[pos:endpos].rstrip().endswith(self._endings):
            return None
        return self._pattern.search(text, pos, endpos)

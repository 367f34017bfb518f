"""Counted nouns and the corpus's name, one way for the whole app: "1 file", "2 files",
"1,234 entities"; "News", "News + 2 more".

Qt-free and importing nothing of the app, so the core, the charts, the command
and the window all say them the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def counted(count: int, noun: str) -> str:
    """`count` and the noun that agrees with it: the plural adds "s", or "ies" after a
    consonant and "y" ("entity")."""
    if count == 1:
        return f"1 {noun}"
    consonant_y = noun.endswith("y") and noun[-2:-1] not in "aeiou"
    return f"{count:,} {noun[:-1] + 'ies' if consonant_y else noun + 's'}"


def corpus_label(corpus: Sequence[Path]) -> str:
    """A corpus as titles, subtitles and menus name it: its folder's name, or the first
    folder's and how many more; "" for none."""
    if not corpus:
        return ""
    first = corpus[0].name or str(corpus[0])
    return first if len(corpus) == 1 else f"{first} + {len(corpus) - 1} more"

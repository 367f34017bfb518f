"""Counted nouns, one way for the whole app: "1 file", "2 files", "1,234 entities".

Qt-free and importing nothing of the app, so the core, the charts, the command
and the window all say a count the same way.
"""

from __future__ import annotations


def counted(count: int, noun: str) -> str:
    """`count` and the noun that agrees with it: the plural adds "s", or "ies" after a
    consonant and "y" ("entity")."""
    if count == 1:
        return f"1 {noun}"
    consonant_y = noun.endswith("y") and noun[-2:-1] not in "aeiou"
    return f"{count:,} {noun[:-1] + 'ies' if consonant_y else noun + 's'}"

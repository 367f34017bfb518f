"""Counted nouns for every text the window shows: "1 file", "2 files", "1,234 documents"."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """`count` and the noun that agrees with it; `plural` where adding "s" is wrong."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"

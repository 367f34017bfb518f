"""The spans around each mention that page furniture inside a sentence repeats.

A share-button row or a newsletter's plug is not always a line of its own: a page
turned into text without its line breaks runs it into the sentence before or
after ("...the attack. Send Facebook Twitter Google+ ... Digg reddit Newsvine
Permalink http://dw.com/p/2Wx5C The man is..."), so the whole line never repeats.
The mention with the words before it, or with the words after it, does: each
mention is keyed by those two spans (at most SPAN_CONTEXT characters of its
sentence on one side, cut at a word), and `explorer.index.furniture` counts a key
as furniture as it counts a line. A side with fewer than SPAN_MIN_CONTEXT
characters says too little to repeat only as furniture ("Trump said.") and gives
no key. Keys are stable 64-bit hashes, stored per document in `span_keys`.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable

SPAN_CONTEXT = 50
SPAN_MIN_CONTEXT = 40


def mention_keys(text: str, passage: tuple[int, int], start: int, end: int) -> tuple[int, ...]:
    """The keys of the mention at `start`..`end` of `text`, in the passage (its
    sentence) at `passage`: the span with the words before it, with those after it."""
    first, last = passage
    keys = []
    left = max(first, start - SPAN_CONTEXT)
    if left > first and not text[left - 1].isspace():
        left = _next_word(text, left, start)
    if start - left >= SPAN_MIN_CONTEXT:
        keys.append(_key("<", text[left:end]))
    right = min(last, end + SPAN_CONTEXT)
    if right < last and not text[right].isspace():
        right = _word_end(text, end, right)
    if right - end >= SPAN_MIN_CONTEXT:
        keys.append(_key(">", text[start:right]))
    return tuple(keys)


def _next_word(text: str, cut: int, limit: int) -> int:
    """The start of the first whole word at or after `cut` (`limit` if none)."""
    while cut < limit and not text[cut].isspace():
        cut += 1
    while cut < limit and text[cut].isspace():
        cut += 1
    return cut


def _word_end(text: str, limit: int, cut: int) -> int:
    """The end of the last whole word before `cut` (`limit` if none)."""
    while cut > limit and not text[cut - 1].isspace():
        cut -= 1
    while cut > limit and text[cut - 1].isspace():
        cut -= 1
    return cut


def _key(side: str, span: str) -> int:
    """A stable signed 64-bit hash of the span, its white space made single spaces."""
    digest = hashlib.blake2b(f"{side}{' '.join(span.split())}".encode(), digest_size=8)
    return int.from_bytes(digest.digest(), "little", signed=True)


def document_keys(
    text: str, passages: dict[int, tuple[int, int]], mentions: Iterable[tuple[int, int, int]]
) -> set[int]:
    """The keys of a document's mentions, each given as (passage id, start, end)."""
    return {
        key
        for passage, start, end in mentions
        for key in mention_keys(text, passages[passage], start, end)
    }


def store_document_keys(conn: sqlite3.Connection, doc_id: int, keys: set[int]) -> None:
    """Replace the stored keys of one document."""
    conn.execute("DELETE FROM span_keys WHERE doc_id = ?", (doc_id,))
    conn.executemany(
        "INSERT INTO span_keys(key, doc_id) VALUES (?, ?)", ((key, doc_id) for key in keys)
    )

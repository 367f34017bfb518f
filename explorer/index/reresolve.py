"""Bring an index made by an earlier version of resolution up to this one.

The index keeps every document's text and every mention's offsets, so better
span cleaning and resolution reach an existing index without re-parsing: each
stored mention is cleaned again from the document text (cleaning only ever
narrows a span, so cleaning a cleaned span again applies just the new rules), its
context flags are read again, and every document waits for the next resolution.
The user's corrections are kept as they are and replayed then.
"""

from __future__ import annotations

import sqlite3

from explorer.index.decisions import forget_all
from explorer.index.forms import recount_form_classes
from explorer.index.furniture_spans import document_keys, store_document_keys
from explorer.index.other_names import store_other_names
from explorer.resolve.coordination import document_cues
from explorer.resolve.spans import FURNITURE, clean_span, mention_flags

# Bump when span cleaning, the context flags or resolution change what an index holds.
RESOLUTION_VERSION = "440"
_META_KEY = "resolution_version"


def resolution_outdated(conn: sqlite3.Connection) -> bool:
    """The index was resolved by another version of resolution (or never)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_META_KEY,)).fetchone()
    return row is None or row[0] != RESOLUTION_VERSION


def redo_resolution(conn: sqlite3.Connection) -> int:
    """Clean every stored mention again and leave every document to the next
    resolution; returns the number of mentions dropped. Call inside a transaction."""
    dropped: list[tuple[int]] = []
    changed: list[tuple[int, int, str, int, int]] = []
    # one document's text at a time: a large index's texts do not fit in memory at once
    for doc_id, text in conn.execute("SELECT id, text FROM documents"):
        rows = conn.execute(
            "SELECT id, start_char, clean_end, label, flags, text, passage_id FROM mentions "
            "WHERE doc_id = ? ORDER BY id",
            (doc_id,),
        ).fetchall()
        cleaned = []
        grown: set[tuple[int, int]] = set()
        placed = []  # (passage id, start, end) of the spans kept, for their span keys
        labelled = []  # (start, end, label) of the same, for the other names given
        for mention_id, start, end, label, flags, old_text, passage in rows:
            span = clean_span(text, start, end, label)
            # two spans of one title ("Eternal Sunshine", "Spotless Mind") grow into one
            # (explorer.index.write); only grown spans can meet
            grows = span is not None and (span[0] < start or span[1] > end)
            if span is None or (grows and span in grown):
                dropped.append((mention_id,))
                continue
            if grows:
                grown.add(span)
            placed.append((passage, *span))
            labelled.append((*span, label))
            new_flags = mention_flags(text, *span) | (flags & FURNITURE)
            cleaned.append((mention_id, start, end, flags, old_text, span, label, new_flags))
        shared = document_cues(text, [(*c[5], c[6], c[7]) for c in cleaned])
        for (mention_id, start, end, flags, old_text, span, _, _), new_flags in zip(
            cleaned, shared, strict=True
        ):
            if span != (start, end) or new_flags != flags or old_text != text[span[0] : span[1]]:
                changed.append((span[0], span[1], text[span[0] : span[1]], new_flags, mention_id))
        passages = {
            row[0]: (row[1], row[2])
            for row in conn.execute(
                "SELECT id, start_char, end_char FROM passages WHERE doc_id = ?", (doc_id,)
            )
        }
        store_document_keys(conn, doc_id, document_keys(text, passages, placed))
        store_other_names(conn, doc_id, text, labelled)
    conn.executemany("DELETE FROM mentions WHERE id = ?", dropped)
    conn.executemany(
        "UPDATE mentions SET start_char = ?, clean_end = ?, text = ?, flags = ? WHERE id = ?",
        changed,
    )
    conn.execute("UPDATE mentions SET entity_id = NULL, demonym = 0, end_char = clean_end")
    forget_all(conn)
    conn.execute("INSERT OR IGNORE INTO unresolved_docs(doc_id) SELECT id FROM documents")
    recount_form_classes(conn)
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('resolved', '0') "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
    )
    # the mentions are this version's now; the next pass (resolved = 0) places them
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (_META_KEY, RESOLUTION_VERSION),
    )
    return len(dropped)

"""Each document's entities as packed arrays, so a focus is counted in numpy.

A focus on a frequent pair holds thousands of documents and their hundreds of
thousands of (document, entity) rows; SQLite aggregates those a row at a time
(70-120 ms at 50k documents). `document_entities` keeps, per document, its
entities with their mention counts and its (sentence, paragraph, entity)
windows as int32 arrays; a focused entity list or co-mention list reads one
blob per focused document and counts them all at once.

The table is derived like `entity_documents`: `derived.py` repacks the
documents whose mentions change.
"""

from __future__ import annotations

import sqlite3
from itertools import groupby
from typing import NamedTuple

import numpy as np

# The rows packed per document: each (sentence, entity) of its placed mentions, in
# document order (passages are numbered in document order, so a paragraph's
# sentences are consecutive rows too).
_ROWS = (
    "SELECT m.doc_id, m.passage_id, m.paragraph, m.entity_id, count(*) FROM {source} "
    "WHERE m.entity_id IS NOT NULL GROUP BY m.doc_id, m.passage_id, m.entity_id "
    "ORDER BY m.doc_id, m.passage_id, m.entity_id"
)


def pack_documents(conn: sqlite3.Connection, source: str) -> None:
    """Pack the documents whose mentions `source` (aliased `m`) selects."""
    rows = conn.execute(_ROWS.format(source=source))
    conn.executemany(
        "INSERT INTO document_entities(doc_id, entities, windows) VALUES (?, ?, ?)",
        (_pack(doc, list(group)) for doc, group in groupby(rows, key=lambda r: r[0])),
    )


def _pack(doc: int, rows: list[tuple[int, int, int, int, int]]) -> tuple[int, bytes, bytes]:
    """(entity, mentions) once per entity; (passage, paragraph, entity) per sentence."""
    windows = np.array(rows, dtype=np.int32)[:, 1:]
    entities, first = np.unique(windows[:, 2], return_inverse=True)
    mentions = np.bincount(first, weights=windows[:, 3]).astype(np.int32)
    return doc, np.stack([entities, mentions], axis=1).tobytes(), windows[:, :3].tobytes()


def _fetch(
    conn: sqlite3.Connection, column: str, width: int, docs_sql: str, params: list[int | str]
) -> tuple[np.ndarray, np.ndarray]:
    """One packed array of the documents `docs_sql` selects, its rows stacked, and
    the position of each row's document among them."""
    blobs = [
        blob
        for (blob,) in conn.execute(
            f"SELECT {column} FROM document_entities WHERE doc_id IN ({docs_sql})", params
        )
    ]
    rows = np.frombuffer(b"".join(blobs), dtype=np.int32).reshape(-1, width)
    sizes = np.fromiter((len(b) // (4 * width) for b in blobs), dtype=np.int64, count=len(blobs))
    return rows, np.repeat(np.arange(len(blobs)), sizes)


class EntityTotals(NamedTuple):
    """Per entity found in the focus: its mentions and documents there."""

    ids: np.ndarray
    mentions: np.ndarray
    documents: np.ndarray


def entity_totals(conn: sqlite3.Connection, docs_sql: str, params: list[int | str]) -> EntityTotals:
    """Mentions and documents of every entity in the documents `docs_sql` selects.
    Counted by entity id directly: ids are dense enough that this beats sorting."""
    rows, _ = _fetch(conn, "entities", 2, docs_sql, params)
    documents = np.bincount(rows[:, 0])
    mentions = np.bincount(rows[:, 0], weights=rows[:, 1])
    ids = np.flatnonzero(documents)
    return EntityTotals(ids, mentions[ids].astype(np.int64), documents[ids])


class PairCounts(NamedTuple):
    """Per entity sharing a window with x in the focus: windows with both, their
    documents, and the entity's own windows there (f(y)); fx is x's windows."""

    ids: np.ndarray
    together: np.ndarray
    documents: np.ndarray
    windows: np.ndarray
    fx: int


def window_entities(
    conn: sqlite3.Connection, window: str, docs_sql: str, params: list[int | str]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (window, entity) of the documents `docs_sql` selects, once each: the
    window's number and the entity, row by row, and each window's document."""
    if window == "document":  # a document's entities, once each, are its window's
        rows, window_of = _fetch(conn, "entities", 2, docs_sql, params)
        entity = rows[:, 0].astype(np.int64)
        return window_of, entity, np.arange(int(window_of.max(initial=-1)) + 1)
    rows, doc = _fetch(conn, "windows", 3, docs_sql, params)
    column = 0 if window == "sentence" else 1
    # rows run in document order, so a window's rows are consecutive
    starts = np.ones(len(rows), dtype=bool)
    starts[1:] = (rows[1:, column] != rows[:-1, column]) | (doc[1:] != doc[:-1])
    window_of = np.cumsum(starts) - 1
    doc_of_window = doc[starts]
    entity = rows[:, 2].astype(np.int64)
    if window == "paragraph":  # an entity in two sentences of one counts once
        span = int(entity.max(initial=0)) + 1
        window_of, entity = np.divmod(np.unique(window_of * span + entity), span)
    return window_of, entity, doc_of_window


def pair_counts(
    conn: sqlite3.Connection, entity_id: int, window: str, docs_sql: str, params: list[int | str]
) -> PairCounts:
    """Co-mention counts of `entity_id` for one window, inside the documents `docs_sql`
    selects (the focus)."""
    window_of, entity, doc_of_window = window_entities(conn, window, docs_sql, params)
    empty = np.zeros(0, dtype=np.int64)
    with_x = window_of[entity == entity_id]
    if not len(with_x):
        return PairCounts(empty, empty, empty, empty, 0)
    has_x = np.zeros(len(doc_of_window), dtype=bool)
    has_x[with_x] = True
    shared = has_x[window_of] & (entity != entity_id)
    windows = np.bincount(entity)
    together = np.bincount(entity[shared], minlength=len(windows))
    if window == "document":
        documents = together
    else:  # the documents of those windows, each once per entity
        span = len(windows)
        doc_pairs = np.unique(doc_of_window[window_of[shared]] * span + entity[shared])
        documents = np.bincount(doc_pairs % span, minlength=span)
    ids = np.flatnonzero(together)
    return PairCounts(ids, together[ids], documents[ids], windows[ids], int(has_x.sum()))

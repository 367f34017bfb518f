"""The co-mention network: the top entities of a selection and every pair of them
mentioned together in one window, with the counts `queries.co_mentions` gives.

Without a focus the pairs come from the precomputed `comentions` table, one
primary-key range per node. Inside a focus they cannot be precomputed: the
focused documents' packed windows are read once and every pair of nodes
counted in numpy, instead of one `pair_counts` pass per node (200 passes over
the same blobs for a 200-node network).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import numpy as np

from explorer.index import queries
from explorer.index.comentions import log_dice, window_number
from explorer.index.focus import NO_FOCUS, Focus, focus_documents_sql
from explorer.index.packed import window_entities


class NetworkNode(NamedTuple):
    id: int
    name: str
    kind: str
    mentions: int  # in the focus, when there is one
    documents: int
    aliases: tuple[str, ...]  # how it is written, most used first


class NetworkEdge(NamedTuple):
    """Two nodes (a < b) mentioned together in `count` windows of `documents` documents."""

    a: int
    b: int
    # A field named count hides tuple.count, which nothing calls on an edge; mypy
    # reports any such field as an incompatible override.
    count: int  # type: ignore[assignment]
    documents: int
    score: float  # logDice, as queries.co_mentions scores the pair


def network(
    conn: sqlite3.Connection,
    *,
    kinds: Iterable[str] | None = None,
    focus: Focus = NO_FOCUS,
    top: int = 50,
    window: str = "sentence",
) -> tuple[list[NetworkNode], list[NetworkEdge]]:
    """The `top` most-mentioned entities of `kinds` in the focus, and every pair of
    them mentioned in the same `window` there, strongest first."""
    rows = queries.entities(conn, kinds=kinds, focus=focus, limit=top)
    ids = [row.id for row in rows]
    names = _aliases(conn, ids)
    nodes = [
        NetworkNode(r.id, r.name, r.kind, r.mentions, r.documents, names.get(r.id, ()))
        for r in rows
    ]
    if len(ids) < 2:
        return nodes, []
    edges = _focused_edges(conn, ids, window, focus) if focus else _edges(conn, ids, window)
    return nodes, sorted(edges, key=lambda e: (-e.count, -e.score, e.a, e.b))


def _aliases(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = defaultdict(list)
    rows = conn.execute(
        "SELECT entity_id, text FROM aliases WHERE entity_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY entity_id, mentions DESC, text",
        (json.dumps(list(ids)),),
    )
    for entity_id, text in rows:
        found[entity_id].append(text)
    return {entity_id: tuple(texts) for entity_id, texts in found.items()}


def _edges(conn: sqlite3.Connection, ids: Sequence[int], window: str) -> list[NetworkEdge]:
    """Pairs from the precomputed table: each node's range of it, kept when the other
    end is a node too and is the larger id (so each pair comes once)."""
    rows = conn.execute(
        "SELECT c.a, c.b, c.count, c.documents, log_dice(c.count, fx.n, fy.n) "
        "FROM json_each(?) AS j "
        "JOIN window_freq AS fx ON fx.window = ? AND fx.entity_id = j.value "
        "JOIN comentions AS c ON c.window = fx.window AND c.a = fx.entity_id "
        "JOIN window_freq AS fy ON fy.window = c.window AND fy.entity_id = c.b "
        "WHERE c.b > c.a AND c.b IN (SELECT value FROM json_each(?))",
        (json.dumps(list(ids)), window_number(window), json.dumps(list(ids))),
    )
    return [NetworkEdge(*row) for row in rows]


def _focused_edges(
    conn: sqlite3.Connection, ids: Sequence[int], window: str, focus: Focus
) -> list[NetworkEdge]:
    """Pairs counted over the focused documents' windows, as `pair_counts` counts one
    entity's: windows with both, their documents, and logDice over the windows of each
    end inside the focus."""
    docs_sql, params = focus_documents_sql(focus)
    window_of, entity, doc_of_window = window_entities(conn, window, docs_sql, params)
    # Each node as its column 0..n-1; other entities leave.
    node_ids = np.asarray(ids, dtype=np.int64)
    order = np.argsort(node_ids)
    at = np.searchsorted(node_ids[order], entity)
    at[at == len(node_ids)] = 0
    is_node = node_ids[order][at] == entity
    n = len(node_ids)
    # (window, node) once each, sorted by window then node
    pairs = np.unique(window_of[is_node] * n + order[at[is_node]])
    win, col = np.divmod(pairs, n)
    windows_of_node = np.bincount(col, minlength=n)
    codes, code_windows = _pairs(win, col, n)
    together = np.bincount(codes, minlength=n * n)
    # the documents of those windows, each once per pair
    pair_docs = np.unique(doc_of_window[code_windows] * (n * n) + codes)
    documents = np.bincount(pair_docs % (n * n), minlength=n * n)
    edges = []
    for code in np.flatnonzero(together).tolist():
        x, y = divmod(code, n)
        a, b = sorted((int(node_ids[x]), int(node_ids[y])))
        count = int(together[code])
        score = log_dice(count, int(windows_of_node[x]), int(windows_of_node[y]))
        edges.append(NetworkEdge(a, b, count, int(documents[code]), score))
    return edges


def _pairs(win: np.ndarray, col: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """For (window, node) rows sorted by window then node: x * n + y (x < y) for each
    pair of nodes sharing a window, once per window, and that window. Rows i and i + d
    of one window make a pair for every distance d, so a window of k nodes yields its
    k(k-1)/2 pairs in k - 1 vectorised steps."""
    codes, windows = [], []
    distance = 1
    while distance < len(win):
        same = np.flatnonzero(win[distance:] == win[:-distance])
        if not len(same):
            break
        codes.append(col[same] * n + col[same + distance])
        windows.append(win[same])
        distance += 1
    if not codes:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    return np.concatenate(codes), np.concatenate(windows)

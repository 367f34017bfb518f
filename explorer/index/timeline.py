"""The timeline's questions: an entity's mentions per day of publication inside the
focus, what falls outside the dates (documents without one), and its passages in a
period.

Per day, not per bin: a day's rows are few and binning them is the core's job
(`explorer.timeline.bins`), so changing the bin asks nothing of the index.
Dates are read through the narrow (id, date) index, as `queries.spread` reads them.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from explorer.index.focus import NO_FOCUS, Focus, focus_documents_sql

_DATED = (
    "FROM entity_documents AS ed JOIN documents AS d INDEXED BY documents_dates "
    "ON d.id = ed.doc_id WHERE ed.entity_id = ?"
)


class EntityDays(NamedTuple):
    """One entity's mentions per day (YYYY-MM-DD, in order) and those it has in
    documents without a date, which no day may claim."""

    entity_id: int
    days: tuple[tuple[str, int], ...]
    undated_mentions: int
    undated_documents: int


def _focus_clause(focus: Focus, column: str) -> tuple[str, list[int]]:
    if not focus:
        return "", []
    sql, params = focus_documents_sql(focus)
    return f" AND {column} IN ({sql})", params


def entity_days(conn: sqlite3.Connection, entity_id: int, focus: Focus = NO_FOCUS) -> EntityDays:
    """`entity_id`'s mentions per day in the focused documents, and in the undated ones."""
    clause, params = _focus_clause(focus, "ed.doc_id")
    days = conn.execute(
        f"SELECT substr(d.date, 1, 10) AS day, sum(ed.mentions) {_DATED} {clause} "
        "AND d.date IS NOT NULL GROUP BY day ORDER BY day",
        [entity_id, *params],
    ).fetchall()
    mentions, documents = conn.execute(
        f"SELECT coalesce(sum(ed.mentions), 0), count(*) {_DATED} {clause} AND d.date IS NULL",
        [entity_id, *params],
    ).fetchone()
    return EntityDays(entity_id, tuple(days), mentions, documents)


def undated_documents(conn: sqlite3.Connection, focus: Focus = NO_FOCUS) -> int:
    """How many documents of the focus (all when none) have no date."""
    clause, params = _focus_clause(focus, "d.id")
    return int(
        conn.execute(
            "SELECT count(*) FROM documents AS d INDEXED BY documents_dates "
            f"WHERE d.date IS NULL {clause}",
            params,
        ).fetchone()[0]
    )


def period_passage_keys(
    conn: sqlite3.Connection,
    entity_id: int,
    first: str,
    last: str,
    *,
    focus: Focus = NO_FOCUS,
    limit: int | None = None,
) -> list[tuple[int, int]]:
    """(doc_id, passage_id) of the sentences mentioning `entity_id` in the focused
    documents dated from `first` to `last` (YYYY-MM-DD, both included), in date order
    then document order, as `queries.passages_at` reads them."""
    clause, params = _focus_clause(focus, "m.doc_id")
    sql = (
        "SELECT DISTINCT m.doc_id, m.passage_id, substr(d.date, 1, 10) AS day "
        "FROM mentions AS m JOIN documents AS d INDEXED BY documents_dates ON d.id = m.doc_id "
        f"WHERE m.entity_id = ? AND day BETWEEN ? AND ? {clause} "
        "ORDER BY day, m.doc_id, m.passage_id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    rows = conn.execute(sql, [entity_id, first, last, *params])
    return [(doc, passage) for doc, passage, _day in rows]

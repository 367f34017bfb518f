"""The tables derived from the mentions and their entity ids — per-document
counts and packed arrays, entity totals, window counts and co-mentions — kept
equal to an aggregate over the current mentions at every commit.

A document's contribution to each of them is independent of every other
document's, so a change to a few documents subtracts their old contribution and
adds the new one; only a change to much of the corpus recounts it all. Entity
totals move the same way, by the changed documents' rows of entity_documents (a
recount of an entity in tens of thousands of documents took most of an update).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from explorer.index.comentions import (
    CHANGED_DOCS,
    change_comentions,
    rebuild_comentions,
)
from explorer.index.packed import pack_documents

_ENTITY_DOCUMENTS = (
    "SELECT m.entity_id, m.doc_id, count(*), sum(m.demonym = 0) FROM {source} "
    "WHERE m.entity_id IS NOT NULL GROUP BY m.entity_id, m.doc_id"
)


def retract_documents(conn: sqlite3.Connection, doc_ids: Iterable[int]) -> None:
    """Take these documents out of every derived table. Call before their mentions
    change or go, inside the transaction that changes them."""
    if _set_changed(conn, doc_ids):
        _move_totals(conn, -1)
        conn.execute(f"DELETE FROM entity_documents WHERE doc_id IN {CHANGED_DOCS}")
        conn.execute(f"DELETE FROM document_entities WHERE doc_id IN {CHANGED_DOCS}")
        change_comentions(conn, -1)


def add_documents(conn: sqlite3.Connection, doc_ids: Iterable[int]) -> None:
    """Count these documents' mentions into every derived table, after resolution
    assigned them."""
    if _set_changed(conn, doc_ids):
        source = f"{CHANGED_DOCS} AS c CROSS JOIN mentions AS m ON m.doc_id = c.doc_id"
        conn.execute(
            "INSERT INTO entity_documents(entity_id, doc_id, mentions, name_mentions) "
            + _ENTITY_DOCUMENTS.format(source=source)
        )
        pack_documents(conn, source)
        _move_totals(conn, 1)
        change_comentions(conn, 1)


def settle(conn: sqlite3.Connection) -> None:
    """Forget the stale entities: the co-mention tables list those whose windows
    changed, and their totals moved with their documents' rows already."""
    conn.execute("DELETE FROM stale_entities")


def rebuild_derived(conn: sqlite3.Connection) -> None:
    """Recount every derived table from all the mentions."""
    conn.execute("DELETE FROM entity_documents")
    conn.execute(
        "INSERT INTO entity_documents(entity_id, doc_id, mentions, name_mentions) "
        + _ENTITY_DOCUMENTS.format(source="mentions AS m")
    )
    conn.execute("DELETE FROM document_entities")
    pack_documents(conn, "mentions AS m")
    conn.execute("UPDATE entities SET mentions = 0, documents = 0, demonym_mentions = 0")
    _recount(conn, "entity_documents AS ed")
    rebuild_comentions(conn)
    conn.execute("DELETE FROM stale_entities")


def _set_changed(conn: sqlite3.Connection, doc_ids: Iterable[int]) -> bool:
    conn.execute(f"CREATE TABLE IF NOT EXISTS {CHANGED_DOCS} (doc_id INTEGER PRIMARY KEY)")
    conn.execute(f"DELETE FROM {CHANGED_DOCS}")
    conn.executemany(
        f"INSERT OR IGNORE INTO {CHANGED_DOCS}(doc_id) VALUES (?)", ((d,) for d in doc_ids)
    )
    return bool(conn.execute(f"SELECT 1 FROM {CHANGED_DOCS} LIMIT 1").fetchone())


def _move_totals(conn: sqlite3.Connection, sign: int) -> None:
    """Add (sign 1) or subtract (sign -1) the changed documents' entity_documents rows
    to their entities' totals."""
    conn.execute(
        f"UPDATE entities SET mentions = entities.mentions + {sign} * t.mentions, "
        f"documents = entities.documents + {sign} * t.documents, "
        f"demonym_mentions = entities.demonym_mentions + {sign} * (t.mentions - t.names) "
        "FROM (SELECT ed.entity_id AS entity_id, sum(ed.mentions) AS mentions, "
        "count(*) AS documents, sum(ed.name_mentions) AS names "
        f"FROM {CHANGED_DOCS} AS c CROSS JOIN entity_documents AS ed ON ed.doc_id = c.doc_id "
        "GROUP BY ed.entity_id) AS t WHERE entities.id = t.entity_id"
    )


def _recount(conn: sqlite3.Connection, source: str) -> None:
    """Entity totals from the entity_documents rows that `source` selects (as `ed`)."""
    conn.execute(
        "UPDATE entities SET mentions = t.mentions, documents = t.documents, "
        "demonym_mentions = t.mentions - t.names FROM (SELECT ed.entity_id AS entity_id, "
        "sum(ed.mentions) AS mentions, count(*) AS documents, sum(ed.name_mentions) AS names "
        f"FROM {source} GROUP BY ed.entity_id) AS t WHERE entities.id = t.entity_id"
    )

"""The user's corrections, stored in the index and replayed after every re-index.

The CLI and the desktop app both change corrections through these functions."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from explorer.index.store import Store
from explorer.resolve.model import Correction


def load_corrections(conn: sqlite3.Connection) -> list[Correction]:
    rows = conn.execute("SELECT op, args FROM corrections ORDER BY id")
    return [Correction(op, tuple(json.loads(args))) for op, args in rows]


def append_correction(conn: sqlite3.Connection, correction: Correction) -> int:
    """Call inside a transaction; returns the correction's id (for undo)."""
    cursor = conn.execute(
        "INSERT INTO corrections(op, args, created) VALUES (?, ?, ?)",
        (correction.op, json.dumps(list(correction.args)), datetime.now(UTC).isoformat()),
    )
    return int(cursor.lastrowid or 0)


def remove_correction(conn: sqlite3.Connection, correction_id: int) -> None:
    conn.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))


def replace_corrections(conn: sqlite3.Connection, corrections: list[Correction]) -> None:
    conn.execute("DELETE FROM corrections")
    for correction in corrections:
        append_correction(conn, correction)


def _rebuild(conn: sqlite3.Connection) -> None:
    from explorer.index.entities import rebuild_entity_tables

    rebuild_entity_tables(conn)


def _saved(store: Store) -> None:
    """Keep the sidecar copy in step, so a damaged index never loses corrections."""
    from explorer.index.recovery import write_sidecar

    write_sidecar(store)


def apply_correction(store: Store, correction: Correction) -> int:
    """Record a correction and rebuild the entity tables with it; returns its id (for undo)."""
    with store.transaction() as conn:
        correction_id = append_correction(conn, correction)
        _rebuild(conn)
    _saved(store)
    return correction_id


def undo_correction(store: Store, correction_id: int) -> None:
    """Forget one correction and rebuild the entity tables without it."""
    with store.transaction() as conn:
        remove_correction(conn, correction_id)
        _rebuild(conn)
    _saved(store)


def import_corrections(store: Store, corrections: list[Correction]) -> None:
    """Replace the index's corrections with `corrections` (a shared file) and rebuild."""
    with store.transaction() as conn:
        replace_corrections(conn, corrections)
        _rebuild(conn)
    _saved(store)

"""The corrections table: the user's corrections, stored in the index and replayed
after every re-index. The operations the CLI and the app change them through
(which rebuild the entities and keep the sidecar copy) are in `correct`."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

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

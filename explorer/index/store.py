"""Open an index database: one SQLite file per corpus, WAL mode, migrated on open.

Each thread opens its own Store; writes go through one writer at a time (SQLite's
lock, with a busy timeout so a second process waits briefly instead of failing).
"""

from __future__ import annotations

import math
import sqlite3
from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path

from explorer.index.schema import SchemaError, migrate

BUSY_TIMEOUT_S = 10.0


class IndexOpenError(RuntimeError):
    """The index file cannot be opened; the message is one sentence for the user."""


def _log2(value: float) -> float | None:
    return math.log2(value) if value and value > 0 else None


class Store:
    """A connection to one corpus's index."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        if not readonly:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        uri = f"{self.path.as_uri()}?mode={'ro' if readonly else 'rwc'}"
        try:
            self.conn = sqlite3.connect(uri, uri=True, isolation_level=None,
                                        timeout=BUSY_TIMEOUT_S)
            self.conn.create_function("log2", 1, _log2, deterministic=True)
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                migrate(self.conn)
            else:
                self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            raise IndexOpenError(f"{self.path} is not a readable index ({exc})") from exc
        except SchemaError as exc:
            raise IndexOpenError(f"{self.path}: {exc}") from exc
        self.conn.execute("PRAGMA temp_store = MEMORY")
        self.conn.execute("PRAGMA cache_size = -65536")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; taken immediately so two writers queue instead of deadlocking."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        """Call inside a transaction."""
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

"""Open an index database: one SQLite file per corpus, WAL mode, migrated on open.

Each thread opens its own Store; writes go through one writer at a time (SQLite's
lock, with a busy timeout so a second process waits briefly instead of failing).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from explorer.index.comentions import log_dice
from explorer.index.forms import CombinedFlags
from explorer.index.schema import (
    ForeignIndexError,
    OutdatedIndexError,
    SchemaError,
    assert_ours,
    check_readable,
    migrate,
)

BUSY_TIMEOUT_S = 10.0


# An open index as the query functions take it: what the window, the watch-lists and
# the dossier hold and pass on, without running SQL themselves.
Connection = sqlite3.Connection


class IndexOpenError(RuntimeError):
    """The index file cannot be opened; the message is one sentence for the user.

    `damaged` is True when the file is corrupt or foreign (moving it aside and
    rebuilding helps), False when the cause is elsewhere (permissions, a newer
    version's index, a full disk). `outdated`: a read-only open found an earlier
    schema, which the next writer migrates; readers wait for that.
    """

    def __init__(self, message: str, *, damaged: bool, outdated: bool = False) -> None:
        super().__init__(message)
        self.damaged = damaged
        self.outdated = outdated


def _open_error(path: Path, exc: BaseException) -> BaseException:
    """The exception to raise when a freshly opened database cannot be used."""
    if isinstance(exc, sqlite3.OperationalError):
        return IndexOpenError(f"cannot open the index {path} ({exc})", damaged=False)
    if isinstance(exc, sqlite3.DatabaseError):
        return IndexOpenError(f"{path} is not a readable index ({exc})", damaged=True)
    if isinstance(exc, OutdatedIndexError):
        return IndexOpenError(f"{path}: {exc}", damaged=False, outdated=True)
    if isinstance(exc, ForeignIndexError):
        return IndexOpenError(f"{path} is not an index: {exc}", damaged=True)
    if isinstance(exc, SchemaError):
        return IndexOpenError(f"{path}: {exc}", damaged=False)
    return exc


def _log_dice(together: int | None, fx: int, fy: int) -> float | None:
    return log_dice(together, fx, fy) if together and together > 0 else None


class Store:
    """A connection to one corpus's index."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        try:
            if not readonly:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            uri = f"{self.path.as_uri()}?mode={'ro' if readonly else 'rwc'}"
            self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_S)
        except (OSError, sqlite3.Error) as exc:
            raise IndexOpenError(
                f"cannot open the index {self.path} ({exc})", damaged=False
            ) from exc
        try:
            self._prepare()
        except BaseException as exc:
            self.conn.close()
            raise _open_error(self.path, exc) from exc

    def _prepare(self) -> None:
        self.conn.create_function("log_dice", 3, _log_dice, deterministic=True)
        self.conn.create_aggregate("combined_flags", 1, CombinedFlags)
        if self.readonly:
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            check_readable(self.conn)
        else:
            assert_ours(self.conn)
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            migrate(self.conn)
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

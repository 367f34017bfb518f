"""Entities while a pass runs: resolving the batches stored so far, now and then.

On a large corpus the final resolution comes minutes after the first documents
are stored; an interim resolution lets the app show their entities meanwhile. It
runs inside a batch's transaction, just before its commit, and leaves the index
marked unresolved, so the final resolution still runs: being incremental, that
one moves only what the later documents change, and entities keep their ids (a
selection made meanwhile survives).

Interim work is kept to about a tenth of the pass: the first waits INTERIM_GAP_S
after the pass starts, and each next one both INTERIM_GAP_S and INTERIM_REST
times the duration of the one before (which grows with the documents stored).
"""

from __future__ import annotations

import sqlite3
import time

from explorer.index.entities import rebuild_entity_tables
from explorer.index.furniture import refresh_furniture

INTERIM_GAP_S = 10.0
INTERIM_REST = 9.0


class InterimResolution:
    """When the next interim resolution is due, and how many files the last one covered."""

    def __init__(self, started: float) -> None:
        self._since = started  # the pass's start, then the end of the last interim resolution
        self._rest = 0.0
        self.files = 0  # files of the pass the entity tables cover; 0 before the first

    def due(self) -> bool:
        return time.perf_counter() - self._since >= max(INTERIM_GAP_S, self._rest)

    def run(self, conn: sqlite3.Connection, files: int) -> None:
        """Resolve what the open transaction holds, covering the pass's first `files`."""
        began = time.perf_counter()
        refresh_furniture(conn)
        rebuild_entity_tables(conn, freeze=True)
        self._since = time.perf_counter()
        self._rest = INTERIM_REST * (self._since - began)
        self.files = files

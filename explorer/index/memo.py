"""What the last resolution on a connection read and wrote, kept in the process
for the next one on the same connection.

An update after one document changed would otherwise read again tens of
thousands of rows the last resolution read or wrote itself: the kept decisions
of `short_choices` (163k rows at 50k documents), every entity and every alias.
The memo keeps them. It is trusted only while the database holds the token the
resolution that kept it wrote in its own transaction, so a rollback, a
resolution on another connection (or in another process) or a write to
`short_choices` it was not told of drops it. Writes to `short_choices` outside
a resolution go through `touched`, which marks their names to be read again.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

Pair = tuple[str, str]
# (entity id or None, demonym, characters trimmed from the end), as in forms.Placement
Placement = tuple[int | None, int, int]
# A kept decision's group of documents: (flags, person chosen, placement, mentions)
StandIn = tuple[int, str, Placement, int]
EntityRow = tuple[str, str, str | None, int, str | None]

_TOKEN_KEY = "resolution_token"


@dataclass(slots=True)
class Memo:
    """The rows one connection's last resolution left, as that resolution saw them."""

    conn: sqlite3.Connection
    stand_ins: dict[Pair, list[StandIn]] = field(default_factory=dict)
    dirty: set[Pair] = field(default_factory=set)  # names whose kept decisions changed since
    entities: dict[int, EntityRow] | None = None
    aliases: dict[tuple[int, str], int] | None = None
    token: str | None = None

    def kept(self, pair: Pair) -> list[StandIn] | None:
        """The stand-ins of a name's kept decisions, unless they must be read again."""
        return None if pair in self.dirty else self.stand_ins.get(pair)

    def read(self, pair: Pair, stand_ins: list[StandIn]) -> None:
        self.stand_ins[pair] = stand_ins
        self.dirty.discard(pair)


# One memo, for the connection that resolved last (the app has one writer); it holds
# the connection, so an `is` test cannot be fooled by a new connection at the same address.
_last: Memo | None = None


def take(conn: sqlite3.Connection) -> Memo:
    """The memo of this connection's last resolution if the database still holds
    what it wrote, else an empty one. Taken out: a resolution that fails keeps none."""
    global _last
    memo, _last = _last, None
    if memo is not None and memo.conn is conn and memo.token == _token(conn):
        return memo
    return Memo(conn)


def keep(memo: Memo) -> None:
    """Seal a resolution's memo with a new token, written in its transaction."""
    global _last
    memo.token = uuid.uuid4().hex
    memo.conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (_TOKEN_KEY, memo.token),
    )
    _last = memo


def touched(conn: sqlite3.Connection, pairs: Iterable[Pair] | None) -> None:
    """Kept decisions of these names (None: of every name) are about to change outside
    a resolution: this connection's memo reads them again; any other memo is dropped."""
    global _last
    memo = _last
    if pairs is not None and memo is not None and memo.conn is conn:
        if memo.token == _token(conn):
            memo.dirty.update(pairs)
            return
    _last = None
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (_TOKEN_KEY, uuid.uuid4().hex),
    )


def _token(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_TOKEN_KEY,)).fetchone()
    return row[0] if row else None

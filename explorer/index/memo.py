"""What the last resolution on a connection read and wrote, kept in the process
for the next one on the same connection.

An update after one document changed would otherwise read again tens of
thousands of rows the last resolution read or wrote itself: the kept decisions
of `short_choices` (163k rows at 50k documents), the documents of every name an
acronym may stand for, every entity and every alias, every form class. The memo
keeps them (and the numbers it gave the form classes). It is trusted only while
the database holds the token the resolution that kept it wrote in its own
transaction, so a rollback, a resolution on another connection (or in another
process) or a write it was not told of drops it. Writes to `short_choices`, to
the stored documents' mentions and to the form classes outside a resolution tell
it through `decisions_changed`, `mentions_changed` and `classes_changed`, which
drop their names' entries; the documents stored since the last resolution are
read afresh by the next.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from explorer.resolve.model import FormCount

Pair = tuple[str, str]
# (entity id or None, demonym, characters trimmed from the end), as in forms.Placement
Placement = tuple[int | None, int, int]
# A kept decision's group of documents: (flags, person chosen, placement, mentions)
StandIn = tuple[int, str, Placement, int]
EntityRow = tuple[str, str, str | None, int, str | None]

_TOKEN_KEY = "resolution_token"


@dataclass(slots=True)
class KeptClasses:
    """The form classes as the last resolution read them, in the table's order, and
    each one's number (text, label, flags -> n, its FormCount's doc is -n) with the
    next to give: a class keeps its number while it lasts, and one that comes back
    gets its own again (a number is never given to another). `stale` holds the
    names whose classes were written since, to read again."""

    rows: list[tuple[FormCount, Placement | None]] | None = None
    keys: list[tuple[str, str, int]] = field(default_factory=list)
    stale: set[Pair] = field(default_factory=set)
    of: dict[tuple[str, str, int], int] = field(default_factory=dict)
    next: int = 1


@dataclass(slots=True)
class Memo:
    """The rows one connection's last resolution left, as that resolution saw them."""

    conn: sqlite3.Connection
    stand_ins: dict[Pair, list[StandIn]] = field(default_factory=dict)  # kept decisions
    documents: dict[Pair, frozenset[int]] = field(default_factory=dict)  # outside furniture
    entities: dict[int, EntityRow] | None = None
    aliases: dict[tuple[int, str], int] | None = None
    classes: KeptClasses = field(default_factory=KeptClasses)
    token: str | None = None

    def drop_decisions(self, pairs: Iterable[Pair]) -> None:
        for pair in pairs:
            self.stand_ins.pop(pair, None)

    def drop_documents(self, pairs: Iterable[Pair]) -> None:
        for pair in pairs:
            self.documents.pop(pair, None)

    def drop_classes(self, pairs: Iterable[Pair]) -> None:
        self.classes.stale.update(pairs)

    def drop_mentions(self, pairs: Iterable[Pair]) -> None:
        """Mentions of these names change: their documents and their classes."""
        pairs = list(pairs)
        self.drop_documents(pairs)
        self.drop_classes(pairs)


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


def decisions_changed(conn: sqlite3.Connection, pairs: Iterable[Pair] | None) -> None:
    """Kept decisions of these names (None: of every name) are about to change outside
    a resolution."""
    _touched(conn, pairs, Memo.drop_decisions)


def mentions_changed(conn: sqlite3.Connection, pairs: Iterable[Pair]) -> None:
    """Stored mentions of these names are about to change or go outside a resolution."""
    _touched(conn, pairs, Memo.drop_mentions)


def classes_changed(conn: sqlite3.Connection, pairs: Iterable[Pair] | None) -> None:
    """The form classes of these names (None: of every name) are about to change
    outside a resolution."""
    _touched(conn, pairs, Memo.drop_classes)


def _touched(
    conn: sqlite3.Connection,
    pairs: Iterable[Pair] | None,
    drop: Callable[[Memo, Iterable[Pair]], None],
) -> None:
    """This connection's memo drops the names' entries; any other memo is dropped whole."""
    global _last
    memo = _last
    if pairs is not None and memo is not None and memo.conn is conn:
        if memo.token == _token(conn):
            drop(memo, pairs)
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

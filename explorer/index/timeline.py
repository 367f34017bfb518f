"""The timeline's questions: an entity's mentions per day of publication inside the
focus, what falls outside the dates (documents without one), and its passages in a
period.

Per day, not per bin: a day's rows are few and binning them is the core's job
(`explorer.timeline.bins`), so changing the bin asks nothing of the index.
Dates are read through the narrow (id, date) index, as `queries.spread` reads them.

The Timeline panel asks for up to six entities in one focus in a row, each on its
own (`entity_days`), then the focus's undated documents. What they share is read
once: the focused documents with their days (`_focused_days`), kept for the last
connection and focus of each thread while the database is unchanged (SQLite's
`data_version` and the connection's own changes say so). Each entity then reads only
its own (document, mentions) list and numpy counts it per day. At 50k documents
(the bench's, row 4), six entities and the undated count on a fresh connection took
63-74 ms of CPU without a focus and 139-160 ms in a focus of two as thirteen SQL
aggregates, each sorting its rows by day and evaluating the focus again; read so,
about 24 ms either way, the same answers.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from explorer.index.focus import NO_FOCUS, Focus, focus_documents_sql


class EntityDays(NamedTuple):
    """One entity's mentions per day (YYYY-MM-DD, in order) and those it has in
    documents without a date, which no day may claim."""

    entity_id: int
    days: tuple[tuple[str, int], ...]
    undated_mentions: int
    undated_documents: int


def _focus_clause(focus: Focus, column: str) -> tuple[str, Sequence[int | str]]:
    if not focus:
        return "", []
    sql, params = focus_documents_sql(focus)
    return f" AND {column} IN ({sql})", params


# What the documents' dates are read as when they have none, and what separates them:
# control characters, which no date holds. Ten of them, as wide as a YYYY-MM-DD date.
_NO_DATE, _SEPARATOR = "\x1e" * 10, "\x1f"
_ISO_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9]  # where YYYY-MM-DD has its digits
_ISO_PLACES = np.array([10**7, 10**6, 10**5, 10**4, 1000, 100, 10, 1], dtype=np.int64)


@dataclass(frozen=True, slots=True)
class _FocusedDays:
    """The focused documents' days: `code[doc_id]` is -1 for a document outside the
    focus (or none), 0 for one without a date, else 1 + the index of its day."""

    conn: sqlite3.Connection  # held, so that no later connection can pass for it
    version: tuple[int, int]
    focus: Focus
    code: np.ndarray
    days: tuple[str, ...]  # YYYY-MM-DD (what the date's first ten characters say), in order


_last = threading.local()  # .read: the _FocusedDays this thread read last


def _version(conn: sqlite3.Connection) -> tuple[int, int]:
    """Changes by other connections, and by this one."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0]), conn.total_changes


def _remembered(conn: sqlite3.Connection, focus: Focus) -> _FocusedDays | None:
    read: _FocusedDays | None = getattr(_last, "read", None)
    if read is None or read.conn is not conn or read.focus != focus:
        return None
    return read if read.version == _version(conn) else None


def _focused_days(conn: sqlite3.Connection, focus: Focus) -> _FocusedDays:
    """The focused documents (all when there is no focus) and their days, read once
    per connection and focus while the database is unchanged."""
    read = _remembered(conn, focus)
    if read is not None:
        return read
    version = _version(conn)
    source = "documents AS d INDEXED BY documents_dates"
    params: Sequence[int | str] = []
    if focus:
        sql, params = focus_documents_sql(focus)
        source = f"({sql}) AS f JOIN {source} ON d.id = f.doc_id"
    # group_concat: one string for all of them is several times faster than a row each.
    ids_text, dates_text = conn.execute(
        f"SELECT group_concat(d.id), group_concat(coalesce(d.date, '{_NO_DATE}'), "
        f"'{_SEPARATOR}') FROM {source}",
        params,
    ).fetchone()
    ids = _integers(ids_text)
    coded = _iso_days(dates_text, len(ids))
    if coded is None:
        dates = dates_text.split(_SEPARATOR) if dates_text is not None else []
        if len(dates) != len(ids):  # a date holding the separator after all: a row each
            rows = conn.execute(
                f"SELECT d.id, coalesce(d.date, '{_NO_DATE}') FROM {source}", params
            )
            pairs = rows.fetchall()
            ids = np.array([doc for doc, _date in pairs], dtype=np.int64)
            dates = [date for _doc, date in pairs]
        coded = _any_days(dates)
    codes, days = coded
    code = np.full(int(ids.max()) + 1 if ids.size else 0, -1, dtype=np.int32)
    code[ids] = codes
    read = _FocusedDays(conn, version, focus, code, days)
    _last.read = read
    return read


def _iso_days(dates: str | None, count: int) -> tuple[np.ndarray, tuple[str, ...]] | None:
    """Each of `count` separated dates' code (0: none, else 1 + its day's index) and the
    days in order, when every date is YYYY-MM-DD, as the readers store them: read as
    numbers in numpy. None when some date has another form."""
    if dates is None or len(dates) != 11 * count - 1 or not dates.isascii():
        return None
    rows = np.frombuffer(f"{dates}{_SEPARATOR}".encode("ascii"), dtype=np.uint8)
    rows = rows.reshape(count, 11)
    undated = rows[:, 0] == ord(_NO_DATE[0])
    dated = rows[~undated]
    digits = dated[:, _ISO_DIGITS].astype(np.int64) - ord("0")
    if not (
        (rows[:, 10] == ord(_SEPARATOR)).all()
        and (rows[undated, :10] == ord(_NO_DATE[0])).all()
        and (dated[:, [4, 7]] == ord("-")).all()
        and ((digits >= 0) & (digits <= 9)).all()
    ):
        return None
    numbers, which = np.unique(digits @ _ISO_PLACES, return_inverse=True)
    codes = np.zeros(count, dtype=np.int64)
    codes[~undated] = which + 1
    days = tuple(f"{n // 10000:04d}-{n // 100 % 100:02d}-{n % 100:02d}" for n in numbers.tolist())
    return codes, days


def _any_days(dates: list[str]) -> tuple[np.ndarray, tuple[str, ...]]:
    """The same for dates of any form, a day being a date's first ten characters (as
    the other queries take it)."""
    seen: dict[str, int] = {}  # each distinct date once
    which = np.fromiter(
        (seen.setdefault(date, len(seen)) for date in dates), dtype=np.int64, count=len(dates)
    )
    days = tuple(sorted({date[:10] for date in seen if date != _NO_DATE}))
    rank = {day: at for at, day in enumerate(days, 1)}
    codes = np.array([0 if d == _NO_DATE else rank[d[:10]] for d in seen], dtype=np.int64)
    return codes[which], days


def _entity_documents(conn: sqlite3.Connection, entity_id: int) -> tuple[np.ndarray, np.ndarray]:
    """The documents mentioning `entity_id` and its mentions in each (aligned arrays)."""
    docs, mentions = conn.execute(
        "SELECT group_concat(doc_id), group_concat(mentions) FROM entity_documents "
        "WHERE entity_id = ?",
        (entity_id,),
    ).fetchone()
    return _integers(docs), _integers(mentions)


def _integers(text: str | None) -> np.ndarray:
    """The integers of a group_concat (None when it had no rows)."""
    if text is None:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")


def entity_days(conn: sqlite3.Connection, entity_id: int, focus: Focus = NO_FOCUS) -> EntityDays:
    """`entity_id`'s mentions per day in the focused documents, and in the undated ones."""
    read = _focused_days(conn, focus)
    docs, mentions = _entity_documents(conn, entity_id)
    if docs.size and docs.max() < len(read.code):
        code = read.code[docs]
    else:  # documents after the last focused one are outside the focus
        code = np.full(len(docs), -1, dtype=np.int32)
        known = docs < len(read.code)
        code[known] = read.code[docs[known]]
    inside = code >= 0
    code, mentions = code[inside], mentions[inside]
    bins = len(read.days) + 1
    per_day = np.bincount(code, weights=mentions, minlength=bins).astype(np.int64)
    documents = np.bincount(code, minlength=bins)
    present = np.flatnonzero(documents[1:])
    days = tuple(zip([read.days[i] for i in present], per_day[1:][present].tolist(), strict=True))
    return EntityDays(entity_id, days, int(per_day[0]), int(documents[0]))


def undated_documents(conn: sqlite3.Connection, focus: Focus = NO_FOCUS) -> int:
    """How many documents of the focus (all when none) have no date."""
    read = _remembered(conn, focus)
    if read is not None:  # the timeline's entities were just counted in this focus
        return int(np.count_nonzero(read.code == 0))
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

"""Co-mention counts for the three windows, precomputed so views never self-join.

The score is logDice (Rychlý 2008): 14 + log2(2·f(xy) / (f(x) + f(y))), where f
counts windows. Unlike raw counts it does not put the most frequent entity on top
of every list, unlike PMI it does not favour pairs seen once, and it does not
depend on corpus size, so scores compare across corpora and focus sets. 14 is the
maximum (two entities that only ever appear together).

Every window lies inside one document, so a document's windows add to the counts
independently of the others: after a few documents change, their old windows are
subtracted and their new ones added (`change_comentions`) instead of recounting
the corpus. Scores are computed when read (`queries.co_mentions`), from the pair count
and the two window counts: stored, every pair of an entity whose window count
moved would have to be rescored, thousands for one edited document.
"""

from __future__ import annotations

import math
import sqlite3

from explorer.vocabulary import WINDOWS

# Each window as an integer key over the mentions table, aliased `m` in every query.
WINDOW_KEYS = {
    "sentence": "m.passage_id",
    "paragraph": "m.doc_id * 1048576 + m.paragraph",
    "document": "m.doc_id",
}


def log_dice(together: int, fx: int, fy: int) -> float:
    """The score of a pair seen together in `together` windows, of x's `fx` and y's
    `fy`; the store registers it as an SQL function of the same name."""
    return 14 + math.log2(2.0 * together / (fx + fy))


# The documents whose windows `change_comentions` adds or subtracts.
CHANGED_DOCS = "temp.changed_docs"


def window_number(window: str) -> int:
    try:
        return WINDOWS.index(window)
    except ValueError:
        raise ValueError(f"unknown window '{window}' (use {', '.join(WINDOWS)})") from None


def _mentions_of(changed_only: bool) -> str:
    """The mentions counted: all, or those of CHANGED_DOCS; dates never co-mention.

    CROSS JOIN keeps the changed documents the outer loop: a temp table has no
    statistics, and the planner otherwise scans every mention to skip a sort."""
    source = (
        f"{CHANGED_DOCS} AS c CROSS JOIN mentions AS m ON m.doc_id = c.doc_id"
        if changed_only
        else "mentions AS m"
    )
    return f"{source} JOIN entities AS e ON e.id = m.entity_id WHERE e.kind != 'date'"


def window_freq_sql(number: int, changed_only: bool = False) -> str:
    """SELECT window, entity_id, windows: each entity's window count."""
    key = WINDOW_KEYS[WINDOWS[number]]
    return (
        f"SELECT {number} AS window, m.entity_id AS entity_id, count(DISTINCT {key}) AS n "
        f"FROM {_mentions_of(changed_only)} GROUP BY m.entity_id"
    )


# Fills window_freq from scratch (the schema migration that introduced it uses this too).
WINDOW_FREQ_FILL = "\n".join(
    f"INSERT INTO window_freq(window, entity_id, n) {window_freq_sql(number)};"
    for number in range(len(WINDOWS))
)


# Both orders of each pair in temp.pairs, sorted as the comentions key: the table
# holds (a, b) and (b, a) so an entity's pairs are one range of it. (Used as a
# subquery: `(a, b) IN (compound)` would not look up the key.)
_BOTH_ORDERS = (
    "SELECT a, b, n, docs FROM temp.pairs UNION ALL SELECT b, a, n, docs FROM temp.pairs "
    "ORDER BY 1, 2"
)


def _pairs_table(conn: sqlite3.Connection, number: int, changed_only: bool) -> None:
    """temp.pairs(a, b, n, docs) with a < b: windows holding both a and b, and their
    documents (counting each pair once, in one order, halves the self-join)."""
    # a document window is its own document
    docs = "count(*)" if WINDOWS[number] == "document" else "count(DISTINCT x.doc_id)"
    conn.execute("DROP TABLE IF EXISTS temp.win")
    conn.execute(
        f"CREATE TEMP TABLE win AS SELECT DISTINCT {WINDOW_KEYS[WINDOWS[number]]} AS win, "
        f"m.doc_id AS doc_id, m.entity_id AS entity_id FROM {_mentions_of(changed_only)}"
    )
    conn.execute("CREATE INDEX temp.win_key ON win(win, entity_id)")
    conn.execute("DROP TABLE IF EXISTS temp.pairs")
    conn.execute(
        "CREATE TEMP TABLE pairs AS SELECT x.entity_id AS a, y.entity_id AS b, count(*) AS n, "
        f"{docs} AS docs FROM win AS x "
        "JOIN win AS y ON y.win = x.win AND y.entity_id > x.entity_id "
        "GROUP BY x.entity_id, y.entity_id"
    )
    conn.execute("DROP TABLE temp.win")


def rebuild_comentions(conn: sqlite3.Connection) -> None:
    """Recount every pair for every window. Call inside a transaction, after entities."""
    conn.execute("DELETE FROM comentions")
    conn.execute("DELETE FROM window_freq")
    for number in range(len(WINDOWS)):
        conn.execute(f"INSERT INTO window_freq(window, entity_id, n) {window_freq_sql(number)}")
        _pairs_table(conn, number, changed_only=False)
        conn.execute(
            f"INSERT INTO comentions(window, a, b, count, documents) "
            f"SELECT {number}, a, b, n, docs FROM ({_BOTH_ORDERS})"
        )
    conn.execute("DROP TABLE IF EXISTS temp.pairs")


def change_comentions(conn: sqlite3.Connection, sign: int) -> None:
    """Add (sign 1) or subtract (sign -1) the windows of CHANGED_DOCS.

    Every entity involved goes into stale_entities, whose totals `settle` recounts.
    """
    for number in range(len(WINDOWS)):
        conn.execute("DROP TABLE IF EXISTS temp.freq")
        conn.execute(f"CREATE TEMP TABLE freq AS {window_freq_sql(number, changed_only=True)}")
        conn.execute("INSERT OR IGNORE INTO stale_entities(entity_id) SELECT entity_id FROM freq")
        conn.execute(
            f"INSERT INTO window_freq(window, entity_id, n) SELECT window, entity_id, {sign} * n "
            "FROM temp.freq WHERE true "
            "ON CONFLICT(window, entity_id) DO UPDATE SET n = n + excluded.n"
        )
        conn.execute(
            f"DELETE FROM window_freq WHERE window = {number} AND n <= 0 "
            "AND entity_id IN (SELECT entity_id FROM temp.freq)"
        )
        _pairs_table(conn, number, changed_only=True)
        conn.execute(
            "INSERT INTO comentions(window, a, b, count, documents) "
            f"SELECT {number}, a, b, {sign} * n, {sign} * docs FROM ({_BOTH_ORDERS}) WHERE true "
            "ON CONFLICT(window, a, b) DO UPDATE SET count = count + excluded.count, "
            "documents = documents + excluded.documents"
        )
        conn.execute(
            f"DELETE FROM comentions WHERE window = {number} AND count <= 0 "
            f"AND (a, b) IN (SELECT a, b FROM ({_BOTH_ORDERS}))"
        )
    conn.execute("DROP TABLE IF EXISTS temp.pairs")
    conn.execute("DROP TABLE IF EXISTS temp.freq")

"""Co-mention counts for the three windows, precomputed so views never self-join.

The score is logDice (Rychlý 2008): 14 + log2(2·f(xy) / (f(x) + f(y))), where f
counts windows. Unlike raw counts it does not put the most frequent entity on top
of every list, unlike PMI it does not favour pairs seen once, and it does not
depend on corpus size, so scores compare across corpora and focus sets. 14 is the
maximum (two entities that only ever appear together).
"""

from __future__ import annotations

import sqlite3

WINDOWS = ("sentence", "paragraph", "document")

# Each window as an integer key over the mentions table, aliased `m` in every query.
WINDOW_KEYS = {
    "sentence": "m.passage_id",
    "paragraph": "m.doc_id * 1048576 + m.paragraph",
    "document": "m.doc_id",
}

SCORE_SQL = "14 + log2(2.0 * {count} / ({fx} + {fy}))"


def window_number(window: str) -> int:
    try:
        return WINDOWS.index(window)
    except ValueError:
        raise ValueError(f"unknown window '{window}' (use {', '.join(WINDOWS)})") from None


def rebuild_comentions(conn: sqlite3.Connection) -> None:
    """Recount every pair for every window. Call inside a transaction, after entities."""
    conn.execute("DELETE FROM comentions")
    for number, window in enumerate(WINDOWS):
        conn.execute("DROP TABLE IF EXISTS temp.win")
        conn.execute(
            f"CREATE TEMP TABLE win AS SELECT DISTINCT {WINDOW_KEYS[window]} AS win, "
            "m.doc_id AS doc_id, m.entity_id AS entity_id FROM mentions AS m "
            "JOIN entities AS e ON e.id = m.entity_id WHERE e.kind != 'date'"
        )
        conn.execute("CREATE INDEX temp.win_key ON win(win, entity_id)")
        conn.execute("DROP TABLE IF EXISTS temp.freq")
        conn.execute(
            "CREATE TEMP TABLE freq AS SELECT entity_id, count(*) AS n FROM win GROUP BY entity_id"
        )
        conn.execute("CREATE INDEX temp.freq_id ON freq(entity_id)")
        score = SCORE_SQL.format(count="count(*)", fx="fx.n", fy="fy.n")
        conn.execute(
            f"INSERT INTO comentions(window, a, b, count, documents, score) "
            f"SELECT {number}, x.entity_id, y.entity_id, count(*), count(DISTINCT x.doc_id), "
            f"{score} FROM win AS x JOIN win AS y ON y.win = x.win AND y.entity_id != x.entity_id "
            "JOIN freq AS fx ON fx.entity_id = x.entity_id "
            "JOIN freq AS fy ON fy.entity_id = y.entity_id "
            "GROUP BY x.entity_id, y.entity_id"
        )
    conn.execute("DROP TABLE IF EXISTS temp.win")
    conn.execute("DROP TABLE IF EXISTS temp.freq")

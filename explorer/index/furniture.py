"""Page furniture found from the corpus itself: a short line that repeats verbatim
across documents that are not copies of one story — a masthead, a byline, a
share-button row, "Source: X", a permalink's text — is not text, and the names
in it are not mentions.

Copies of one story (a wire report several outlets ran) repeat every line too,
so a line counts as furniture only when documents of at least
FURNITURE_MIN_TITLES different titles carry it, each as a small part of its
text (the updates of one developing story repeat a background sentence three or
four times; measured on the BBC articles, where the lines that five titles share
are a columnist's footer and stray brackets). The lines found are kept in
`furniture_lines`; the mentions in them carry the `spans.FURNITURE` flag, which
resolution treats as noise. After an index pass only the lines of the documents
stored since, and the lines already known as furniture, are looked at again
(through the full-text index); a pass that changed much of the corpus recounts
every short line in one scan.
"""

from __future__ import annotations

import sqlite3

from explorer.index.forms import count_document_forms, mark_unresolved, uncount_documents
from explorer.resolve.spans import FURNITURE

FURNITURE_MIN_TITLES = 5
FURNITURE_MAX_CHARS = 120
# Above this share of documents stored since the last pass, one scan of all lines.
_WHOLESALE_SHARE = 0.2

# Furniture is a small part of the documents that carry it; a line that is half of
# its document or more (about three characters a word) is that document's content.
_SMALL_PART = "length(p.text) < 3 * d.words"
_REPEATED = (
    "SELECT p.text FROM passages AS p JOIN documents AS d ON d.id = p.doc_id "
    f"WHERE length(p.text) <= ? AND {_SMALL_PART} "
    "GROUP BY p.text HAVING count(DISTINCT d.title) >= ?"
)


def refresh_furniture(conn: sqlite3.Connection) -> int:
    """Bring `furniture_lines` and the mentions' FURNITURE flags up to date with the
    documents stored since the last resolution; returns how many documents' flags
    changed (they wait for the next resolution). Call inside a transaction."""
    documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    fresh = conn.execute("SELECT count(*) FROM unresolved_docs").fetchone()[0]
    if not documents:
        found: set[str] = set()
    elif fresh > _WHOLESALE_SHARE * documents:
        found = {r[0] for r in conn.execute(_REPEATED, (FURNITURE_MAX_CHARS, FURNITURE_MIN_TITLES))}
    else:
        candidates = {
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT p.text FROM passages AS p WHERE length(p.text) <= ? "
                "AND p.doc_id IN unresolved_docs",
                (FURNITURE_MAX_CHARS,),
            )
        }
        candidates.update(r[0] for r in conn.execute("SELECT text FROM furniture_lines"))
        found = {text for text in candidates if _is_furniture(conn, text)}
    known = {r[0] for r in conn.execute("SELECT text FROM furniture_lines")}
    conn.executemany("DELETE FROM furniture_lines WHERE text = ?", ((t,) for t in known - found))
    conn.executemany("INSERT INTO furniture_lines(text) VALUES (?)", ((t,) for t in found - known))
    return _reflag(conn, (known - found) | (found - known))


def _is_furniture(conn: sqlite3.Connection, text: str) -> bool:
    """Documents of enough different titles hold this exact line (found through the
    full-text index, then compared exactly)."""
    phrase = '"' + text.replace('"', '""') + '"'
    try:
        # enough titles found, the search stops ("No" is in a great many passages)
        row = conn.execute(
            "SELECT count(*) FROM (SELECT DISTINCT d.title FROM passages_fts AS f "
            "JOIN passages AS p ON p.id = f.rowid JOIN documents AS d ON d.id = p.doc_id "
            f"WHERE passages_fts MATCH ? AND p.text = ? AND {_SMALL_PART} LIMIT ?)",
            (phrase, text, FURNITURE_MIN_TITLES),
        ).fetchone()
    except sqlite3.OperationalError:  # a line the full-text syntax cannot phrase
        return False
    titles: int = row[0]
    return titles >= FURNITURE_MIN_TITLES


def _reflag(conn: sqlite3.Connection, lines: set[str]) -> int:
    """Set the FURNITURE flag of the mentions in exactly the furniture lines, for the
    documents holding any of `lines` that changed and the documents stored since the
    last pass that hold any furniture line; their forms are counted again and placed
    anew."""
    doc_ids = {
        r[0]
        for r in conn.execute(
            # the few documents first: else SQLite scans every passage
            "SELECT DISTINCT p.doc_id FROM unresolved_docs AS u CROSS JOIN passages AS p "
            "ON p.doc_id = u.doc_id JOIN furniture_lines AS f ON f.text = p.text"
        )
    }
    if lines:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS changed_lines (text TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM temp.changed_lines")
        conn.executemany(
            "INSERT OR IGNORE INTO temp.changed_lines VALUES (?)", ((t,) for t in lines)
        )
        doc_ids.update(
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT p.doc_id FROM temp.changed_lines AS c "
                "JOIN passages AS p ON p.text = c.text"
            )
        )
        conn.execute("DELETE FROM temp.changed_lines")
    if not doc_ids:
        return 0
    uncount_documents(conn, doc_ids)
    conn.executemany(
        "UPDATE mentions SET flags = CASE WHEN EXISTS (SELECT 1 FROM passages AS p "
        "JOIN furniture_lines AS f ON f.text = p.text WHERE p.id = mentions.passage_id) "
        f"THEN flags | {FURNITURE} ELSE flags & ~{FURNITURE} END WHERE doc_id = ?",
        ((d,) for d in doc_ids),
    )
    for doc_id in doc_ids:
        forms = conn.execute(
            "SELECT text, label, flags FROM mentions WHERE doc_id = ?", (doc_id,)
        ).fetchall()
        count_document_forms(conn, doc_id, forms)
    mark_unresolved(conn, doc_ids)
    return len(doc_ids)

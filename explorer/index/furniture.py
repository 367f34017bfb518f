"""Page furniture found from the corpus itself: a short line that repeats verbatim
across documents that are not copies of one story — a masthead, a byline, a
share-button row, "Source: X", a permalink's text — is not text, and the names
in it are not mentions.

Copies of one story (a wire report several outlets ran) repeat every line too,
so a line counts as furniture only when documents of at least
FURNITURE_MIN_TITLES different titles carry it, each as a small part of its
text (the updates of one developing story repeat a background sentence three or
four times; measured on the BBC articles, where the lines that five titles share
are a columnist's footer and stray brackets, which hold no name and are left
alone). The lines found are kept in `furniture_lines`; the mentions in them
carry the `spans.FURNITURE` flag, which resolution treats as noise. After an
index pass only the lines of the documents stored since, and the lines already
known as furniture, are looked at again (through the full-text index); a pass
that changed much of the corpus recounts every short line in one scan.

Furniture run into a sentence (a page turned into text without its line breaks)
is found the same way through the spans around each mention
(`explorer.index.furniture_spans`): a mention whose span with the words before
or after it documents of FURNITURE_MIN_TITLES titles carry is in furniture too;
its keys are in `furniture_spans`.
"""

from __future__ import annotations

import sqlite3
from typing import TypeVar

from explorer.index.forms import count_document_forms, mark_unresolved, uncount_documents
from explorer.index.furniture_spans import mention_keys
from explorer.resolve.spans import FURNITURE

T = TypeVar("T", str, int)

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
_HOLDING_KEY = "SELECT doc_id FROM span_keys WHERE key = ?"
# Keys held by fewer documents than titles needed are left out before the join.
_REPEATED_SPANS = (
    "SELECT s.key FROM span_keys AS s JOIN documents AS d ON d.id = s.doc_id "
    "WHERE s.key IN (SELECT key FROM span_keys GROUP BY key HAVING count(*) >= ?) "
    "GROUP BY s.key HAVING count(DISTINCT d.title) >= ?"
)


def refresh_furniture(conn: sqlite3.Connection) -> int:
    """Bring `furniture_lines` and the mentions' FURNITURE flags up to date with the
    documents stored since the last resolution; returns how many documents' flags
    changed (they wait for the next resolution). Call inside a transaction."""
    documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    fresh = conn.execute("SELECT count(*) FROM unresolved_docs").fetchone()[0]
    found: set[str] = set()
    spans: set[int] = set()
    if documents and fresh > _WHOLESALE_SHARE * documents:
        found = {
            r[0]
            for r in conn.execute(_REPEATED, (FURNITURE_MAX_CHARS, FURNITURE_MIN_TITLES))
            if _holds_words(r[0])
        }
        spans = {r[0] for r in conn.execute(_REPEATED_SPANS, (FURNITURE_MIN_TITLES,) * 2)}
    elif documents:
        candidates = {
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT p.text FROM passages AS p WHERE length(p.text) <= ? "
                "AND p.doc_id IN unresolved_docs",
                (FURNITURE_MAX_CHARS,),
            )
        }
        candidates.update(r[0] for r in conn.execute("SELECT text FROM furniture_lines"))
        found = {text for text in candidates if _holds_words(text) and _is_furniture(conn, text)}
        keys = {
            r[0]
            for r in conn.execute(
                "SELECT key FROM span_keys WHERE doc_id IN unresolved_docs "
                "UNION SELECT key FROM furniture_spans"
            )
        }
        spans = {key for key in keys if _is_furniture_span(conn, key)}
    return _reflag(
        conn,
        _replace(conn, "furniture_lines", "text", found),
        _replace(conn, "furniture_spans", "key", spans),
    )


def _replace(conn: sqlite3.Connection, table: str, column: str, found: set[T]) -> set[T]:
    """Make `found` the rows of a one-column table; returns the values that came or went."""
    known = {r[0] for r in conn.execute(f"SELECT {column} FROM {table}")}
    conn.executemany(f"DELETE FROM {table} WHERE {column} = ?", ((v,) for v in known - found))
    conn.executemany(f"INSERT INTO {table}({column}) VALUES (?)", ((v,) for v in found - known))
    return known ^ found


def _holds_words(text: str) -> bool:
    """A line that may hold a name, the only lines furniture matters for. The
    full-text index cannot find a line of brackets and quotes ('"['): were such a
    line furniture after a full scan, the next update would find it no longer is,
    and read again every document holding it (20 on the BBC articles)."""
    return any(char.isalnum() for char in text)


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


def _is_furniture_span(conn: sqlite3.Connection, key: int) -> bool:
    """Documents of enough different titles hold this span key."""
    row = conn.execute(
        "SELECT count(*) FROM (SELECT DISTINCT d.title FROM span_keys AS s "
        "JOIN documents AS d ON d.id = s.doc_id WHERE s.key = ? LIMIT ?)",
        (key, FURNITURE_MIN_TITLES),
    ).fetchone()
    titles: int = row[0]
    return titles >= FURNITURE_MIN_TITLES


def _reflag(conn: sqlite3.Connection, lines: set[str], spans: set[int]) -> int:
    """Set the FURNITURE flag of the mentions in exactly the furniture lines and
    spans, for the documents holding any of `lines` or `spans` that changed and the
    documents stored since the last pass that hold any furniture line or span;
    their forms are counted again and placed anew."""
    doc_ids = {
        r[0]
        for r in conn.execute(
            # the few documents first: else SQLite scans every passage
            "SELECT DISTINCT p.doc_id FROM unresolved_docs AS u CROSS JOIN passages AS p "
            "ON p.doc_id = u.doc_id JOIN furniture_lines AS f ON f.text = p.text "
            "UNION SELECT s.doc_id FROM unresolved_docs AS u CROSS JOIN span_keys AS s "
            "ON s.doc_id = u.doc_id JOIN furniture_spans AS f ON f.key = s.key"
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
    for key in spans:
        doc_ids.update(r[0] for r in conn.execute(_HOLDING_KEY, (key,)))
    if not doc_ids:
        return 0
    uncount_documents(conn, doc_ids)
    furniture_spans = {r[0] for r in conn.execute("SELECT key FROM furniture_spans")}
    for doc_id in doc_ids:
        flags = _document_flags(conn, doc_id, furniture_spans)
        conn.executemany("UPDATE mentions SET flags = ? WHERE id = ?", flags)
        forms = conn.execute(
            "SELECT text, label, flags FROM mentions WHERE doc_id = ?", (doc_id,)
        ).fetchall()
        count_document_forms(conn, doc_id, forms)
    mark_unresolved(conn, doc_ids)
    return len(doc_ids)


def _document_flags(
    conn: sqlite3.Connection, doc_id: int, furniture_spans: set[int]
) -> list[tuple[int, int]]:
    """(flags, id) of the document's mentions whose FURNITURE flag is to change: set
    in a furniture line or with a furniture span key, cleared elsewhere."""
    text = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
    passages = {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT p.id, p.start_char, p.end_char, EXISTS (SELECT 1 FROM furniture_lines AS f "
            "WHERE f.text = p.text) FROM passages AS p WHERE p.doc_id = ?",
            (doc_id,),
        )
    }
    changed = []
    for mention_id, passage, start, end, flags in conn.execute(
        "SELECT id, passage_id, start_char, clean_end, flags FROM mentions WHERE doc_id = ?",
        (doc_id,),
    ):
        first, last, in_line = passages[passage]
        furniture = bool(in_line) or any(
            key in furniture_spans for key in mention_keys(text, (first, last), start, end)
        )
        new = flags | FURNITURE if furniture else flags & ~FURNITURE
        if new != flags:
            changed.append((new, mention_id))
    return changed

"""Form classes: the mentions of a corpus grouped by what resolution needs of them.

Resolution looks at a document's mentions of one (text, label) only through
their count and their flags AND-ed together. Documents whose mentions of a
(text, label) AND to the same flags are therefore interchangeable to it, except
where a short person name needs the full names of its own document. So the
index keeps `form_classes`, one row per (text, label, flags) with its mention
count summed over those documents, up to date as documents come and go, and
where resolution last placed that class's mentions. Resolution then reads tens
of thousands of classes instead of every document's forms, fetches per-document
forms only for the texts that need them, and rewrites only the mentions of the
classes that moved and of the documents stored since (`unresolved_docs`).
"""

from __future__ import annotations

import math
import sqlite3
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection, Iterable
from operator import itemgetter

from explorer.index.decisions import forget_documents
from explorer.index.derived import retract_documents
from explorer.index.memo import KeptClasses, classes_changed, mentions_changed
from explorer.resolve.model import FormCount
from explorer.resolve.spans import ALL_OF_DOCUMENT, ANY_OF_DOCUMENT, FURNITURE


def flags_of(column: str = "flags") -> str:
    """A group of mentions' flags as resolution reads them, as SQL: each suspicion
    of noise if all of them have it, each cue to the kind if any has it. The
    aggregate is `CombinedFlags`, which the store registers on its connection (one
    call per row: twice as fast as an SQL min or max per bit)."""
    return f"combined_flags({column})"


class CombinedFlags:
    """The SQLite aggregate `combined_flags`: `combine_flags` one row at a time."""

    __slots__ = ("every", "some")

    def __init__(self) -> None:
        self.every, self.some = ALL_OF_DOCUMENT, 0

    def step(self, bits: int) -> None:
        self.every &= bits
        self.some |= bits

    def finalize(self) -> int:
        return self.every | (self.some & ANY_OF_DOCUMENT)


def combine_flags(flags: Iterable[int]) -> int:
    """The same in Python, over one group's flags."""
    combined = CombinedFlags()
    for bits in flags:
        combined.step(bits)
    return combined.finalize()


# Each document's forms: (doc_id, text, label, flags, mentions, first offset) and where
# they are placed.
_DOCUMENT_FORMS = (
    f"SELECT doc_id, text, label, {flags_of()} AS flags, count(*) AS n, "
    "min(start_char) AS first, "
    "min(entity_id) AS entity_id, min(demonym) AS demonym, min(clean_end - end_char) AS trim "
    "FROM mentions {where} GROUP BY doc_id, text, label"
)

# So many documents' forms are asked for in one query (SQLite's bound variables).
_DOCUMENTS_PER_QUERY = 500

# The forms of the documents stored since the last resolution.
# The unresolved documents' forms, read once per resolution (`stage_unresolved_forms`):
# at a first index every document is unresolved, and three steps read them.
UNRESOLVED_FORMS = "SELECT * FROM temp.unresolved_forms"

# Fills form_classes from the mentions; a class whose documents disagree on their
# placement is `mixed` (only short person names resolve per document).
FORM_CLASSES_FILL = (
    "INSERT INTO form_classes(text, label, flags, mentions, entity_id, demonym, trim, mixed) "
    "SELECT text, label, flags, sum(n), min(entity_id), min(demonym), min(trim), "
    "count(DISTINCT coalesce(entity_id, -1) || '/' || demonym || '/' || trim) > 1 "
    f"FROM ({_DOCUMENT_FORMS.format(where='')}) GROUP BY text, label, flags"
)

# (entity id or None, demonym, characters trimmed from the end)
Placement = tuple[int | None, int, int]


def count_document_forms(
    conn: sqlite3.Connection, doc_id: int, forms: Iterable[tuple[str, str, int]]
) -> None:
    """Add one newly stored document's mentions, given as (text, label, flags), to
    its classes; the document waits in unresolved_docs for its placement."""
    flags: dict[tuple[str, str], list[int]] = {}
    for text, label, bits in forms:
        flags.setdefault((text, label), []).append(bits)
    classes_changed(conn, flags)
    conn.executemany(
        "INSERT INTO form_classes(text, label, flags, mentions) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(text, label, flags) DO UPDATE SET mentions = mentions + excluded.mentions",
        [(text, label, combine_flags(bits), len(bits)) for (text, label), bits in flags.items()],
    )
    conn.execute("INSERT OR IGNORE INTO unresolved_docs(doc_id) VALUES (?)", (doc_id,))


def uncount_documents(conn: sqlite3.Connection, doc_ids: Collection[int]) -> None:
    """Take these documents' mentions out of their classes, before the mentions go."""
    for doc_id in doc_ids:
        gone = conn.execute(
            f"SELECT text, label, {flags_of()}, count(*) FROM mentions WHERE doc_id = ? "
            "GROUP BY text, label",
            (doc_id,),
        ).fetchall()
        mentions_changed(conn, [(text, label) for text, label, _, _ in gone])
        conn.executemany(
            "UPDATE form_classes SET mentions = mentions - ? "
            "WHERE text = ? AND label = ? AND flags = ?",
            [(n, text, label, flags) for text, label, flags, n in gone],
        )
        conn.executemany(
            "DELETE FROM form_classes WHERE text = ? AND label = ? AND flags = ? AND mentions <= 0",
            [(text, label, flags) for text, label, flags, _ in gone],
        )
        conn.execute("DELETE FROM unresolved_docs WHERE doc_id = ?", (doc_id,))
    forget_documents(conn, doc_ids)


def recount_form_classes(conn: sqlite3.Connection) -> None:
    """Refill form_classes from the mentions (for rows written outside DocumentWriter)."""
    classes_changed(conn, None)
    conn.execute("DELETE FROM form_classes")
    conn.execute(FORM_CLASSES_FILL)


def mark_unresolved(conn: sqlite3.Connection, doc_ids: Iterable[int]) -> None:
    """Forget where these documents' mentions were placed, as if just stored: the
    next resolution places them afresh. Call inside a transaction."""
    doc_ids = list(doc_ids)
    retract_documents(conn, doc_ids)
    conn.executemany(
        "UPDATE mentions SET entity_id = NULL, demonym = 0, end_char = clean_end WHERE doc_id = ?",
        ((d,) for d in doc_ids),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO unresolved_docs(doc_id) VALUES (?)", ((d,) for d in doc_ids)
    )
    forget_documents(conn, doc_ids)


def stored_classes(
    conn: sqlite3.Connection, kept: KeptClasses | None = None
) -> list[tuple[FormCount, Placement | None]]:
    """Every class as a FormCount whose `doc` is a negative number of its own (no
    document shares it), with its placement, None when its documents disagree.

    With `kept` (the last resolution's, in the memo), only the classes of the names
    written since are read again, and a class keeps its number while it lasts: an
    edit that adds a class leaves every other class's form as it was, which the
    kept plan relies on (`explorer.resolve.regrow`). The list returned is the
    memo's: not to be changed."""
    if kept is None or kept.rows is None or len(kept.stale) > _MAX_STALE:
        rows = conn.execute(_CLASSES).fetchall()
        rows.sort(key=_KEY)  # Python's order (the table's too), which `bisect` follows
        if kept is None:
            return [_class(row, -i) for i, row in enumerate(rows, 1)]
        kept.rows = [_class(row, -_number(kept, row[:3])) for row in rows]
        kept.keys = [row[:3] for row in rows]
    else:
        for text, label in sorted(kept.stale):
            rows = sorted(
                conn.execute(f"{_CLASSES} WHERE text = ? AND label = ?", (text, label)), key=_KEY
            )
            first = bisect_left(kept.keys, (text, label))
            end = bisect_right(kept.keys, (text, label, math.inf))
            kept.rows[first:end] = [_class(row, -_number(kept, row[:3])) for row in rows]
            kept.keys[first:end] = [row[:3] for row in rows]
    kept.stale.clear()
    return kept.rows


def place_kept_classes(
    kept: KeptClasses,
    moved: Iterable[tuple[str, str, int, int | None, int, int]],
    mixed: Iterable[tuple[str, str]],
) -> None:
    """Bring the memo's classes to the placements a resolution just wrote (moved:
    text, label, flags and the new placement; mixed: the names whose classes its
    documents now disagree on), as reading them again would: after a first
    resolution placed every class, the next update would otherwise read them all."""
    rows, keys = kept.rows, kept.keys
    if rows is None:
        return
    for text, label, flags, entity_id, demonym, trim in moved:
        i = bisect_left(keys, (text, label, flags))
        if i < len(keys) and keys[i] == (text, label, flags):
            rows[i] = (rows[i][0], (entity_id, demonym, trim))
        else:  # a class the memo does not hold: read it again
            kept.stale.add((text, label))
    for text, label in mixed:
        first = bisect_left(keys, (text, label))
        end = bisect_right(keys, (text, label, math.inf))
        rows[first:end] = [(form, None) for form, _ in rows[first:end]]


# Above this many names written since, the classes are read again in one scan.
_MAX_STALE = 500
_CLASSES = "SELECT text, label, flags, mentions, entity_id, demonym, trim, mixed FROM form_classes"
_KEY = itemgetter(0, 1, 2)


def _class(
    row: tuple[str, str, int, int, int | None, int, int, int], doc: int
) -> tuple[FormCount, Placement | None]:
    text, label, flags, n, entity_id, demonym, trim, mixed = row
    return FormCount(doc, text, label, flags, n), None if mixed else (entity_id, demonym, trim)


def _number(kept: KeptClasses, key: tuple[str, str, int]) -> int:
    """A class's number: its own, or the next for a class never seen."""
    number = kept.of.get(key)
    if number is None:
        number = kept.of[key] = kept.next
        kept.next += 1
    return number


def document_forms(
    conn: sqlite3.Connection, pairs: Collection[tuple[str, str]], fresh_only: bool = False
) -> list[tuple[FormCount, Placement]]:
    """Every document's forms of these (text, label) pairs, with their placement;
    with `fresh_only`, only the unresolved documents'."""
    if not pairs:
        return []
    if fresh_only:  # the staged forms of the unresolved documents, read in one scan
        wanted = set(pairs)
        return [
            (FormCount(doc, text, label, flags, n, first), (entity_id, demonym, trim))
            for doc, text, label, flags, n, first, entity_id, demonym, trim in conn.execute(
                UNRESOLVED_FORMS
            )
            if (text, label) in wanted
        ]
    query = _DOCUMENT_FORMS.format(where="WHERE text = ? AND label = ?")
    found: list[tuple[FormCount, Placement]] = []
    for text, label in pairs:
        for doc, text_, label_, flags, n, first, entity_id, demonym, trim in conn.execute(
            query, (text, label)
        ):
            found.append(
                (FormCount(doc, text_, label_, flags, n, first), (entity_id, demonym, trim))
            )
    return found


def forms_in_documents(conn: sqlite3.Connection, documents: Collection[int]) -> list[FormCount]:
    """Every form of these documents."""
    found: list[FormCount] = []
    ordered = sorted(documents)
    for i in range(0, len(ordered), _DOCUMENTS_PER_QUERY):
        chunk = ordered[i : i + _DOCUMENTS_PER_QUERY]
        where = f"WHERE doc_id IN ({','.join('?' * len(chunk))})"
        query = _DOCUMENT_FORMS.format(where=where)
        for doc, text, label, flags, n, first, *_ in conn.execute(query, chunk):
            found.append(FormCount(doc, text, label, flags, n, first))
    return found


def shared_documents(
    conn: sqlite3.Connection,
    a: Collection[tuple[str, str]],
    b: Collection[tuple[str, str]],
    known: dict[tuple[str, str], frozenset[int]] | None = None,
) -> int:
    """How many documents hold mentions of both sets of (text, label) pairs outside
    page furniture (an acronym and the name it abbreviates, used together).
    `known` keeps each pair's documents for the next call of the same resolution."""
    known = {} if known is None else known
    docs = []
    for pairs in (a, b):
        found: set[int] = set()
        for pair in pairs:
            if pair not in known:
                known[pair] = _documents_of(conn, pair)
            found.update(known[pair])
        docs.append(found)
    return len(docs[0] & docs[1])


def _documents_of(conn: sqlite3.Connection, pair: tuple[str, str]) -> frozenset[int]:
    """The documents holding mentions of a (text, label) outside page furniture. A
    document whose mentions of it are all in furniture has it in a class with the
    FURNITURE flag (all of a document's mentions have it); without one, the index on
    (text, label, doc_id) answers alone, without reading the mentions' rows."""
    in_furniture = conn.execute(
        f"SELECT 1 FROM form_classes WHERE text = ? AND label = ? AND flags & {FURNITURE} LIMIT 1",
        pair,
    ).fetchone()
    query = "SELECT DISTINCT doc_id FROM mentions WHERE text = ? AND label = ?"
    if in_furniture:
        query += f" AND flags & {FURNITURE} = 0"
    return frozenset(r[0] for r in conn.execute(query, pair))


def stage_unresolved_forms(conn: sqlite3.Connection) -> None:
    """Fill temp.unresolved_forms (`UNRESOLVED_FORMS`) from the mentions of the
    documents stored since the last resolution. Call at the start of one."""
    conn.execute("DROP TABLE IF EXISTS temp.unresolved_forms")
    conn.execute(
        "CREATE TEMP TABLE unresolved_forms AS "
        + _DOCUMENT_FORMS.format(where="WHERE doc_id IN unresolved_docs")
    )


def unresolved_counts(conn: sqlite3.Connection) -> Counter[tuple[str, str, int]]:
    """Mentions of the unresolved documents per class: no placement holds them yet."""
    rows = conn.execute(
        f"SELECT text, label, flags, sum(n) FROM ({UNRESOLVED_FORMS}) GROUP BY text, label, flags"
    )
    return Counter({(text, label, flags): n for text, label, flags, n in rows})

"""Looking entities up by what someone wrote, for watch-lists and dossiers.

Every visible entity's name and aliases in one pass (a watch-list matches them in
Python: spelling variants and near misses need more than SQL's NOCASE), and the
dates of the documents that mention an entity.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import NamedTuple


class NamedText(NamedTuple):
    """One way an entity is written: its display name or one of its aliases."""

    text: str
    entity_id: int


def entity_texts(conn: sqlite3.Connection) -> list[NamedText]:
    """The display name and every alias of each visible entity (dates excluded)."""
    rows = conn.execute(
        "SELECT name, id FROM entities WHERE hidden = 0 AND kind != 'date' "
        "UNION SELECT a.text, a.entity_id FROM aliases AS a JOIN entities AS e "
        "ON e.id = a.entity_id WHERE e.hidden = 0 AND e.kind != 'date'"
    )
    return [NamedText(text, entity_id) for text, entity_id in rows]


def date_ranges(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """The first and last date (YYYY-MM-DD) of the dated documents mentioning each entity;
    an entity none of whose documents has a date is left out."""
    rows = conn.execute(
        "SELECT ed.entity_id, min(substr(d.date, 1, 10)), max(substr(d.date, 1, 10)) "
        "FROM entity_documents AS ed JOIN documents AS d INDEXED BY documents_dates "
        "ON d.id = ed.doc_id WHERE ed.entity_id IN (SELECT value FROM json_each(?)) "
        "AND d.date IS NOT NULL GROUP BY ed.entity_id",
        (json.dumps(list(ids)),),
    )
    return {entity_id: (first, last) for entity_id, first, last in rows}


def document_dates(conn: sqlite3.Connection, doc_ids: Sequence[int]) -> dict[int, str | None]:
    """Each document's date (YYYY-MM-DD, or None), through the narrow (id, date) index."""
    rows = conn.execute(
        "SELECT d.id, substr(d.date, 1, 10) FROM documents AS d INDEXED BY documents_dates "
        "WHERE d.id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(doc_ids)),),
    )
    return dict(rows)

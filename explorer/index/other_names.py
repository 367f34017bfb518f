"""The other names each document gives a name ("the Affordable Care Act, known as
Obamacare"; `explorer.resolve.known_as`), kept per document in `other_names` so
that an update replaces one document's and resolution reads them all: a few rows
per thousand documents."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from explorer.resolve.known_as import Mention, known_as_pairs
from explorer.resolve.resolver import OtherName


def store_other_names(
    conn: sqlite3.Connection, doc_id: int, text: str, mentions: Iterable[Mention]
) -> None:
    """Replace the stored other names of one document, read from its cleaned mentions."""
    conn.execute("DELETE FROM other_names WHERE doc_id = ?", (doc_id,))
    conn.executemany(
        "INSERT INTO other_names(doc_id, name, name_label, other, other_label) "
        "VALUES (?, ?, ?, ?, ?)",
        ((doc_id, *name, *other) for name, other in sorted(known_as_pairs(text, mentions))),
    )


def other_names_given(conn: sqlite3.Connection) -> list[OtherName]:
    """Every other name stored, with its document."""
    rows = conn.execute(
        "SELECT doc_id, name, name_label, other, other_label FROM other_names "
        "ORDER BY doc_id, name, name_label, other, other_label"
    )
    return [
        (doc, (name, name_label), (other, other_label))
        for doc, name, name_label, other, other_label in rows
    ]

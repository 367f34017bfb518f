"""Rebuild the entity tables from the stored raw mentions and the user's corrections.

Resolution is corpus-wide (a short name resolves to the full name most mentioned
in the corpus), so it runs over every stored form after each index pass; it reads
only the mentions table, never the documents.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from explorer.index.comentions import rebuild_comentions
from explorer.index.corrections import load_corrections
from explorer.resolve.model import Correction, FormCount, Resolution
from explorer.resolve.resolver import resolve


def _forms(conn: sqlite3.Connection) -> list[FormCount]:
    """One FormCount per (document, text, label), flags AND-ed over its occurrences."""
    merged: dict[tuple[int, str, str], list[int]] = {}
    rows = conn.execute(
        "SELECT doc_id, text, label, flags, count(*) FROM mentions "
        "GROUP BY doc_id, text, label, flags"
    )
    for doc, text, label, flags, count in rows:
        entry = merged.get((doc, text, label))
        if entry is None:
            merged[(doc, text, label)] = [flags, count]
        else:
            entry[0] &= flags
            entry[1] += count
    return [
        FormCount(doc, text, label, flags, count)
        for (doc, text, label), (flags, count) in merged.items()
    ]


def rebuild_entities(conn: sqlite3.Connection, corrections: list[Correction]) -> Resolution:
    """Resolve every form and rewrite entities, aliases and per-document counts.

    Call inside a transaction.
    """
    forms = _forms(conn)
    resolution = resolve(forms, corrections)
    for table in ("entities", "aliases", "entity_documents"):
        conn.execute(f"DELETE FROM {table}")
    conn.executemany(
        "INSERT INTO entities(id, name, kind, country, hidden) VALUES (?, ?, ?, ?, ?)",
        [
            (i + 1, e.name, e.kind, e.country, int(e.hidden))
            for i, e in enumerate(resolution.entities)
        ],
    )
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS assign ("
        "doc_id INTEGER, text TEXT, label TEXT, entity_id INTEGER, demonym INTEGER, "
        "trim INTEGER, PRIMARY KEY (doc_id, text, label)) WITHOUT ROWID"
    )
    conn.execute("DELETE FROM temp.assign")
    aliases: Counter[tuple[int, str]] = Counter()
    rows = []
    for form in forms:
        assignment = resolution.assignments.get((form.doc, form.text, form.label))
        if assignment is None:
            continue
        entity_id = assignment.entity + 1
        rows.append(
            (
                form.doc,
                form.text,
                form.label,
                entity_id,
                int(assignment.demonym),
                assignment.trim_end,
            )
        )
        alias = " ".join(form.text[: len(form.text) - assignment.trim_end].split())
        aliases[(entity_id, alias)] += form.count
    conn.executemany("INSERT INTO temp.assign VALUES (?, ?, ?, ?, ?, ?)", rows)
    conn.execute("UPDATE mentions SET entity_id = NULL, demonym = 0, end_char = clean_end")
    conn.execute(
        "UPDATE mentions SET entity_id = a.entity_id, demonym = a.demonym, "
        "end_char = mentions.clean_end - a.trim FROM temp.assign AS a "
        "WHERE mentions.doc_id = a.doc_id AND mentions.text = a.text AND mentions.label = a.label"
    )
    conn.executemany(
        "INSERT INTO aliases(entity_id, text, mentions) VALUES (?, ?, ?) "
        "ON CONFLICT(entity_id, text) DO UPDATE SET mentions = mentions + excluded.mentions",
        [(entity_id, text, count) for (entity_id, text), count in sorted(aliases.items())],
    )
    conn.execute(
        "INSERT INTO entity_documents(entity_id, doc_id, mentions, name_mentions) "
        "SELECT entity_id, doc_id, count(*), sum(demonym = 0) FROM mentions "
        "WHERE entity_id IS NOT NULL GROUP BY entity_id, doc_id"
    )
    conn.execute(
        "UPDATE entities SET mentions = t.mentions, documents = t.documents, "
        "demonym_mentions = t.mentions - t.names FROM (SELECT entity_id, "
        "sum(mentions) AS mentions, count(*) AS documents, sum(name_mentions) AS names "
        "FROM entity_documents GROUP BY entity_id) AS t WHERE entities.id = t.entity_id"
    )
    conn.execute("DELETE FROM temp.assign")
    return resolution


def rebuild_entity_tables(conn: sqlite3.Connection) -> Resolution:
    """Entities with the user's corrections, then co-mentions. Call inside a transaction."""
    resolution = rebuild_entities(conn, load_corrections(conn))
    rebuild_comentions(conn)
    return resolution

"""An index's content with ids replaced by names, so two indexes built different
ways (engines, incremental updates, a rebuild) compare with `==`."""

from __future__ import annotations

import sqlite3

import numpy as np


def index_snapshot(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    q = conn.execute
    return {
        "documents": sorted(q("SELECT key, title, date, words, text FROM documents")),
        "passages": sorted(
            q(
                "SELECT d.key, p.paragraph, p.start_char, p.end_char FROM passages p "
                "JOIN documents d ON d.id = p.doc_id"
            )
        ),
        "mentions": sorted(
            q(
                "SELECT d.key, m.start_char, m.end_char, m.label, e.name, m.demonym "
                "FROM mentions m JOIN documents d ON d.id = m.doc_id "
                "LEFT JOIN entities e ON e.id = m.entity_id"
            )
        ),
        "short_choices": sorted(
            q(
                "SELECT d.key, s.text, s.label, s.flags, s.mentions, s.chosen, e.name, "
                "s.demonym, s.trim FROM short_choices s JOIN documents d ON d.id = s.doc_id "
                "LEFT JOIN entities e ON e.id = s.entity_id"
            )
        ),
        "short_keys": sorted(q("SELECT key, signature, pairs FROM short_keys")),
        "entities": sorted(
            q(
                "SELECT name, kind, country, hidden, mentions, documents, demonym_mentions "
                "FROM entities"
            )
        ),
        "aliases": sorted(
            q(
                "SELECT e.name, a.text, a.mentions FROM aliases a "
                "JOIN entities e ON e.id = a.entity_id"
            )
        ),
        "entity_documents": sorted(
            q(
                "SELECT e.name, d.key, ed.mentions, ed.name_mentions FROM entity_documents ed "
                "JOIN entities e ON e.id = ed.entity_id JOIN documents d ON d.id = ed.doc_id"
            )
        ),
        "window_freq": sorted(
            q(
                "SELECT f.window, e.name, f.n FROM window_freq f "
                "JOIN entities e ON e.id = f.entity_id"
            )
        ),
        "comentions": sorted(
            q(
                "SELECT c.window, a.name, b.name, c.count, c.documents "
                "FROM comentions c JOIN entities a ON a.id = c.a JOIN entities b ON b.id = c.b"
            )
        ),
        "other_names": sorted(
            q(
                "SELECT d.key, o.name, o.name_label, o.other, o.other_label FROM other_names o "
                "JOIN documents d ON d.id = o.doc_id"
            )
        ),
        "packed": _packed(conn),
        # rows that point at nothing, and entities left waiting for a recount
        "orphans": [
            q(sql).fetchone()[0]
            for sql in (
                "SELECT count(*) FROM comentions WHERE a NOT IN (SELECT id FROM entities)",
                "SELECT count(*) FROM window_freq WHERE entity_id NOT IN (SELECT id FROM entities)",
                "SELECT count(*) FROM entity_documents WHERE doc_id NOT IN "
                "(SELECT id FROM documents)",
                "SELECT count(*) FROM stale_entities",
                "SELECT count(*) FROM other_names WHERE doc_id NOT IN (SELECT id FROM documents)",
            )
        ],
    }


def _packed(conn: sqlite3.Connection) -> list[tuple]:
    """document_entities decoded: (document, entity, mentions) and (document, sentence
    start, paragraph, entity) rows."""
    q = conn.execute
    names = dict(q("SELECT id, name FROM entities").fetchall())
    keys = dict(q("SELECT id, key FROM documents").fetchall())
    starts = dict(q("SELECT id, start_char FROM passages").fetchall())
    rows: list[tuple] = []
    for doc, entities, windows in q("SELECT doc_id, entities, windows FROM document_entities"):
        for entity, mentions in np.frombuffer(entities, dtype=np.int32).reshape(-1, 2).tolist():
            rows.append((keys[doc], names[entity], mentions))
        for passage, paragraph, entity in (
            np.frombuffer(windows, dtype=np.int32).reshape(-1, 3).tolist()
        ):
            rows.append((keys[doc], starts[passage], paragraph, names[entity]))
    return sorted(rows, key=repr)

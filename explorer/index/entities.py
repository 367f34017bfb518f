"""Resolve the stored raw mentions into entities, and write only what changed.

Resolution is corpus-wide (a short name resolves to the full name most mentioned
in the corpus), so it runs over every stored form after each index pass; it reads
only the mentions table, never the documents. Writing is not corpus-wide: an
entity keeps its id while it keeps most of its mentions (so a selection in the
app survives a re-index), only forms whose entity changed are rewritten, and the
derived tables are updated for the documents holding those forms.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass

from explorer.index.corrections import load_corrections
from explorer.index.derived import add_documents, rebuild_derived, retract_documents, settle
from explorer.resolve.model import Assignment, Correction, Entity, FormCount, Resolution
from explorer.resolve.resolver import no_cyclic_gc, resolve
from explorer.resolve.spans import AFTER_TITLE, LINE_START, LOWERCASE_ELSEWHERE, TITLE_CASE_LINE

# Above this share of changed documents, recounting everything beats updating.
WHOLESALE_SHARE = 0.2

# (entity id or None, demonym, characters trimmed from the end)
Placement = tuple[int | None, int, int]
_NOISE: Placement = (None, 0, 0)


# The AND of each flag bit over a form's occurrences (a flag holds for the form only
# if it holds everywhere), as SQL over the mentions' flags.
_FLAGS_AND = " | ".join(
    f"min(flags & {bit})" for bit in (LINE_START, TITLE_CASE_LINE, LOWERCASE_ELSEWHERE, AFTER_TITLE)
)


@dataclass(slots=True)
class _StoredForms:
    forms: list[FormCount]
    placements: list[Placement]  # where each form's mentions are now, by position


def _stored_forms(conn: sqlite3.Connection) -> _StoredForms:
    """One FormCount per (document, text, label), with where its mentions are stored."""
    stored = _StoredForms([], [])
    rows = conn.execute(
        f"SELECT doc_id, text, label, {_FLAGS_AND}, count(*), entity_id, demonym, "
        "clean_end - end_char FROM mentions GROUP BY doc_id, text, label"
    )
    for doc, text, label, flags, count, entity_id, demonym, trim in rows:
        stored.forms.append(FormCount(doc, text, label, flags, count))
        stored.placements.append((entity_id, demonym, trim))
    return stored


@dataclass(slots=True)
class _Outcome:
    """What resolution did to the stored forms, keyed by entity position."""

    assignments: list[Assignment | None]  # per stored form
    overlap: Counter[tuple[int, int]]  # (entity position, stored id) -> mentions
    aliases: Counter[tuple[int, str, int]]  # (entity position, text, trim) -> mentions


def _outcome(stored: _StoredForms, resolution: Resolution) -> _Outcome:
    found = resolution.assignments
    outcome = _Outcome([], Counter(), Counter())
    for form, (old_id, _, _) in zip(stored.forms, stored.placements, strict=True):
        assignment = found.get((form.doc, form.text, form.label))
        outcome.assignments.append(assignment)
        if assignment is not None:
            outcome.aliases[(assignment.entity, form.text, assignment.trim_end)] += form.count
            if old_id is not None:
                outcome.overlap[(assignment.entity, old_id)] += form.count
    return outcome


def _entity_ids(
    conn: sqlite3.Connection, entities: int, overlap: Counter[tuple[int, int]]
) -> list[int]:
    """An id per resolved entity: the stored entity that held most of its mentions
    when that entity is not claimed by a larger overlap, else a new id."""
    ids: list[int | None] = [None] * entities
    taken: set[int] = set()
    for (index, old_id), _ in sorted(overlap.items(), key=lambda item: (-item[1], item[0])):
        if ids[index] is None and old_id not in taken:
            ids[index] = old_id
            taken.add(old_id)
    next_id = _next_entity_id(conn)
    for index, entity_id in enumerate(ids):
        if entity_id is None:
            ids[index] = next_id
            next_id += 1
    conn.execute(
        "INSERT OR REPLACE INTO meta(key, value) VALUES ('next_entity_id', ?)", (str(next_id),)
    )
    return [i for i in ids if i is not None]


def _next_entity_id(conn: sqlite3.Connection) -> int:
    """Ids are never reused: the app may still show an entity that has since gone."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'next_entity_id'").fetchone()
    highest = conn.execute("SELECT coalesce(max(id), 0) FROM entities").fetchone()[0]
    return max(int(row[0]) if row else 1, highest + 1)


def rebuild_entities(conn: sqlite3.Connection, corrections: list[Correction]) -> Resolution:
    """Resolve every form; update entities, aliases, mentions and the derived tables.

    Call inside a transaction.
    """
    with no_cyclic_gc():
        return _rebuild_entities(conn, corrections)


def _rebuild_entities(conn: sqlite3.Connection, corrections: list[Correction]) -> Resolution:
    stored = _stored_forms(conn)
    resolution = resolve(stored.forms, corrections)
    outcome = _outcome(stored, resolution)
    ids = _entity_ids(conn, len(resolution.entities), outcome.overlap)
    old_kinds = dict(conn.execute("SELECT id, kind FROM entities").fetchall())

    placements: dict[int, Placement] = {}  # by id() of the shared Assignment objects
    moved: list[tuple[int, str, str, int | None, int, int]] = []
    changed_docs: set[int] = set()
    for form, old, assignment in zip(
        stored.forms, stored.placements, outcome.assignments, strict=True
    ):
        if assignment is None:
            new = _NOISE
        else:
            new = placements.get(id(assignment)) or placements.setdefault(
                id(assignment),
                (ids[assignment.entity], int(assignment.demonym), assignment.trim_end),
            )
        if new != old:
            moved.append((form.doc, form.text, form.label, *new))
            changed_docs.add(form.doc)
    # Dates never co-mention: an entity that becomes or stops being one changes its documents.
    for entity_id, entity in zip(ids, resolution.entities, strict=True):
        old_kind = old_kinds.get(entity_id)
        if old_kind is not None and (old_kind == "date") != (entity.kind == "date"):
            changed_docs.update(
                r[0]
                for r in conn.execute(
                    "SELECT doc_id FROM entity_documents WHERE entity_id = ?", (entity_id,)
                )
            )

    documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    wholesale = len(changed_docs) > WHOLESALE_SHARE * documents
    if not wholesale:
        retract_documents(conn, changed_docs)
    _write_entities(conn, ids, resolution.entities, old_kinds)
    _write_aliases(conn, ids, outcome.aliases)
    _move_mentions(conn, moved)
    if wholesale:
        rebuild_derived(conn)
    else:
        add_documents(conn, changed_docs)
        settle(conn)
    return resolution


def _write_entities(
    conn: sqlite3.Connection, ids: list[int], entities: list[Entity], old_kinds: dict[int, str]
) -> None:
    """Upsert every resolved entity (totals are the derived tables' job); drop the rest."""
    gone = set(old_kinds) - set(ids)
    conn.executemany("DELETE FROM entities WHERE id = ?", ((i,) for i in gone))
    conn.executemany(
        "INSERT INTO entities(id, name, kind, country, hidden) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
        "country = excluded.country, hidden = excluded.hidden "
        "WHERE (name, kind, country, hidden) IS NOT (excluded.name, excluded.kind, "
        "excluded.country, excluded.hidden)",
        [(i, e.name, e.kind, e.country, int(e.hidden)) for i, e in zip(ids, entities, strict=True)],
    )


def _write_aliases(
    conn: sqlite3.Connection, ids: list[int], forms: Counter[tuple[int, str, int]]
) -> None:
    """Each entity's surface forms (after any trim, spaces normalised) with their mentions."""
    aliases: Counter[tuple[int, str]] = Counter()
    for (index, text, trim), count in forms.items():
        aliases[(ids[index], " ".join(text[: len(text) - trim].split()))] += count
    old = {(e, t): n for e, t, n in conn.execute("SELECT entity_id, text, mentions FROM aliases")}
    conn.executemany(
        "DELETE FROM aliases WHERE entity_id = ? AND text = ?", list(set(old) - set(aliases))
    )
    conn.executemany(
        "INSERT INTO aliases(entity_id, text, mentions) VALUES (?, ?, ?) "
        "ON CONFLICT(entity_id, text) DO UPDATE SET mentions = excluded.mentions",
        [(e, t, n) for (e, t), n in aliases.items() if old.get((e, t)) != n],
    )


def _move_mentions(
    conn: sqlite3.Connection, moved: list[tuple[int, str, str, int | None, int, int]]
) -> None:
    """Point the mentions of each moved form at its new entity (or none: noise)."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS moved (doc_id INTEGER, text TEXT, label TEXT, "
        "entity_id INTEGER, demonym INTEGER, trim INTEGER, PRIMARY KEY (doc_id, text, label)) "
        "WITHOUT ROWID"
    )
    conn.execute("DELETE FROM temp.moved")
    conn.executemany("INSERT INTO temp.moved VALUES (?, ?, ?, ?, ?, ?)", moved)
    conn.execute(
        "UPDATE mentions SET entity_id = f.entity_id, demonym = f.demonym, "
        "end_char = mentions.clean_end - f.trim FROM temp.moved AS f "
        "WHERE mentions.doc_id = f.doc_id AND mentions.text = f.text AND mentions.label = f.label"
    )
    conn.execute("DELETE FROM temp.moved")


def rebuild_entity_tables(conn: sqlite3.Connection) -> Resolution:
    """Entities with the user's corrections, and every table derived from them.
    Call inside a transaction."""
    return rebuild_entities(conn, load_corrections(conn))

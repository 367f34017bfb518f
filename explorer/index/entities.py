"""Resolve the stored raw mentions into entities, and write only what changed.

Resolution is corpus-wide (a short name resolves to the full name most mentioned
in the corpus), so it runs over all the forms after each index pass, but it reads
them as form classes (`explorer.index.forms`), not per document: their number
grows with the corpus's vocabulary, not its size. Writing is not corpus-wide
either: an entity keeps its id while it keeps most of its mentions (so a
selection in the app survives a re-index), only the mentions of classes whose
placement changed and of documents stored since are rewritten, and the derived
tables are updated for the documents holding them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field

from explorer.index.corrections import load_corrections
from explorer.index.decisions import (
    Signed,
    follow_moves,
    keep_decisions,
    kept_decisions,
    stage_moved_decisions,
)
from explorer.index.derived import add_documents, rebuild_derived, retract_documents, settle
from explorer.index.forms import (
    UNRESOLVED_FORMS,
    Placement,
    document_forms,
    flags_of,
    forms_in_documents,
    place_kept_classes,
    shared_documents,
    stage_unresolved_forms,
    stored_classes,
    unresolved_counts,
)
from explorer.index.memo import EntityRow, Memo, keep, take
from explorer.index.other_names import other_names_given
from explorer.resolve.model import Correction, Entity, FormCount
from explorer.resolve.resolver import no_cyclic_gc, resolve

# Above this share of changed documents, recounting everything beats updating.
WHOLESALE_SHARE = 0.2

_NOISE: Placement = (None, 0, 0)


_CLASS, _DOCUMENT, _KEPT = range(3)


@dataclass(slots=True)
class _Stored:
    """What resolution reads and decides (`resolver.Documents`): the form classes,
    the per-document forms it asked for, and the stand-ins of the decisions kept
    from before; each with its stored placement (None: its documents disagree)."""

    conn: sqlite3.Connection
    memo: Memo
    classes: list[tuple[FormCount, Placement | None]]
    per_document: list[tuple[FormCount, Placement | None]] = field(default_factory=list)
    kept: dict[int, tuple[str, Placement]] = field(default_factory=dict)  # by stand-in number
    kept_forms: list[FormCount] = field(default_factory=list)
    expanded: set[tuple[str, str]] = field(default_factory=set)  # the pairs resolved per document
    signed: Signed = field(default_factory=dict)
    fresh_keys: set[str] = field(default_factory=set)  # names decided afresh in every document
    decided: list[tuple[FormCount, str]] = field(default_factory=list)

    def forms(self, pairs: Collection[tuple[str, str]], fresh_only: bool) -> list[FormCount]:
        found = document_forms(self.conn, pairs, fresh_only)
        self.per_document.extend(found)
        self.expanded.update(pairs)
        return [form for form, _ in found]

    def presence(self, pairs: Collection[tuple[str, str]], fresh_only: bool) -> list[FormCount]:
        return [form for form, _ in document_forms(self.conn, pairs, fresh_only)]

    def forms_in(self, documents: Collection[int]) -> list[FormCount]:
        return forms_in_documents(self.conn, documents)

    def decisions(self, signed: Signed) -> dict[str, list[tuple[FormCount, str]]]:
        found = kept_decisions(self.conn, signed, self.memo.classes.next, self.memo)
        for key, stand_ins in found.items():
            self.expanded.update(signed[key][1])
            for form, chosen, placement in stand_ins:
                self.kept[form.doc] = (chosen, placement)
                self.kept_forms.append(form)
        self.fresh_keys = set(signed) - set(found)
        return {key: [(form, chosen) for form, chosen, _ in items] for key, items in found.items()}

    def shared(self, a: Collection[tuple[str, str]], b: Collection[tuple[str, str]]) -> int:
        return shared_documents(self.conn, a, b, self.memo.documents)

    def record(self, signed: Signed, decided: list[tuple[FormCount, str]]) -> None:
        self.signed = signed
        self.decided = decided

    def to_mix(self) -> list[tuple[str, str]]:
        """The pairs resolved per document with a class not yet marked mixed (their
        documents' placements may now differ)."""
        unmixed = {(f.text, f.label) for f, placement in self.classes if placement is not None}
        return [pair for pair in self.expanded if pair in unmixed]

    def forms_placed(self) -> Iterator[tuple[FormCount, Placement | None, int]]:
        """Every form resolution placed, once: (form, stored placement, what it is)."""
        expanded = self.expanded
        for form, placement in self.classes:
            if form[1:3] not in expanded:  # (text, label)
                yield form, placement, _CLASS
        for form, placement in self.per_document:
            yield form, placement, _DOCUMENT
        for form in self.kept_forms:
            yield form, self.kept[form.doc][1], _KEPT


def _entity_ids(
    conn: sqlite3.Connection, entities: int, overlap: dict[tuple[int, int], int]
) -> list[int]:
    """An id per resolved entity: the stored entity that held most of its mentions
    when that entity is not claimed by a larger overlap, else a new id."""
    ids: list[int | None] = [None] * entities
    taken: set[int] = set()
    for _, index, old_id in sorted((-n, index, old_id) for (index, old_id), n in overlap.items()):
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
    highest: int = conn.execute("SELECT coalesce(max(id), 0) FROM entities").fetchone()[0]
    return max(int(row[0]) if row else 1, highest + 1)


def rebuild_entities(
    conn: sqlite3.Connection, corrections: list[Correction], *, freeze: bool = False
) -> None:
    """Resolve every form; update entities, aliases, mentions and the derived tables.

    Call inside a transaction. The resolution is written, not returned: what it
    built goes before the cyclic collector is on again, which would otherwise scan
    all of it once (40 ms at 50k documents). `freeze`: the indexer's (`no_cyclic_gc`).
    """
    with no_cyclic_gc(freeze):
        _rebuild_entities(conn, corrections)


def _rebuild_entities(conn: sqlite3.Connection, corrections: list[Correction]) -> None:
    memo = take(conn)
    if memo.documents:  # the names of documents stored since hold more documents now
        memo.drop_documents(
            conn.execute(
                "SELECT DISTINCT text, label FROM mentions WHERE doc_id IN unresolved_docs"
            )
        )
    stage_unresolved_forms(conn)
    # at a first index every document is unresolved: the staged forms hold them all
    all_fresh = not conn.execute(
        "SELECT EXISTS (SELECT 1 FROM documents WHERE id NOT IN unresolved_docs)"
    ).fetchone()[0]
    stored = _Stored(conn, memo, stored_classes(conn, memo.classes))
    resolution = resolve(
        [form for form, _ in stored.classes], corrections, stored, other_names_given(conn)
    )
    found = resolution.assignments
    # Mentions of documents stored since the last pass are in their class's count
    # but not yet under its placement (counted only if a class was placed before);
    # when every document is such, no mention is placed yet.
    unplaced = None if all_fresh else unresolved_counts(conn)
    overlap: dict[tuple[int, int], int] = {}  # (entity position, stored id) -> mentions
    aliases: dict[tuple[int, str, int], int] = {}  # (entity position, text, trim) -> mentions
    placed = []
    for form, old, what in stored.forms_placed():
        assignment = found.get(form[:3])  # (doc, text, label)
        placed.append((form, old, what, assignment))
        if assignment is None:
            continue
        alias = (assignment.entity, form.text, assignment.trim_end)
        aliases[alias] = aliases.get(alias, 0) + form.count
        if unplaced is not None and old is not None and old[0] is not None:
            held = form.count - unplaced.get(form[1:4], 0) if what == _CLASS else form.count
            if held > 0:
                pair = (assignment.entity, old[0])
                overlap[pair] = overlap.get(pair, 0) + held
    ids = _entity_ids(conn, len(resolution.entities), overlap)
    old_rows = memo.entities
    if old_rows is None:
        old_rows = {
            row[0]: row[1:]
            for row in conn.execute(
                "SELECT id, name, kind, country, hidden, candidates FROM entities"
            )
        }
    old_kinds = {entity_id: row[1] for entity_id, row in old_rows.items()}

    placements: dict[int, Placement] = {}  # by id() of the shared Assignment objects
    moved_classes: list[tuple[str, str, int, int | None, int, int]] = []
    moved_forms: list[tuple[int, str, str, int | None, int, int]] = []
    moved_kept: list[tuple[str, str, int, str, int | None, int, int, int | None, int, int]] = []
    placed_now: dict[tuple[int, str, str], Placement] = {}  # the per-document forms'
    for form, old, what, assignment in placed:
        if assignment is None:
            new = _NOISE
        else:
            new = placements.get(id(assignment)) or placements.setdefault(
                id(assignment),
                (ids[assignment.entity], int(assignment.demonym), assignment.trim_end),
            )
        if what == _DOCUMENT:
            placed_now[form.doc, form.text, form.label] = new
        if new != old:
            if what == _CLASS:
                moved_classes.append((form.text, form.label, form.flags, *new))
            elif what == _DOCUMENT:
                moved_forms.append((form.doc, form.text, form.label, *new))
            else:
                chosen, was = stored.kept[form.doc]
                moved_kept.append((form.text, form.label, form.flags, chosen, *was, *new))
    to_mix = stored.to_mix()
    changed_docs = _stage_moves(conn, moved_classes, moved_forms, to_mix, all_fresh)
    place_kept_classes(memo.classes, moved_classes, to_mix)
    if moved_kept:
        stage_moved_decisions(conn, moved_kept)
        changed_docs.update(r[0] for r in conn.execute("SELECT DISTINCT doc_id FROM temp.moved"))
    keep_decisions(
        conn,
        stored.signed,
        stored.fresh_keys,
        [(f, chosen, placed_now[f.doc, f.text, f.label]) for f, chosen in stored.decided],
        memo,
    )
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
    memo.entities = _write_entities(conn, ids, resolution.entities, old_rows)
    memo.aliases = _write_aliases(conn, ids, aliases, memo.aliases)
    _move_mentions(conn, memo, wholesale)
    if wholesale:
        rebuild_derived(conn)
    else:
        add_documents(conn, changed_docs)
        settle(conn)
    conn.execute("DELETE FROM unresolved_docs")
    conn.execute("DROP TABLE temp.unresolved_forms")
    keep(memo)


def _stage_moves(
    conn: sqlite3.Connection,
    moved_classes: list[tuple[str, str, int, int | None, int, int]],
    moved_forms: list[tuple[int, str, str, int | None, int, int]],
    to_mix: list[tuple[str, str]],
    all_fresh: bool,
) -> set[int]:
    """Record the new placements in form_classes and list every document form whose
    mentions must move in temp.moved: the resolved documents' forms of the moved
    classes, the per-document forms that moved, and the unresolved documents' forms
    (placed as their classes now are). Returns their documents."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS moved (doc_id INTEGER, text TEXT, label TEXT, "
        "entity_id INTEGER, demonym INTEGER, trim INTEGER, PRIMARY KEY (doc_id, text, label)) "
        "WITHOUT ROWID"
    )
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS moved_classes (text TEXT, label TEXT, flags INTEGER, "
        "entity_id INTEGER, demonym INTEGER, trim INTEGER, PRIMARY KEY (text, label, flags)) "
        "WITHOUT ROWID"
    )
    conn.execute("DELETE FROM temp.moved")
    conn.execute("DELETE FROM temp.moved_classes")
    conn.executemany("INSERT INTO temp.moved_classes VALUES (?, ?, ?, ?, ?, ?)", moved_classes)
    conn.execute(
        "UPDATE form_classes SET entity_id = c.entity_id, demonym = c.demonym, trim = c.trim, "
        "mixed = 0 FROM temp.moved_classes AS c WHERE form_classes.text = c.text "
        "AND form_classes.label = c.label AND form_classes.flags = c.flags"
    )
    conn.executemany(
        "UPDATE form_classes SET entity_id = NULL, demonym = 0, trim = 0, mixed = 1 "
        "WHERE text = ? AND label = ? AND mixed = 0",
        to_mix,
    )
    if not all_fresh:  # the resolved documents' forms of the moved classes
        conn.execute(
            "INSERT INTO temp.moved SELECT m.doc_id, c.text, c.label, c.entity_id, c.demonym, "
            "c.trim FROM temp.moved_classes AS c CROSS JOIN mentions AS m "
            "ON m.text = c.text AND m.label = c.label WHERE m.doc_id NOT IN unresolved_docs "
            f"GROUP BY c.text, c.label, c.flags, m.doc_id HAVING {flags_of('m.flags')} = c.flags"
        )
    conn.executemany("INSERT OR IGNORE INTO temp.moved VALUES (?, ?, ?, ?, ?, ?)", moved_forms)
    conn.execute(
        "INSERT OR IGNORE INTO temp.moved SELECT f.doc_id, f.text, f.label, "
        f"c.entity_id, c.demonym, c.trim FROM ({UNRESOLVED_FORMS}) AS f "
        "JOIN form_classes AS c ON c.text = f.text AND c.label = f.label AND c.flags = f.flags "
        "WHERE c.mixed = 0 "
        "AND (c.entity_id, c.demonym, c.trim) IS NOT (f.entity_id, f.demonym, f.trim)"
    )
    return {r[0] for r in conn.execute("SELECT DISTINCT doc_id FROM temp.moved")}


def _write_entities(
    conn: sqlite3.Connection,
    ids: list[int],
    entities: list[Entity],
    old_rows: dict[int, EntityRow],
) -> dict[int, EntityRow]:
    """Upsert every resolved entity that changed (totals are the derived tables'
    job); drop the rest. Returns the rows the table now holds: `old_rows` brought
    up to date in place (a row that stays is the same object, not a new one for
    the collector to scan after every update)."""
    gone = set(old_rows) - set(ids)
    conn.executemany("DELETE FROM entities WHERE id = ?", ((i,) for i in gone))
    rows = [
        (i, e.name, e.kind, e.country, int(e.hidden), "\t".join(e.candidates) or None)
        for i, e in zip(ids, entities, strict=True)
    ]
    changed = [row for row in rows if old_rows.get(row[0]) != row[1:]]
    conn.executemany(
        "INSERT INTO entities(id, name, kind, country, hidden, candidates) "
        "VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
        "country = excluded.country, hidden = excluded.hidden, candidates = excluded.candidates",
        changed,
    )
    for entity_id in gone:
        del old_rows[entity_id]
    old_rows.update((row[0], row[1:]) for row in changed)
    return old_rows


def _write_aliases(
    conn: sqlite3.Connection,
    ids: list[int],
    forms: dict[tuple[int, str, int], int],
    old: dict[tuple[int, str], int] | None,
) -> dict[tuple[int, str], int]:
    """Each entity's surface forms (after any trim, spaces normalised) with their
    mentions, written over `old` (None: as the table holds them); returns them
    (`old` brought up to date in place, as `_write_entities` does)."""
    aliases: dict[tuple[int, str], int] = {}
    for (index, text, trim), count in forms.items():
        alias = (ids[index], " ".join(text[: len(text) - trim].split()))
        aliases[alias] = aliases.get(alias, 0) + count
    if old is None:
        old = {
            (e, t): n for e, t, n in conn.execute("SELECT entity_id, text, mentions FROM aliases")
        }
    gone = [k for k in old if k not in aliases]
    changed = [(e, t, n) for (e, t), n in aliases.items() if old.get((e, t)) != n]
    conn.executemany("DELETE FROM aliases WHERE entity_id = ? AND text = ?", gone)
    conn.executemany(
        "INSERT INTO aliases(entity_id, text, mentions) VALUES (?, ?, ?) "
        "ON CONFLICT(entity_id, text) DO UPDATE SET mentions = excluded.mentions",
        changed,
    )
    for key in gone:
        del old[key]
    old.update(((e, t), n) for e, t, n in changed)
    return old


def _move_mentions(conn: sqlite3.Connection, memo: Memo, wholesale: bool) -> None:
    """Point the mentions of each form in temp.moved at its new entity (or none: noise).
    `wholesale`: most documents moved, and the indexes on the mentions' entities are
    built again after the update rather than kept up to date row by row (twice as fast
    at a first index, where every mention moves)."""
    rebuilt = _entity_indexes(conn) if wholesale else []
    for name, _ in rebuilt:
        conn.execute(f"DROP INDEX {name}")
    conn.execute(
        "UPDATE mentions SET entity_id = f.entity_id, demonym = f.demonym, "
        "end_char = mentions.clean_end - f.trim FROM temp.moved AS f "
        "WHERE mentions.doc_id = f.doc_id AND mentions.text = f.text AND mentions.label = f.label "
        # the documents first: else SQLite scans every mention to find the few moved
        "AND mentions.doc_id IN (SELECT doc_id FROM temp.moved)"
    )
    for _, sql in rebuilt:
        conn.execute(sql)
    follow_moves(conn, memo)
    conn.execute("DELETE FROM temp.moved")
    conn.execute("DELETE FROM temp.moved_classes")


def _entity_indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """The name and definition of each index of the mentions that holds their entity."""
    return conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mentions' "
        "AND sql LIKE '%entity_id%'"
    ).fetchall()


def rebuild_entity_tables(conn: sqlite3.Connection, *, freeze: bool = False) -> None:
    """Entities with the user's corrections, and every table derived from them.
    Call inside a transaction; `freeze` in a process that lives to index
    (`explorer.resolve.resolver.no_cyclic_gc`)."""
    rebuild_entities(conn, load_corrections(conn), freeze=freeze)

"""The one way the CLI and the GUI read an index.

Every function takes a connection and returns plain rows; each is answered from
precomputed tables and indexes, never by reading documents from disk. Rows are
named tuples: a list of thousands is built per call, and a frozen dataclass costs
three times as much to make.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from explorer.index.comentions import log_dice, window_number
from explorer.index.focus import NO_FOCUS, Focus, focus_documents_sql
from explorer.index.languages import (
    LanguageCount,
    language_counts,
    missing_pipeline_notes,
    stored_pipelines,
)
from explorer.index.packed import entity_totals, pair_counts
from explorer.vocabulary import VISIBLE_KINDS

DEFAULT_KINDS = VISIBLE_KINDS


class EntityRow(NamedTuple):
    id: int
    name: str
    kind: str
    mentions: int
    documents: int
    country: str | None = None
    hidden: bool = False
    # A short name the corpus does not settle: the display names of the people it may
    # stand for, most mentioned first (empty for every other entity).
    candidates: tuple[str, ...] = ()


class Candidate(NamedTuple):
    """One of the people an ambiguous short name may stand for."""

    name: str
    entity_id: int | None  # None when no entity has this display name (any more)
    mentions: int  # of that entity, 0 when there is none


class CoMentionRow(NamedTuple):
    id: int
    name: str
    kind: str
    # A field named count hides tuple.count, which nothing calls on a row; mypy
    # reports any such field as an incompatible override.
    count: int  # type: ignore[assignment]
    documents: int
    score: float


class MentionSpan(NamedTuple):
    """A mention inside a document: offsets into the document text."""

    start: int
    end: int
    text: str
    entity_id: int
    kind: str = ""


class PassageRow(NamedTuple):
    passage_id: int
    doc_id: int
    path: str
    title: str
    text: str
    start: int
    end: int
    mentions: tuple[MentionSpan, ...]
    language: str = "und"  # its document's language (a code; "und" when undetermined)


class DocumentRow(NamedTuple):
    id: int
    key: str
    path: str
    title: str
    date: str | None
    words: int
    mentions: int = 0  # of the entity asked about, when one was


class DocumentText(NamedTuple):
    id: int
    path: str
    title: str
    date: str | None
    text: str
    mentions: tuple[MentionSpan, ...]


@dataclass(frozen=True, slots=True)
class CorpusSummary:
    documents: int
    words: int
    entities: int
    mentions: int
    pipeline: str  # the pipelines the index was read with, English first
    languages: tuple[LanguageCount, ...] = ()  # documents per language, most first
    # One sentence per language read without entities for want of a pipeline.
    notes: tuple[str, ...] = ()
    # (language code, pipeline name) of each language read with a pipeline, English first.
    read_with: tuple[tuple[str, str], ...] = ()


_ENTITY_COLUMNS = "id, name, kind, mentions, documents, country, hidden, candidates"
# Those columns as SQLite returns them: hidden as 0 or 1, candidates tab-separated.
_EntityColumns = tuple[int, str, str, int, int, str | None, int, str | None]
# A passage's columns as passages_at and search select them: id, doc_id, path, title,
# text, start_char, end_char, and its document's language.
_PassageColumns = tuple[int, int, str, str, str, int, int, str]
_PASSAGE_COLUMNS = (
    "p.id, p.doc_id, d.path, d.title, p.text, p.start_char, p.end_char, coalesce(d.language, 'und')"
)


def _passage_row(row: _PassageColumns, mentions: tuple[MentionSpan, ...]) -> PassageRow:
    return PassageRow(*row[:7], mentions=mentions, language=row[7])


def _entity_row(row: _EntityColumns) -> EntityRow:
    """An EntityRow from the columns of _ENTITY_COLUMNS, in that order."""
    return EntityRow(*row[:6], bool(row[6]), tuple(row[7].split("\t")) if row[7] else ())


def _in(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _focus_clause(focus: Focus, column: str) -> tuple[str, list[int | str]]:
    if not focus:
        return "", []
    sql, params = focus_documents_sql(focus)
    return f" AND {column} IN ({sql})", params


def corpus_summary(conn: sqlite3.Connection) -> CorpusSummary:
    documents, words = conn.execute(
        "SELECT count(*), coalesce(sum(words), 0) FROM documents"
    ).fetchone()
    entities = conn.execute("SELECT count(*) FROM entities WHERE hidden = 0").fetchone()[0]
    mentions = conn.execute("SELECT count(*) FROM mentions WHERE entity_id IS NOT NULL").fetchone()[
        0
    ]
    pipelines = stored_pipelines(conn)
    languages = language_counts(conn)
    return CorpusSummary(
        documents,
        words,
        entities,
        mentions,
        ", ".join(pipelines.values()),
        tuple(languages),
        tuple(missing_pipeline_notes(languages, pipelines)),
        tuple(pipelines.items()),
    )


class DocumentListRow(NamedTuple):
    id: int
    key: str
    path: str
    title: str
    date: str | None
    language: str
    words: int


def documents(
    conn: sqlite3.Connection, *, focus: Focus = NO_FOCUS, limit: int | None = None
) -> list[DocumentListRow]:
    """The documents (of the focus), by date then title; undated ones last."""
    clause, params = _focus_clause(focus, "id")
    rows = conn.execute(
        "SELECT id, key, path, title, date, coalesce(language, 'und'), words FROM documents "
        f"WHERE 1 {clause} ORDER BY date IS NULL, date, title, id"
        + (f" LIMIT {int(limit)}" if limit is not None else ""),
        params,
    )
    return [DocumentListRow(*row) for row in rows]


def entities(
    conn: sqlite3.Connection,
    *,
    kinds: Iterable[str] | None = None,
    text: str | None = None,
    focus: Focus = NO_FOCUS,
    include_hidden: bool = False,
    limit: int | None = None,
) -> list[EntityRow]:
    """Entities by mentions, most first; `text` matches the name or any alias."""
    kinds = tuple(kinds) if kinds is not None else DEFAULT_KINDS
    where = f"e.kind IN ({_in(kinds)})"
    params: list[object] = list(kinds)
    if not include_hidden:
        where += " AND e.hidden = 0"
    if text:
        pattern = f"%{text}%"
        where += " AND (e.name LIKE ? OR e.id IN (SELECT entity_id FROM aliases WHERE text LIKE ?))"
        params += [pattern, pattern]
    if focus:
        return _focused_entities(conn, focus, where, params, limit)
    sql = (
        "SELECT e.id, e.name, e.kind, e.mentions AS n, e.documents, e.country, e.hidden, "
        f"e.candidates FROM entities AS e WHERE {where}"
    )
    sql += " ORDER BY n DESC, e.name"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [_entity_row(row) for row in conn.execute(sql, params)]


def _focused_entities(
    conn: sqlite3.Connection, focus: Focus, where: str, params: list[object], limit: int | None
) -> list[EntityRow]:
    """The entity list inside the focus: totals counted over the focused documents'
    packed arrays, then names for the entities found that pass `where`."""
    totals = entity_totals(conn, *focus_documents_sql(focus))
    found = dict(
        zip(
            totals.ids.tolist(),
            zip(totals.mentions.tolist(), totals.documents.tolist(), strict=True),
            strict=True,
        )
    )
    rows = conn.execute(
        "SELECT e.id, e.name, e.kind, e.country, e.hidden, e.candidates FROM entities AS e "
        f"WHERE {where} AND e.id IN (SELECT value FROM json_each(?))",
        [*params, json.dumps(list(found))],
    )
    result = sorted(
        (
            _entity_row((i, name, kind, *found[i], country, hidden, candidates))
            for i, name, kind, country, hidden, candidates in rows
        ),
        key=lambda r: (-r.mentions, r.name),
    )
    return result[:limit] if limit is not None else result


def entity(conn: sqlite3.Connection, entity_id: int) -> EntityRow | None:
    row = conn.execute(
        f"SELECT {_ENTITY_COLUMNS} FROM entities WHERE id = ?", (entity_id,)
    ).fetchone()
    return _entity_row(row) if row else None


def entity_names(conn: sqlite3.Connection, entity_ids: Collection[int]) -> dict[int, str]:
    """The display names of these entities, in one query (a document's, to colour it)."""
    if not entity_ids:
        return {}
    marks = ", ".join("?" * len(entity_ids))
    rows = conn.execute(f"SELECT id, name FROM entities WHERE id IN ({marks})", list(entity_ids))
    return {int(entity_id): str(name) for entity_id, name in rows}


def find_entities(conn: sqlite3.Connection, name: str) -> list[EntityRow]:
    """Entities whose display name or any alias is `name`, case-insensitively;
    the most mentioned first."""
    rows = conn.execute(
        f"SELECT {_ENTITY_COLUMNS} FROM entities "
        "WHERE name = ? COLLATE NOCASE "
        "OR id IN (SELECT entity_id FROM aliases WHERE text = ? COLLATE NOCASE) "
        "ORDER BY name = ? COLLATE NOCASE DESC, mentions DESC",
        (name, name, name),
    )
    return [_entity_row(row) for row in rows]


def candidates(conn: sqlite3.Connection, entity_id: int) -> list[Candidate]:
    """The people an ambiguous short name may stand for, most mentioned first as
    resolution listed them, each with the entity now carrying that display name (a
    visible one, a person, the most mentioned, in that order of preference); empty
    for an entity that is not ambiguous."""
    row = conn.execute("SELECT candidates FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None or not row[0]:
        return []
    names = row[0].split("\t")
    best: dict[str, tuple[int, int]] = {}
    found = conn.execute(
        "SELECT name, id, mentions FROM entities "
        f"WHERE name IN ({_in(names)}) AND id != ? "
        "ORDER BY hidden, kind = 'person' DESC, mentions DESC, id",
        [*names, entity_id],
    )
    for name, candidate_id, mentions in found:
        best.setdefault(name, (candidate_id, mentions))
    return [Candidate(name, *best.get(name, (None, 0))) for name in names]


def aliases(conn: sqlite3.Connection, entity_id: int) -> list[tuple[str, int]]:
    rows = conn.execute(
        "SELECT text, mentions FROM aliases WHERE entity_id = ? ORDER BY mentions DESC, text",
        (entity_id,),
    )
    return [(text, count) for text, count in rows]


def search_keys(conn: sqlite3.Connection) -> dict[int, str]:
    """Per entity, its name and aliases lowercased in one string, for filtering as you type."""
    keys: dict[int, list[str]] = defaultdict(list)
    for entity_id, name in conn.execute("SELECT id, name FROM entities"):
        keys[entity_id].append(name.casefold())
    for entity_id, text in conn.execute("SELECT entity_id, text FROM aliases"):
        keys[entity_id].append(text.casefold())
    return {entity_id: "\n".join(parts) for entity_id, parts in keys.items()}


def co_mentions(
    conn: sqlite3.Connection,
    entity_id: int,
    *,
    window: str = "sentence",
    focus: Focus = NO_FOCUS,
    limit: int | None = None,
) -> list[CoMentionRow]:
    """Entities mentioned in the same window as `entity_id`, most often first."""
    number = window_number(window)
    if focus:
        rows = _focused_co_mentions(conn, entity_id, window, focus)
    else:
        rows = conn.execute(
            "SELECT e.id, e.name, e.kind, c.count, c.documents, log_dice(c.count, fx.n, fy.n) "
            "FROM window_freq AS fx "
            "CROSS JOIN comentions AS c ON c.window = fx.window AND c.a = fx.entity_id "
            "JOIN window_freq AS fy ON fy.window = c.window AND fy.entity_id = c.b "
            "JOIN entities AS e ON e.id = c.b "
            "WHERE fx.window = ? AND fx.entity_id = ? AND e.hidden = 0",
            (number, entity_id),
        ).fetchall()
    result = sorted(
        (CoMentionRow(*row) for row in rows), key=lambda r: (-r.count, -r.score, r.name)
    )
    return result[:limit] if limit is not None else result


def _focused_co_mentions(
    conn: sqlite3.Connection, entity_id: int, window: str, focus: Focus
) -> list[tuple[int, str, str, int, int, float]]:
    """Co-mentions counted inside the focused documents only (not precomputable):
    counted over the focused documents' packed windows, then named."""
    counts = pair_counts(conn, entity_id, window, *focus_documents_sql(focus))
    found = {
        y: (n, d, log_dice(n, counts.fx, fy))
        for y, n, d, fy in zip(
            counts.ids.tolist(),
            counts.together.tolist(),
            counts.documents.tolist(),
            counts.windows.tolist(),
            strict=True,
        )
    }
    rows = conn.execute(
        "SELECT id, name, kind FROM entities WHERE kind != 'date' AND hidden = 0 "
        "AND id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(found)),),
    )
    return [(y, name, kind, *found[y]) for y, name, kind in rows]


def passages(
    conn: sqlite3.Connection,
    entity_id: int,
    *,
    with_entity: int | None = None,
    focus: Focus = NO_FOCUS,
    limit: int | None = None,
) -> list[PassageRow]:
    """Sentences that mention `entity_id` (and `with_entity`), in document order,
    each with the spans of those entities highlighted."""
    keys = passage_keys(conn, entity_id, with_entity=with_entity, focus=focus, limit=limit)
    wanted = [entity_id] if with_entity is None else [entity_id, with_entity]
    return passages_at(conn, [passage for _, passage in keys], wanted)


def passage_keys(
    conn: sqlite3.Connection,
    entity_id: int,
    *,
    with_entity: int | None = None,
    focus: Focus = NO_FOCUS,
    limit: int | None = None,
) -> list[tuple[int, int]]:
    """(doc_id, passage_id) of those sentences, in document order: read from indexes
    only, so a long list costs little until its rows are wanted (`passages_at`)."""
    # Passage ids grow with the offset inside a document, so the (entity_id, doc_id,
    # passage_id) index yields document order directly and LIMIT stops early: no sort.
    params: list[object] = [entity_id]
    sql = "SELECT DISTINCT m.doc_id, m.passage_id FROM mentions AS m WHERE m.entity_id = ?"
    if with_entity is not None:
        # Walk the rarer entity's mentions and keep the passages the other is in, with
        # EXISTS: as `passage_id IN (...)` next to a focus the planner probed every
        # (focused document, passage of the other) pair (64 s at 50k).
        sql += (
            " AND EXISTS (SELECT 1 FROM mentions AS o "
            "WHERE o.passage_id = m.passage_id AND o.entity_id = ?)"
        )
        params = list(_rarer_first(conn, entity_id, with_entity))
    clause, focus_params = _focus_clause(focus, "m.doc_id")
    sql += clause + " ORDER BY m.doc_id, m.passage_id"
    params += focus_params
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [(doc, passage) for doc, passage in conn.execute(sql, params)]


def passages_at(
    conn: sqlite3.Connection, passage_ids: Sequence[int], entity_ids: Sequence[int]
) -> list[PassageRow]:
    """The passages with these ids, in this order, with the spans of `entity_ids`."""
    rows: list[_PassageColumns] = conn.execute(
        f"SELECT {_PASSAGE_COLUMNS} "
        "FROM json_each(?) AS j JOIN passages AS p ON p.id = j.value "
        "JOIN documents AS d ON d.id = p.doc_id ORDER BY j.key",
        (json.dumps(list(passage_ids)),),
    ).fetchall()
    spans = _spans_in(conn, rows, list(entity_ids))
    return [_passage_row(row, tuple(spans.get(row[0], ()))) for row in rows]


def _rarer_first(conn: sqlite3.Connection, a: int, b: int) -> tuple[int, int]:
    mentions = dict(conn.execute("SELECT id, mentions FROM entities WHERE id IN (?, ?)", (a, b)))
    return (b, a) if mentions.get(b, 0) < mentions.get(a, 0) else (a, b)


def _spans_in(
    conn: sqlite3.Connection, rows: list[_PassageColumns], entity_ids: list[int]
) -> dict[int, list[MentionSpan]]:
    """The mentions of `entity_ids` in the passages of `rows`, in one query that probes
    the (passage_id, entity_id) index once per passage."""
    spans: dict[int, list[MentionSpan]] = defaultdict(list)
    if not rows:
        return spans
    found = conn.execute(
        "SELECT m.passage_id, m.start_char, m.end_char, m.text, m.entity_id, e.kind "
        "FROM mentions AS m JOIN entities AS e ON e.id = m.entity_id "
        "WHERE m.passage_id IN (SELECT value FROM json_each(?)) "
        f"AND m.entity_id IN ({_in(entity_ids)})",
        [json.dumps([row[0] for row in rows]), *entity_ids],
    )
    for passage_id, start, end, text, entity_id, kind in found:
        spans[passage_id].append(MentionSpan(start, end, text[: end - start], entity_id, kind))
    for passage_spans in spans.values():
        passage_spans.sort(key=lambda span: span.start)
    return spans


def count_documents(conn: sqlite3.Connection, focus: Focus = NO_FOCUS) -> int:
    """How many documents the focus holds (all when none)."""
    if not focus:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    sql, params = focus_documents_sql(focus)
    return int(conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])


@dataclass(frozen=True, slots=True)
class DayCount:
    day: str  # YYYY-MM-DD
    mentions: int
    first_doc: int  # the smallest document id of the day, to open from the chart


@dataclass(frozen=True, slots=True)
class Spread:
    """Where an entity is mentioned, aggregated so it costs the same at any corpus size:
    per day when every document has a date (and there is more than one day), else
    the `top` documents with the most mentions, by date then title."""

    documents: int
    days: tuple[DayCount, ...]
    top: tuple[DocumentRow, ...]


def spread(
    conn: sqlite3.Connection, entity_id: int, *, focus: Focus = NO_FOCUS, top: int = 40
) -> Spread:
    clause, focus_params = _focus_clause(focus, "ed.doc_id")
    mentioned = f"FROM entity_documents AS ed WHERE ed.entity_id = ? {clause}"
    # Dates through the narrow (id, date) index: the documents rows hold the whole text.
    dated_source = (
        "FROM entity_documents AS ed JOIN documents AS d INDEXED BY documents_dates "
        f"ON d.id = ed.doc_id WHERE ed.entity_id = ? {clause}"
    )
    params = [entity_id, *focus_params]
    documents, dated, days = conn.execute(
        f"SELECT count(*), count(d.date), count(DISTINCT substr(d.date, 1, 10)) {dated_source}",
        params,
    ).fetchone()
    if documents and dated == documents and days > 1:
        per_day = conn.execute(
            f"SELECT substr(d.date, 1, 10) AS day, sum(ed.mentions), min(d.id) {dated_source} "
            "GROUP BY day ORDER BY day",
            params,
        )
        return Spread(documents, tuple(DayCount(*row) for row in per_day), ())
    rows = conn.execute(
        "SELECT d.id, d.key, d.path, d.title, d.date, d.words, t.mentions FROM "
        f"(SELECT ed.doc_id, ed.mentions {mentioned} ORDER BY ed.mentions DESC, ed.doc_id "
        f"LIMIT {int(top)}) AS t JOIN documents AS d ON d.id = t.doc_id "
        "ORDER BY coalesce(d.date, ''), d.title",
        params,
    )
    return Spread(documents, (), tuple(DocumentRow(*row) for row in rows))


def document(conn: sqlite3.Connection, doc_id: int) -> DocumentText | None:
    """A document's text with every visible entity mention, for the document view."""
    row: tuple[int, str, str, str | None, str] | None = conn.execute(
        "SELECT id, path, title, date, text FROM documents WHERE id = ?", (doc_id,)
    ).fetchone()
    if row is None:
        return None
    spans = conn.execute(
        "SELECT m.start_char, m.end_char, m.text, m.entity_id, e.kind FROM mentions AS m "
        "JOIN entities AS e ON e.id = m.entity_id WHERE m.doc_id = ? AND e.hidden = 0 "
        "ORDER BY m.start_char",
        (doc_id,),
    )
    mentions = tuple(MentionSpan(s, e, t[: e - s], i, k) for s, e, t, i, k in spans)
    return DocumentText(*row, mentions=mentions)


def fts_query(text: str) -> str:
    """The user's words as an FTS5 query of quoted terms: no syntax can break it."""
    terms = ['"' + term.replace('"', '""') + '"' for term in text.split()]
    return " ".join(terms)


def has_documents(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM documents)").fetchone()[0])


def document_keys(conn: sqlite3.Connection) -> dict[int, str]:
    """Each document's key (its path, or path#record), by id."""
    return {int(doc_id): str(key) for doc_id, key in conn.execute("SELECT id, key FROM documents")}


def search_total(conn: sqlite3.Connection, query: str, *, focus: Focus = NO_FOCUS) -> int:
    """How many passages match `query` (for "50 of 70 shown")."""
    if focus:
        clause, params = _focus_clause(focus, "p.doc_id")
        row = conn.execute(
            "SELECT count(*) FROM passages_fts JOIN passages AS p ON p.id = passages_fts.rowid "
            f"WHERE passages_fts MATCH ? {clause}",
            [fts_query(query), *params],
        ).fetchone()
        return int(row[0])
    row = conn.execute(
        "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?", (fts_query(query),)
    ).fetchone()
    return int(row[0])


def search(
    conn: sqlite3.Connection, query: str, *, focus: Focus = NO_FOCUS, limit: int = 100
) -> list[PassageRow]:
    """Full-text search over passages, best matches first."""
    match = fts_query(query)
    if not match:
        return []
    clause, params = _focus_clause(focus, "p.doc_id")
    sql = (
        f"SELECT {_PASSAGE_COLUMNS} "
        "FROM passages_fts JOIN passages AS p ON p.id = passages_fts.rowid "
        "JOIN documents AS d ON d.id = p.doc_id "
        f"WHERE passages_fts MATCH ? {clause} ORDER BY passages_fts.rank LIMIT ?"
    )
    rows: Iterable[_PassageColumns] = conn.execute(sql, [match, *params, limit])
    return [_passage_row(row, ()) for row in rows]

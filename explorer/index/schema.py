"""The index's tables and their migrations.

Offsets are character offsets into `documents.text` (for .txt/.md that is the
file's decoded text). `mentions.clean_end` is where span cleaning put the end;
`end_char` is that minus any trim resolution applied, so resolution can be
re-run without re-reading the document.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from explorer.index.comentions import WINDOW_FREQ_FILL
from explorer.index.forms import FORM_CLASSES_FILL
from explorer.index.packed import pack_documents

SCHEMA_VERSION = 8
# Written into the SQLite header so a foreign database is never mistaken for an index.
APPLICATION_ID = 0x45455850  # "EEXP"

_V1 = f"""
PRAGMA application_id = {APPLICATION_ID};
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    content_hash TEXT NOT NULL, problem TEXT
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, source TEXT NOT NULL,
    path TEXT NOT NULL, title TEXT NOT NULL, date TEXT, content_hash TEXT NOT NULL,
    words INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX documents_source ON documents(source);
CREATE TABLE passages (
    id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL, paragraph INTEGER NOT NULL,
    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX passages_doc ON passages(doc_id, start_char);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL, passage_id INTEGER NOT NULL,
    paragraph INTEGER NOT NULL, start_char INTEGER NOT NULL, clean_end INTEGER NOT NULL,
    end_char INTEGER NOT NULL, text TEXT NOT NULL, label TEXT NOT NULL,
    flags INTEGER NOT NULL DEFAULT 0, entity_id INTEGER, demonym INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX mentions_doc ON mentions(doc_id, text, label);
CREATE INDEX mentions_entity ON mentions(entity_id, doc_id, passage_id);
CREATE INDEX mentions_passage ON mentions(passage_id);
CREATE TABLE entities (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT,
    hidden INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0,
    documents INTEGER NOT NULL DEFAULT 0, demonym_mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_kind ON entities(kind, mentions);
CREATE INDEX entities_country ON entities(country);
CREATE TABLE aliases (
    entity_id INTEGER NOT NULL, text TEXT NOT NULL, mentions INTEGER NOT NULL,
    PRIMARY KEY (entity_id, text)
) WITHOUT ROWID;
CREATE INDEX aliases_text ON aliases(text COLLATE NOCASE);
CREATE TABLE entity_documents (
    entity_id INTEGER NOT NULL, doc_id INTEGER NOT NULL, mentions INTEGER NOT NULL,
    name_mentions INTEGER NOT NULL, PRIMARY KEY (entity_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX entity_documents_doc ON entity_documents(doc_id, entity_id);
CREATE TABLE comentions (
    window INTEGER NOT NULL, a INTEGER NOT NULL, b INTEGER NOT NULL, count INTEGER NOT NULL,
    documents INTEGER NOT NULL, score REAL NOT NULL, PRIMARY KEY (window, a, b)
) WITHOUT ROWID;
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY, op TEXT NOT NULL, args TEXT NOT NULL, created TEXT NOT NULL
);
CREATE VIRTUAL TABLE passages_fts USING fts5(
    text, content='passages', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
    INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
    INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
"""

# V2: what keeps the entity tables incremental. `window_freq` counts the windows
# each entity appears in (the f(x) of the co-mention score), `stale_entities`
# holds the entities whose totals and scores wait for the next resolution. Three
# indexes answer from their own pages instead of table rows: an entity's totals
# over the focused documents, who else is in a sentence, and documents' dates
# (a documents row holds the whole text).
_V2 = f"""
CREATE TABLE window_freq (
    window INTEGER NOT NULL, entity_id INTEGER NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (window, entity_id)
) WITHOUT ROWID;
CREATE TABLE stale_entities (entity_id INTEGER PRIMARY KEY);
{WINDOW_FREQ_FILL}
DROP INDEX entity_documents_doc;
CREATE INDEX entity_documents_doc ON entity_documents(doc_id, entity_id, mentions);
DROP INDEX mentions_passage;
CREATE INDEX mentions_passage ON mentions(passage_id, entity_id);
CREATE INDEX documents_dates ON documents(id, date);
"""

# V3: what keeps resolution incremental (explorer/index/forms.py). `form_classes`
# counts the mentions per (text, label, flags) and says where resolution placed
# them; `unresolved_docs` holds the documents stored since; mentions_text finds a
# class's documents. A class whose documents disagree on their placement starts
# out `mixed`: the next resolution places all its mentions again. Co-mention
# scores are computed when read, so they no longer need rescoring.
# `document_entities` packs each document's entities and windows for focused
# counts in numpy (explorer/index/packed.py); it is filled after the SQL.
_V3 = f"""
ALTER TABLE comentions DROP COLUMN score;
CREATE TABLE form_classes (
    text TEXT NOT NULL, label TEXT NOT NULL, flags INTEGER NOT NULL, mentions INTEGER NOT NULL,
    entity_id INTEGER, demonym INTEGER NOT NULL DEFAULT 0, trim INTEGER NOT NULL DEFAULT 0,
    mixed INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (text, label, flags)
) WITHOUT ROWID;
CREATE TABLE unresolved_docs (doc_id INTEGER PRIMARY KEY);
CREATE INDEX mentions_text ON mentions(text, label, doc_id);
{FORM_CLASSES_FILL};
CREATE TABLE document_entities (
    doc_id INTEGER PRIMARY KEY, entities BLOB NOT NULL, windows BLOB NOT NULL
);
"""

# V4: a short name the corpus does not settle lists the people it may stand for
# (`candidates`, their display names joined by a tab); the lines found to be page
# furniture (explorer/index/furniture.py). Resolution itself is brought up
# to date by `explorer.index.reresolve`, whatever the schema.
_V4 = """
ALTER TABLE entities ADD COLUMN candidates TEXT;
CREATE TABLE furniture_lines (text TEXT PRIMARY KEY) WITHOUT ROWID;
"""

# V5: each document's decision on a one-word name that documents decide, with the
# placement it gave, and the signature each name was decided under
# (explorer/index/decisions.py). Empty at first: the next resolution decides
# every document once and keeps what it decided.
_V5 = """
CREATE TABLE short_choices (
    doc_id INTEGER NOT NULL, text TEXT NOT NULL, label TEXT NOT NULL,
    flags INTEGER NOT NULL, mentions INTEGER NOT NULL, chosen TEXT NOT NULL,
    entity_id INTEGER, demonym INTEGER NOT NULL DEFAULT 0, trim INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (doc_id, text, label)
) WITHOUT ROWID;
CREATE INDEX short_choices_text ON short_choices(text, label);
CREATE TABLE short_keys (
    key TEXT PRIMARY KEY, signature TEXT NOT NULL, pairs TEXT NOT NULL
) WITHOUT ROWID;
"""

# V6: each document's language (explorer/corpus/language.py), for the pipeline that
# reads it, the summary's counts and the --lang filter. NULL in the documents stored
# before: the next pass detects their language from their stored sentences, keeps the
# English ones as they are and reads the others again with their own pipeline
# (explorer/index/languages.py), the user's corrections kept as always.
_V6 = """
ALTER TABLE documents ADD COLUMN language TEXT;
CREATE INDEX documents_language ON documents(language, id);
"""

# V7: the keys of the spans around each mention, per document, and those found to be
# page furniture inside a sentence (explorer/index/furniture_spans.py). Empty at
# first: resolution version 79 cleans every index of before again, which stores
# every document's keys (explorer/index/reresolve.py).
_V7 = """
CREATE TABLE span_keys (
    key INTEGER NOT NULL, doc_id INTEGER NOT NULL, PRIMARY KEY (key, doc_id)
) WITHOUT ROWID;
CREATE INDEX span_keys_doc ON span_keys(doc_id);
CREATE TABLE furniture_spans (key INTEGER PRIMARY KEY);
"""

# V8: the other names each document gives a name ("the Affordable Care Act, known as
# Obamacare"; explorer/index/other_names.py). Empty at first: resolution version 88
# cleans every index of before again, which stores them.
_V8 = """
CREATE TABLE other_names (
    doc_id INTEGER NOT NULL, name TEXT NOT NULL, name_label TEXT NOT NULL,
    other TEXT NOT NULL, other_label TEXT NOT NULL,
    PRIMARY KEY (doc_id, name, name_label, other, other_label)
) WITHOUT ROWID;
"""

# MIGRATIONS[n] is the SQL that takes a database at version n to version n + 1;
# FILLS[n], when present, fills what SQL cannot compute, in the same transaction.
MIGRATIONS: dict[int, str] = {0: _V1, 1: _V2, 2: _V3, 3: _V4, 4: _V5, 5: _V6, 6: _V7, 7: _V8}
FILLS: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: lambda conn: pack_documents(conn, "mentions AS m"),
}


class SchemaError(RuntimeError):
    """The file is not an index this version can use; the message says why."""


class ForeignIndexError(SchemaError):
    """A database, but not one of ours: safe to move aside and rebuild."""


class OutdatedIndexError(SchemaError):
    """An index of an earlier schema, opened read-only: the writer upgrades it first."""


def check_readable(conn: sqlite3.Connection) -> None:
    """Refuse, read-only, an index this version's queries cannot read as it is."""
    version = _known_version(conn)
    if version < SCHEMA_VERSION:
        raise OutdatedIndexError("the index is being brought up to this version")


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _known_version(conn: sqlite3.Connection) -> int:
    """The index's schema version, refusing one made by a newer Entity Explorer."""
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise SchemaError(
            f"the index was made by a newer Entity Explorer (schema {version}, "
            f"this version reads {SCHEMA_VERSION})"
        )
    return version


def assert_ours(conn: sqlite3.Connection) -> None:
    """Refuse another application's database before anything writes to it."""
    application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if application_id != APPLICATION_ID and (application_id or has_tables):
        raise ForeignIndexError("the file is a database of another application, not an index")


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the database to SCHEMA_VERSION, one step per transaction."""
    assert_ours(conn)
    version = _known_version(conn)
    while version < SCHEMA_VERSION:
        try:
            conn.executescript(f"BEGIN; {MIGRATIONS[version]}")
            fill = FILLS.get(version)
            if fill is not None:
                fill(conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        version += 1

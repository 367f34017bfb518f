"""Write documents, passages and raw mentions; forget removed sources.

Rows get their ids here rather than from SQLite so a whole batch goes in with
`executemany`; this is safe because every write runs inside `BEGIN IMMEDIATE`.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_right
from dataclasses import dataclass

from explorer.corpus.model import SourceFile
from explorer.index.derived import retract_documents
from explorer.index.forms import count_document_forms, uncount_documents
from explorer.index.furniture_spans import document_keys, store_document_keys
from explorer.index.other_names import store_other_names
from explorer.nlp.extract import Extraction
from explorer.resolve.classify import classify
from explorer.resolve.coordination import document_cues
from explorer.resolve.spans import clean_span, mention_flags


@dataclass(frozen=True, slots=True)
class StoredSource:
    size: int
    mtime_ns: int
    content_hash: str
    problem: str | None  # why the file could not be read, so an unchanged bad file is not re-read


def stored_sources(conn: sqlite3.Connection) -> dict[str, StoredSource]:
    rows = conn.execute("SELECT path, size, mtime_ns, content_hash, problem FROM sources")
    return {row[0]: StoredSource(*row[1:]) for row in rows}


def remember_source(
    conn: sqlite3.Connection, source: SourceFile, content_hash: str, problem: str | None = None
) -> None:
    conn.execute(
        "INSERT INTO sources(path, size, mtime_ns, content_hash, problem) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns, "
        "content_hash = excluded.content_hash, problem = excluded.problem",
        (str(source.path), source.size, source.mtime_ns, content_hash, problem),
    )


def remove_documents(conn: sqlite3.Connection, source_path: str) -> None:
    """Delete every row that came from one source file (its documents may be many)."""
    doc_ids = [
        r[0] for r in conn.execute("SELECT id FROM documents WHERE source = ?", (source_path,))
    ]
    retract_documents(conn, doc_ids)
    uncount_documents(conn, doc_ids)
    for doc_id in doc_ids:
        conn.execute("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM passages WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM span_keys WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM other_names WHERE doc_id = ?", (doc_id,))
    conn.execute("DELETE FROM documents WHERE source = ?", (source_path,))


def forget_source(conn: sqlite3.Connection, source_path: str) -> None:
    remove_documents(conn, source_path)
    conn.execute("DELETE FROM sources WHERE path = ?", (source_path,))


class DocumentWriter:
    """Appends documents to the open transaction; create one per transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._next_passage = self._next_id("passages")
        self._next_mention = self._next_id("mentions")

    def _next_id(self, table: str) -> int:
        return int(self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])

    def write(self, source_path: str, extraction: Extraction) -> int:
        """Store one document; returns its number of words."""
        document = extraction.document
        text = document.text
        words = extraction.words
        cursor = self.conn.execute(
            "INSERT INTO documents(key, source, path, title, date, content_hash, words, text, "
            "language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document.key,
                source_path,
                str(document.path),
                document.title,
                document.date,
                document.content_hash,
                words,
                text,
                document.language,
            ),
        )
        doc_id = int(cursor.lastrowid or 0)
        sentences = extraction.sentences
        first_id = self._next_passage
        self._next_passage += len(sentences)
        self.conn.executemany(
            "INSERT INTO passages(id, doc_id, paragraph, start_char, end_char, text) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (first_id + i, doc_id, s.paragraph, s.start, s.end, text[s.start : s.end])
                for i, s in enumerate(sentences)
            ],
        )
        starts = [s.start for s in sentences]
        rows = []
        grown: set[tuple[int, int]] = set()
        for mention in extraction.mentions:
            span = clean_span(text, mention.start, mention.end, mention.label)
            if span is None or not sentences:
                continue
            if span[0] < mention.start or span[1] > mention.end:
                # two spans of one title ("Eternal Sunshine", "Spotless Mind") grow into
                # one; the model's spans never overlap, so only grown ones can meet
                if span in grown:
                    continue
                grown.add(span)
            start, end = span
            index = max(bisect_right(starts, start) - 1, 0)
            rows.append(
                (
                    self._next_mention,
                    doc_id,
                    first_id + index,
                    sentences[index].paragraph,
                    start,
                    end,
                    end,
                    text[start:end],
                    mention.label,
                    mention_flags(text, start, end),
                )
            )
            self._next_mention += 1
        shared = document_cues(text, [(row[4], row[5], row[8], row[9]) for row in rows])
        rows = [(*row[:9], flags) for row, flags in zip(rows, shared, strict=True)]
        self.conn.executemany(
            "INSERT INTO mentions(id, doc_id, passage_id, paragraph, start_char, clean_end, "
            "end_char, text, label, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        count_document_forms(self.conn, doc_id, ((r[7], r[8], r[9]) for r in rows))
        # Each form's route now, while the workers parse the next documents: the
        # resolution at the end of the pass finds it in `classify`'s cache.
        for row in rows:
            classify(row[7], row[8])
        bounds = {first_id + i: (s.start, s.end) for i, s in enumerate(sentences)}
        keys = document_keys(text, bounds, ((r[2], r[4], r[5]) for r in rows))
        store_document_keys(self.conn, doc_id, keys)
        store_other_names(self.conn, doc_id, text, ((r[4], r[5], r[8]) for r in rows))
        return words

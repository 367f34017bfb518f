"""Documents' languages in the index: the pipelines that read them, what the summary
says of them, and which documents a pass must read again.

`documents.language` is the document's language code ("und" when it could not be
told); NULL marks a document stored before languages were detected (schema 5), which
the English pipeline read. The meta table keeps the pipeline each language was read
with (`pipelines`, JSON); `pipeline` stays the English one, as before.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from explorer.corpus.language import (
    DEFAULT_LANGUAGE,
    DETECT_CHARS,
    UNDETERMINED,
    detect_language,
    language_name,
    languages_text,
)
from explorer.wording import counted

_PIPELINES = "pipelines"
_PIPELINE = "pipeline"
# With a document's own language: the languages a document of it is read as.
_READ_AS = f"coalesce(nullif(language, '{UNDETERMINED}'), '{DEFAULT_LANGUAGE}')"


@dataclass(frozen=True, slots=True)
class LanguageCount:
    language: str  # a code, "und" for the undetermined
    documents: int


def stored_pipelines(conn: sqlite3.Connection) -> dict[str, str]:
    """The pipeline each language was read with: language code -> pipeline name, English
    first."""
    rows = dict(
        conn.execute("SELECT key, value FROM meta WHERE key IN (?, ?)", (_PIPELINES, _PIPELINE))
    )
    pipelines: dict[str, str] = {}
    try:
        loaded = json.loads(rows.get(_PIPELINES) or "{}")
    except ValueError:
        loaded = {}
    if isinstance(loaded, dict):
        pipelines.update((str(k), str(v)) for k, v in loaded.items() if v)
    if rows.get(_PIPELINE):
        pipelines[DEFAULT_LANGUAGE] = rows[_PIPELINE]
    return dict(sorted(pipelines.items(), key=lambda item: (item[0] != DEFAULT_LANGUAGE, item[0])))


def record_pipelines(conn: sqlite3.Connection, pipelines: Mapping[str, str]) -> None:
    """Remember the pipelines the index is read with (inside the caller's transaction)."""
    values = [(_PIPELINES, json.dumps(dict(pipelines), sort_keys=True))]
    if DEFAULT_LANGUAGE in pipelines:
        values.append((_PIPELINE, pipelines[DEFAULT_LANGUAGE]))
    conn.executemany(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        values,
    )


def language_counts(conn: sqlite3.Connection) -> list[LanguageCount]:
    """Documents per language, most first (ties by code); the undetermined last."""
    rows = conn.execute(
        f"SELECT coalesce(language, '{UNDETERMINED}'), count(*) FROM documents GROUP BY 1"
    ).fetchall()
    counts = [LanguageCount(str(code), int(n)) for code, n in rows]
    return sorted(counts, key=lambda c: (c.language == UNDETERMINED, -c.documents, c.language))


def sources_read_as(conn: sqlite3.Connection, languages: Collection[str]) -> list[str]:
    """The sources with a document read as one of `languages` (an undetermined one is
    read as English)."""
    if not languages:
        return []
    marks = ",".join("?" * len(languages))
    rows = conn.execute(
        f"SELECT DISTINCT source FROM documents WHERE {_READ_AS} IN ({marks})", list(languages)
    )
    return [str(row[0]) for row in rows]


def has_undetected(conn: sqlite3.Connection) -> bool:
    """Documents stored before languages were detected wait for `detect_stored`."""
    row = conn.execute("SELECT EXISTS (SELECT 1 FROM documents WHERE language IS NULL)")
    return bool(row.fetchone()[0])


def detect_stored(conn: sqlite3.Connection) -> list[str]:
    """Give the documents stored before languages were detected their language, from
    their stored sentences (the content, without furniture), as a pass reading them
    would; returns the sources of those in a language other than English, which the
    English pipeline read: a pass reads them again. The English ones keep their
    mentions, so an index of English documents is upgraded without parsing a word.
    Call inside a transaction."""
    found: list[tuple[str, int]] = []
    for (doc_id,) in conn.execute("SELECT id FROM documents WHERE language IS NULL").fetchall():
        text, size = [], 0
        for (sentence,) in conn.execute(
            "SELECT text FROM passages WHERE doc_id = ? ORDER BY start_char", (doc_id,)
        ):
            text.append(sentence)
            size += len(sentence) + 1
            if size >= DETECT_CHARS:
                break
        if not text:
            stored = conn.execute(
                "SELECT substr(text, 1, ?) FROM documents WHERE id = ?", (DETECT_CHARS, doc_id)
            )
            text = [str(stored.fetchone()[0])]
        found.append((detect_language(" ".join(text)), doc_id))
    conn.executemany("UPDATE documents SET language = ? WHERE id = ?", found)
    others = [doc_id for language, doc_id in found if language not in (UNDETERMINED, "en")]
    sources: set[str] = set()
    for start in range(0, len(others), 500):
        part = others[start : start + 500]
        marks = ",".join("?" * len(part))
        rows = conn.execute(f"SELECT DISTINCT source FROM documents WHERE id IN ({marks})", part)
        sources.update(str(row[0]) for row in rows)
    return sorted(sources)


def counts_text(counts: list[LanguageCount]) -> str:
    """'3 in English, 2 in French, 1 in an undetermined language (read as English)'."""
    parts = []
    for count in counts:
        part = f"{count.documents:,} in {language_name(count.language)}"
        if count.language == UNDETERMINED:
            part += f" (read as {language_name(DEFAULT_LANGUAGE)})"
        parts.append(part)
    return ", ".join(parts)


def missing_pipeline_notes(
    counts: list[LanguageCount], pipelines: Mapping[str, str], program: str = "entity-explorer"
) -> list[str]:
    """One sentence per language whose documents got no entities for want of a pipeline:
    '38 documents in German: no German pipeline installed — entity-explorer recognises
    entities in English and French'."""
    notes = []
    for count in counts:
        if count.language == UNDETERMINED or count.language in pipelines:
            continue
        name = language_name(count.language)
        notes.append(
            f"{counted(count.documents, 'document')} in {name}: no {name} pipeline installed "
            f"— {program} recognises entities in {languages_text(pipelines)}"
        )
    return notes

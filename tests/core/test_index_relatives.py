"""A given name a document gives someone's relative is decided with its document and
kept with it: an edit elsewhere leaves it as a fresh index has it. Real pipeline."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from explorer.index.indexer import index_corpus
from tests.corpus_edits import edit_corpus, fresh_index_snapshot, indexed_small_corpus
from tests.index_snapshot import index_snapshot

TEXTS = {
    "a.txt": "Marlene Dietrich sang in Berlin on Monday. Marlene Dietrich left Germany in 1939.",
    "b.txt": "Marlene Dietrich starred in a new film in Paris.",
    # named as a relative, and in full in the same document (as a relative too, after
    # the name alone, so the document's full names alone do not settle it): the
    # corpus's Marlene
    "c.txt": (
        "Karl Weber came to the hearing with his wife, Marlene. The judge heard the "
        "case for most of the morning and the afternoon. Later his wife, Marlene "
        "Dietrich, spoke to the court. Marlene said she was happy."
    ),
    # named as a relative only: a private person, not the corpus's Marlene
    "d.txt": (
        "The boy was buried on Friday. His mother, Marlene, wept at the grave. Marlene "
        "said he was a good boy."
    ),
}


def _entities_of_marlene(conn: sqlite3.Connection) -> dict[str, set[str]]:
    rows = conn.execute(
        "SELECT d.key, e.name FROM mentions m JOIN documents d ON d.id = m.doc_id "
        "JOIN entities e ON e.id = m.entity_id WHERE m.text = 'Marlene'"
    )
    found: dict[str, set[str]] = {}
    for key, name in rows:
        found.setdefault(Path(key).name, set()).add(name)
    return found


def test_a_relatives_given_name_is_decided_with_its_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with indexed_small_corpus(tmp_path, TEXTS, monkeypatch) as (corpus, store):
        found = _entities_of_marlene(store.conn)
        assert found["c.txt"] == {"Marlene Dietrich"}
        assert found["d.txt"] == {"Marlene"}
        # a new document names "Marlene" too: the name is resolved again, c.txt's and
        # d.txt's decisions kept, not read again
        edit_corpus(corpus, {"e.txt": "Marlene spoke to reporters in Rome on Tuesday."})
        index_corpus([corpus], store)
        again = _entities_of_marlene(store.conn)
        assert {key: again[key] for key in found} == found
        fresh = fresh_index_snapshot(corpus, tmp_path / "fresh.sqlite", monkeypatch)
        assert index_snapshot(store.conn) == fresh

"""A body's name alone that several governments have is ambiguous, and is the body a
document writes in full; an edit elsewhere leaves it as a fresh index has it. Real
pipeline."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from explorer.index.indexer import index_corpus
from tests.corpus_edits import (
    edit_corpus,
    entities_of_mentions,
    fresh_index_snapshot,
    indexed_small_corpus,
)
from tests.index_snapshot import index_snapshot

TEXTS = {
    "a.txt": "A spokeswoman for the Russian Foreign Ministry said talks would resume.",
    "b.txt": "The Chinese Foreign Ministry said the visit was welcome.",
    "c.txt": "Russia protested on Monday. The Foreign Ministry said the sanctions were illegal.",
    "d.txt": "Russia closed its embassy. The Foreign Ministry gave no reason for it.",
    "e.txt": "China was angry on Tuesday. The Foreign Ministry said it would respond.",
    "f.txt": "China sent a note to Japan. The Foreign Ministry said it was a warning.",
    # one country's body written in full says whose the name alone is here
    "g.txt": "The Russian Foreign Ministry rejected it. The Foreign Ministry said no more.",
}


def _foreign_ministries(conn: sqlite3.Connection) -> dict[str, tuple[str, str | None]]:
    rows = conn.execute(
        "SELECT d.key, e.name, e.candidates FROM mentions m "
        "JOIN documents d ON d.id = m.doc_id JOIN entities e ON e.id = m.entity_id "
        "WHERE m.text = 'Foreign Ministry'"
    )
    return {Path(key).name: (name, candidates) for key, name, candidates in rows}


def test_an_office_several_governments_have_is_ambiguous_and_read_per_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with indexed_small_corpus(tmp_path, TEXTS, monkeypatch) as (corpus, store):
        found = _foreign_ministries(store.conn)
        shared = ("Foreign Ministry", "Russian Foreign Ministry\tChinese Foreign Ministry")
        assert {found[k] for k in ("c.txt", "d.txt", "e.txt", "f.txt")} == {shared}
        assert found["g.txt"] == ("Russian Foreign Ministry", None)
        # a new document names the office: it is read again as a fresh index reads it
        edit_corpus(corpus, {"h.txt": "China was silent. The Foreign Ministry said little."})
        index_corpus([corpus], store)
        assert _foreign_ministries(store.conn)["g.txt"] == ("Russian Foreign Ministry", None)
        fresh = fresh_index_snapshot(corpus, tmp_path / "fresh.sqlite", monkeypatch)
        assert index_snapshot(store.conn) == fresh


COAST_GUARDS = {
    "a.txt": "The Irish Coast Guard said the search would continue.",
    "b.txt": "The Libyan Coast Guard stopped a boat near Tripoli.",
    "c.txt": "A trawler sank off Galway in Ireland. The Coast Guard said two men were saved.",
    "d.txt": "Migrants left Tripoli in Libya. The Coast Guard said their boat sank.",
    # no place named: the name alone stays
    "e.txt": "The Coast Guard said the storm would pass by Friday.",
    # a country's possessive says whose it is, whatever the rest names
    "f.txt": "Japan's Coast Guard said a ship from Dublin in Ireland sank.",
}


def test_a_state_bodys_name_alone_is_the_body_of_the_country_its_story_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with indexed_small_corpus(tmp_path, COAST_GUARDS, monkeypatch) as (corpus, store):
        found = entities_of_mentions(store.conn, "Coast Guard")
        assert found["c.txt"] == "Irish Coast Guard"
        assert found["d.txt"] == "Libyan Coast Guard"
        assert found["e.txt"] == found["f.txt"] == "Coast Guard"
        # an edit elsewhere leaves the documents as a fresh index reads them
        edit_corpus(corpus, {"g.txt": "Fog closed Galway and Cork in Ireland on Monday."})
        index_corpus([corpus], store)
        assert entities_of_mentions(store.conn, "Coast Guard")["c.txt"] == "Irish Coast Guard"
        fresh = fresh_index_snapshot(corpus, tmp_path / "fresh.sqlite", monkeypatch)
        assert index_snapshot(store.conn) == fresh

"""An acronym is the expansion its own document writes, read from every document of
the acronym at each resolution: an edit elsewhere leaves it as a fresh index has it.
Real pipeline."""

from __future__ import annotations

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
    "a.txt": "The National Security Council met at the White House. The NSC advised him.",
    "b.txt": "The National Security Council and the NSC staff met again.",
    "c.txt": "The NSC discussed Iran on Friday.",
    # another body with those initials, written in full where its acronym is used
    "d.txt": "A report from the National Safety Council said gun accidents fell. "
    "The NSC collects the figures.",
}


def test_an_acronym_is_its_documents_expansion_after_an_edit_as_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with indexed_small_corpus(tmp_path, TEXTS, monkeypatch) as (corpus, store):
        found = entities_of_mentions(store.conn, "NSC")
        assert found == {
            "a.txt": "National Security Council",
            "b.txt": "National Security Council",
            "c.txt": "National Security Council",
            "d.txt": "National Safety Council",
        }
        # a new document uses the acronym: the others are read again as afresh
        edit_corpus(corpus, {"e.txt": "The NSC met on Sunday to discuss Syria."})
        index_corpus([corpus], store)
        assert entities_of_mentions(store.conn, "NSC")["d.txt"] == "National Safety Council"
        fresh = fresh_index_snapshot(corpus, tmp_path / "fresh.sqlite", monkeypatch)
        assert index_snapshot(store.conn) == fresh
        # the other body's document no longer writes it: its acronym is the corpus's
        edit_corpus(corpus, {"d.txt": "Gun accidents fell last year. The NSC said so."})
        index_corpus([corpus], store)
        assert entities_of_mentions(store.conn, "NSC")["d.txt"] == "National Security Council"
        fresh = fresh_index_snapshot(corpus, tmp_path / "fresh2.sqlite", monkeypatch)
        assert index_snapshot(store.conn) == fresh

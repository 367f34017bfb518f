"""Fault 5: files that change, vanish or appear while the index is being built."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.index import engines, queries
from explorer.index.indexer import index_corpus
from explorer.index.store import Store
from tests.faults.helpers import assert_whole, make_corpus


def test_changes_during_indexing_do_not_crash_and_are_picked_up_next_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = make_corpus(tmp_path / "corpus", 6)
    files = sorted(corpus.glob("*.txt"))
    original_read = engines.read_source
    done = []

    def read_and_meddle(source, options):  # noqa: ANN001
        result = original_read(source, options)
        if not done:
            done.append(True)
            files[1].write_text(
                "Emmanuel Macron spoke in Lyon about Olaf Scholz.", encoding="utf-8"
            )
            files[2].unlink()
            (corpus / "late.txt").write_text(
                "Jacinda Ardern arrived in Wellington.", encoding="utf-8"
            )
        return result

    monkeypatch.setattr(engines, "read_source", read_and_meddle)
    with Store(tmp_path / "i.sqlite") as store:
        first = index_corpus([corpus], store)
        assert any(files[2].name in str(p) for p in first.problems)
        monkeypatch.setattr(engines, "read_source", original_read)
        second = index_corpus([corpus], store)
        names = {r.name for r in queries.entities(store.conn)}
        assert {"Emmanuel Macron", "Jacinda Ardern"} <= names
        assert second.removed_files == 1  # the vanished file's record
        third = index_corpus([corpus], store)
        assert (third.indexed_files, third.removed_files, third.unchanged_files) == (0, 0, 6)
        titles = [r[0] for r in store.conn.execute("SELECT path FROM documents")]
        assert str(files[2]) not in titles
    assert_whole(tmp_path / "i.sqlite", documents=6)

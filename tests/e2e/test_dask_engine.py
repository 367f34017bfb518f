"""The Dask engine builds the same index as the local one."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.index.indexer import index_corpus
from explorer.index.store import Store

pytest.importorskip("dask.distributed")


def _snapshot(path: Path) -> dict[str, list[tuple]]:
    with Store(path, readonly=True) as store:
        q = store.conn.execute
        return {
            "documents": sorted(q("SELECT key, title, date, words, text FROM documents")),
            "passages": sorted(
                q(
                    "SELECT d.key, p.paragraph, p.start_char, p.end_char FROM passages p "
                    "JOIN documents d ON d.id = p.doc_id"
                )
            ),
            "mentions": sorted(
                q(
                    "SELECT d.key, m.start_char, m.end_char, m.label, e.name, m.demonym "
                    "FROM mentions m JOIN documents d ON d.id = m.doc_id "
                    "LEFT JOIN entities e ON e.id = m.entity_id"
                )
            ),
            "entities": sorted(q("SELECT name, kind, country, mentions, documents FROM entities")),
            "comentions": sorted(
                q(
                    "SELECT c.window, a.name, b.name, c.count, c.documents, "
                    "round(c.score, 9) FROM comentions c JOIN entities a ON a.id = c.a "
                    "JOIN entities b ON b.id = c.b"
                )
            ),
        }


@pytest.mark.slow
def test_dask_and_local_engines_give_the_same_index(
    seeds_copy: Path, seeds_index: Path, tmp_path: Path
) -> None:
    path = tmp_path / "dask.sqlite"
    with Store(path) as store:
        report = index_corpus([seeds_copy], store, engine="dask")
    assert report.documents == 4 and not report.problems
    assert _snapshot(path) == _snapshot(seeds_index)

"""The Dask engine builds the same index as the local one."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.index.indexer import index_corpus
from explorer.index.store import Store
from tests.index_snapshot import index_snapshot

pytest.importorskip("dask.distributed")


def _snapshot(path: Path) -> dict[str, list[tuple]]:
    with Store(path, readonly=True) as store:
        return index_snapshot(store.conn)


@pytest.mark.slow
def test_dask_and_local_engines_give_the_same_index(
    seeds_copy: Path, seeds_index: Path, tmp_path: Path
) -> None:
    path = tmp_path / "dask.sqlite"
    with Store(path) as store:
        report = index_corpus([seeds_copy], store, engine="dask")
    assert report.documents == 4 and not report.problems
    assert _snapshot(path) == _snapshot(seeds_index)

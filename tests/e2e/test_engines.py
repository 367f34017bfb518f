"""Every engine builds the same index: this thread, worker processes (whole files, or a
large file's paragraphs shared among them), Dask."""

from __future__ import annotations

from pathlib import Path

import pytest

import explorer.index.engines as engines
from explorer.index.indexer import index_corpus
from explorer.index.store import Store
from tests.index_snapshot import index_snapshot


def _snapshot(path: Path) -> dict[str, list[tuple]]:
    with Store(path, readonly=True) as store:
        return index_snapshot(store.conn)


def test_worker_processes_and_this_thread_give_the_same_index(
    seeds_copy: Path, seeds_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engines, "POOL_BATCH_FILES", 1)  # results from both workers interleave
    path = tmp_path / "pool.sqlite"
    with Store(path) as store:
        report = index_corpus([seeds_copy], store, n_process=2)
    assert report.documents == 4 and not report.problems
    assert _snapshot(path) == _snapshot(seeds_index)


def test_large_files_shared_among_workers_by_paragraphs_give_the_same_index(
    seeds_copy: Path, seeds_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engines, "POOL_SPLIT_BYTES", 1)  # every file is "large"
    monkeypatch.setattr(engines, "POOL_PART_CHARS", 300)  # parts of a few paragraphs
    path = tmp_path / "parts.sqlite"
    with Store(path) as store:
        report = index_corpus([seeds_copy], store, n_process=2)
    assert report.documents == 4 and not report.problems
    assert _snapshot(path) == _snapshot(seeds_index)


@pytest.mark.slow
def test_dask_and_local_engines_give_the_same_index(
    seeds_copy: Path, seeds_index: Path, tmp_path: Path
) -> None:
    pytest.importorskip("dask.distributed")
    path = tmp_path / "dask.sqlite"
    with Store(path) as store:
        report = index_corpus([seeds_copy], store, engine="dask")
    assert report.documents == 4 and not report.problems
    assert _snapshot(path) == _snapshot(seeds_index)

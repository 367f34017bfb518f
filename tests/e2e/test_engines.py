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


def _indexed_snapshot(corpus: Path, path: Path, **engine: object) -> dict[str, list[tuple]]:
    """Index the seeds into a fresh store with `engine`'s options; its snapshot."""
    with Store(path) as store:
        report = index_corpus([corpus], store, **engine)  # type: ignore[arg-type]
    assert report.documents == 4 and not report.problems
    return _snapshot(path)


def test_worker_processes_and_this_thread_give_the_same_index(
    seeds_copy: Path, seeds_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engines, "POOL_BATCH_FILES", 1)  # results from both workers interleave
    pool = _indexed_snapshot(seeds_copy, tmp_path / "pool.sqlite", n_process=2)
    assert pool == _snapshot(seeds_index)


def test_large_files_shared_among_workers_by_paragraphs_give_the_same_index(
    seeds_copy: Path, seeds_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engines, "POOL_SPLIT_BYTES", 1)  # every file is "large"
    monkeypatch.setattr(engines, "POOL_PART_CHARS", 300)  # parts of a few paragraphs
    parts = _indexed_snapshot(seeds_copy, tmp_path / "parts.sqlite", n_process=2)
    assert parts == _snapshot(seeds_index)


@pytest.mark.slow
def test_dask_and_local_engines_give_the_same_index(
    seeds_copy: Path, seeds_index: Path, tmp_path: Path
) -> None:
    pytest.importorskip("dask.distributed")
    dask = _indexed_snapshot(seeds_copy, tmp_path / "dask.sqlite", engine="dask")
    assert dask == _snapshot(seeds_index)

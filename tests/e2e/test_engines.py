"""Every engine builds the same index: this thread, worker processes (whole files, or a
large file's paragraphs shared among them), Dask."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from pathlib import Path

import pytest

import explorer.index.engines as engines
from explorer.index.indexer import index_corpus
from explorer.index.store import Store
from explorer.nlp import pipeline
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


@pytest.fixture
def forkserver_start() -> Iterator[None]:
    """Worker processes start as in the app (explorer.ui.app sets "forkserver")."""
    previous = multiprocessing.get_start_method(allow_none=True)
    multiprocessing.set_start_method("forkserver", force=True)
    try:
        yield
    finally:
        multiprocessing.set_start_method(previous, force=True)


def test_workers_from_a_fork_server_load_the_pipeline_themselves_and_this_process_never(
    seeds_copy: Path,
    seeds_index: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    forkserver_start: None,
) -> None:
    """The app's process would otherwise import spaCy and load a pipeline it never runs:
    0.9 s holding the GIL (its window froze) and ~100 MB."""

    def not_here(name: str) -> None:
        raise AssertionError(f"{name} was loaded in the indexing process")

    monkeypatch.setattr(pipeline, "load_pipeline", not_here)
    monkeypatch.setattr(engines, "POOL_BATCH_FILES", 1)
    forked = _indexed_snapshot(seeds_copy, tmp_path / "forkserver.sqlite", n_process=2)
    assert forked == _snapshot(seeds_index)


@pytest.mark.slow
def test_dask_and_local_engines_give_the_same_index(
    seeds_copy: Path, seeds_index: Path, tmp_path: Path
) -> None:
    pytest.importorskip("dask.distributed")
    dask = _indexed_snapshot(seeds_copy, tmp_path / "dask.sqlite", engine="dask")
    assert dask == _snapshot(seeds_index)

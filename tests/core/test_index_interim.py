"""Entities while a pass runs: interim resolutions show the entities of the files stored
so far, keep their ids, and leave the index as a pass without them would. Real pipeline,
on a copy of the seeds plus small files, committed two documents at a time."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import explorer.index.entities as entities_module
import explorer.index.indexer as indexer
import explorer.index.interim as interim
from explorer.index import queries
from explorer.index.indexer import Progress, index_corpus
from explorer.index.store import Store
from tests.index_snapshot import index_snapshot

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

EXTRA = {
    "talks.txt": "Vladimir Putin met Kim Jong Un in Moscow.\n\nPutin praised Kim and Russia.",
    "berlin.txt": "Angela Merkel met Emmanuel Macron in Berlin.\n\nMerkel spoke of France.",
    "seoul.txt": "Yoon Suk Yeol of South Korea called Antony Blinken.\n\nBlinken went to Seoul.",
}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    for name, text in EXTRA.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("wholesale_share", [1.0, 0.2], ids=["in place", "wholesale"])
def test_interim_resolutions_show_entities_and_leave_the_index_as_without_them(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, wholesale_share: float
) -> None:
    monkeypatch.setattr(entities_module, "WHOLESALE_SHARE", wholesale_share)
    with Store(tmp_path / "plain.sqlite") as store:
        index_corpus([corpus], store)
        expected = index_snapshot(store.conn)

    monkeypatch.setattr(indexer, "BATCH_DOCUMENTS", 2)
    monkeypatch.setattr(interim, "INTERIM_GAP_S", 0.0)
    monkeypatch.setattr(interim, "INTERIM_REST", 0.0)
    path = tmp_path / "interim.sqlite"
    seen: dict[int, tuple[dict[str, int], str | None]] = {}  # files -> entity ids, resolved

    def look(progress: Progress) -> None:
        """What a reader (the app) finds in the index when the progress says it may look."""
        files = progress.resolved_files
        if progress.phase == "indexing" and files and files not in seen:
            with Store(path, readonly=True) as reader:
                ids = {row.name: row.id for row in queries.entities(reader.conn)}
                seen[files] = (ids, reader.meta("resolved"))

    with Store(path) as store:
        index_corpus([corpus], store, on_progress=look, interim_resolution=True)
        assert index_snapshot(store.conn) == expected
        final = {row.name: row.id for row in queries.entities(store.conn)}

    assert sorted(seen) == [2, 4, 6]  # after every batch but the last, of 7 files
    for ids, resolved in seen.values():
        assert ids and resolved == "0"  # the final resolution was still to run
        kept = [name for name in ids if name in final]
        assert len(kept) >= 0.9 * len(ids)
        assert all(final[name] == ids[name] for name in kept)
    counts = [len(seen[files][0]) for files in sorted(seen)] + [len(final)]
    assert counts == sorted(counts) and counts[0] < counts[-1]  # more as more files come


def test_without_the_flag_no_entity_is_resolved_before_the_pass_ends(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indexer, "BATCH_DOCUMENTS", 2)
    monkeypatch.setattr(interim, "INTERIM_GAP_S", 0.0)
    seen: list[Progress] = []
    with Store(tmp_path / "i.sqlite") as store:
        index_corpus([corpus], store, on_progress=seen.append)
    assert seen and not any(progress.resolved_files for progress in seen)

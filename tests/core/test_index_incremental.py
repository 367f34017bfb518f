"""Incremental indexing on a small private corpus with the real pipeline."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from explorer.index import queries
from explorer.index.indexer import index_corpus, needs_indexing
from explorer.index.store import Store
from explorer.nlp.pipeline import choose_pipeline

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[1:3]:
        shutil.copy(path, folder / path.name)
    return folder


def _titles(store: Store) -> list[str]:
    return sorted(r[0] for r in store.conn.execute("SELECT title FROM documents"))


def test_an_unchanged_corpus_reads_no_file(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(tmp_path / "i.sqlite") as store:
        first = index_corpus([corpus], store)
        assert first.indexed_files == 2 and not needs_indexing(store, [corpus])
        import explorer.index.engines as engines

        monkeypatch.setattr(
            engines, "read_source", lambda *a: pytest.fail("re-read an unchanged file")
        )
        second = index_corpus([corpus], store)
    assert (second.indexed_files, second.unchanged_files) == (0, 2)


def test_a_touched_file_with_the_same_content_is_not_reindexed(
    corpus: Path, tmp_path: Path
) -> None:
    with Store(tmp_path / "i.sqlite") as store:
        index_corpus([corpus], store)
        path = next(corpus.iterdir())
        os.utime(path, ns=(1, 1))
        report = index_corpus([corpus], store)
        assert (report.indexed_files, report.unchanged_files) == (0, 2)
        assert not needs_indexing(store, [corpus])


def test_edited_added_and_removed_files_are_picked_up(corpus: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "i.sqlite") as store:
        index_corpus([corpus], store)
        first, second = sorted(corpus.iterdir())
        first.write_text(
            "Angela Merkel met Emmanuel Macron in Berlin.\n\nThey talked for hours.",
            encoding="utf-8",
        )
        second.unlink()
        (corpus / "new.txt").write_text(
            "Joe Biden visited Ottawa to see Justin Trudeau.", encoding="utf-8"
        )
        assert needs_indexing(store, [corpus])
        report = index_corpus([corpus], store)
        assert (report.indexed_files, report.removed_files, report.unchanged_files) == (2, 1, 0)
        names = {r.name for r in queries.entities(store.conn)}
        assert {"Angela Merkel", "Emmanuel Macron", "Justin Trudeau"} <= names
        assert "Lim Eul-chul" not in names and "Antony Blinken" not in names
        count = store.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        orphans = store.conn.execute(
            "SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        assert (count, orphans) == (2, 0)


def test_a_cancelled_index_resumes_without_redoing_finished_files(
    corpus: Path, tmp_path: Path
) -> None:
    for i in range(3):
        shutil.copy(next(iter(sorted(SEEDS.glob("*.txt")))), corpus / f"copy{i}.txt")
    with Store(tmp_path / "i.sqlite") as store:
        seen = []
        report = index_corpus(
            [corpus],
            store,
            should_stop=lambda: len(seen) > 0,
            on_progress=lambda p: seen.append(p) if p.phase == "indexing" else None,
        )
        assert report.cancelled
        done_before = store.conn.execute("SELECT count(*) FROM sources").fetchone()[0]
        resumed = index_corpus([corpus], store)
        assert resumed.indexed_files == 5 - done_before and not resumed.cancelled
        assert store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_different_pipeline_means_an_announced_full_reindex(corpus: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "i.sqlite") as store:
        index_corpus([corpus], store)
        with store.transaction():
            store.set_meta("pipeline", "en_core_web_xx")
        messages = []
        report = index_corpus(
            [corpus],
            store,
            model=choose_pipeline(),
            on_progress=lambda p: p.message and messages.append(p.message),
        )
    assert report.full_reindex and report.indexed_files == 2
    assert any("re-indexing every document" in m for m in messages)

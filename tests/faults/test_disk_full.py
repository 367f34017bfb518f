"""Fault 4: no space left, or a data directory that cannot be written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.index import write
from tests.faults.helpers import assert_whole, index_file


def _snapshot(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT key, content_hash, words FROM documents ORDER BY key"
        ).fetchall()
    finally:
        conn.close()


def test_a_full_disk_is_a_clear_error_and_the_index_is_untouched(
    seeds_corpus: Path, home: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["index", str(seeds_corpus)]) == 0
    before = _snapshot(index_file(home))
    for path in seeds_corpus.glob("*.txt"):
        path.write_text(
            path.read_text(encoding="utf-8") + "\nMore news from Kyiv.\n", encoding="utf-8"
        )
    calls = []

    def full_disk(self, source_path, extraction):  # noqa: ANN001
        calls.append(source_path)
        if len(calls) == 2:
            raise sqlite3.OperationalError("database or disk is full")
        return original(self, source_path, extraction)

    original = write.DocumentWriter.write
    monkeypatch.setattr(write.DocumentWriter, "write", full_disk)
    capsys.readouterr()
    code = main(["index", str(seeds_corpus)])
    err = capsys.readouterr().err
    assert code == 2
    assert "cannot write the index (database or disk is full)" in err and "Traceback" not in err
    assert _snapshot(index_file(home)) == before
    assert_whole(index_file(home), documents=4)


def test_a_data_directory_that_cannot_be_written_is_a_clear_error(
    seeds_corpus: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    monkeypatch.setenv("ENTITY_EXPLORER_HOME", str(blocker))
    assert main(["entities", str(seeds_corpus)]) == 2
    err = capsys.readouterr().err
    assert "cannot open the index" in err and "Traceback" not in err
    assert blocker.read_text(encoding="utf-8") == "a file where the data folder should be"

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from explorer.index.schema import SCHEMA_VERSION, schema_version
from explorer.index.store import IndexOpenError, Store


def test_a_new_index_is_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    with Store(tmp_path / "i.sqlite") as store:
        assert schema_version(store.conn) == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    assert {
        "documents",
        "passages",
        "mentions",
        "entities",
        "aliases",
        "comentions",
        "corrections",
        "passages_fts",
        "entity_documents",
    } <= tables


def test_reopening_keeps_data_and_meta(tmp_path: Path) -> None:
    with Store(tmp_path / "i.sqlite") as store, store.transaction():
        store.set_meta("pipeline", "en_core_web_sm")
    with Store(tmp_path / "i.sqlite") as store:
        assert store.meta("pipeline") == "en_core_web_sm"


def test_a_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "i.sqlite") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.set_meta("x", "1")
            raise RuntimeError("boom")
        assert store.meta("x") is None


def test_a_foreign_file_is_refused_in_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "i.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(IndexOpenError, match="not a readable index"):
        Store(path)


def test_an_index_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "i.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(IndexOpenError, match="newer Entity Explorer"):
        Store(path)

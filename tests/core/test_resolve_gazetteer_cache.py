"""The gazetteer's tables are cached on disk: same answers, and a bad cache is rebuilt."""

from __future__ import annotations

import os
from pathlib import Path

from explorer.resolve import gazetteer


def _fresh() -> gazetteer._Indexes:
    gazetteer._indexes.cache_clear()
    return gazetteer._indexes()


def test_the_cache_gives_the_tables_it_was_built_from(_fresh_home: Path) -> None:
    built = _fresh()
    path = gazetteer._cache_path()
    assert path is not None and path.is_relative_to(_fresh_home) and path.exists()
    loaded = _fresh()
    assert loaded is not built
    tables = ("names", "cities", "aliases", "regions")
    assert all(getattr(loaded, t) == getattr(built, t) for t in tables)
    assert gazetteer.country_code("U.S.") == "US" and gazetteer.place_country("Moscow") == "RU"


def test_a_damaged_cache_is_rebuilt(_fresh_home: Path) -> None:
    _fresh()
    path = gazetteer._cache_path()
    assert path is not None
    path.write_bytes(b"not a pickle")
    assert _fresh().names["KP"] == "North Korea"
    assert path.read_bytes() != b"not a pickle"


def test_building_the_cache_removes_the_files_of_other_versions(_fresh_home: Path) -> None:
    path = gazetteer._cache_path()
    assert path is not None
    path.parent.mkdir(parents=True)
    older = path.parent / "gazetteer-0123456789abcdef.pickle"
    older.write_bytes(b"an earlier version's tables")
    unrelated = path.parent / "notes.txt"
    unrelated.write_text("not the gazetteer's")
    _fresh()
    assert path.exists() and not older.exists() and unrelated.exists()


def test_a_frozen_app_keys_the_cache_on_its_executable(
    _fresh_home: Path, tmp_path: Path, monkeypatch
) -> None:
    executable = tmp_path / "entity-explorer"
    executable.write_bytes(b"build 1")
    monkeypatch.setattr(gazetteer.sys, "frozen", True, raising=False)
    monkeypatch.setattr(gazetteer.sys, "executable", str(executable))
    first = gazetteer._cache_path()
    assert first is not None and first.is_relative_to(_fresh_home)
    assert gazetteer._cache_path() == first
    executable.write_bytes(b"a new build")
    assert gazetteer._cache_path() not in (None, first)


def test_prepare_cache_builds_the_tables_in_a_child_process(_fresh_home: Path, monkeypatch) -> None:
    """An index pass's resolution then only loads the file: no build holds its GIL."""
    monkeypatch.setattr(gazetteer, "_preparing", None)
    gazetteer._indexes.cache_clear()
    path = gazetteer._cache_path()
    assert path is not None and not path.exists()
    gazetteer.prepare_cache()
    child = gazetteer._preparing
    assert child is not None and child.pid != os.getpid()

    def no_build(*_: object) -> None:
        raise AssertionError("the tables were built in this process")

    monkeypatch.setattr(gazetteer._Indexes, "__init__", no_build)
    assert _fresh().names["KP"] == "North Korea"  # waited for the child, then loaded
    assert child.exitcode == 0 and path.exists()
    gazetteer.prepare_cache()
    assert gazetteer._preparing is child  # one child, once


def test_an_index_pass_prepares_the_cache_unless_the_tables_are_loaded(
    _fresh_home: Path, tmp_path: Path, monkeypatch
) -> None:
    from explorer.index.indexer import index_corpus
    from explorer.index.store import Store

    monkeypatch.setattr(gazetteer, "_preparing", None)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Angela Merkel visited Paris.", encoding="utf-8")
    with Store(tmp_path / "i.sqlite") as store:
        gazetteer._indexes()  # loaded in this process: nothing to prepare
        index_corpus([corpus], store)
        assert gazetteer._preparing is None
        gazetteer._indexes.cache_clear()  # a first run: neither loaded nor on disk
        gazetteer._cache_path().unlink(missing_ok=True)
        (corpus / "b.txt").write_text("Emmanuel Macron visited Berlin.", encoding="utf-8")
        index_corpus([corpus], store)
    child = gazetteer._preparing
    assert child is not None
    child.join(60)
    assert child.exitcode == 0 and gazetteer._cache_path().exists()


def test_a_stuck_child_is_killed_and_the_tables_built_here(_fresh_home: Path, monkeypatch) -> None:
    class Stuck:
        killed = False

        def join(self, timeout: float) -> None:
            assert timeout == gazetteer.PREPARE_TIMEOUT_S

        def is_alive(self) -> bool:
            return not self.killed

        def kill(self) -> None:
            self.killed = True

    stuck = Stuck()
    monkeypatch.setattr(gazetteer, "_preparing", stuck)
    assert _fresh().names["KP"] == "North Korea"
    assert stuck.killed

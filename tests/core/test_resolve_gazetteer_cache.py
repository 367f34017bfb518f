"""The gazetteer's tables are cached on disk: same answers, and a bad cache is rebuilt."""

from __future__ import annotations

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

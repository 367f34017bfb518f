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

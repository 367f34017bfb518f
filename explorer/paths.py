"""Where Entity Explorer keeps its files.

`ENTITY_EXPLORER_HOME` overrides every directory (tests point it at a temporary
folder so they never touch the user's real data).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

APP_NAME = "entity-explorer"
HOME_ENV = "ENTITY_EXPLORER_HOME"


def _home_override() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value).expanduser().absolute() if value else None


def data_dir() -> Path:
    """The directory holding one index database per corpus."""
    home = _home_override()
    if home is not None:
        return home / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Things the app can always rebuild (the gazetteer's lookup tables)."""
    home = _home_override()
    if home is not None:
        return home / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def remove_other_versions(kept: Path, pattern: str) -> None:
    """Remove the cache entries beside `kept` that match `pattern`, files or folders:
    the other versions of one cache, which every upgrade would otherwise leave."""
    import shutil

    for stale in kept.parent.glob(pattern):
        if stale != kept:
            if stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
            else:
                stale.unlink(missing_ok=True)


def corpus_key(roots: list[Path]) -> str:
    """A stable, filesystem-safe name for a corpus given as folders and files."""
    resolved = sorted(str(p.expanduser().resolve()) for p in roots)
    digest = hashlib.sha1("\n".join(resolved).encode("utf-8")).hexdigest()[:16]
    stem = Path(resolved[0]).name if len(resolved) == 1 else "corpus"
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in stem)[:40] or "corpus"
    return f"{safe}-{digest}"


def index_path(roots: list[Path]) -> Path:
    """The SQLite file that indexes the corpus made of `roots`."""
    return data_dir() / "indexes" / f"{corpus_key(roots)}.sqlite"
